import EvidenceGraphCore

/// The runtime form of a `CompiledExpression` for the per-row hot paths (filters,
/// projections, grouping and sort keys): a tree of final classes whose fields are read
/// without the retain/release that matching an indirect enum's payload costs. Common shapes
/// get a specialised node (a property of a slot, comparisons, boolean connectives,
/// arithmetic, string predicates); everything else evaluates its enum form.
class ExpressionNode {
    func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        fatalError("ExpressionNode subclasses override evaluate")
    }

    /// Evaluates a predicate: only `true` passes; a non-boolean is a TypeError.
    @inline(__always)
    final func isTrue(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        try TernaryLogic.truth(try evaluate(&row, ctx)) == true
    }

    /// Lowers a compiled expression.
    static func lower(_ e: CompiledExpression) -> ExpressionNode {
        switch e {
        case .constant(let v): return ConstantNode(v)
        case .slot(let s): return SlotNode(s)
        case .property(.slot(let s), let key, let id): return SlotPropertyNode(slot: s, key: key, id: id)
        case .located(.property(.slot(let s), let key, let id), let line, let column):
            // The location is applied on the slow path only: no wrapper on the hot one.
            return SlotPropertyNode(slot: s, key: key, id: id, line: line, column: column)
        case .not(let x): return NotNode(lower(x))
        case .and(let a, let b): return AndNode(lower(a), lower(b))
        case .or(let a, let b): return OrNode(lower(a), lower(b))
        case .equals(let a, let b, let negated): return EqualsNode(lower(a), lower(b), negated: negated)
        case .compare(let op, let a, let b): return CompareNode(op, lower(a), lower(b))
        case .arithmetic(let op, let a, let b): return ArithmeticNode(op, lower(a), lower(b))
        case .stringPredicate(let op, .property(.slot(let s), let key, let id?), .constant(.string(let pattern))),
             .stringPredicate(let op, .located(.property(.slot(let s), let key, let id?), _, _), .constant(.string(let pattern))):
            return PropertyStringPredicateNode(op, slot: s, key: key, id: id, pattern: pattern)
        case .stringPredicate(let op, let a, let b): return StringPredicateNode(op, lower(a), lower(b))
        case .isNull(let x, let negated): return IsNullNode(lower(x), negated: negated)
        case .located(let x, let line, let column): return LocatedNode(lower(x), line: line, column: column)
        default: return EnumNode(e)
        }
    }
}

/// Gives runtime errors from its operand the operand's position.
private final class LocatedNode: ExpressionNode {
    let operand: ExpressionNode
    let line: Int, column: Int
    init(_ x: ExpressionNode, line: Int, column: Int) { operand = x; self.line = line; self.column = column }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        do {
            return try operand.evaluate(&row, ctx)
        } catch {
            throw error.located(line: line, column: column)
        }
    }
}

private final class EnumNode: ExpressionNode {
    let expression: CompiledExpression
    init(_ e: CompiledExpression) { expression = e }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value { try expression.evaluate(&row, ctx) }
}

private final class ConstantNode: ExpressionNode {
    let value: Value
    init(_ v: Value) { value = v }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value { value }
}

private final class SlotNode: ExpressionNode {
    let slot: Int
    init(_ s: Int) { slot = s }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value { row[slot] }
}

/// `n.key` where `n` is a slot: reads the node's property without materialising `n`. Errors
/// of the general path (`n` is not a node, relationship or map) get `line:column` if known.
private final class SlotPropertyNode: ExpressionNode {
    let slot: Int
    let key: String
    let id: PropertyKeyID?
    let line: Int, column: Int
    init(slot: Int, key: String, id: PropertyKeyID?, line: Int = 0, column: Int = 0) {
        self.slot = slot
        self.key = key
        self.id = id
        self.line = line
        self.column = column
    }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        if case .node(let n) = row[slot], let id, n.int < ctx.graph.nodeCount {
            return ctx.graph.property(id, of: n).map(Value.init) ?? .null
        }
        do {
            return try CompiledExpression.property(.slot(slot), key: key, id: id).evaluate(&row, ctx)
        } catch {
            throw line > 0 ? error.located(line: line, column: column) : error
        }
    }
}

private final class NotNode: ExpressionNode {
    let operand: ExpressionNode
    init(_ x: ExpressionNode) { operand = x }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        Value(ternary: TernaryLogic.not(try TernaryLogic.truth(try operand.evaluate(&row, ctx))))
    }
}

