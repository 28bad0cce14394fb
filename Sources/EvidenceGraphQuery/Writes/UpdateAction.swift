import EvidenceGraphCore

/// One compiled item of `SET`, `REMOVE` or `DELETE` (or of a `MERGE` action), applied per
/// row to a `GraphEditor`.
enum UpdateAction {
    /// `target.key = value`.
    case setProperty(target: CompiledExpression, key: String, value: CompiledExpression)
    /// `variable = map` (all properties replaced) or `variable += map` (merged).
    case setProperties(target: CompiledExpression, value: CompiledExpression, replace: Bool)
    /// `variable:Label…`.
    case addLabels(target: CompiledExpression, labels: [String])
    /// `REMOVE target.key`.
    case removeProperty(target: CompiledExpression, key: String)
    /// `REMOVE variable:Label…`.
    case removeLabels(target: CompiledExpression, labels: [String])
    /// `[DETACH] DELETE expression`.
    case delete(CompiledExpression, detach: Bool)

    /// Records this item's change for `row`.
    func apply(_ row: inout Row, _ editor: inout GraphEditor, _ ctx: ExecutionContext) throws(QueryError) {
        let graph = ctx.graph
        switch self {
        case .setProperty(let target, let key, let value):
            let t = try target.evaluate(&row, ctx)
            let stored = try StoredProperties.convert(try value.evaluate(&row, ctx), key: key)
            try editor.updateProperties(of: t, graph, clause: "SET") { properties in
                properties.removeAll { $0.0 == key }
                if let stored { properties.append((key, stored)) }
            }
            ctx.statistics.propertiesSet += 1
        case .setProperties(let target, let value, let replace):
            let t = try target.evaluate(&row, ctx)
            let v = try value.evaluate(&row, ctx)
            let entries = try StoredProperties.entries(v, clause: "SET", graph) ?? []
            try editor.updateProperties(of: t, graph, clause: "SET") { properties in
                if replace { properties.removeAll() }
                for (key, stored) in entries {
                    properties.removeAll { $0.0 == key }
                    if let stored { properties.append((key, stored)) }
                }
            }
            ctx.statistics.propertiesSet += entries.count
        case .addLabels(let target, let labels):
            let t = try target.evaluate(&row, ctx)
            ctx.statistics.labelsAdded += try editor.updateLabels(of: t, graph, clause: "SET") { current in
                for l in labels where !current.contains(l) { current.append(l) }
            }
        case .removeProperty(let target, let key):
            let t = try target.evaluate(&row, ctx)
            try editor.updateProperties(of: t, graph, clause: "REMOVE") { properties in
                properties.removeAll { $0.0 == key }
            }
        case .removeLabels(let target, let labels):
            let t = try target.evaluate(&row, ctx)
            ctx.statistics.labelsRemoved -= try editor.updateLabels(of: t, graph, clause: "REMOVE") { current in
                current.removeAll { labels.contains($0) }
            }
        case .delete(let expression, let detach):
            try editor.delete(try expression.evaluate(&row, ctx), detach: detach)
        }
    }
}
