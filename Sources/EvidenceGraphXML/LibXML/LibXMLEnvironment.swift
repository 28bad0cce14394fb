internal import CLibXML2
import EvidenceGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide libxml2 set-up, guarded by locks:
/// - `xmlInitParser()`, once (libxml2 requires it before use from several threads; it
///   initialises libxml2's own tables and changes no setting);
/// - a deny-by-default external entity loader, installed only while a load, parse or
///   schema compilation runs (``withDenyingEntityLoader(_:)``) and then replaced by the
///   loader that was there before: only `.xsd` files inside directories registered by
///   ``schema(at:)`` may be read, so a document can never make libxml2 open a file or a URL
///   (DTDs, external entities, remote schemas). libxml2 2.9 has no per-parser loader, so
///   while a load runs, libxml2 use elsewhere in the process sees this loader too;
/// - a cache of compiled XSD schemas (a compiled schema is read-only while validating and is
///   shared by all validation contexts).
///
/// Error handlers are never set globally: every parser and schema context reports through
/// its own structured handler, and the calling thread's last-error record is reset after
/// each parse.
final class LibXMLEnvironment: @unchecked Sendable {
    static let shared = LibXMLEnvironment()

    /// Guards the schema cache; held while libxml2 compiles a schema.
    private let lock = Mutex()
    /// Guards the allow-list; a separate lock because the entity loader consults it from
    /// inside `xmlSchemaParse`, while `lock` is held (one lock would deadlock).
    private let allowListLock = Mutex()
    private var allowedSchemaDirectories: Set<String> = []
    private var schemas: [String: OpaquePointer] = [:]

    /// Guards the loader swap below.
    private let loaderLock = Mutex()
    /// How many loads are inside ``withDenyingEntityLoader(_:)`` now.
    private var loaderUsers = 0
    /// The process's loader before the first of them installed ours.
    private var savedLoader: xmlExternalEntityLoader?

    private init() {
        xmlInitParser()
    }

