import Testing
@testable import EvidenceGraphTCK

@Suite struct ResultComparatorTests {
    func expected(_ table: [[String]], ordered: Bool = false, listsUnordered: Bool = false) throws -> ExpectedResult {
        try ExpectedResult(table: table, ordered: ordered, listsUnordered: listsUnordered)
    }

    func values(_ rows: [[String]]) throws -> [[TCKValue]] {
        try rows.map { try $0.map { try TCKValueParser.parse($0) } }
    }

    @Test func anyOrderIsAMultiset() throws {
        let e = try expected([["n"], ["1"], ["1"], ["2"]])
        #expect(ResultComparator.compare(e, columns: ["n"], rows: try values([["2"], ["1"], ["1"]])) == nil)
        let fewer = ResultComparator.compare(e, columns: ["n"], rows: try values([["2"], ["1"]]))
        #expect(fewer?.cause == "wrong number of rows")
        let other = ResultComparator.compare(e, columns: ["n"], rows: try values([["2"], ["1"], ["3"]]))
        #expect(other?.cause == "wrong values")
    }

    @Test func inOrderComparesSequences() throws {
        let e = try expected([["n"], ["1"], ["2"]], ordered: true)
        #expect(ResultComparator.compare(e, columns: ["n"], rows: try values([["1"], ["2"]])) == nil)
        #expect(ResultComparator.compare(e, columns: ["n"], rows: try values([["2"], ["1"]]))?.cause == "rows in the wrong order")
    }

    @Test func columnsMustBeTheHeaderInOrder() throws {
        let e = try expected([["a", "b"], ["1", "'x'"]])
        #expect(ResultComparator.compare(e, columns: ["a", "b"], rows: try values([["1", "'x'"]])) == nil)
        let swapped = ResultComparator.compare(e, columns: ["b", "a"], rows: try values([["'x'", "1"]]))
        #expect(swapped?.cause == "columns in the wrong order")
        let wrong = ResultComparator.compare(e, columns: ["a", "c"], rows: try values([["1", "'x'"]]))
        #expect(wrong?.cause == "wrong column names")
    }

    @Test func valuesCompareStructurally() throws {
        let e = try expected([["n", "f", "x"], ["(:A:B {p: 1})", "NaN", "[1, 2]"]])
        #expect(ResultComparator.compare(e, columns: ["n", "f", "x"], rows: try values([["(:B:A {p: 1})", "NaN", "[1, 2]"]])) == nil)
        #expect(ResultComparator.compare(e, columns: ["n", "f", "x"], rows: try values([["(:B:A {p: 1.0})", "NaN", "[1, 2]"]])) != nil,
                "an integer never equals a float")
        #expect(ResultComparator.compare(e, columns: ["n", "f", "x"], rows: try values([["(:A:B {p: 1})", "NaN", "[2, 1]"]])) != nil,
                "list order matters by default")
    }

    @Test func listsUnorderedIgnoresElementOrderAtAnyDepth() throws {
        let e = try expected([["x"], ["[[1, 2], 3]"]], listsUnordered: true)
        #expect(ResultComparator.compare(e, columns: ["x"], rows: try values([["[3, [2, 1]]"]])) == nil)
        #expect(ResultComparator.compare(e, columns: ["x"], rows: try values([["[3, [2, 2]]"]])) != nil)
    }

    @Test func floatsCompareExactlyAndZeroIsUnsigned() throws {
        let e = try expected([["x"], ["0.30000000000000004"], ["0.0"]])
        #expect(ResultComparator.compare(e, columns: ["x"], rows: [[.float(0.1 + 0.2)], [.float(-0.0)]]) == nil)
        #expect(ResultComparator.compare(e, columns: ["x"], rows: [[.float(0.3)], [.float(0)]]) != nil)
    }

    @Test func failureDetailShowsBothTables() throws {
        let e = try expected([["n"], ["'a'"]])
        let failure = try #require(ResultComparator.compare(e, columns: ["n"], rows: try values([["'b'"]])))
        #expect(failure.detail.contains("| 'a' |"))
        #expect(failure.detail.contains("| 'b' |"))
    }
}
