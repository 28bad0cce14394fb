import Testing
@testable import EvidenceGraphTCK

@Suite struct GherkinParserTests {
    static let sample = #"""
    # a comment
    #encoding: utf-8

    @featureTag
    Feature: Match1 - Match nodes
      A free-text description.

      Background:
        Given an empty graph

      Scenario: [1] Match non-existent nodes returns empty
        When executing query:
          """
          MATCH (n)
            RETURN n
          """
        # a comment between steps
        Then the result should be, in any order:
          | n |
        And no side effects

      @ignore @skipStyleCheck
      Scenario Outline: [2] Outline <name>
        And parameters are:
          | p | <value> |
        When executing query:
          """
          RETURN $p AS <name>
          """
        Then the result should be, in any order:
          | <name>  |
          | <value> |

        Examples:
          | name | value |
          | a    | 1     |

        @rowTag
        Examples:
          | name | value       |
          | b    | 'x\|y\\z'   |
    """#

    @Test func parsesFeatureBackgroundScenariosAndOutlines() throws {
        let feature = try GherkinParser.parse(Self.sample, path: "clauses/match/Match1.feature")
        #expect(feature.name == "Match1 - Match nodes")
        #expect(feature.tags == ["@featureTag"])
        #expect(feature.background.map(\.text) == ["an empty graph"])
        #expect(feature.scenarios.count == 2)

        let first = feature.scenarios[0]
        #expect(first.name == "[1] Match non-existent nodes returns empty")
        #expect(!first.isOutline)
        #expect(first.steps.map(\.keyword) == ["When", "Then", "And"])
        #expect(first.steps[0].docString == "MATCH (n)\n  RETURN n", "indentation of the opening quotes removed, deeper kept")
        #expect(first.steps[1].table == [["n"]])

        let outline = feature.scenarios[1]
        #expect(outline.isOutline)
        #expect(outline.tags == ["@ignore", "@skipStyleCheck"])
        #expect(outline.examples.count == 2)
        #expect(outline.examples[0].header == ["name", "value"])
        #expect(outline.examples[0].rows == [["a", "1"]])
        #expect(outline.examples[1].tags == ["@rowTag"])
        #expect(outline.examples[1].rows == [["b", "'x|y\\z'"]], "\\| and \\\\ unescaped in cells")
    }

    @Test func acceptsWindowsLineEnds() throws {
        let text = Self.sample.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let feature = try GherkinParser.parse(text, path: "x.feature")
        #expect(feature.scenarios.count == 2)
        #expect(feature.scenarios[0].steps[0].docString == "MATCH (n)\n  RETURN n")
    }

    @Test func tableCellsKeepOtherEscapesAndEmptyCells() {
        #expect(GherkinParser.cells(of: "| a | \\'b\\' |  |") == ["a", "\\'b\\'", ""])
        #expect(GherkinParser.cells(of: "| x\\ny |") == ["x\ny"])
    }

    @Test func rejectsStepsOutsideScenarios() {
        #expect(throws: GherkinError.self) {
            try GherkinParser.parse("Feature: F\n  Given an empty graph\n", path: "f.feature")
        }
        #expect(throws: GherkinError.self) {
            try GherkinParser.parse("Scenario: no feature\n", path: "f.feature")
        }
        #expect(throws: GherkinError.self) {
            try GherkinParser.parse("Feature: F\n Scenario: S\n  When executing query:\n   \"\"\"\n   RETURN 1\n", path: "f.feature")
        }
    }

    @Test func errorsCarryTheLine() {
        do {
            _ = try GherkinParser.parse("Feature: F\n\n  | stray | table |\n", path: "f.feature")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.path == "f.feature")
        }
    }
}
