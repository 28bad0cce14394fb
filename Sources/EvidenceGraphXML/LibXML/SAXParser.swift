internal import CLibXML2
import EvidenceGraphCore

/// One streaming SAX2 pass of libxml2 over a document, with optional XSD validation in the
/// same pass (`xmlSchemaSAXPlug`).
///
/// Safety: options are `XML_PARSE_NONET | XML_PARSE_BIG_LINES` only (no entity substitution,
/// no DTD loading or validation, no XInclude, libxml2's size and depth limits on); any
/// DOCTYPE is refused (`doctype-forbidden`) and parsing stops; the process-wide entity loader
/// refuses every external resource (see `LibXMLEnvironment`).
///
/// Diagnostics: `xml-syntax` (not well-formed, including libxml2's limits such as the
/// nesting depth), `xsd` (schema violations, located at the `<` of the offending tag),
/// `doctype-forbidden`, `io` (cannot read).
final class SAXParser {
    /// The path printed in diagnostics.
    let displayPath: String
    /// Errors found so far, in document order.
    private(set) var diagnostics: [Diagnostic] = []
    /// At most this many diagnostics are kept.
    let maxDiagnostics: Int

    private var context: xmlParserCtxtPtr? {
        get { hot.pointee.context }
        set { hot.pointee.context = newValue }
    }
    /// The state the event callbacks touch, behind a pointer: the callbacks run millions of
    /// times, and a class's stored `var`s would pay a dynamic exclusivity check per access.
    private struct HotState {
        unowned(unsafe) var handler: RawSAXContentHandler?
        var names = SAXNameTable()
        /// Scratch for one start tag's attributes (grown, never shrunk).
        var attributes = UnsafeMutablePointer<SAXAttribute>.allocate(capacity: 16)
        var attributeCapacity = 16
        var wantsText = true
        var context: xmlParserCtxtPtr?
    }

    private let hot: UnsafeMutablePointer<HotState> = {
        let p = UnsafeMutablePointer<HotState>.allocate(capacity: 1)
        p.initialize(to: HotState())
        return p
    }()

    deinit {
        hot.pointee.attributes.deallocate()
        hot.deinitialize(count: 1)
        hot.deallocate()
    }

    /// The text of every name code seen so far, indexed by code.
    var nameTexts: [String] { hot.pointee.names.names }

    init(displayPath: String, maxDiagnostics: Int = 100) {
        self.displayPath = displayPath
        self.maxDiagnostics = maxDiagnostics
        _ = LibXMLEnvironment.shared
    }

    /// Whether an error was found.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Parses `input` to the end (or the first fatal error), sending content to `handler`
    /// and validating against `schema` when given.
    func parse(_ input: XMLInput, handler: SAXContentHandler, schema: OpaquePointer?) {
        let adapter = StringSAXAdapter(handler)
        parse(input, rawHandler: adapter, schema: schema)
    }

    /// Parses `input` to the end (or the first fatal error), sending raw events to `handler`
    /// and validating against `schema` when given.
    func parse(_ input: XMLInput, rawHandler handler: RawSAXContentHandler, schema: OpaquePointer?) {
        LibXMLEnvironment.shared.withDenyingEntityLoader {
            parseWithLoader(input, rawHandler: handler, schema: schema)
            // Leave no error record of ours in this thread's libxml2 state.
            xmlResetLastError()
        }
    }

