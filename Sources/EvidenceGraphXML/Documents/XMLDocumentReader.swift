import EvidenceGraphCore

/// An element of a small XML document read whole (patient profiles and other inputs that
/// are not graphs): its name, attributes, text, children and where its start tag is.
package struct XMLElementNode: Sendable, Hashable {
    package var name: String
    /// Attributes in document order (`xml:lang` keeps its prefix).
    package var attributes: [String: String]
    package var location: SourceLocation
    package var text: String
    package var children: [XMLElementNode]

    /// The attribute's value, if present.
    package subscript(attribute name: String) -> String? { attributes[name] }
}

/// Reads a small XML document into an `XMLElementNode` tree with the same safety as the
/// graph loader (SAX2, no network, no external entities, no DOCTYPE), validating it against
/// an XSD in the same pass.
package enum XMLDocumentReader {
    /// Reads the document at `path`, validated against the schema file `schemaNamed` found
    /// by ``SchemaLocator/path(forSchemaNamed:)`` (this library's bundled copy of
    /// `Graph/schema/`). Every error carries `file:line:column`.
    package static func read(path: String, schemaNamed schemaName: String? = nil) throws(LoadError) -> XMLElementNode {
        let input: XMLInput
        do {
            input = try XMLInput.open(path: path, pipeIdleTimeout: LoadOptions().pipeIdleTimeout)
        } catch {
            throw LoadError(diagnostics: [Diagnostic(rule: .io, severity: .error, message: error.message,
                                                     location: SourceLocation(file: path, line: 0, column: 0))], isTruncated: false)
        }
        defer { input.close() }
        return try read(input, displayPath: path, schemaNamed: schemaName)
    }

    /// Reads a document held in memory (an upload), shown in diagnostics as `displayName`;
    /// otherwise as ``read(path:schemaNamed:)``.
    package static func read(bytes: [UInt8], displayName: String, schemaNamed schemaName: String? = nil) throws(LoadError) -> XMLElementNode {
        let input = XMLInput(bytes: bytes)
        defer { input.close() }
        return try read(input, displayPath: displayName, schemaNamed: schemaName)
    }

    private static func read(_ input: XMLInput, displayPath path: String, schemaNamed schemaName: String?) throws(LoadError) -> XMLElementNode {
        var schema: OpaquePointer?
        if let schemaName {
            guard let schemaPath = SchemaLocator.path(forSchemaNamed: schemaName) else {
                throw LoadError(diagnostics: [Diagnostic(rule: .schemaNotFound, severity: .error,
                                                         message: "\(schemaName) not found", location: nil)], isTruncated: false)
            }
            do {
                schema = try LibXMLEnvironment.shared.schema(at: schemaPath)
            } catch {
                throw LoadError(diagnostics: error.diagnostics, isTruncated: false)
            }
        }
        let parser = SAXParser(displayPath: path)
        let builder = TreeBuilder()
        parser.parse(input, handler: builder, schema: schema)
        let errors = parser.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let root = builder.root else {
            throw LoadError(diagnostics: errors.isEmpty
                ? [Diagnostic(rule: .xmlSyntax, severity: .error, message: "empty document", location: SourceLocation(file: path, line: 1, column: 1))]
                : errors, isTruncated: false)
        }
        return root
    }
}

/// Builds the element tree from SAX events.
private final class TreeBuilder: SAXContentHandler {
    var stack: [XMLElementNode] = []
    var root: XMLElementNode?

    func startElement(_ name: String, attributes: [XMLAttribute], location: SourceLocation, parser: SAXParser) {
        var dict: [String: String] = [:]
        for a in attributes { dict[a.name] = a.value }
        stack.append(XMLElementNode(name: name, attributes: dict, location: location, text: "", children: []))
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
