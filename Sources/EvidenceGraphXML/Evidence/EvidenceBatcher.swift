/// The parsing side of an evidence file read: buffers top-level entities from raw SAX events
/// into `EntityBuffer` batches and sends each full batch down an `EntityBatchChannel`
/// to the building side (`EvidenceReader`).
final class EvidenceBatcher: RawSAXContentHandler {
    /// Batches are handed over once they hold about this many bytes.
    static let batchBytes = 1 << 20

    /// What the event callbacks change, behind a pointer (no dynamic exclusivity checks).
    private struct State {
        var buffer = EntityBuffer()
        var depth = 0
        /// Per name code: whether elements of that name are text properties (text kept).
        var keepsText: [Bool?] = []
    }

    private let channel: EntityBatchChannel
    private let state: UnsafeMutablePointer<State>

    /// A batcher sending to `channel`; the parser is told to skip text until an element
    /// that keeps text opens.
    init(channel: EntityBatchChannel) {
        self.channel = channel
        state = .allocate(capacity: 1)
        state.initialize(to: State())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    func startElement(_ name: Int32, attributes: UnsafeBufferPointer<SAXAttribute>, parser: SAXParser) {
        let s = state
        s.pointee.depth += 1
        // depth 1 is <evidence>: nothing to keep.
        guard s.pointee.depth >= 2 else {
            parser.wantsText = false
            return
        }
        let keepsText = keepsText(name, parser)
        // Text-property elements need no location (nothing is located by them).
        let (line, column) = keepsText ? (0, 0) : parser.currentTagPosition()
        s.pointee.buffer.start(name, attributes: attributes, line: line, column: column, keepsText: keepsText)
        parser.wantsText = keepsText
    }

    func endElement(_ name: Int32, parser: SAXParser) {
        let s = state
        defer { s.pointee.depth -= 1 }
        guard s.pointee.depth >= 2 else { return }
        let completed = s.pointee.buffer.end()
        parser.wantsText = s.pointee.buffer.innermostKeepsText
        guard completed, s.pointee.buffer.size >= Self.batchBytes else { return }
        flush(parser)
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: SAXParser) {
        guard state.pointee.depth >= 2 else { return }
        state.pointee.buffer.text(text)
    }

    /// Sends what is buffered and closes the channel (call once, after the parse).
    func finish(_ parser: SAXParser) {
        if !state.pointee.buffer.entities.isEmpty { flush(parser) }
        channel.close()
    }

    private func flush(_ parser: SAXParser) {
        let batch = EntityBatchChannel.Batch(buffer: state.pointee.buffer, names: parser.nameTexts)
        state.pointee.buffer = channel.send(batch)
    }

    @inline(__always)
    private func keepsText(_ name: Int32, _ parser: SAXParser) -> Bool {
        let n = Int(name)
        if n < state.pointee.keepsText.count, let k = state.pointee.keepsText[n] { return k }
        if state.pointee.keepsText.count <= n {
            state.pointee.keepsText += Array(repeating: nil, count: n + 1 - state.pointee.keepsText.count)
        }
        let k = EvidenceNameRoles.textByElement[parser.name(name)] != nil
        state.pointee.keepsText[n] = k
        return k
    }
}