    private func parseWithLoader(_ input: XMLInput, rawHandler handler: RawSAXContentHandler, schema: OpaquePointer?) {
        hot.pointee.handler = handler
        defer { hot.pointee.handler = nil }
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = saxStartElement
        sax.endElementNs = saxEndElement
        sax.characters = saxCharacters
        sax.cdataBlock = saxCharacters
        sax.internalSubset = saxInternalSubset
        sax.serror = saxParserError
        let me = Unmanaged.passUnretained(self).toOpaque()
        let io = Unmanaged.passUnretained(input).toOpaque()
        guard let ctxt = xmlCreateIOParserCtxt(&sax, me, saxRead, nil, io, XML_CHAR_ENCODING_NONE) else {
            report(rule: .io, "cannot create an XML parser", at: SourceLocation(file: displayPath, line: 0, column: 0))
            return
        }
        context = ctxt
        defer {
            context = nil
            xmlFreeParserCtxt(ctxt)
        }
        ctxt.pointee._private = me
        _ = xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue))

        var validation: xmlSchemaValidCtxtPtr?
        var plug: xmlSchemaSAXPlugPtr?
        if let schema {
            validation = xmlSchemaNewValidCtxt(schema)
            xmlSchemaSetValidStructuredErrors(validation, saxSchemaError, me)
            let raw = UnsafeMutableRawPointer(ctxt)
            let saxField = (raw + MemoryLayout<xmlParserCtxt>.offset(of: \xmlParserCtxt.sax)!)
                .assumingMemoryBound(to: xmlSAXHandlerPtr?.self)
            let userDataField = (raw + MemoryLayout<xmlParserCtxt>.offset(of: \xmlParserCtxt.userData)!)
                .assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
            plug = xmlSchemaSAXPlug(validation, saxField, userDataField)
            // Parser errors must keep reaching us through the plug's handler.
            ctxt.pointee.sax.pointee.serror = saxParserError
        }
        _ = xmlParseDocument(ctxt)
        if let plug { xmlSchemaSAXUnplug(plug) }
        if let validation { xmlSchemaFreeValidCtxt(validation) }
        if input.timedOut {
            report(rule: .io, "no data from the pipe or FIFO within the idle timeout (does it have a writer?)",
                   at: SourceLocation(file: displayPath, line: 0, column: 0))
        } else if input.readError != 0 {
            report(rule: .io, "read error: \(XMLInput.errnoText(input.readError))", at: SourceLocation(file: displayPath, line: 0, column: 0))
        }
    }

    /// Records an error (up to `maxDiagnostics`).
    func report(rule: Diagnostic.Rule, _ message: String, at location: SourceLocation, severity: Diagnostic.Severity = .error) {
        guard diagnostics.count < maxDiagnostics else { return }
        diagnostics.append(Diagnostic(rule: rule, severity: severity, message: message, location: location))
    }

    /// Stops the parse (after a fatal finding of our own).
    func stop() {
        if let context { xmlStopParser(context) }
    }

    // MARK: - Locations

    /// The position of the `<` that opened the tag the parser is in or has just finished.
    /// libxml2 reports its position after the tag; `<` cannot occur inside a tag, so the
    /// tag's start is the last `<` before the current position.
    func currentTagLocation() -> SourceLocation {
        let (line, column) = currentTagPosition()
        return SourceLocation(file: displayPath, line: line, column: column)
    }

    /// In the end-tag callback of a text-only element (`<data>…</data>`): the location of
    /// its start tag, the `<` before the end tag's `<` (text holds no raw `<`).
    func startTagLocationOfTextElement() -> SourceLocation {
        let (line, column) = currentTagPosition(skippingTags: 1)
        return SourceLocation(file: displayPath, line: line, column: column)
    }

    /// Line and column of ``currentTagLocation()``, without making a location value.
    @inline(__always)
    func currentTagPosition(skippingTags skipped: Int = 0) -> (line: Int, column: Int) {
        guard let ctxt = context, let input = ctxt.pointee.input,
              let base = input.pointee.base, let cur = input.pointee.cur else {
            return (0, 0)
        }
        let line = Int(input.pointee.line)
        var newlines = 0
        var p = evg_tag_open(base, cur, &newlines)!
        for _ in 0..<skipped where p > base {
            var more = 0
            if (p - 1).pointee == UInt8(ascii: "\n") { newlines += 1 }
            p = evg_tag_open(base, p - 1, &more)!
            newlines += more
        }
        guard p.pointee == UInt8(ascii: "<") else {
            return (line, Int(input.pointee.col))
        }
        let lineStart = evg_line_start(base, p)!
        let knownLineStart = lineStart > base || input.pointee.consumed == 0
        let column: Int
        if knownLineStart {
            column = evg_utf8_count(lineStart, p) + 1
        } else {
            column = max(1, Int(input.pointee.col) - evg_utf8_count(p, cur))
        }
        return (line - newlines, column)
    }

    // MARK: - Event plumbing

    /// The code of `name`, registering it before the parse meets it.
    func registerName(_ name: String) -> Int32 { hot.pointee.names.code(of: name) }

    /// The text of a name code.
    func name(_ code: Int32) -> String { hot.pointee.names.names[Int(code)] }

    fileprivate func start(
        _ localname: UnsafePointer<UInt8>, _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        let state = hot
        guard let handler = state.pointee.handler else { return }
        let element = state.pointee.names.code(localname)
        if count > state.pointee.attributeCapacity {
            state.pointee.attributes.deallocate()
            state.pointee.attributes = .allocate(capacity: count)
            state.pointee.attributeCapacity = count
        }
        let scratch = state.pointee.attributes
        var n = 0
        if let attributes, count > 0 {
            for i in 0..<count {
                let a = attributes + 5 * i
                guard let local = a[0], let value = a[3], let end = a[4] else { continue }
                let prefix: Int32 = a[1].map { state.pointee.names.code($0) } ?? -1
                (scratch + n).initialize(to: SAXAttribute(
                    name: state.pointee.names.code(local), prefix: prefix,
                    value: UnsafeBufferPointer(start: value, count: end - value)))
                n += 1
            }
        }
        handler.startElement(element, attributes: UnsafeBufferPointer(start: scratch, count: n), parser: self)
    }

    fileprivate func end(_ localname: UnsafePointer<UInt8>) {
        guard let handler = hot.pointee.handler else { return }
        handler.endElement(hot.pointee.names.code(localname), parser: self)
    }

    @inline(__always)
    fileprivate func text(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        guard hot.pointee.wantsText else { return }
        hot.pointee.handler?.characters(UnsafeBufferPointer(start: bytes, count: count), parser: self)
    }

    fileprivate func doctype() {
        report(rule: .doctypeForbidden,
               "a DOCTYPE is not allowed (DTDs and entity declarations are refused)",
               at: currentTagLocation())
        stop()
    }

    fileprivate func parserError(_ e: xmlError) {
        // Errors after our own stop (e.g. "parser stopped") add nothing.
        if diagnostics.last?.rule == .doctypeForbidden { return }
        report(rule: .xmlSyntax, LibXMLMessage.clean(e.message),
               at: SourceLocation(file: displayPath, line: Int(e.line), column: Int(e.int2)),
               severity: e.level == XML_ERR_WARNING ? .warning : .error)
    }

    fileprivate func schemaError(_ e: xmlError) {
        report(rule: .xsd, LibXMLMessage.clean(e.message), at: currentTagLocation(),
               severity: e.level == XML_ERR_WARNING ? .warning : .error)
    }

    fileprivate static func from(_ pointer: UnsafeMutableRawPointer?) -> SAXParser? {
        pointer.map { Unmanaged<SAXParser>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Runs `body` with the parser at `pointer` without retaining it (the callbacks run
    /// while ``parse(_:rawHandler:schema:)`` holds the parser).
    @inline(__always)
    fileprivate static func with(_ pointer: UnsafeMutableRawPointer?, _ body: (SAXParser) -> Void) {
        guard let pointer else { return }
        Unmanaged<SAXParser>.fromOpaque(pointer)._withUnsafeGuaranteedRef(body)
    }

    /// Whether text events are wanted now. Handlers that ignore most text (white space
    /// between elements) switch this off, so that those events cost no call.
    var wantsText: Bool {
        get { hot.pointee.wantsText }
        set { hot.pointee.wantsText = newValue }
    }
}

// MARK: - C callbacks (no captures)

private func saxRead(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32) -> Int32 {
    guard let context, let buffer, length > 0 else { return -1 }
    return Unmanaged<XMLInput>.fromOpaque(context).takeUnretainedValue().read(into: buffer, count: Int(length))
}

private func saxStartElement(
    _ ctx: UnsafeMutableRawPointer?, _ localname: UnsafePointer<UInt8>?, _ prefix: UnsafePointer<UInt8>?,
    _ uri: UnsafePointer<UInt8>?, _ nbNamespaces: Int32, _ namespaces: UnsafeMutablePointer<UnsafePointer<UInt8>?>?,
    _ nbAttributes: Int32, _ nbDefaulted: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
) {
    guard let localname else { return }
    SAXParser.with(ctx) { $0.start(localname, Int(nbAttributes), attributes) }
}

private func saxEndElement(
    _ ctx: UnsafeMutableRawPointer?, _ localname: UnsafePointer<UInt8>?, _ prefix: UnsafePointer<UInt8>?, _ uri: UnsafePointer<UInt8>?
) {
    guard let localname else { return }
    SAXParser.with(ctx) { $0.end(localname) }
}

private func saxCharacters(_ ctx: UnsafeMutableRawPointer?, _ ch: UnsafePointer<UInt8>?, _ len: Int32) {
    guard let ch, len > 0 else { return }
    SAXParser.with(ctx) { $0.text(ch, Int(len)) }
}

private func saxInternalSubset(
    _ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<UInt8>?, _ externalID: UnsafePointer<UInt8>?, _ systemID: UnsafePointer<UInt8>?
) {
    SAXParser.from(ctx)?.doctype()
}

/// Parser errors: the parser is found through the error's parser context (`_private`),
/// because with a schema plugged in, `userData` is the plug, not us.
private func saxParserError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let error else { return }
    if let ctxt = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self), let me = ctxt.pointee._private {
        SAXParser.from(me)?.parserError(error.pointee)
    }
}

private func saxSchemaError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let error else { return }
    SAXParser.from(userData)?.schemaError(error.pointee)
}
