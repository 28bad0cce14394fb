import EvidenceGraphCore

/// One attribute of a start tag, with character references already decoded.
struct XMLAttribute {
    /// `localname`, or `prefix:localname` for a prefixed attribute (e.g. `xml:lang`).
    var name: String
    var value: String
}

/// Receives the content events of a ``SAXParser`` pass.
protocol SAXContentHandler: AnyObject {
    /// A start tag. `location` is the position of its `<`.
    func startElement(_ name: String, namespace: String?, attributes: [XMLAttribute], location: SourceLocation, parser: SAXParser)
    /// An end tag (also sent for an empty element `<x/>`).
    func endElement(_ name: String, parser: SAXParser)
    /// Text content (possibly in several pieces), UTF-8.
    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: SAXParser)
}
