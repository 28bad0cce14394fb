import EvidenceGraphCore

/// A graph loaded from files, with what the loader found on the way.
public struct LoadedGraph: Sendable {
    /// The frozen graph. Relationships whose endpoint id was missing are not in it.
    public var graph: Graph
    /// Non-fatal findings of the load: `duplicate-id` (the first definition is kept; reported
    /// at the second), `dangling-reference` and `recommendation-cites-missing-trial` (reported
    /// where the reference is). ``GraphValidator/validate(_:)`` returns these too.
    public var diagnostics: [Diagnostic]
    /// The files read, in load order.
    public var files: [String]
    /// Wall-clock seconds spent loading (parse, validate, build, freeze).
    public var loadSeconds: Double
    /// Ignored second definitions of an id.
    public var duplicateDefinitions: [DuplicateDefinition]
    /// References to ids that no node has.
    public var danglingReferences: [GraphBuilder.UnresolvedReference]

    /// Creates a loaded graph (e.g. to validate a graph built in code).
    public init(
        graph: Graph, diagnostics: [Diagnostic] = [], files: [String] = [], loadSeconds: Double = 0,
        duplicateDefinitions: [DuplicateDefinition] = [], danglingReferences: [GraphBuilder.UnresolvedReference] = []
    ) {
        self.graph = graph
        self.diagnostics = diagnostics
        self.files = files
        self.loadSeconds = loadSeconds
        self.duplicateDefinitions = duplicateDefinitions
        self.danglingReferences = danglingReferences
    }
}
