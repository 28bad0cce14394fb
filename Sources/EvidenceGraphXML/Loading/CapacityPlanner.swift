/// Reserves graph-builder storage as input is read, never ahead of it.
///
/// Reserving from a file's declared size let a 200 GB sparse file (or a lying FIFO) make
/// the loader ask for hundreds of GB up front, which aborts under a memory cap. Here a
/// reservation is made only once real bytes have been read: when the bytes read so far (in
/// all inputs of the load) pass three quarters of what was last reserved for, storage is
/// reserved for twice the bytes read (each step grows the reservation about 2.7×). A
/// reservation is bounded by 2× what was read (the string table's hash slots, which are
/// resident once reserved, follow it), and the number of regrowths stays logarithmic.
/// Unused capacity is trimmed at freeze.
final class CapacityPlanner {
    private let assembly: GraphAssembly
    /// Bytes read in inputs already finished.
    private var bytesBefore = 0
    /// Bytes of input the builder is reserved for.
    private(set) var reservedFor = 0
    /// Below this many bytes read nothing is reserved (natural growth is cheap).
    static let threshold = 1 << 20

    init(assembly: GraphAssembly) { self.assembly = assembly }

    /// Notes that the current input has delivered `bytes` so far; reserves when due.
    /// Must run on the thread that owns the builder.
    func update(currentInputBytes bytes: Int) {
        let total = bytesBefore + bytes
        guard total >= Self.threshold, total * 4 > reservedFor * 3 else { return }
        reservedFor = total * 2
        let target = reservedFor
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
