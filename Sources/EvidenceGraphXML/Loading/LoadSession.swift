import EvidenceGraphCore

/// The state of one ``GraphLoader`` call: the graph being assembled, the errors so far and
/// the evidence schema (loaded on first use).
struct LoadSession {
    let options: LoadOptions
    let assembly: GraphAssembly
    /// Reserves builder storage as bytes are read.
    let capacity: CapacityPlanner
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    private var schema: OpaquePointer?
    private var schemaFailed = false

    /// A session; `declaredBytes` is the total declared size of its files (0 if unknown),
    /// which caps, but never drives, the builder's reservations.
    init(options: LoadOptions, declaredBytes: Int = 0) {
        self.options = options
        assembly = GraphAssembly(indexedPropertyKeys: options.indexedPropertyKeys)
        capacity = CapacityPlanner(assembly: assembly, declaredBytes: declaredBytes)
    }

    /// Parses one document into the assembly, collecting its errors. Its kind is told from
    /// its first bytes, which the parser then reads again from memory (one open per input).
    mutating func read(_ input: XMLInput, name: String) {
        defer { input.close() }
        let prefix = input.prefix(upTo: DocumentKind.sniffLength)
        if input.timedOut {
            errors.append(Diagnostic(rule: .io, severity: .error,
                                     message: "no data from the pipe or FIFO within \(options.pipeIdleTimeout) s (does it have a writer?)",
                                     location: SourceLocation(file: name, line: 0, column: 0)))
            return
        }
        if !prefix.isEmpty, prefix.allSatisfy({ $0 == 0 }) {
            errors.append(Diagnostic(
                rule: .xmlSyntax, severity: .error,
                message: "the document starts with \(prefix.count) NUL bytes, not XML (a sparse or damaged file?)",
                location: SourceLocation(file: name, line: 1, column: 1)))
            return
        }
        if case .utf32 = EncodingDetection.detect(prefix).encoding {
            errors.append(Diagnostic(
                rule: .encoding, severity: .error,
                message: "the document is UTF-32, which this libxml2 cannot read; convert it to UTF-8 or UTF-16 (e.g. iconv -f UTF-32 -t UTF-8)",
                location: SourceLocation(file: name, line: 1, column: 1)))
            return
        }
        read(input, name: name, kind: DocumentKind.sniff(prefix))
        capacity.finishInput(bytes: input.bytesRead)
    }

    /// Parses one document of a known kind into the assembly, collecting its errors.
    private mutating func read(_ input: XMLInput, name: String, kind: DocumentKind?) {
        let parser = SAXParser(displayPath: name, maxDiagnostics: max(1, options.maxDiagnostics))
        switch kind {
        case .graphML:
            // GraphML is parsed on this thread, so reads may reserve directly.
            let planner = capacity
            input.onRead = { planner.update(currentInputBytes: $0) }
            defer { input.onRead = nil }
            parser.parse(input, rawHandler: GraphMLReader(assembly: assembly, parser: parser, displayPath: name), schema: nil)
        case .evidence, nil:
            var schemaForFile: OpaquePointer?
            if options.validatesSchema {
                guard let s = evidenceSchema() else { return }
                schemaForFile = s
            }
            let planner = capacity
            EvidencePipeline.read(input, parser: parser, schema: schemaForFile, into: assembly, displayPath: name) {
                planner.update(currentInputBytes: input.bytesRead)
            }
            if kind == nil && !parser.hasErrors {
                parser.report(rule: .unknownRoot, "the root element is neither <evidence> (\(EvidenceModel.namespace)) nor <graphml>",
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
        guard let path = options.schemaPath ?? SchemaLocator.path(forSchemaNamed: SchemaLocator.evidenceSchemaName) else {
            schemaFailed = true
            errors.append(Diagnostic(rule: .schemaNotFound, severity: .error,
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