    /// Runs `body` with the deny-by-default entity loader installed, restoring the previous
    /// loader when the last concurrent user leaves. (If the host replaces the loader while a
    /// load runs, its replacement is overwritten by the one saved at the start.)
    func withDenyingEntityLoader<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        loaderLock.withLock {
            if loaderUsers == 0 {
                savedLoader = xmlGetExternalEntityLoader()
                xmlSetExternalEntityLoader(denyByDefaultEntityLoader)
            }
            loaderUsers += 1
        }
        defer {
            loaderLock.withLock {
                loaderUsers -= 1
                if loaderUsers == 0 {
                    xmlSetExternalEntityLoader(savedLoader)
                    savedLoader = nil
                }
            }
        }
        return try body()
    }

    /// The process's current external entity loader, as an address (for tests).
    var currentEntityLoaderAddress: UnsafeRawPointer? {
        xmlGetExternalEntityLoader().map { unsafeBitCast($0, to: UnsafeRawPointer.self) }
    }

    /// The process's entity loader at a moment when no load is running (waits for one),
    /// as an address; for tests that run beside other loads.
    func entityLoaderAddressWhenIdle() -> UnsafeRawPointer? {
        while true {
            let snapshot: UnsafeRawPointer?? = loaderLock.withLock { loaderUsers == 0 ? .some(currentEntityLoaderAddress) : .none }
            if let snapshot { return snapshot }
            usleep(1000)
        }
    }

    /// The deny-by-default loader's address.
    var denyingLoaderAddress: UnsafeRawPointer {
        unsafeBitCast(denyByDefaultEntityLoader as xmlExternalEntityLoader, to: UnsafeRawPointer.self)
    }

    /// Whether the deny-by-default loader is installed now.
    var isDenyingLoaderInstalled: Bool {
        currentEntityLoaderAddress == unsafeBitCast(denyByDefaultEntityLoader as xmlExternalEntityLoader, to: UnsafeRawPointer.self)
    }

    /// Whether `url` names an allowed schema file.
    func isAllowed(_ url: String) -> Bool {
        var path = url
        if path.hasPrefix("file://") { path.removeFirst(7) }
        guard path.hasSuffix(".xsd"), let real = Self.realPath(path) else { return false }
        let directory = String(real[..<(real.lastIndex(of: "/") ?? real.startIndex)])
        return allowListLock.withLock { allowedSchemaDirectories.contains(directory) }
    }

    /// The canonical absolute path of an existing file, or `nil`.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Loads (once) and returns the compiled schema at `path`; errors carry the schema's
    /// own file:line:column.
    func schema(at path: String) throws(SchemaLoadError) -> OpaquePointer {
        guard let real = Self.realPath(path) else {
            throw SchemaLoadError(diagnostics: [Diagnostic(
                rule: .schemaNotFound, severity: .error,
                message: "XML schema '\(path)' not found", location: nil)])
        }
        let result: Result<OpaquePointer, SchemaLoadError> = lock.withLock { withDenyingEntityLoader { Result { () throws(SchemaLoadError) -> OpaquePointer in
            if let cached = schemas[real] { return cached }
            let directory = String(real[..<(real.lastIndex(of: "/") ?? real.startIndex)])
            allowListLock.withLock { _ = allowedSchemaDirectories.insert(directory) }
            let collector = DiagnosticCollector(file: real, rule: .xsdSchema)
            let unmanaged = Unmanaged.passRetained(collector)
            defer { unmanaged.release() }
            guard let parserContext = xmlSchemaNewParserCtxt(real) else {
                throw SchemaLoadError(diagnostics: [Diagnostic(
                    rule: .xsdSchema, severity: .error, message: "cannot read XML schema", location: nil)])
            }
            defer { xmlSchemaFreeParserCtxt(parserContext) }
            xmlSchemaSetParserStructuredErrors(parserContext, collectStructuredError, unmanaged.toOpaque())
            guard let compiled = xmlSchemaParse(parserContext), collector.diagnostics.allSatisfy({ $0.severity != .error }) else {
                throw SchemaLoadError(diagnostics: collector.diagnostics.isEmpty
                    ? [Diagnostic(rule: .xsdSchema, severity: .error, message: "invalid XML schema",
                                  location: SourceLocation(file: real, line: 0, column: 0))]
                    : collector.diagnostics)
            }
            schemas[real] = compiled
            return compiled
        } } }
        return try result.get()
    }
}

/// A schema that could not be loaded.
struct SchemaLoadError: Error {
    var diagnostics: [Diagnostic]
}

/// Collects libxml2 structured errors that carry their own file and line (schema parsing).
final class DiagnosticCollector {
    let file: String
    let rule: Diagnostic.Rule
    var diagnostics: [Diagnostic] = []
    init(file: String, rule: Diagnostic.Rule) {
        self.file = file
        self.rule = rule
    }
}

/// The external entity loader installed for the whole process: refuses everything except
/// `.xsd` files in registered schema directories.
private func denyByDefaultEntityLoader(
    _ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?, _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
    guard let url, LibXMLEnvironment.shared.isAllowed(String(cString: url)) else { return nil }
    return xmlNewInputFromFile(context, url)
}

/// Structured error callback for `DiagnosticCollector`.
private func collectStructuredError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let collector = Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue()
    let e = error.pointee
    let file = e.file.map { String(cString: $0) } ?? collector.file
    collector.diagnostics.append(Diagnostic(
        rule: collector.rule,
        severity: e.level == XML_ERR_WARNING ? .warning : .error,
        message: LibXMLMessage.clean(e.message),
        location: SourceLocation(file: file, line: Int(e.line), column: Int(e.int2))))
}

/// Tidies libxml2 messages: trims the trailing newline and drops `{namespace}` prefixes.
enum LibXMLMessage {
    static func clean(_ message: UnsafeMutablePointer<CChar>?) -> String {
        guard let message else { return "unknown libxml2 error" }
        var text = String(cString: message)
        while text.last == "\n" || text.last == " " { text.removeLast() }
        for ns in ["{" + EvidenceModel.namespace + "}", "{http://graphml.graphdrawing.org/xmlns}"] {
            text = text.replacing(ns, with: "")
        }
        return text
    }
}
