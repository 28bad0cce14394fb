/// Reserves graph-builder storage as input is read, never ahead of it.
///
/// Reserving from the files' declared sizes before reading let a 200 GB sparse file (or a
/// file that lies about its size) make the loader ask for hundreds of GB up front, which
/// aborts under a memory cap. Here nothing is reserved until 1 MiB has really been read, and
/// a reservation is always bounded by what has been read:
/// - when the inputs have a declared size (regular files), storage is reserved for
///   `min(declared, 64 × read)`, growing by doubling steps; a genuine file therefore gets its
///   full reservation after reading 1/64 of it, while the builder holds little, so the
///   regrowth copies stay small (peak memory as with the up-front reservation);
/// - without one (pipes, FIFOs), for 2× the bytes read, renewed when three quarters are used.
/// Unused capacity is not touched (no resident memory) and is trimmed when the graph freezes.
final class CapacityPlanner {
    private let assembly: GraphAssembly
    /// The total declared size of the inputs (0 when unknown).
    private let declaredBytes: Int
    /// Bytes read in inputs already finished.
    private var bytesBefore = 0
    /// Bytes of input the builder is reserved for.
    private(set) var reservedFor = 0
    /// Below this many bytes read nothing is reserved (natural growth is cheap).
    static let threshold = 1 << 20
    /// A reservation is at most this many times the bytes read.
    static let maximumRatio = 64

    init(assembly: GraphAssembly, declaredBytes: Int = 0) {
        self.assembly = assembly
        self.declaredBytes = declaredBytes
    }

    /// Notes that the current input has delivered `bytes` so far; reserves when due.
    /// Must run on the thread that owns the builder.
    func update(currentInputBytes bytes: Int) {
        let total = bytesBefore + bytes
        guard total >= Self.threshold else { return }
        let target: Int
        if declaredBytes > 0 {
            target = min(declaredBytes, total * Self.maximumRatio)
            guard target >= reservedFor * 2 || (target == declaredBytes && target > reservedFor) else { return }
        } else {
            guard total * 4 > reservedFor * 3 else { return }
            target = total * 2
        }
        reservedFor = target
        assembly.withBuilder { b in
            // About 400 bytes of evidence XML a node and 80 a relationship at the densest,
            // half of it string text.
            b.reserveCapacity(nodes: target / 300, relationships: target / 60,
                              nodeProperties: target / 50, relationshipProperties: target / 60)
            b.reserveStringBytes(target / 2)
        }
    }

    /// Notes that an input of `bytes` bytes was read to its end.
    func finishInput(bytes: Int) { bytesBefore += bytes }
}
