import EvidenceGraphCore

/// An expression resolved for execution: variables are slot numbers, parameters are
/// constants, property keys and labels are symbols of the graph (with the name kept for
/// symbols a `CREATE` may add later), functions are looked up.
indirect enum CompiledExpression {
    case constant(Value)
    case slot(Int)
    case property(CompiledExpression, key: String, id: PropertyKeyID?)
    case hasLabels(CompiledExpression, labels: [String])
    case list([CompiledExpression])
    case map([(key: String, value: CompiledExpression)])
    case index(CompiledExpression, CompiledExpression)
    case slice(CompiledExpression, CompiledExpression?, CompiledExpression?)
    case not(CompiledExpression)
    case negate(CompiledExpression)
    case and(CompiledExpression, CompiledExpression)
    case or(CompiledExpression, CompiledExpression)
    case xor(CompiledExpression, CompiledExpression)
    case equals(CompiledExpression, CompiledExpression, negated: Bool)
    case compare(ComparisonOperator, CompiledExpression, CompiledExpression)
    case arithmetic(ArithmeticOperator, CompiledExpression, CompiledExpression)
    case stringPredicate(StringPredicate, CompiledExpression, CompiledExpression)
    case inList(CompiledExpression, CompiledExpression)
    case isNull(CompiledExpression, negated: Bool)
    case call(ScalarFunction, [CompiledExpression])
    case caseWhen(subject: CompiledExpression?, alternatives: [(CompiledExpression, CompiledExpression)], otherwise: CompiledExpression?)
    /// `[x IN source WHERE predicate | projection]`, `x` living in `slot`.
    case comprehension(slot: Int, source: CompiledExpression, predicate: CompiledExpression?, projection: CompiledExpression?)
    case quantifier(Quantifier, slot: Int, source: CompiledExpression, predicate: CompiledExpression)
    case reduce(accumulator: Int, initial: CompiledExpression, slot: Int, source: CompiledExpression, body: CompiledExpression)
    /// A subplan run with the current row as argument: `EXISTS`, a pattern predicate.
    case exists(Subplan)
    /// A pattern comprehension: the projection evaluated for every match of the subplan.
    case collect(Subplan, projection: CompiledExpression, predicate: CompiledExpression?)
    /// `n{.key, key: e, .*}`.
    case mapProjection(CompiledExpression, [MapProjectionEntry])
    /// A path assembled from node slots and relationship (or relationship-list) slots.
    case path(start: Int, steps: [PathStep])
    /// An expression that can fail at runtime, with where it was written: a runtime error
    /// raised inside it without a position gets this `line:column`.
    case located(CompiledExpression, line: Int, column: Int)

    /// One entry of a compiled map projection.
    enum MapProjectionEntry {
        case property(String)
        case value(String, CompiledExpression)
        case allProperties
    }

    /// One hop of a named path: a relationship slot (a list for variable length) and the
    /// node slot it leads to.
    struct PathStep {
        var relationship: Int
        var isVariableLength: Bool
        var node: Int
    }
}

/// `STARTS WITH`, `ENDS WITH`, `CONTAINS`.
enum StringPredicate: String, Sendable {
    case startsWith = "STARTS WITH"
    case endsWith = "ENDS WITH"
    case contains = "CONTAINS"
}

/// A plan nested in an expression; `root`'s leaf is an `ArgumentOperator` that yields the
/// row being evaluated.
final class Subplan {
    let root: PhysicalOperator
    /// Outer slots the subplan reads (conservatively, the outer variables it names).
    let dependencies: Set<Int>
    init(root: PhysicalOperator, dependencies: Set<Int>) {
        self.root = root
        self.dependencies = dependencies
    }
}

extension CompiledExpression {
    /// The slots the expression reads (excluding those its own comprehensions bind).
    var slotsRead: Set<Int> {
        var out = Set<Int>()
        collectSlots(into: &out)
        return out
    }

    private func collectSlots(into out: inout Set<Int>) {
        switch self {
        case .constant: break
        case .slot(let s): out.insert(s)
        case .property(let e, _, _), .hasLabels(let e, _), .not(let e), .negate(let e), .isNull(let e, _):
            e.collectSlots(into: &out)
        case .list(let l), .call(_, let l): for e in l { e.collectSlots(into: &out) }
        case .map(let m): for kv in m { kv.value.collectSlots(into: &out) }
        case .index(let a, let b), .and(let a, let b), .or(let a, let b), .xor(let a, let b),
             .equals(let a, let b, _), .compare(_, let a, let b), .arithmetic(_, let a, let b),
             .stringPredicate(_, let a, let b), .inList(let a, let b):
            a.collectSlots(into: &out); b.collectSlots(into: &out)
        case .slice(let a, let b, let c):
            a.collectSlots(into: &out); b?.collectSlots(into: &out); c?.collectSlots(into: &out)
        case .caseWhen(let s, let alts, let o):
            s?.collectSlots(into: &out); o?.collectSlots(into: &out)
            for (w, t) in alts { w.collectSlots(into: &out); t.collectSlots(into: &out) }
        case .comprehension(let slot, let source, let p, let proj):
            source.collectSlots(into: &out)
            var inner = Set<Int>()
            p?.collectSlots(into: &inner); proj?.collectSlots(into: &inner)
            inner.remove(slot); out.formUnion(inner)
        case .quantifier(_, let slot, let source, let p):
            source.collectSlots(into: &out)
            var inner = Set<Int>()
            p.collectSlots(into: &inner)
            inner.remove(slot); out.formUnion(inner)
        case .reduce(let acc, let initial, let slot, let source, let body):
            initial.collectSlots(into: &out); source.collectSlots(into: &out)
            var inner = Set<Int>()
            body.collectSlots(into: &inner)
            inner.remove(acc); inner.remove(slot); out.formUnion(inner)
        case .exists(let sub): out.formUnion(sub.dependencies)
        case .collect(let sub, let proj, let pred):
            out.formUnion(sub.dependencies)
            proj.collectSlots(into: &out); pred?.collectSlots(into: &out)
        case .mapProjection(let e, let entries):
            e.collectSlots(into: &out)
            for case .value(_, let v) in entries { v.collectSlots(into: &out) }
        case .located(let e, _, _): e.collectSlots(into: &out)
        case .path(let start, let steps):
            out.insert(start)
            for s in steps { out.insert(s.relationship); out.insert(s.node) }
        }
    }
}

extension CompiledExpression {
    /// The expression without a ``located(_:line:column:)`` wrapper.
    var unlocated: CompiledExpression {
        if case .located(let e, _, _) = self { return e }
        return self
    }
}

extension QueryError {
    /// The error placed at `line:column` if it is a runtime error about a value that has no
    /// position yet (limits on time, rows and cancellation are not about one expression).
    func located(line: Int, column: Int) -> QueryError {
        guard self.line == 0, phase == .runtime, code != .cancelled,
              detail != "Timeout", detail != "MaxRows" else { return self }
        var e = self
        e.line = line
        e.column = column
        return e
    }
}
