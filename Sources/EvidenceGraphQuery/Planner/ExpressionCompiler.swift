import EvidenceGraphCore

/// Turns AST expressions into `CompiledExpression`s for one scope: variables become slots,
/// parameters constants; `overrides` maps already-computed expressions (aggregates,
/// projected items) to the slots holding them.
struct ExpressionCompiler {
    let context: PlannerContext
    var scope: Scope
    var overrides: [Expression: Int] = [:]

    init(context: PlannerContext, scope: Scope, overrides: [Expression: Int] = [:]) {
        self.context = context
        self.scope = scope
        self.overrides = overrides
    }

    func compile(_ e: Expression) throws(QueryError) -> CompiledExpression {
        if let slot = overrides[e] { return .slot(slot) }
        let compiled = try compileUnlocated(e)
        switch compiled {
        case .call, .arithmetic, .index, .slice, .negate, .comprehension, .reduce, .quantifier, .inList, .property:
            // Expressions that can fail at runtime report where they were written. (`IN`
            // keeps its shape for index planning, so only its operands are located.)
            if case .inList = compiled { return compiled }
            return .located(compiled, line: e.span.start.line, column: e.span.start.column)
        default:
            return compiled
        }
    }

    private func compileUnlocated(_ e: Expression) throws(QueryError) -> CompiledExpression {
        switch e.kind {
        case .literal(let l): return .constant(Self.value(of: l))
        case .parameter(let name): return .constant(try context.parameter(name, at: e.span))
        case .variable(let name):
            guard let slot = scope[name] else {
                throw .compile(.syntaxError, .undefinedVariable, "variable `\(name)` not defined", at: e.span)
            }
            return .slot(slot)
        case .property(let base, let key):
            return .property(try compile(base), key: key, id: context.graph.propertyKey(named: key))
        case .hasLabels(let base, let labels): return .hasLabels(try compile(base), labels: labels)
        case .list(let items):
            var out: [CompiledExpression] = []
            for i in items { out.append(try compile(i)) }
            if let constants = Self.constants(out) { return .constant(.list(constants)) }
            return .list(out)
        case .map(let entries):
            var out: [(key: String, value: CompiledExpression)] = []
            for entry in entries { out.append((entry.key, try compile(entry.value))) }
            if let constants = Self.constants(out.map(\.value)) {
                return .constant(.map(zip(out, constants).map { ($0.0.key, $0.1) }))
            }
            return .map(out)
        case .index(let base, let index): return .index(try compile(base), try compile(index))
        case .slice(let base, let from, let to):
            return .slice(try compile(base), try from.map { x throws(QueryError) in try compile(x) },
                          try to.map { x throws(QueryError) in try compile(x) })
        case .unary(let op, let operand):
            let x = try compile(operand)
            switch op {
            case .not: return .not(try Self.booleanOperand(x, operand.span))
            case .minus:
                if case .constant(.int(let i)) = x, i != .min { return .constant(.int(-i)) }
                if case .constant(.float(let d)) = x { return .constant(.float(-d)) }
                return .negate(x)
            case .plus: return x
            }
        case .binary(let op, let lhs, let rhs): return try binary(op, lhs, rhs, at: e.span)
        case .isNull(let operand, let negated): return .isNull(try compile(operand), negated: negated)
        case .functionCall(let call): return try function(call, at: e.span)
        case .countStar:
            throw .compile(.syntaxError, .invalidAggregation, "count(*) is not allowed here", at: e.span)
        case .caseExpression(let c):
            var alternatives: [(CompiledExpression, CompiledExpression)] = []
            for a in c.alternatives { alternatives.append((try compile(a.when), try compile(a.then))) }
            return .caseWhen(subject: try c.subject.map { x throws(QueryError) in try compile(x) }, alternatives: alternatives,
                             otherwise: try c.elseExpression.map { x throws(QueryError) in try compile(x) })
        case .listComprehension(let c):
            let source = try compile(c.source)
            let (inner, slot) = binding(c.variable.name)
            return .comprehension(slot: slot, source: source,
                                  predicate: try c.predicate.map { x throws(QueryError) in try inner.compile(x) },
                                  projection: try c.projection.map { x throws(QueryError) in try inner.compile(x) })
        case .quantifier(let q, let c):
            let source = try compile(c.source)
            let (inner, slot) = binding(c.variable.name)
            let predicate = try c.predicate.map { x throws(QueryError) in try inner.compile(x) } ?? .constant(.bool(true))
            return .quantifier(q, slot: slot, source: source, predicate: predicate)
        case .reduce(let r):
            let initial = try compile(r.initial)
            let source = try compile(r.source)
            var inner = self
            let acc = context.allocateSlot(), slot = context.allocateSlot()
            inner.scope[r.accumulator.name] = acc
            inner.scope[r.variable.name] = slot
            return .reduce(accumulator: acc, initial: initial, slot: slot, source: source, body: try inner.compile(r.expression))
        case .patternPredicate(let element):
            let pattern = Pattern(parts: [PatternPart(pathVariable: nil, element: element, span: element.span)], span: element.span)
            let planned = try SubqueryPlanner(context: context, outer: scope).planPattern(pattern, predicate: nil)
            return .exists(planned.subplan)
        case .patternComprehension(let c):
            let part = PatternPart(pathVariable: c.pathVariable, element: c.pattern, span: c.pattern.span)
            let planned = try SubqueryPlanner(context: context, outer: scope)
                .planPattern(Pattern(parts: [part], span: c.pattern.span), predicate: nil)
            let inner = ExpressionCompiler(context: context, scope: planned.scope, overrides: overrides)
            return .collect(planned.subplan, projection: try inner.compile(c.projection),
                            predicate: try c.predicate.map { x throws(QueryError) in try inner.compile(x) })
        case .existsSubquery(let sub):
            let planner = SubqueryPlanner(context: context, outer: scope)
            switch sub {
            case .pattern(let pattern, let predicate):
                return .exists(try planner.planPattern(pattern, predicate: predicate).subplan)
            case .query(let body):
                return .exists(try planner.planQuery(body))
            }
        case .mapProjection(let variable, let items):
            guard let base = scope[variable.name] else {
                throw .compile(.syntaxError, .undefinedVariable, "variable `\(variable.name)` not defined", at: variable.span)
            }
            var entries: [CompiledExpression.MapProjectionEntry] = []
            for item in items {
                switch item {
                case .property(let key): entries.append(.property(key))
                case .literal(let key, let value): entries.append(.value(key, try compile(value)))
                case .variable(let name):
                    guard let slot = scope[name] else {
                        throw .compile(.syntaxError, .undefinedVariable, "variable `\(name)` not defined", at: variable.span)
                    }
                    entries.append(.value(name, .slot(slot)))
                case .allProperties: entries.append(.allProperties)
                }
            }
            return .mapProjection(.slot(base), entries)
        }
    }

