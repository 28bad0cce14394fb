/// Where each node (or relationship) was defined: line and column in 8 bytes per element,
/// the file as runs of consecutive elements (elements arrive file by file).
///
/// A column holds nothing until the first located element; elements before it, and
/// elements added without a location, read as unknown.
struct LocationColumn: Sendable {
    /// `line << 32 | column` per element; 0 when unknown.
    var packed: [UInt64] = []
    /// (first element, file symbol) for each run of elements from one file, ascending.
    private(set) var fileRuns: [(start: Int32, file: UInt32)] = []

    /// Records the location of element `index` (elements are recorded in ascending order).
    @inline(__always)
    mutating func record(_ index: Int, file: UInt32, line: Int, column: Int) {
        if packed.count < index {
            packed.append(contentsOf: repeatElement(0, count: index - packed.count))
        }
        packed.append(UInt64(UInt32(clamping: line)) << 32 | UInt64(UInt32(clamping: column)))
        if fileRuns.last?.file != file { fileRuns.append((Int32(index), file)) }
    }

    /// The element's (file symbol, line, column), or `nil` when unknown.
    func location(_ index: Int) -> (file: UInt32, line: Int, column: Int)? {
        guard index < packed.count, packed[index] != 0 else { return nil }
        var lo = 0, hi = fileRuns.count
        while lo + 1 < hi {
            let mid = (lo + hi) / 2
            if Int(fileRuns[mid].start) <= index { lo = mid } else { hi = mid }
        }
        let p = packed[index]
        return (fileRuns[lo].file, Int(p >> 32), Int(p & 0xFFFF_FFFF))
    }

    /// Keeps only the elements for which `keep` is true.
    mutating func filter(count: Int, _ keep: (Int) -> Bool) {
        guard !packed.isEmpty else { return }
        var p: [UInt64] = []
        var runs: [(start: Int32, file: UInt32)] = []
        var run = 0
        for i in 0..<count where keep(i) {
            while run + 1 < fileRuns.count && Int(fileRuns[run + 1].start) <= i { run += 1 }
            let file = fileRuns.isEmpty ? 0 : fileRuns[run].file
            if runs.last?.file != file { runs.append((Int32(p.count), file)) }
            p.append(i < packed.count ? packed[i] : 0)
        }
        packed = p
        fileRuns = runs
    }

    mutating func reserveCapacity(_ n: Int) { packed.reserveCapacity(n) }

    var bytes: Int { ByteCount.array(packed) + fileRuns.count * 8 }
}
