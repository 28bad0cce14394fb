import EvidenceGraphCore

/// The state of one ``GraphLoader`` call: the graph being assembled, the errors so far and
/// the evidence schema (loaded on first use).
struct LoadSession {
    let options: LoadOptions
    let files: [String]
    let assembly: GraphAssembly
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    private var schema: OpaquePointer?
    private var schemaFailed = false

    init(options: LoadOptions, files: [String]) {
        self.options = options
        self.files = files
        assembly = GraphAssembly(indexedPropertyKeys: options.indexedPropertyKeys)
    }

    /// Reserves builder storage for files of `bytes` in all, from the densest graphs seen
    /// (about 400 bytes of evidence XML a node and 80 a relationship; half of it string
    /// text). Reserved but unused capacity is not touched, so it costs no resident memory,
    /// and the frozen arrays are trimmed to size.
    mutating func reserve(forBytes bytes: Int) {
        guard bytes > 1 << 20 else { return }
        assembly.withBuilder { b in
            b.reserveCapacity(nodes: bytes / 300, relationships: bytes / 60,
                              nodeProperties: bytes / 50, relationshipProperties: bytes / 60)
            b.reserveStringBytes(bytes / 2)
        }
    }

    /// Parses one document into the assembly, collecting its errors.
    mutating func read(_ input: XMLInput, name: String, kind: DocumentKind?) {
        defer { input.close() }
        let parser = SAXParser(displayPath: name, maxDiagnostics: max(1, options.maxDiagnostics))
        switch kind {
        case .graphML:
            parser.parse(input, rawHandler: GraphMLReader(assembly: assembly, parser: parser, displayPath: name), schema: nil)
        case .evidence, nil:
            var schemaForFile: OpaquePointer?
            if options.validatesSchema {
                guard let s = evidenceSchema() else { return }
                schemaForFile = s
            }
            EvidencePipeline.read(input, parser: parser, schema: schemaForFile, into: assembly, displayPath: name)
            if kind == nil && !parser.hasErrors {
                parser.report(ruleID: "unknown-root", "the root element is neither <evidence> (\(EvidenceModel.namespace)) nor <graphml>",
                              at: SourceLocation(file: name, line: 1, column: 1))
            }
        }
        for d in parser.diagnostics {
            if d.severity == .error { errors.append(d) } else { warnings.append(d) }
        }
    }

    /// The compiled evidence schema, loading it on first use; `nil` after a failure (which
    /// is recorded once).
    private mutating func evidenceSchema() -> OpaquePointer? {
        if let schema { return schema }
        if schemaFailed { return nil }
        guard let path = options.schemaPath ?? SchemaLocator.locate(for: files) else {
            schemaFailed = true
            errors.append(Diagnostic(ruleID: "schema-not-found", severity: .error,
                                     message: "evidence XSD not found (set LoadOptions.schemaPath or EVG_SCHEMA)", location: nil))
            return nil
        }
        do {
            schema = try LibXMLEnvironment.shared.schema(at: path)
            return schema
        } catch {
            schemaFailed = true
            errors += error.diagnostics
            return nil
        }
    }

    /// The loaded graph, or every error found.
    func finish(files: [String], clock: ContinuousClock, start: ContinuousClock.Instant) throws(LoadError) -> LoadedGraph {
        if !errors.isEmpty {
            throw LoadError(diagnostics: Array(errors.prefix(options.maxDiagnostics)), isTruncated: errors.count > options.maxDiagnostics)
        }
        let dangling = assembly.builder.unresolvedReferences
        let graph = assembly.takeBuilder().freeze()
        var loaded = LoadedGraph(graph: graph, files: files, loadSeconds: (clock.now - start).seconds,
                                 duplicateDefinitions: assembly.duplicates, danglingReferences: dangling)
        loaded.diagnostics = warnings + GraphValidator.loadRules.flatMap { $0.check(loaded) }
        return loaded
    }
}
