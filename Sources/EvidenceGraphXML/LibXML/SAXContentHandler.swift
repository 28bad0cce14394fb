import EvidenceGraphCore

/// One attribute of a start tag, with character references already decoded.
struct XMLAttribute {
    /// `localname`, or `prefix:localname` for a prefixed attribute (e.g. `xml:lang`).
    var name: String
    var value: String
}

/// Receives the content events of a `SAXParser` pass as `String`s: the convenient form for
/// small documents (patient profiles). Large graph files use `RawSAXContentHandler`.
protocol SAXContentHandler: AnyObject {
    /// A start tag. `location` is the position of its `<`.
    func startElement(_ name: String, attributes: [XMLAttribute], location: SourceLocation, parser: SAXParser)
    /// An end tag (also sent for an empty element `<x/>`).
    func endElement(_ name: String, parser: SAXParser)
    /// Text content (possibly in several pieces), UTF-8.
    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: SAXParser)
}

/// Turns raw events into `SAXContentHandler` calls.
final class StringSAXAdapter: RawSAXContentHandler {
    private let target: SAXContentHandler

    init(_ target: SAXContentHandler) { self.target = target }

    func startElement(_ name: Int32, attributes: UnsafeBufferPointer<SAXAttribute>, parser: SAXParser) {
        let list = attributes.map { a in
            var attrName = parser.name(a.name)
            if a.prefix >= 0 { attrName = parser.name(a.prefix) + ":" + attrName }
            return XMLAttribute(name: attrName, value: CharacterReferences.decode(String(decoding: a.value, as: UTF8.self)))
        }
        target.startElement(parser.name(name), attributes: list, location: parser.currentTagLocation(), parser: parser)
    }

    func endElement(_ name: Int32, parser: SAXParser) {
        target.endElement(parser.name(name), parser: parser)
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: SAXParser) {
        target.characters(text, parser: parser)
    }
}
