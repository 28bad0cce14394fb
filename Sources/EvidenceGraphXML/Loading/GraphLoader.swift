import EvidenceGraphCore

/// Loads evidence XML and GraphML files into one frozen `Graph`.
///
/// ```swift
/// let loaded = try GraphLoader().load(["Graph"])          // a directory, files, or both
/// print(loaded.graph.nodeCount, loaded.diagnostics)
/// let findings = GraphValidator().validate(loaded)
/// ```
///
/// Files are read with libxml2's streaming SAX2 parser (never a DOM), safely: no network, no
/// DTDs or external entities (a DOCTYPE is refused), no entity expansion, libxml2's size and
/// depth limits on. Evidence files (root `<evidence>`) are validated against the evidence XSD
/// in the same pass; GraphML files (root `<graphml>`) follow the Neo4j APOC convention.
///
/// All or nothing: any syntax, schema or I/O error in any file throws a ``LoadError`` listing
/// every error found (up to ``LoadOptions/maxDiagnostics``), and no graph is returned.
/// Duplicate ids and dangling references do not stop the load; they come back in
/// ``LoadedGraph/diagnostics``.
///
/// - Complexity: Linear in the size of the input: one streaming pass per file (parsing and XSD
///   validation together), hash lookups to resolve references, then freezing the graph in
///   O(N + M) for N nodes and M relationships (plus sorting index entries and any adjacency
///   segment that mixes relationship types). Memory is proportional to the graph, not to the
///   files: no document tree is kept.
public struct GraphLoader: Sendable {
    /// The options in use.
    public var options: LoadOptions

    /// A loader with `options`.
    public init(options: LoadOptions = .init()) {
        self.options = options
    }

    /// Loads one file or directory.
    public func load(_ path: String) throws(LoadError) -> LoadedGraph {
        try load([path])
    }

    /// Loads files and directories (each directory: every `*.xml` and `*.graphml` below it,
    /// sorted by path), in the order given.
    /// - Throws: ``LoadError`` with every error found.
    /// - Complexity: O(total bytes read + N + M), as described at ``GraphLoader``.
    public func load(_ paths: [String]) throws(LoadError) -> LoadedGraph {
        let clock = ContinuousClock()
        let start = clock.now
        let (files, discoveryErrors) = FileDiscovery.files(for: paths)
        var session = LoadSession(options: options,
                                  declaredBytes: files.reduce(0) { $0 + FileDiscovery.declaredSize(of: $1) })
        session.errors += discoveryErrors
        for file in files {
            let input: XMLInput
            do {
                input = try XMLInput.open(path: file, pipeIdleTimeout: options.pipeIdleTimeout)
            } catch {
                session.errors.append(Diagnostic(rule: .io, severity: .error, message: error.message,
                                                 location: SourceLocation(file: file, line: 0, column: 0)))
                continue
            }
            session.read(input, name: file)
        }
        return try session.finish(files: files, clock: clock, start: start)
    }

    /// Loads one document held in memory; `name` is the file name diagnostics show. The kind
    /// (evidence or GraphML) is told by the root element.
    public func load(bytes: [UInt8], name: String = "<memory>") throws(LoadError) -> LoadedGraph {
        let clock = ContinuousClock()
        let start = clock.now
        var session = LoadSession(options: options, declaredBytes: bytes.count)
        session.read(XMLInput(bytes: bytes), name: name)
        return try session.finish(files: [name], clock: clock, start: start)
    }

    /// Loads one document given as text. See ``load(bytes:name:)``.
    public func load(string: String, name: String = "<memory>") throws(LoadError) -> LoadedGraph {
        try load(bytes: Array(string.utf8), name: name)
    }

}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
