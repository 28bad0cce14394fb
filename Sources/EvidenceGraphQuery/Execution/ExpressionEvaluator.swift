import EvidenceGraphCore

extension CompiledExpression {
    /// Evaluates the expression against `row`. Comprehensions bind their variable in the row,
    /// hence `inout`.
    func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        switch self {
        case .constant(let v): return v
        case .slot(let s): return row[s]
        case .property(let base, let key, let id):
            let b = try base.evaluate(&row, ctx)
            if case .node(let n) = b, n.int >= ctx.graph.nodeCount {
                return ctx.pendingNodeProperties[n.rawValue]?.first { $0.0 == key }.map { Value($0.1) } ?? .null
            }
            return try PropertyAccess.get(b, key: key, id: id, ctx.graph)
        case .hasLabels(let base, let labels):
            return try PropertyAccess.hasLabels(try base.evaluate(&row, ctx), labels, ctx.graph)
        case .list(let items):
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for e in items { out.append(try e.evaluate(&row, ctx)) }
            return .list(out)
        case .map(let entries):
            var out: [(key: String, value: Value)] = []
            out.reserveCapacity(entries.count)
            for kv in entries { out.append((kv.key, try kv.value.evaluate(&row, ctx))) }
            return .map(out)
        case .index(let base, let index):
            return try Subscript.index(try base.evaluate(&row, ctx), try index.evaluate(&row, ctx), ctx.graph)
        case .slice(let base, let from, let to):
            let b = try base.evaluate(&row, ctx)
            let f = try from?.evaluate(&row, ctx)
            let t = try to?.evaluate(&row, ctx)
            return try Subscript.slice(b, from: f, to: t)
        case .not(let e): return Value(ternary: TernaryLogic.not(try TernaryLogic.truth(try e.evaluate(&row, ctx))))
        case .negate(let e): return try Arithmetic.negate(try e.evaluate(&row, ctx))
        case .and(let a, let b):
            let x = try TernaryLogic.truth(try a.evaluate(&row, ctx))
            if x == false { return .bool(false) }
            return Value(ternary: TernaryLogic.and(x, try TernaryLogic.truth(try b.evaluate(&row, ctx))))
        case .or(let a, let b):
            let x = try TernaryLogic.truth(try a.evaluate(&row, ctx))
            if x == true { return .bool(true) }
            return Value(ternary: TernaryLogic.or(x, try TernaryLogic.truth(try b.evaluate(&row, ctx))))
        case .xor(let a, let b):
            let x = try TernaryLogic.truth(try a.evaluate(&row, ctx))
            return Value(ternary: TernaryLogic.xor(x, try TernaryLogic.truth(try b.evaluate(&row, ctx))))
        case .equals(let a, let b, let negated):
            let r = ValueEquality.equals(try a.evaluate(&row, ctx), try b.evaluate(&row, ctx))
            return Value(ternary: negated ? TernaryLogic.not(r) : r)
        case .compare(let op, let a, let b):
            return Value(ternary: ValueComparison.evaluate(op, try a.evaluate(&row, ctx), try b.evaluate(&row, ctx)))
        case .arithmetic(let op, let a, let b):
            return try Arithmetic.apply(op, try a.evaluate(&row, ctx), try b.evaluate(&row, ctx))
        case .stringPredicate(let op, let a, let b):
            guard case .string(let s) = try a.evaluate(&row, ctx), case .string(let t) = try b.evaluate(&row, ctx) else { return .null }
            return .bool(StringMatching.matches(op, s, t))
        case .inList(let a, let b):
            let x = try a.evaluate(&row, ctx)
            switch try b.evaluate(&row, ctx) {
            case .null: return .null
            case .list(let l): return Value(ternary: ValueEquality.contains(l, x))
            case let other: throw .typeError("IN expects a list, got \(other.typeName)")
            }
        case .isNull(let e, let negated):
            return .bool(try e.evaluate(&row, ctx).isNull != negated)
        case .call(let f, let args):
            var values: [Value] = []
            values.reserveCapacity(args.count)
            for a in args { values.append(try a.evaluate(&row, ctx)) }
            if ctx.tracksMemory, let elements = f.resultElements?(values) {
                try ctx.checkFits(elements.multipliedReportingOverflow(by: MemoryEstimate.valueStride).partialValue)
            }
            return try f.body(values, ctx.graph)
        case .caseWhen(let subject, let alternatives, let otherwise):
            if let subject {
                let s = try subject.evaluate(&row, ctx)
                for (w, t) in alternatives where ValueEquality.equals(s, try w.evaluate(&row, ctx)) == true {
                    return try t.evaluate(&row, ctx)
                }
            } else {
                for (w, t) in alternatives where try TernaryLogic.truth(try w.evaluate(&row, ctx)) == true {
                    return try t.evaluate(&row, ctx)
                }
            }
            return try otherwise?.evaluate(&row, ctx) ?? .null
        case .comprehension(let slot, let source, let predicate, let projection):
            guard let items = try Self.list(try source.evaluate(&row, ctx)) else { return .null }
            var out: [Value] = []
            // The list being built is charged while it grows and handed back uncharged:
            // whoever keeps it (a sort, an aggregate, the result) charges it again.
            var held = 0
            defer { ctx.release(held) }
            for item in items {
                try ctx.tick()
                row[slot] = item
                if let predicate, try TernaryLogic.truth(try predicate.evaluate(&row, ctx)) != true { continue }
                let element = try projection?.evaluate(&row, ctx) ?? item
                if ctx.tracksMemory {
                    let bytes = MemoryEstimate.bytes(of: element)
                    held += bytes
                    try ctx.hold(bytes)
                }
                out.append(element)
            }
            return .list(out)
        case .quantifier(let q, let slot, let source, let predicate):
            guard let items = try Self.list(try source.evaluate(&row, ctx)) else { return .null }
            var trues = 0, falses = 0, nulls = 0
            for item in items {
                try ctx.tick()
                row[slot] = item
                switch try TernaryLogic.truth(try predicate.evaluate(&row, ctx)) {
                case true?: trues += 1
                case false?: falses += 1
                case nil: nulls += 1
                }
            }
            switch q {
            case .any: return trues > 0 ? .bool(true) : (nulls > 0 ? .null : .bool(false))
            case .all: return falses > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
            case .none: return trues > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
            case .single: return trues > 1 ? .bool(false) : (nulls > 0 ? .null : .bool(trues == 1))
            }
        case .reduce(let acc, let initial, let slot, let source, let body):
            let start = try initial.evaluate(&row, ctx)
            guard let items = try Self.list(try source.evaluate(&row, ctx)) else { return .null }
            row[acc] = start
            for item in items {
                try ctx.tick()
                row[slot] = item
                row[acc] = try body.evaluate(&row, ctx)
            }
            return row[acc]
        case .exists(let sub):
            try sub.root.open(ctx)
            return .bool(try sub.root.produce(&row, ctx))
        case .collect(let sub, let projection, let predicate):
            try sub.root.open(ctx)
            var out: [Value] = []
            var held = 0
            defer { ctx.release(held) }
            while try sub.root.produce(&row, ctx) {
                if let predicate, try TernaryLogic.truth(try predicate.evaluate(&row, ctx)) != true { continue }
                let element = try projection.evaluate(&row, ctx)
                if ctx.tracksMemory {
                    let bytes = MemoryEstimate.bytes(of: element)
                    held += bytes
                    try ctx.hold(bytes)
                }
                out.append(element)
            }
            return .list(out)
        case .mapProjection(let base, let entries):
            let b = try base.evaluate(&row, ctx)
            if b.isNull { return .null }
            var out: [(key: String, value: Value)] = []
            for entry in entries {
                switch entry {
                case .property(let key):
                    MapBuilding.set(&out, key, try PropertyAccess.get(b, key: key, id: ctx.graph.propertyKey(named: key), ctx.graph))
                case .value(let key, let e): MapBuilding.set(&out, key, try e.evaluate(&row, ctx))
                case .allProperties:
                    for kv in try PropertyAccess.all(b, ctx.graph) { MapBuilding.set(&out, kv.key, kv.value) }
                }
            }
            return .map(out)
        case .path(let start, let steps):
            return PathAssembly.build(row, start: start, steps: steps, ctx.graph)
        case .located(let e, let line, let column):
            do {
                return try e.evaluate(&row, ctx)
            } catch {
                throw error.located(line: line, column: column)
            }
        }
    }

    /// Evaluates a predicate: only `true` passes (null and false do not).
    @inline(__always)
    func isTrue(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        try TernaryLogic.truth(try evaluate(&row, ctx)) == true
    }

    private static func list(_ v: Value) throws(QueryError) -> [Value]? {
        switch v {
        case .null: return nil
        case .list(let l): return l
        default: throw .typeError("expected a list, got \(v.typeName)")
        }
    }
}

/// Building maps whose keys are unique (a later key replaces an earlier one in place).
enum MapBuilding {
    static func set(_ map: inout [(key: String, value: Value)], _ key: String, _ value: Value) {
        if let i = map.firstIndex(where: { $0.key == key }) { map[i].value = value } else { map.append((key, value)) }
    }
}
