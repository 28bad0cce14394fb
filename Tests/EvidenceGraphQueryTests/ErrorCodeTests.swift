import Testing
import EvidenceGraphCore
import EvidenceGraphQuery

/// `QueryError.Code` and `DetailCode`: errors matched by code (`switch`, `==`), their string
/// ids unchanged for output.
@Suite struct ErrorCodeTests {
    func error(_ query: String, options: QueryOptions = .init(), on graph: Graph = Graph()) -> QueryError? {
        do {
            _ = try graph.query(query, options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test func syntaxErrorMatchesByCodeWithLineAndColumn() throws {
        let e = try #require(error("MATCH (n)\nRETURN n +"))
        #expect(e.code == .syntaxError && e.detailCode == .unexpectedSyntax)
        #expect((e.line, e.column) == (2, 11))
        #expect(e.phase == .compileTime)
        #expect(e.errorClass == "SyntaxError" && e.detail == "UnexpectedSyntax", "the string ids stay as before")
        switch e.code {
        case .syntaxError: break
        default: Issue.record("switch on the code: \(e)")
        }
    }

    @Test func unknownFunctionMatchesByDetail() throws {
        let e = try #require(error("RETURN nosuch(1)"))
        #expect(e.code == .syntaxError)
        #expect(e.detailCode == .unknownFunction)
        #expect(e.detail == "UnknownFunction")
        #expect((e.line, e.column) == (1, 8))
        #expect(e.rendered(in: "RETURN nosuch(1)").hasPrefix("1:8: SyntaxError: unknown function 'nosuch' (UnknownFunction)"))
    }

    @Test func timeoutMatchesByCode() throws {
        let g = LimitsAndConcurrencyTests.ring(200, 4)
        let e = try #require(error("MATCH (a:N {i: 0})-[*1..12]->(b) RETURN count(*)", options: QueryOptions(timeout: 0.2), on: g))
        #expect(e.code == .limitExceeded && e.detailCode == .timeout)
        #expect(e.errorClass == "LimitExceeded" && e.detail == "Timeout")
        #expect(e.phase == .runtime)
    }

    @Test func runtimeErrorsCarryTheirCodes() throws {
        let division = try #require(error("RETURN 1 / 0"))
        #expect(division.code == .arithmeticError && division.detailCode == .divisionByZero)
        let option = try #require(error("RETURN 1", options: QueryOptions(maxRows: -1)))
        #expect(option.code == .argumentError && option.detailCode == .invalidQueryOption)
        let parameter = try #require(error("RETURN $p"))
        #expect(parameter.code == .parameterMissing && parameter.detailCode == .missingParameter)
    }

    @Test func codesAreDistinctStringIDs() {
        let ids = QueryError.Code.allCases.map(\.rawValue)
        #expect(Set(ids).count == ids.count)
        for code in QueryError.Code.allCases {
            #expect(QueryError.Code(rawValue: code.rawValue) == code)
            #expect("\(code)" == code.rawValue)
        }
        #expect("\(QueryError.DetailCode.unknownFunction)" == "UnknownFunction")
        #expect(QueryError.DetailCode(rawValue: "UnknownFunction") == .unknownFunction)
    }
}
