import EvidenceGraphCore

extension ScalarFunction {
    /// Functions on nodes, relationships and paths.
    static let graphFunctions: [ScalarFunction] = [
        ScalarFunction("id", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .node(let n): return .int(Int64(n.rawValue))
            case .relationship(let r): return .int(Int64(r.rawValue))
            default: throw wrongType("id", args[0])
            }
        },
        ScalarFunction("labels", 1...1) { args, graph throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .node(let n): return .list(graph.labels(of: n).map(Value.string))
            default: throw wrongType("labels", args[0])
            }
        },
        ScalarFunction("type", 1...1) { args, graph throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .relationship(let r): return .string(graph.typeName(of: r))
            default: throw wrongType("type", args[0])
            }
        },
        ScalarFunction("properties", 1...1) { args, graph throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .node(let n): return .map(graph.properties(of: n).map { ($0.key, Value($0.value)) })
            case .relationship(let r): return .map(graph.properties(of: r).map { ($0.key, Value($0.value)) })
            case .map: return args[0]
            default: throw wrongType("properties", args[0])
            }
        },
        ScalarFunction("keys", 1...1) { args, graph throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .node(let n): return .list(graph.properties(of: n).map { .string($0.key) })
            case .relationship(let r): return .list(graph.properties(of: r).map { .string($0.key) })
            case .map(let m): return .list(m.map { .string($0.key) })
            default: throw wrongType("keys", args[0])
            }
        },
        ScalarFunction("startNode", 1...1) { args, graph throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .relationship(let r): return .node(graph.startNode(of: r))
            default: throw wrongType("startNode", args[0])
            }
        },
        ScalarFunction("endNode", 1...1) { args, graph throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .relationship(let r): return .node(graph.endNode(of: r))
            default: throw wrongType("endNode", args[0])
            }
        },
        ScalarFunction("nodes", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .path(let p): return .list(p.nodes.map(Value.node))
            default: throw wrongType("nodes", args[0])
            }
        },
        ScalarFunction("relationships", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .path(let p): return .list(p.relationships.map(Value.relationship))
            default: throw wrongType("relationships", args[0])
            }
        },
        ScalarFunction("length", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .path(let p): return .int(Int64(p.relationships.count))
            default: throw wrongType("length", args[0])
            }
        },
        ScalarFunction("exists", 1...1) { args, _ throws(QueryError) in
            .bool(!args[0].isNull)
        },
    ]
}