private final class AndNode: ExpressionNode {
    let lhs: ExpressionNode, rhs: ExpressionNode
    init(_ a: ExpressionNode, _ b: ExpressionNode) { lhs = a; rhs = b }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        let x = try TernaryLogic.truth(try lhs.evaluate(&row, ctx))
        if x == false { return .bool(false) }
        return Value(ternary: TernaryLogic.and(x, try TernaryLogic.truth(try rhs.evaluate(&row, ctx))))
    }
}

private final class OrNode: ExpressionNode {
    let lhs: ExpressionNode, rhs: ExpressionNode
    init(_ a: ExpressionNode, _ b: ExpressionNode) { lhs = a; rhs = b }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        let x = try TernaryLogic.truth(try lhs.evaluate(&row, ctx))
        if x == true { return .bool(true) }
        return Value(ternary: TernaryLogic.or(x, try TernaryLogic.truth(try rhs.evaluate(&row, ctx))))
    }
}

private final class EqualsNode: ExpressionNode {
    let lhs: ExpressionNode, rhs: ExpressionNode
    let negated: Bool
    init(_ a: ExpressionNode, _ b: ExpressionNode, negated: Bool) { lhs = a; rhs = b; self.negated = negated }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        let r = ValueEquality.equals(try lhs.evaluate(&row, ctx), try rhs.evaluate(&row, ctx))
        return Value(ternary: negated ? TernaryLogic.not(r) : r)
    }
}

private final class CompareNode: ExpressionNode {
    let op: ComparisonOperator
    let lhs: ExpressionNode, rhs: ExpressionNode
    init(_ op: ComparisonOperator, _ a: ExpressionNode, _ b: ExpressionNode) { self.op = op; lhs = a; rhs = b }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        Value(ternary: ValueComparison.evaluate(op, try lhs.evaluate(&row, ctx), try rhs.evaluate(&row, ctx)))
    }
}

private final class ArithmeticNode: ExpressionNode {
    let op: ArithmeticOperator
    let lhs: ExpressionNode, rhs: ExpressionNode
    init(_ op: ArithmeticOperator, _ a: ExpressionNode, _ b: ExpressionNode) { self.op = op; lhs = a; rhs = b }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        try Arithmetic.apply(op, try lhs.evaluate(&row, ctx), try rhs.evaluate(&row, ctx))
    }
}

private final class StringPredicateNode: ExpressionNode {
    let op: StringPredicate
    let lhs: ExpressionNode, rhs: ExpressionNode
    init(_ op: StringPredicate, _ a: ExpressionNode, _ b: ExpressionNode) { self.op = op; lhs = a; rhs = b }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        guard case .string(let s) = try lhs.evaluate(&row, ctx), case .string(let t) = try rhs.evaluate(&row, ctx) else { return .null }
        return .bool(StringMatching.matches(op, s, t))
    }
}

/// `n.key STARTS WITH|ENDS WITH|CONTAINS 'literal'`: matches the stored UTF-8 bytes of the
/// node's property in place (no `String` or `Value` per row); other operands take the
/// general path.
private final class PropertyStringPredicateNode: ExpressionNode {
    let op: StringPredicate
    let slot: Int
    let key: String
    let id: PropertyKeyID
    let pattern: [UInt8]
    let general: ExpressionNode

    init(_ op: StringPredicate, slot: Int, key: String, id: PropertyKeyID, pattern: String) {
        self.op = op
        self.slot = slot
        self.key = key
        self.id = id
        self.pattern = Array(pattern.utf8)
        general = StringPredicateNode(op, SlotPropertyNode(slot: slot, key: key, id: id), ConstantNode(.string(pattern)))
    }

    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        guard case .node(let n) = row[slot], n.int < ctx.graph.nodeCount else { return try general.evaluate(&row, ctx) }
        let op = self.op
        let matched: Bool? = pattern.withUnsafeBufferPointer { needle in
            ctx.graph.withStringProperty(id, of: n) { hay in
                StringMatching.matches(op, hay.bindMemory(to: UInt8.self), needle)
            }
        }
        return matched.map(Value.bool) ?? .null
    }
}

private final class IsNullNode: ExpressionNode {
    let operand: ExpressionNode
    let negated: Bool
    init(_ x: ExpressionNode, negated: Bool) { operand = x; self.negated = negated }
    override func evaluate(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Value {
        .bool(try operand.evaluate(&row, ctx).isNull != negated)
    }
}
