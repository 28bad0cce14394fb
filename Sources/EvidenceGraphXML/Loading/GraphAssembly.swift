import EvidenceGraphCore

/// The graph under construction while files are read, shared by the evidence and GraphML
/// readers, plus the non-fatal facts found on the way.
final class GraphAssembly {
    var builder = GraphBuilder()
    /// Definitions ignored because their id was already taken (the first one wins).
    private(set) var duplicates: [DuplicateDefinition] = []

    init(indexedPropertyKeys: Set<String>) {
        builder.indexedPropertyKeys = indexedPropertyKeys
    }

    /// Runs `body` with the builder (one exclusive access for a whole batch of additions).
    @inline(__always)
    func withBuilder<R>(_ body: (inout GraphBuilder) throws -> R) rethrows -> R {
        try body(&builder)
    }

    /// Moves the builder out (leaving an empty one), so that freezing it copies nothing.
    func takeBuilder() -> GraphBuilder {
        var out = GraphBuilder()
        swap(&out, &builder)
        return out
    }

    /// Records that a definition of `id` at `location` was ignored.
    func recordDuplicate(id: String, at location: SourceLocation, error: GraphBuilder.BuildError) {
        switch error {
        case .duplicateID(_, let first):
            duplicates.append(DuplicateDefinition(id: id, location: location, firstLocation: first))
        }
    }
}

/// A second definition of an id, which the loader ignored (the first definition is kept).
public struct DuplicateDefinition: Hashable, Sendable {
    /// The id defined twice.
    public var id: String
    /// Where the ignored (second) definition is.
    public var location: SourceLocation
    /// Where the kept (first) definition is.
    public var firstLocation: SourceLocation?
}
