import EvidenceGraphCore

/// Where a node scan takes its candidates from.
enum NodeSource {
    /// Every node.
    case all
    /// Nodes with the label (by name, resolved when opened so `CREATE`d labels count).
    case label(String)
    /// Index seek: nodes with the label whose property equals the value (with `many`, any
    /// element of the list value).
    case indexSeek(label: String, key: String, value: CompiledExpression, many: Bool)
    /// Nodes whose `id()` is one of the values (a number or a list).
    case id(CompiledExpression)
}

/// For every input row, binds `slot` to each candidate node that has all `labels`.
/// Covers AllNodesScan, NodeByLabelScan, NodeIndexSeek and NodeByIdSeek.
final class NodeScanOperator: PhysicalOperator {
    let slot: Int
    let variable: String
    let source: NodeSource
    /// Labels checked on each candidate (besides the scanned one).
    let labels: [String]
    private var candidates: [NodeIndex] = []
    private var range: Range<Int> = 0..<0
    private var useRange = false
    private var position = 0
    private var labelIDs: [LabelID]? = []
    /// Filters `n.key op constant` on the scanned node, tested on each candidate's packed
    /// property before it is bound (see ``fuse(_:text:)``), with their query text.
    private(set) var packedFilters: [PackedComparison] = []
    private var packedFilterTexts: [String] = []

    init(input: PhysicalOperator, slot: Int, variable: String, source: NodeSource, labels: [String]) {
        self.slot = slot
        self.variable = variable
        self.source = source
        self.labels = labels
        super.init(children: [input])
    }

    override var name: String {
        switch source {
        case .all: "AllNodesScan"
        case .label: "NodeByLabelScan"
        case .indexSeek: "NodeIndexSeek"
        case .id: "NodeByIdSeek"
        }
    }

    override var details: String {
        var extraLabels = labels
        if case .indexSeek(let l, _, _, _) = source { extraLabels.removeAll { $0 == l } }
        let extra = extraLabels.map { ":" + $0 }.joined()
        let filter = packedFilterTexts.isEmpty ? "" : " WHERE " + packedFilterTexts.joined(separator: " AND ") + " (packed)"
        switch source {
        case .all: return "(\(variable)\(extra))" + filter
        case .label(let l): return "(\(variable):\(l)\(extra))" + filter
        case .indexSeek(let l, let k, _, let many):
            return "(\(variable):\(l)\(extra) {\(k)\(many ? " IN" : ":") …}) index (\(l), \(k))" + filter
        case .id: return "(\(variable)\(extra)) by id" + filter
        }
    }

    /// Takes over `predicate` as a filter inside the scan when it is `n.key op constant` on the
    /// scanned node (a ``PackedComparison``); `false` leaves it to a Filter above.
    func fuse(_ predicate: CompiledExpression, text: String) -> Bool {
        guard let comparison = PackedComparison(predicate), comparison.slot == slot else { return false }
        packedFilters.append(comparison)
        packedFilterTexts.append(text)
        return true
    }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        position = 0
        range = 0..<0
        candidates = []
        useRange = false
    }

    private var resolvedGeneration = -1

    /// Looks up label symbols in the graph now being read.
    private func resolve(_ ctx: ExecutionContext) {
        resolvedGeneration = ctx.generation
        var ids: [LabelID] = []
        for l in labels {
            guard let id = ctx.graph.label(named: l) else { labelIDs = nil; return }
            ids.append(id)
        }
        labelIDs = ids
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        while true {
            if try nextCandidate(&row, ctx) { return true }
            guard try children[0].produce(&row, ctx) else { return false }
            // Symbols are resolved after the input produced: a CREATE below may add them.
            if resolvedGeneration != ctx.generation { resolve(ctx) }
            try loadCandidates(&row, ctx)
            if self.labelIDs == nil { candidates = []; useRange = false }
        }
    }

    /// Binds the next acceptable candidate of the current input row, if any. Runs on locals:
    /// class properties cost an exclusivity check per access.
    @inline(__always)
    private func nextCandidate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        let labelIDs = self.labelIDs ?? []
        let filters = packedFilters, graph = ctx.graph
        var position = self.position
        defer { self.position = position }
        if useRange {
            let end = range.upperBound
            while position < end {
                let n = NodeIndex(position)
                position += 1
                try ctx.tick()
                if try accepts(n, labelIDs, filters, graph, &row, ctx) {
                    row[slot] = .node(n)
                    return true
                }
            }
        } else {
            let candidates = self.candidates
            while position < candidates.count {
                let n = candidates[position]
                position += 1
                try ctx.tick()
                if try accepts(n, labelIDs, filters, graph, &row, ctx) {
                    row[slot] = .node(n)
                    return true
                }
            }
        }
        return false
    }

    /// Whether candidate `n` has the checked labels and passes the fused filters (the generic
    /// predicate decides, with `n` bound, where the packed test cannot).
    @inline(__always)
    private func accepts(
        _ n: NodeIndex, _ labelIDs: [LabelID], _ filters: [PackedComparison], _ graph: Graph, _ row: inout Row,
        _ ctx: ExecutionContext
    ) throws(QueryError) -> Bool {
        guard labelIDs.allSatisfy({ graph.node(n, hasLabel: $0) }) else { return false }
        for f in filters {
            switch f.holds(n, graph) {
            case true?: continue
            case false?: return false
            case nil:
                row[slot] = .node(n)
                if try !f.general.isTrue(&row, ctx) { return false }
            }
        }
        return true
    }

    private func loadCandidates(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) {
        let graph = ctx.graph
        position = 0
        useRange = false
        switch source {
        case .all:
            useRange = true
            range = graph.nodes
            position = range.lowerBound
        case .label(let l):
            candidates = graph.label(named: l).map { graph.nodes(withLabel: $0) } ?? []
        case .indexSeek(let l, let k, let valueExpression, let many):
            let value = try valueExpression.evaluate(&row, ctx)
            candidates = []
            guard let label = graph.label(named: l), let key = graph.propertyKey(named: k) else { return }
            let values: [Value]
            if many {
                guard case .list(let l) = value else { return }
                values = l
            } else {
                values = [value]
            }
            for v in values {
                guard let stored = v.propertyValue, !stored.isNull else { continue }
                if let hits = graph.nodes(withLabel: label, where: key, equals: stored) {
                    candidates += hits
                } else {
                    candidates += graph.nodes(withLabel: label).filter {
                        graph.property(key, of: $0).map { ValueEquality.equals(Value($0), v) == true } ?? false
                    }
                }
            }
            if values.count > 1 { candidates = Array(Set(candidates)).sorted() }
        case .id(let e):
            let v = try e.evaluate(&row, ctx)
            let values: [Value] = if case .list(let l) = v { l } else { [v] }
            candidates = values.compactMap {
                guard case .int(let i) = $0, i >= 0, i < Int64(graph.nodeCount) else { return nil }
                return NodeIndex(Int(i))
            }
        }
    }
}

extension Value {
    /// The value as a storable property, or `nil` for maps, nodes, relationships and paths
    /// (a date of years 1–9999 is stored as a date; other temporals in `TemporalStorage`'s
    /// string encoding).
    var propertyValue: PropertyValue? {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .list(let l):
            var out: [PropertyValue] = []
            for e in l {
                guard let p = e.propertyValue else { return nil }
                out.append(p)
            }
            return .list(out)
        case .temporal(.date(let day)) where CalendarDate.storableYears.contains(CivilCalendar.civil(day).year):
            return .date(CalendarDate(epochDay: day))
        case .temporal(let t): return .string(TemporalStorage.encode(t))
        default: return nil
        }
    }
}
