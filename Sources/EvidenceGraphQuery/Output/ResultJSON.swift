import EvidenceGraphCore

/// The `--format json` contract of `evg query`:
/// `{"columns": [names…], "rows": [[value, …], …]}` where a node is
/// `{"id": "<its XML id>", "labels": […], "properties": {…}}`, a relationship
/// `{"type": …, "start": "<id>", "end": "<id>", "properties": {…}}`, a path
/// `{"nodes": […], "relationships": […]}`; numbers are JSON numbers, except the floats JSON
/// cannot hold, which are the strings `"NaN"`, `"Infinity"` and `"-Infinity"`; null is null;
/// temporal values their ISO 8601 text.
/// `EXPLAIN` adds `"plan": "<text>"` (and has no rows); `PROFILE` adds `"profile": "<text>"`,
/// the plan with rows and time per operator.
public enum ResultJSON {
    /// The whole result as a JSON value.
    public static func document(_ result: QueryResult) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("columns", .array(result.columns.map(JSONValue.string))),
            ("rows", .array(result.rows.map { row in .array(row.map { json($0, in: result.graph) }) })),
        ]
        if let plan = result.plan { members.append((result.profiled ? "profile" : "plan", .string(plan))) }
        return .object(members)
    }

    /// One value in the contract's shape.
    public static func json(_ value: Value, in graph: Graph) -> JSONValue {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return d.isFinite ? .double(d) : .string(PropertyValue.format(d))
        case .string(let s): return .string(s)
        case .list(let l): return .array(l.map { json($0, in: graph) })
        case .map(let m): return .object(m.map { ($0.key, json($0.value, in: graph)) })
        case .node(let n): return node(n, in: graph)
        case .relationship(let r): return relationship(r, in: graph)
        case .path(let p):
            return .object([
                ("nodes", .array(p.nodes.map { node($0, in: graph) })),
                ("relationships", .array(p.relationships.map { relationship($0, in: graph) })),
            ])
        case .temporal(let t): return .string(t.description)
        }
    }

    static func node(_ n: NodeIndex, in graph: Graph) -> JSONValue {
        .object([
            ("id", .string(graph.id(of: n))),
            ("labels", .array(graph.labels(of: n).map(JSONValue.string))),
            ("properties", properties(graph.properties(of: n), in: graph)),
        ])
    }

    static func relationship(_ r: RelationshipIndex, in graph: Graph) -> JSONValue {
        .object([
            ("type", .string(graph.typeName(of: r))),
            ("start", .string(graph.id(of: graph.startNode(of: r)))),
            ("end", .string(graph.id(of: graph.endNode(of: r)))),
            ("properties", properties(graph.properties(of: r), in: graph)),
        ])
    }

    static func properties(_ props: [(key: String, value: PropertyValue)], in graph: Graph) -> JSONValue {
        .object(props.map { ($0.key, json(Value($0.value), in: graph)) })
    }
}
