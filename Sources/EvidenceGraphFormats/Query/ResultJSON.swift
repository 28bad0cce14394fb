import EvidenceGraphCore
import EvidenceGraphQuery

/// Writes a query result in the `--format json` contract (``QueryResultDocument``), and maps
/// each value to its JSON shape.
///
/// ```swift
/// let result = try graph.query("RETURN 'everolimus' AS drug, 1.0 AS dose")
/// print(ResultJSON.text(result))
/// // {"columns":["drug","dose"],"rows":[["everolimus",1]],"version":1}
/// let cell = ResultJSON.json(result.rows[0][0], in: result.graph)   // .string("everolimus")
/// ```
///
/// - Complexity: Linear in the size of the result (each node or relationship cell also
///   writes its labels and properties), plus sorting each object's keys.
public enum ResultJSON {
    /// The result's contract document as JSON text (compact, or indented with `pretty`).
    public static func text(_ result: QueryResult, pretty: Bool = false) -> String {
        ContractJSON.text(QueryResultDocument(result), pretty: pretty)
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
