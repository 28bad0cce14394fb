import EvidenceGraphCore

/// Reads one evidence XML file: buffers each top-level entity (``EntityBuffer``) as its SAX
/// events arrive, and hands each complete one to an ``EvidenceMapper``, which adds it to the
/// graph under construction.
final class EvidenceReader: RawSAXContentHandler {
    /// What the event callbacks change, behind a pointer (no dynamic exclusivity checks).
    private struct State {
        var buffer = EntityBuffer()
        var mapper: EvidenceMapper
        var depth = 0
    }

    private let assembly: GraphAssembly
    private let state: UnsafeMutablePointer<State>
    private let rootCode: Int32

    /// A reader for one parse of `parser` over the file shown as `displayPath`.
    init(assembly: GraphAssembly, parser: SAXParser, displayPath: String) {
        self.assembly = assembly
        rootCode = parser.registerName(EvidenceModel.rootElement)
        let mapper = assembly.withBuilder { b in
            EvidenceMapper(file: b.fileSymbol(displayPath), displayPath: displayPath, parser: parser, builder: &b)
        }
        state = .allocate(capacity: 1)
        state.initialize(to: State(mapper: mapper))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    func startElement(_ name: Int32, attributes: UnsafeBufferPointer<SAXAttribute>, parser: SAXParser) {
        let s = state
        s.pointee.depth += 1
        // depth 1 is <evidence>: nothing to keep.
        guard s.pointee.depth >= 2 else { return }
        if s.pointee.buffer.isEmpty { s.pointee.buffer.reset() }
        let (line, column) = parser.currentTagPosition()
        let keepsText = s.pointee.mapper.roles.keepsText(name, parser: parser)
        s.pointee.buffer.start(name, attributes: attributes, line: line, column: column, keepsText: keepsText)
    }

    func endElement(_ name: Int32, parser: SAXParser) {
        let s = state
        defer { s.pointee.depth -= 1 }
        guard s.pointee.depth >= 2, s.pointee.buffer.end() else { return }
        let names = parser.nameTexts
        let root = rootCode
        assembly.withBuilder { b in
            let top = s.pointee.buffer.elements[0]
            if case let .entity(label, _) = s.pointee.mapper.roles.child(top.name, in: root, names: names, builder: &b) {
                s.pointee.mapper.addEntity(s.pointee.buffer, at: 0, label: label, names: names, into: &b)
            }
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: SAXParser) {
        guard state.pointee.depth >= 2 else { return }
        state.pointee.buffer.text(text)
    }

    /// Hands the skipped duplicate definitions to the assembly (call once, after the parse).
    func finish() {
        for d in state.pointee.mapper.duplicates { assembly.recordDuplicate(id: d.id, at: d.location, error: d.error) }
    }
}
