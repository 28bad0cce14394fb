import Foundation
import EvidenceGraphFormats
import EvidenceGraphQuery
import Testing

/// How each format prints plans: EXPLAIN gives only the plan, PROFILE the plan and the rows;
/// CSV has no room for a PROFILE plan, which becomes the aside.
@Suite struct QueryResultFormatTests {
    let graph = SmallGraph.make()

    @Test func explainPrintsThePlanAlone() throws {
        let explain = try graph.query("EXPLAIN MATCH (d:Drug) RETURN d.name AS name")
        let plan = try #require(explain.plan)
        #expect(QueryResultFormat.table.render(explain) == plan)
        #expect(QueryResultFormat.csv.render(explain) == plan)
        #expect(QueryResultFormat.allCases.allSatisfy { $0.aside(explain) == nil })
    }

    @Test func profilePutsThePlanAboveTheTableAndBesideTheCSV() throws {
        let profile = try graph.query("PROFILE MATCH (d:Drug) RETURN d.name AS name ORDER BY name")
        let plan = try #require(profile.plan)
        #expect(QueryResultFormat.table.render(profile) == plan + "\n" + ResultTable.text(profile))
        #expect(QueryResultFormat.csv.render(profile) == "name\nAlpelisib\nEverolimus")
        #expect(QueryResultFormat.csv.aside(profile) == plan)
        #expect(QueryResultFormat.table.aside(profile) == nil && QueryResultFormat.json.aside(profile) == nil)
    }

    @Test func prettyJSONIsTheSameDocument() throws {
        let result = try graph.query("MATCH (d:Drug)-[r:TARGETS]->(t) RETURN d, r, t.name AS target ORDER BY d.id")
        let compact = QueryResultFormat.json.render(result)
        let pretty = QueryResultFormat.json.render(result, pretty: true)
        #expect(pretty.contains("\n  \"columns\" : ["))
        let decoder = ContractJSON.decoder()
        #expect(try decoder.decode(QueryResultDocument.self, from: Data(compact.utf8))
                == decoder.decode(QueryResultDocument.self, from: Data(pretty.utf8)))
    }
}
