import EvidenceGraphCore

/// Reading properties and labels from values.
enum PropertyAccess {
    /// `base.key` on a node, relationship or map; null on null; a TypeError otherwise.
    @inline(__always)
    static func get(_ base: Value, key: String, id: PropertyKeyID?, _ graph: Graph) throws(QueryError) -> Value {
        switch base {
        case .node(let n):
            guard let k = id ?? graph.propertyKey(named: key) else { return .null }
            return graph.property(k, of: n).map(Value.init) ?? .null
        case .relationship(let r):
            guard let k = id ?? graph.propertyKey(named: key) else { return .null }
            return graph.property(k, of: r).map(Value.init) ?? .null
        case .map(let m): return m.first { $0.key == key }?.value ?? .null
        case .null: return .null
        case .temporal(let t):
            guard let v = TemporalAccessors.get(t, key) else {
                throw .argumentError("a \(t.typeName) has no component '\(key)'", detail: .invalidArgumentValue)
            }
            return v
        default: throw .typeError("cannot read property '\(key)' of \(base.typeName)", detail: .invalidArgumentType)
        }
    }

    /// All properties of a node, relationship or map.
    static func all(_ base: Value, _ graph: Graph) throws(QueryError) -> [(key: String, value: Value)] {
        switch base {
        case .node(let n): return graph.properties(of: n).map { ($0.key, Value($0.value)) }
        case .relationship(let r): return graph.properties(of: r).map { ($0.key, Value($0.value)) }
        case .map(let m): return m
        default: throw .typeError("cannot read properties of \(base.typeName)")
        }
    }

    /// `n:A:B` — the node has every label (a relationship: its type is each of them).
    static func hasLabels(_ base: Value, _ labels: [String], _ graph: Graph) throws(QueryError) -> Value {
        switch base {
        case .null: return .null
        case .node(let n):
            for name in labels {
                guard let l = graph.label(named: name), graph.node(n, hasLabel: l) else { return .bool(false) }
            }
            return .bool(true)
        case .relationship(let r):
            let t = graph.typeName(of: r)
            return .bool(labels.allSatisfy { $0 == t })
        default: throw .typeError("cannot test labels of \(base.typeName)")
        }
    }
}

/// List and map subscripts.
enum Subscript {
    /// `base[index]`.
    static func index(_ base: Value, _ index: Value, _ graph: Graph) throws(QueryError) -> Value {
        switch (base, index) {
        case (.null, _), (_, .null): return .null
        case (.list(let l), .int(let i)):
            let j = i < 0 ? Int64(l.count) + i : i
            return j >= 0 && j < Int64(l.count) ? l[Int(j)] : .null
        case (.list, _): throw .typeError("a list index must be an integer, got \(index.typeName)")
        case (.map, .string(let k)), (.node, .string(let k)), (.relationship, .string(let k)):
            return try PropertyAccess.get(base, key: k, id: nil, graph)
        case (.map, _), (.node, _), (.relationship, _):
            throw .typeError("a map key must be a string, got \(index.typeName)", detail: .mapElementAccessByNonString)
        default: throw .typeError("cannot index \(base.typeName)", detail: .invalidArgumentType)
        }
    }

    /// `base[from..to]` with negative bounds counting from the end.
    static func slice(_ base: Value, from: Value?, to: Value?) throws(QueryError) -> Value {
        if base.isNull || from?.isNull == true || to?.isNull == true { return .null }
        guard case .list(let l) = base else { throw .typeError("cannot slice \(base.typeName)") }
        func bound(_ v: Value?, _ fallback: Int) throws(QueryError) -> Int {
            guard let v else { return fallback }
            guard case .int(let i) = v else { throw .typeError("a slice bound must be an integer") }
            let j = i < 0 ? Int64(l.count) + i : i
            return Int(max(0, min(Int64(l.count), j)))
        }
        let lo = try bound(from, 0), hi = try bound(to, l.count)
        return lo < hi ? .list(Array(l[lo..<hi])) : .list([])
    }
}

/// Assembling named paths from slots.
enum PathAssembly {
    static func build(_ row: Row, start: Int, steps: [CompiledExpression.PathStep], _ graph: Graph) -> Value {
        guard case .node(let first) = row[start] else { return .null }
        var nodes = [first], rels: [RelationshipIndex] = []
        var current = first
        for step in steps {
            switch row[step.relationship] {
            case .relationship(let r):
                rels.append(r)
                current = graph.startNode(of: r) == current ? graph.endNode(of: r) : graph.startNode(of: r)
                nodes.append(current)
            case .list(let list):
                for case .relationship(let r) in list {
                    rels.append(r)
                    current = graph.startNode(of: r) == current ? graph.endNode(of: r) : graph.startNode(of: r)
                    nodes.append(current)
                }
            default: return .null
            }
            guard case .node(let n) = row[step.node] else { return .null }
            current = n
            if nodes.last != n { nodes[nodes.count - 1] = n }
        }
        return .path(PathValue(nodes: nodes, relationships: rels))
    }
}
