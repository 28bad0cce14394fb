import EvidenceGraphCore

/// Adds one row's worth of a `CreatePattern` to a builder (shared by `CREATE` and the
/// create branch of `MERGE`).
struct CreateWriter {
    let pattern: CreatePattern
    /// `CREATE` or `MERGE`, for messages; `MERGE` refuses null property values.
    let clause: String

    func create(_ row: inout Row, _ builder: inout GraphBuilder, _ ctx: ExecutionContext) throws(QueryError) {
        for spec in pattern.nodes where !spec.isBound {
            let props = try properties(spec.properties, &row, ctx)
            do {
                let n = try builder.addNode(id: nil, labels: spec.labels, propertyList: props)
                row[spec.slot] = .node(n)
                ctx.pendingNodeProperties[n.rawValue] = props
            } catch {
                throw QueryError(code: .constraintVerificationFailed, detail: .duplicateID, phase: .runtime, message: error.description)
            }
            ctx.statistics.nodesCreated += 1
            ctx.statistics.labelsAdded += Set(spec.labels).count
            ctx.statistics.propertiesSet += props.count
        }
        for spec in pattern.nodes where spec.isBound {
            guard case .node = row[spec.slot] else {
                throw QueryError(code: .semanticError, detail: .variableAlreadyBound, phase: .runtime,
                                 message: "CREATE needs a node, the variable holds \(row[spec.slot].typeName)")
            }
        }
        for spec in pattern.relationships {
            guard case .node(let s) = row[spec.start], case .node(let e) = row[spec.end] else {
                throw QueryError(code: .semanticError, detail: .invalidArgumentType, phase: .runtime,
                                 message: "CREATE cannot attach a relationship to a null node")
            }
            let props = try properties(spec.properties, &row, ctx)
            row[spec.slot] = .relationship(builder.addRelationship(type: spec.type, from: s, to: e, properties: props))
            ctx.statistics.relationshipsCreated += 1
            ctx.statistics.propertiesSet += props.count
        }
        for (slot, expression) in pattern.paths {
            // Paths read the builder's relationships, which exist only after the freeze; we
            // assemble them from the slots directly.
            if case .path(let start, let steps) = expression {
                row[slot] = Self.path(row, start: start, steps: steps)
            }
        }
    }

    static func path(_ row: Row, start: Int, steps: [CompiledExpression.PathStep]) -> Value {
        guard case .node(let first) = row[start] else { return .null }
        var nodes = [first], rels: [RelationshipIndex] = []
        for step in steps {
            guard case .relationship(let r) = row[step.relationship], case .node(let n) = row[step.node] else { return .null }
            rels.append(r)
            nodes.append(n)
        }
        return .path(PathValue(nodes: nodes, relationships: rels))
    }

    private func properties(_ e: CompiledExpression?, _ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> [(String, PropertyValue)] {
        guard let e else { return [] }
        let v = try e.evaluate(&row, ctx)
        if case .map = v {} else if !v.isNull {
            throw .typeError("\(clause) properties must be a map, got \(v.typeName)")
        }
        guard let entries = try StoredProperties.entries(v, clause: clause, ctx.graph) else { return [] }
        var out: [(String, PropertyValue)] = []
        out.reserveCapacity(entries.count)
        for (k, p) in entries {
            if let p {
                out.append((k, p))
            } else if clause == "MERGE" {
                throw QueryError(code: .semanticError, detail: .mergeReadOwnWrites, phase: .runtime,
                                 message: "MERGE cannot match or create a property '\(k)' that is null")
            }
        }
        return out
    }
}
