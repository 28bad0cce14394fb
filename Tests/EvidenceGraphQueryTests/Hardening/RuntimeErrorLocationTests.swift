import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// Runtime errors carry the `line:column` of the expression that raised them.
@Suite struct RuntimeErrorLocationTests {
    func error(_ query: String, _ options: QueryOptions = .init()) -> QueryError? {
        do {
            _ = try Graph().query(query, options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test func arithmeticTypeError() throws {
        let e = try #require(error("WITH true AS b\nRETURN 1 + b AS x"))
        #expect(e.phase == .runtime)
        #expect(e.errorClass == "TypeError")
        #expect(e.line == 2)
        #expect(e.column == 8)
        #expect(e.rendered(in: "WITH true AS b\nRETURN 1 + b AS x").contains("\n       ^"))
    }

    @Test func functionArgumentError() throws {
        let e = try #require(error("UNWIND [1] AS x\nWITH x\n  RETURN range(1, 10, x - 1) AS r"))
        #expect(e.errorClass == "ArgumentError")
        #expect((e.line, e.column) == (3, 10))
    }

    @Test func innermostExpressionWins() throws {
        let e = try #require(error("WITH 'a' AS s RETURN [x IN [1] | x + toInteger(s) + (x / 0)] AS r"))
        #expect(e.line == 1)
        #expect(e.column > 33)
    }

    @Test func memoryLimitInAComprehensionIsLocated() throws {
        let e = try #require(error("RETURN\n  [x IN range(1, 100) | range(1, 100000)] AS r", QueryOptions(maxMemory: 1 << 20)))
        #expect(e.detail == "MemoryLimitExceeded")
        #expect(e.line == 2)
    }

    @Test func timeoutsAndCancellationHaveNoLocation() throws {
        let flag = CancellationFlag()
        flag.cancel()
        let e = try #require(error("RETURN [x IN range(1, 10) | x + 1] AS r", QueryOptions(cancellation: flag)))
        #expect(e.errorClass == "Cancelled")
        #expect(e.line == 0)
    }
}

extension RuntimeErrorLocationTests {
    @Test func propertyOfANonEntityIsLocated() throws {
        let query = "WITH 1 AS x\nRETURN x.name AS n"
        let e = try #require(error(query))
        #expect(e.errorClass == "TypeError")
        #expect((e.line, e.column) == (2, 8))
    }

    /// The location wrapper must not hide a property from index planning or the
    /// string-predicate fast path: the results are the same as before.
    @Test func locatedPropertiesStillPlanAsBefore() throws {
        let g = LimitsAndConcurrencyTests.ring(50, 2)
        let plan = try #require(try g.query("EXPLAIN MATCH (n:N) WHERE n.i = 3 RETURN n.i").plan)
        #expect(try g.query("MATCH (n:N) WHERE n.i = 3 RETURN n.i AS i").rows == [[.int(3)]], "\(plan)")
        #expect(try g.query("MATCH (n:N) WHERE toString(n.i) STARTS WITH '4' RETURN count(*) AS c").rows == [[.int(11)]])
        #expect(try g.query("MATCH (n:N) RETURN n.i % 5 AS k, count(*) AS c ORDER BY k").rows.count == 5)
    }
}
