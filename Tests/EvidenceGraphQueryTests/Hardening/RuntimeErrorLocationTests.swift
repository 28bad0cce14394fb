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
