import EvidenceGraphCore

/// Reads one evidence XML file (SAX events) into ``ElementRecord``s, one per top-level entity,
/// and hands each finished entity to an ``EvidenceMapper``.
final class EvidenceReader: SAXContentHandler {
    private var stack: [ElementRecord] = []
    private var depth = 0
    private let onEntity: (ElementRecord) -> Void

    /// - Parameter onEntity: called with each complete top-level entity, in document order.
    init(onEntity: @escaping (ElementRecord) -> Void) {
        self.onEntity = onEntity
    }

    func startElement(_ name: String, namespace: String?, attributes: [XMLAttribute], location: SourceLocation, parser: SAXParser) {
        depth += 1
        // depth 1 is <evidence>: nothing to keep.
        guard depth >= 2 else { return }
        stack.append(ElementRecord(name: name, attributes: attributes, location: location))
    }

    func endElement(_ name: String, parser: SAXParser) {
        defer { depth -= 1 }
        guard depth >= 2, let finished = stack.popLast() else { return }
        if stack.isEmpty {
            onEntity(finished)
        } else {
            stack[stack.count - 1].children.append(finished)
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: SAXParser) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: text, as: UTF8.self)
    }
}
