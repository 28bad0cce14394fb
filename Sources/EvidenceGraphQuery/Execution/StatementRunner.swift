import EvidenceGraphCore

/// Runs an analysed statement against a graph: plans each single query, runs the plans
/// (UNION combines their rows), enforces the caller's limits, and builds the result.
struct StatementRunner {
    let graph: Graph
    let parameters: [String: Value]
    let options: QueryOptions
    let text: String

    func run(_ analyzed: AnalyzedStatement) throws(QueryError) -> QueryResult {
        let statement = analyzed.statement
        let context = PlannerContext(graph: graph, parameters: parameters, text: text)
        var plans: [PlannedQuery] = []
        for query in statement.body.queries {
            plans.append(try QueryPlanner(context: context).plan(query, input: ArgumentOperator(), scope: Scope()))
        }
        let columns = plans[0].columns.map(\.name)
        for (i, p) in plans.enumerated().dropFirst() where p.columns.map(\.name) != columns {
            throw .compile(.syntaxError, .differentColumnsInUnion, "all UNION branches must return the same columns",
                           at: statement.body.unions[i - 1].span)
        }
        let described = plans.map { ($0.root, columns: $0.columns.map(\.name)) }
        if statement.mode == .explain {
            return QueryResult(columns: columns, rows: [], graph: graph, plan: PlanDescription.render(described, profiled: false))
        }

        let ctx = ExecutionContext(graph: graph, options: options, profiling: statement.mode == .profile)
        try ctx.checkLimits()
        var rows: [[Value]] = []
        var seen: Set<EquivalenceKey>? = statement.body.unions.contains { !$0.isAll } ? [] : nil
        var row = Row(repeating: .null, count: context.slotCount)
        for planned in plans {
            let earlierRows = rows.count, earlierRemappings = ctx.remappings.count
            defer {
                // A deletion in a later UNION branch renumbers the graph the earlier rows index.
                for remap in ctx.remappings[earlierRemappings...] {
                    for i in 0..<earlierRows {
                        for j in rows[i].indices { remap.apply(&rows[i][j]) }
                    }
                }
            }
            let slots = planned.columns.map(\.slot)
            let returnsRows = planned.returnsRows
            try planned.root.open(ctx)
            while try planned.root.produce(&row, ctx) {
                guard returnsRows else { continue }
                let values = slots.map { row[$0] }
                if seen != nil, !seen!.insert(EquivalenceKey(values: values)).inserted { continue }
                if ctx.tracksMemory { try ctx.hold(MemoryEstimate.bytes(of: values)) }
                rows.append(values)
                if let maxRows = options.maxRows, rows.count > maxRows {
                    throw .limitExceeded("the query returned more than \(maxRows) rows", detail: .maxRows)
                }
            }
        }
        try ctx.checkLimits()
        return QueryResult(columns: columns, rows: rows, graph: ctx.graph, statistics: ctx.statistics,
                           plan: ctx.profiling ? PlanDescription.render(described, profiled: true) : nil,
                           profiled: ctx.profiling)
    }
}
