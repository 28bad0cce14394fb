import EvidenceGraphCore

/// What an expansion must respect besides its own pattern: relationships already bound by
/// the same `MATCH` (relationship uniqueness), as single slots or variable-length lists.
struct UniquenessConstraint {
    var relationshipSlots: [Int] = []
    var relationshipListSlots: [Int] = []

    /// Whether `r` is already used by the row.
    @inline(__always)
    func isUsed(_ r: RelationshipIndex, in row: Row) -> Bool {
        for s in relationshipSlots {
            if case .relationship(let other) = row[s], other == r { return true }
        }
        for s in relationshipListSlots {
            if case .list(let l) = row[s], l.contains(.relationship(r)) { return true }
        }
        return false
    }

    var isEmpty: Bool { relationshipSlots.isEmpty && relationshipListSlots.isEmpty }
}

/// One hop along the CSR adjacency: for every input row with `from` bound, binds the
/// relationship and the node at its other end (Expand(All)), or — when `into` — keeps only
/// relationships reaching the node already in `to` (Expand(Into), closing a cycle).
final class ExpandOperator: PhysicalOperator {
    let from: Int, relationship: Int, to: Int
    let direction: Direction
    let types: [String]
    let targetLabels: [String]
    let into: Bool
    let uniqueness: UniquenessConstraint
    let text: String
    private let hasUniquenessCheck: Bool
    private var hasLabelCheck = false

    private var typeIDs: [RelationshipTypeID?] = []
    private var labelIDs: [LabelID]? = []
    private var source = NodeIndex(Int32(0))
    private var target: NodeIndex?
    private var segment: ArraySlice<AdjacencyEntry> = []
    private var position = 0
    private var directionIndex = 0
    private var typeIndex = 0
    private var active = false
    /// The direction followed from `source` (flipped when Expand(Into) scans the other end).
    private var walk: Direction = .outgoing

    init(input: PhysicalOperator, from: Int, relationship: Int, to: Int, direction: Direction, types: [String],
         targetLabels: [String], into: Bool, uniqueness: UniquenessConstraint, text: String) {
        self.from = from
        self.relationship = relationship
        self.to = to
        self.direction = direction
        self.types = types
        self.targetLabels = targetLabels
        self.into = into
        self.uniqueness = uniqueness
        self.hasUniquenessCheck = !uniqueness.isEmpty
        self.text = text
        super.init(children: [input])
    }

    override var name: String { into ? "Expand(Into)" : "Expand(All)" }
    override var details: String { text }

    private var resolvedGeneration = -1

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        active = false
    }

    /// Looks up type and label symbols in the graph now being read.
    private func resolve(_ ctx: ExecutionContext) {
        resolvedGeneration = ctx.generation
        typeIDs = RelationshipTypeResolution.resolve(types, in: ctx.graph)
        var ids: [LabelID] = []
        for l in targetLabels {
            guard let id = ctx.graph.label(named: l) else { labelIDs = nil; return }
            ids.append(id)
        }
        labelIDs = ids
        hasLabelCheck = !ids.isEmpty
    }

    private var directions: Int { direction == .both ? 2 : 1 }

    /// The next acceptable entry of the current segment, or `nil` when it is exhausted.
    /// Runs on locals: class properties cost an exclusivity check per access.
    @inline(__always)
    private func scanSegment(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> AdjacencyEntry? {
        var position = self.position
        defer { self.position = position }
        let segment = self.segment, end = segment.endIndex
        let target = self.target, source = self.source, labelIDs = self.labelIDs
        let skipSelfLoops = direction == .both && directionIndex == 1
        let checkLabels = hasLabelCheck, checkUniqueness = hasUniquenessCheck
        while position < end {
            let entry = segment[position]
            position += 1
            try ctx.tick()
            if let target, entry.neighbor != target { continue }
            // An undirected self-loop is seen from both directions; report it once.
            if skipSelfLoops, entry.neighbor == source { continue }
            if checkLabels, let labelIDs, !labelIDs.allSatisfy({ ctx.graph.node(entry.neighbor, hasLabel: $0) }) { continue }
            if checkUniqueness, uniqueness.isUsed(entry.relationship, in: row) { continue }
            return entry
        }
        return nil
    }

    private func loadSegment(_ graph: Graph) {
        let d: Direction = walk == .both ? (directionIndex == 0 ? .outgoing : .incoming) : walk
        segment = graph.adjacency(of: source, d, type: typeIDs[typeIndex])
        position = segment.startIndex
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        while true {
            if active {
                if let found = try scanSegment(&row, ctx) {
                    row[relationship] = .relationship(found.relationship)
                    if !into { row[to] = .node(found.neighbor) }
                    return true
                }
                typeIndex += 1
                if typeIndex == typeIDs.count {
                    typeIndex = 0
                    directionIndex += 1
                    if directionIndex == directions { active = false; continue }
                }
                loadSegment(ctx.graph)
                continue
            }
            guard try children[0].produce(&row, ctx) else { return false }
            // Symbols are resolved after the input produced: a CREATE below may add them.
            if resolvedGeneration != ctx.generation { resolve(ctx) }
            guard labelIDs != nil, !typeIDs.isEmpty else { continue }
            guard case .node(let s) = row[from] else { continue }
            source = s
            walk = direction
            target = nil
            if into {
                guard case .node(let t) = row[to] else { continue }
                // Close the cycle from whichever end has fewer relationships to scan.
                let flipped: Direction = direction == .outgoing ? .incoming : (direction == .incoming ? .outgoing : .both)
                if ctx.graph.degree(of: t, flipped) < ctx.graph.degree(of: s, direction) {
                    source = t
                    target = s
                    walk = flipped
                } else {
                    target = t
                }
            }
            directionIndex = 0
            typeIndex = 0
            active = true
            loadSegment(ctx.graph)
        }
    }
}

/// Resolves relationship type names to symbols in one graph.
enum RelationshipTypeResolution {
    /// `[nil]` (any type) for no names; otherwise the symbols of the names the graph has —
    /// empty when it has none of them, so nothing matches.
    static func resolve(_ names: [String], in graph: Graph) -> [RelationshipTypeID?] {
        if names.isEmpty { return [nil] }
        var found: [RelationshipTypeID] = []
        for name in names {
            if let t = graph.relationshipType(named: name), !found.contains(t) { found.append(t) }
        }
        return found.map { Optional($0) }
    }
}
