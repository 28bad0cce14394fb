import EvidenceGraphCore

/// An element of a small XML document read by ``XMLTreeReader``.
public struct XMLTreeElement: Sendable, Hashable {
    /// The local name.
    public var name: String
    /// The namespace URI, if any.
    public var namespace: String?
    /// Attributes in document order; prefixed ones keep their prefix (`xml:lang`).
    public var attributes: [(name: String, value: String)] {
        get { zip(attributeNames, attributeValues).map { ($0, $1) } }
        set {
            attributeNames = newValue.map(\.name)
            attributeValues = newValue.map(\.value)
        }
    }
    /// The text directly inside the element (character references decoded).
    public var text: String
    /// Child elements in document order.
    public var children: [XMLTreeElement]
    /// Where the element's start tag begins.
    public var location: SourceLocation

    private var attributeNames: [String]
    private var attributeValues: [String]

    /// Creates an element.
    public init(name: String, namespace: String? = nil, attributes: [(name: String, value: String)] = [],
                text: String = "", children: [XMLTreeElement] = [], location: SourceLocation) {
        self.name = name
        self.namespace = namespace
        self.attributeNames = attributes.map(\.name)
        self.attributeValues = attributes.map(\.value)
        self.text = text
        self.children = children
        self.location = location
    }

    /// The value of attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        attributeNames.firstIndex(of: name).map { attributeValues[$0] }
    }

    /// The children named `name`.
    public func children(named name: String) -> [XMLTreeElement] {
        children.filter { $0.name == name }
    }
}

/// Reads a small XML document (a patient profile, a configuration) into a tree of
/// ``XMLTreeElement``s, with the loader's safety (no network, DOCTYPE refused, no entity
/// expansion, libxml2's limits) and optional streaming XSD validation.
///
/// For knowledge bases and GraphML use ``GraphLoader``, which never builds a tree.
///
/// ```swift
/// let patient = try XMLTreeReader().read(file: "case7.xml", schemaPath: "Graph/schema/patient.xsd")
/// for b in patient.children(named: "biomarker") { print(b.attribute("name") ?? "") }
/// ```
public struct XMLTreeReader: Sendable {
    /// At most this many diagnostics are reported.
    public var maxDiagnostics = 100

    /// A reader.
    public init() {}

    /// Reads the document at `path`, validating it against the XSD at `schemaPath` if given.
    /// - Throws: ``LoadError`` with every error found (`xml-syntax`, `xsd`,
    ///   `doctype-forbidden`, `io`, `xsd-schema`, `schema-not-found`).
    public func read(file path: String, schemaPath: String? = nil) throws(LoadError) -> XMLTreeElement {
        guard let input = XMLInput(path: path) else {
            throw LoadError(diagnostics: [Diagnostic(ruleID: "io", severity: .error, message: "cannot open file",
                                                     location: SourceLocation(file: path, line: 0, column: 0))])
        }
        return try read(input, name: path, schemaPath: schemaPath)
    }

    /// Reads a document held in a string; `name` is the file name diagnostics show.
    public func read(string: String, name: String = "<memory>", schemaPath: String? = nil) throws(LoadError) -> XMLTreeElement {
        try read(XMLInput(bytes: Array(string.utf8)), name: name, schemaPath: schemaPath)
    }

    private func read(_ input: XMLInput, name: String, schemaPath: String?) throws(LoadError) -> XMLTreeElement {
        defer { input.close() }
        var schema: OpaquePointer?
        if let schemaPath {
            do {
                schema = try LibXMLEnvironment.shared.schema(at: schemaPath)
            } catch {
                throw LoadError(diagnostics: error.diagnostics)
            }
        }
        let parser = SAXParser(displayPath: name, maxDiagnostics: maxDiagnostics)
        let builder = TreeBuilder()
        parser.parse(input, handler: builder, schema: schema)
        let errors = parser.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let root = builder.root else {
            throw LoadError(diagnostics: errors.isEmpty
                ? [Diagnostic(ruleID: "xml-syntax", severity: .error, message: "no root element", location: SourceLocation(file: name, line: 1, column: 1))]
                : errors)
        }
        return root
    }
}

/// Builds ``XMLTreeElement``s from SAX events.
private final class TreeBuilder: SAXContentHandler {
    var stack: [XMLTreeElement] = []
    var root: XMLTreeElement?

    func startElement(_ name: String, namespace: String?, attributes: [XMLAttribute], location: SourceLocation, parser: SAXParser) {
        stack.append(XMLTreeElement(name: name, namespace: namespace, attributes: attributes.map { ($0.name, $0.value) }, location: location))
    }

    func endElement(_ name: String, parser: SAXParser) {
        guard let done = stack.popLast() else { return }
        if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(done) }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: SAXParser) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: text, as: UTF8.self)
    }
}
