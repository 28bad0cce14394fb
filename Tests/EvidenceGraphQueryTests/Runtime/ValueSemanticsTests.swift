import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

@Suite struct ValueSemanticsTests {
    @Test func equalityPropagatesNullAndComparesNumbersByValue() {
        #expect(ValueEquality.equals(.int(1), .float(1.0)) == true)
        #expect(ValueEquality.equals(.int(1), .null) == nil)
        #expect(ValueEquality.equals(.float(.nan), .float(.nan)) == false)
        #expect(ValueEquality.equals(.string("a"), .int(1)) == false)
        #expect(ValueEquality.equals(.list([.int(1), .null]), .list([.int(1), .null])) == nil)
        #expect(ValueEquality.equals(.list([.int(1), .null]), .list([.int(2), .null])) == false)
        #expect(ValueEquality.equals(.list([.int(1)]), .list([.int(1), .int(2)])) == false)
        #expect(ValueEquality.equals(.map([("a", .int(1))]), .map([("a", .float(1))])) == true)
    }

    @Test func inListUsesTernaryLogic() {
        #expect(ValueEquality.contains([.int(1), .int(2)], .int(2)) == true)
        #expect(ValueEquality.contains([.int(1), .null], .int(2)) == nil)
        #expect(ValueEquality.contains([], .null) == false)
    }

    @Test func comparisonIsNullAcrossTypesAndFalseForNaN() {
        #expect(ValueComparison.evaluate(.less, .int(1), .float(1.5)) == true)
        #expect(ValueComparison.evaluate(.less, .string("a"), .int(1)) == nil)
        #expect(ValueComparison.evaluate(.greater, .float(.nan), .int(1)) == false)
        #expect(ValueComparison.evaluate(.lessOrEqual, .string("abc"), .string("abd")) == true)
        #expect(ValueComparison.evaluate(.less, .list([.int(1), .int(2)]), .list([.int(1), .int(3)])) == true)
        #expect(ValueComparison.evaluate(.less, .bool(false), .bool(true)) == true)
    }

    @Test func largeIntegersCompareExactlyWithFloats() {
        let big = Int64(9_007_199_254_740_993)  // 2^53 + 1, not representable as a double
        #expect(ValueEquality.equals(.int(big), .float(9_007_199_254_740_992.0)) == false)
        #expect(ValueComparison.evaluate(.greater, .int(big), .float(9_007_199_254_740_992.0)) == true)
    }

    @Test func globalOrderingAcrossTypes() {
        let values: [Value] = [.null, .float(.nan), .int(2), .float(1.5), .bool(true), .bool(false), .string("b"),
                               .string("a"), .path(PathValue(nodes: [NodeIndex(Int32(0))], relationships: [])),
                               .list([.int(1)]), .relationship(RelationshipIndex(Int32(0))), .node(NodeIndex(Int32(0))),
                               .map([("a", .int(1))])]
        let sorted = values.sorted { ValueOrdering.compare($0, $1) < 0 }
        let kinds = sorted.map(\.typeName)
        #expect(kinds == ["Map", "Node", "Relationship", "List", "Path", "String", "String", "Boolean", "Boolean",
                          "Float", "Integer", "Float", "Null"])
        #expect(sorted[5] == .string("a"))
        #expect(sorted[7] == .bool(false))
        if case .float(let d) = sorted[11] { #expect(d.isNaN) } else { Issue.record("NaN must sort after numbers") }
    }

    @Test func equivalenceGroupsNullsNaNsAndEqualNumbers() {
        let keys: Set<EquivalenceKey> = [EquivalenceKey(values: [.int(1)]), EquivalenceKey(values: [.float(1.0)]),
                                         EquivalenceKey(values: [.null]), EquivalenceKey(values: [.null]),
                                         EquivalenceKey(values: [.float(.nan)]), EquivalenceKey(values: [.float(.nan)])]
        #expect(keys.count == 3)
    }

    @Test func threeValuedLogic() {
        #expect(TernaryLogic.and(nil, false) == false)
        #expect(TernaryLogic.and(nil, true) == nil)
        #expect(TernaryLogic.or(nil, true) == true)
        #expect(TernaryLogic.or(nil, false) == nil)
        #expect(TernaryLogic.xor(nil, true) == nil)
        #expect(TernaryLogic.xor(true, false) == true)
        #expect(TernaryLogic.not(nil) == nil)
    }

    @Test func arithmetic() throws {
        #expect(try Arithmetic.apply(.add, .int(1), .int(2)) == .int(3))
        #expect(try Arithmetic.apply(.add, .int(1), .float(0.5)) == .float(1.5))
        #expect(try Arithmetic.apply(.divide, .int(7), .int(2)) == .int(3))
        #expect(try Arithmetic.apply(.divide, .int(-7), .int(2)) == .int(-3))
        #expect(try Arithmetic.apply(.modulo, .int(-7), .int(2)) == .int(-1))
        #expect(try Arithmetic.apply(.power, .int(2), .int(10)) == .float(1024))
        #expect(try Arithmetic.apply(.subtract, .null, .int(1)) == .null)
        #expect(try Arithmetic.apply(.add, .string("a"), .string("b")) == .string("ab"))
        #expect(try Arithmetic.apply(.add, .list([.int(1)]), .list([.int(2)])) == .list([.int(1), .int(2)]))
        #expect(try Arithmetic.apply(.add, .list([.int(1)]), .int(2)) == .list([.int(1), .int(2)]))
        #expect(try Arithmetic.apply(.divide, .float(1), .int(0)) == .float(.infinity))
    }

    @Test func integerOverflowIsAnError() {
        #expect(throws: QueryError.self) { try Arithmetic.apply(.add, .int(.max), .int(1)) }
        #expect(throws: QueryError.self) { try Arithmetic.apply(.multiply, .int(.max / 2 + 1), .int(2)) }
        #expect(throws: QueryError.self) { try Arithmetic.negate(.int(.min)) }
        #expect(throws: QueryError.self) { try Arithmetic.apply(.divide, .int(1), .int(0)) }
    }

    @Test func typeErrorsCarryClassAndPhase() {
        do {
            _ = try Arithmetic.apply(.subtract, .string("a"), .bool(true))
            Issue.record("expected a TypeError")
        } catch {
            #expect(error.errorClass == "TypeError")
            #expect(error.phase == .runtime)
        }
    }

    @Test func stringPredicatesMatchCodePoints() {
        #expect(StringMatching.matches(.contains, "Эверолимус", "лиму"))
        #expect(StringMatching.matches(.startsWith, "Эверолимус", "Эв"))
        #expect(StringMatching.matches(.endsWith, "Эверолимус", "мус"))
        #expect(!StringMatching.matches(.contains, "abc", "abd"))
        #expect(StringMatching.matches(.contains, "abc", ""))
        #expect(!StringMatching.matches(.startsWith, "ab", "abc"))
        #expect(StringMatching.matches(.contains, "aab", "ab"))
    }
}