    /// A compiler whose scope also binds `name` to a fresh slot.
    private func binding(_ name: String) -> (ExpressionCompiler, Int) {
        var inner = self
        let slot = context.allocateSlot()
        inner.scope[name] = slot
        return (inner, slot)
    }

    private func binary(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, at span: SourceSpan) throws(QueryError) -> CompiledExpression {
        let a = try compile(lhs), b = try compile(rhs)
        switch op {
        case .or: return .or(try Self.booleanOperand(a, lhs.span), try Self.booleanOperand(b, rhs.span))
        case .xor: return .xor(try Self.booleanOperand(a, lhs.span), try Self.booleanOperand(b, rhs.span))
        case .and: return .and(try Self.booleanOperand(a, lhs.span), try Self.booleanOperand(b, rhs.span))
        case .equal: return .equals(a, b, negated: false)
        case .notEqual: return .equals(a, b, negated: true)
        case .less: return .compare(.less, a, b)
        case .greater: return .compare(.greater, a, b)
        case .lessOrEqual: return .compare(.lessOrEqual, a, b)
        case .greaterOrEqual: return .compare(.greaterOrEqual, a, b)
        case .regexMatch:
            throw .compile(.syntaxError, .unsupportedFeature, "regular expressions (=~) are not supported", at: span)
        case .in: return .inList(a, b)
        case .startsWith: return .stringPredicate(.startsWith, a, b)
        case .endsWith: return .stringPredicate(.endsWith, a, b)
        case .contains: return .stringPredicate(.contains, a, b)
        case .add: return .arithmetic(.add, a, b)
        case .subtract: return .arithmetic(.subtract, a, b)
        case .multiply: return .arithmetic(.multiply, a, b)
        case .divide: return .arithmetic(.divide, a, b)
        case .modulo: return .arithmetic(.modulo, a, b)
        case .power: return .arithmetic(.power, a, b)
        }
    }

    private func function(_ call: FunctionCall, at span: SourceSpan) throws(QueryError) -> CompiledExpression {
        if call.normalizedName == "exists", call.arguments.count == 1 {
            switch call.arguments[0].kind {
            case .patternPredicate, .existsSubquery: return try compile(call.arguments[0])
            default: break
            }
        }
        if FunctionCatalog.isAggregate(call.name) {
            throw .compile(.syntaxError, .invalidAggregation, "aggregate \(call.name)() is not allowed here", at: span)
        }
        guard let f = ScalarFunction.named(call.name) else {
            throw .compile(.syntaxError, .unknownFunction, "unknown function '\(call.name)'", at: span)
        }
        guard f.arity.contains(call.arguments.count) else {
            throw .compile(.syntaxError, .invalidNumberOfArguments,
                           "\(f.name)() takes \(f.arity.lowerBound == f.arity.upperBound ? "\(f.arity.lowerBound)" : "\(f.arity.lowerBound)+") argument(s)", at: span)
        }
        var args: [CompiledExpression] = []
        for a in call.arguments { args.append(try compile(a)) }
        if ScalarFunction.readsStatementClock(call.normalizedName, argumentCount: args.count), let constants = Self.constants(args) {
            // The statement's clock: read once, when the statement is planned.
            do {
                return .constant(try TemporalFunctionBodies.atStatementClock(call.normalizedName, constants, clock: context.statementClock))
            } catch { throw error.located(at: span) }
        }
        if FunctionCatalog.isTemporal(call.normalizedName) { return .call(f.locatingErrors(at: span), args) }
        return .call(f, args)
    }

    /// Rejects a constant operand of a boolean operator that is not a boolean (or null).
    private static func booleanOperand(_ e: CompiledExpression, _ span: SourceSpan) throws(QueryError) -> CompiledExpression {
        if case .constant(let v) = e {
            switch v {
            case .bool, .null: break
            default: throw .compile(.syntaxError, .invalidArgumentType, "expected a Boolean, got \(v.typeName)", at: span)
            }
        }
        return e
    }

    static func value(of literal: Literal) -> Value {
        switch literal {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .integer(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        }
    }

    private static func constants(_ items: [CompiledExpression]) -> [Value]? {
        var out: [Value] = []
        for i in items {
            guard case .constant(let v) = i else { return nil }
            out.append(v)
        }
        return out
    }
}
