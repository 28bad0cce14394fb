import EvidenceGraphAssessment
import EvidenceGraphFormats
import EvidenceGraphServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `evg serve`'s routes, in-process with Hummingbird's router test client.
@Suite struct HTTPRouteTests {
    static func app(_ service: GraphService) -> some ApplicationProtocol {
        EvidenceGraphHTTP.application(service: service, port: 0)
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, _ body: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, body: ByteBuffer(string: body))
    }

    static func queryBody(_ query: String, _ parameters: [String: JSONValue] = [:]) throws -> String {
        String(decoding: try JSONEncoder().encode(["query": JSONValue.string(query), "parameters": .object(parameters.map { ($0.key, $0.value) })]), as: UTF8.self)
    }

    static func error(_ response: TestResponse) throws -> ServiceError.Body {
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        return try Fixture.decode(ServiceError.Document.self, String(buffer: response.body)).error
    }

    @Test func healthCountsTheGraph() async throws {
        let graph = try Fixture.graph
        try await Self.app(try Fixture.service()).test(.router) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
            #expect(json["status"] as? String == "ok")
            #expect(json["nodes"] as? Int == graph.nodeCount)
            #expect(json["relationships"] as? Int == graph.relationshipCount)
            #expect(json["assessment"] as? Bool == true)
        }
    }

    @Test func pageIsSelfContained() async throws {
        try await Self.app(try Fixture.service()).test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let page = String(buffer: response.body)
            for part in ["<textarea id=\"query\"", "fetch(url", "\"/query\"", "/assess?format=html", "type=\"file\"", "<svg"] {
                #expect(page.contains(part), "the page has \(part)")
            }
            // No external fetches: no script, style, image or link from another origin.
            for external in ["src=\"http", "href=\"http", "@import", "url(http", "fetch(\"http"] {
                #expect(!page.contains(external), "the page fetches nothing from elsewhere (\(external))")
            }
        }
    }

    @Test func schemaListsLabelsTypesAndKeys() async throws {
        let graph = try Fixture.graph
        try await Self.app(try Fixture.service()).test(.router) { client in
            let response = try await client.execute(uri: "/schema", method: .get)
            #expect(response.status == .ok)
            let schema = try Fixture.decode(SchemaDocument.self, String(buffer: response.body))
            #expect(schema == SchemaDocument(SchemaSummary(graph)))
            #expect(Set(schema.labels.map(\.name)) == Set(graph.labelNames))
            #expect(Set(schema.relationshipTypes.map(\.name)) == Set(graph.relationshipTypeNames))
            #expect(schema.propertyKeys.contains("name") && schema.propertyKeys.contains("hazardRatio"))
            let drugs = try #require(schema.labels.first { $0.name == "Drug" })
            #expect(drugs.keys.contains { $0.key == "inn" && $0.types["String"] == drugs.count })
        }
    }

    @Test func queryAnswersTheJSONContract() async throws {
        let text = try Fixture.query("02-pi3k-akt-mtor-drugs")
        try await Self.app(try Fixture.service()).test(.router) { client in
            let response = try await Self.post(client, "/query", try Self.queryBody(text))
            #expect(response.status == .ok)
            let body = String(buffer: response.body)
            // Exactly `evg query --format json`'s text.
            #expect(body == ResultJSON.text(try Fixture.graph.query(text)))
            // And the rows the example query's expected file holds.
            let served = try Fixture.decode(QueryResultDocument.self, body)
            let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Fixture.root.appendingPathComponent("Queries/02-pi3k-akt-mtor-drugs.expected.json"))) as? [String: Any])
            #expect(served.columns == expected["columns"] as? [String])
            #expect(served.rows.map { $0.map { if case .string(let s) = $0 { s } else { "?" } } } == expected["rows"] as? [[String]])
        }
    }

    @Test func queryTakesParameters() async throws {
        let text = "MATCH (d:Drug {id: $drug})-[:TARGETS]->(t:Target) RETURN d.name AS drug, t.name AS target ORDER BY target"
        try await Self.app(try Fixture.service()).test(.router) { client in
            let response = try await Self.post(client, "/query", try Self.queryBody(text, ["drug": .string("everolimus")]))
            #expect(response.status == .ok)
            let served = try Fixture.decode(QueryResultDocument.self, String(buffer: response.body))
            #expect(served == (try Fixture.directQuery(text, parameters: ["drug": .string("everolimus")])))
            #expect(served.columns == ["drug", "target"])
            #expect(served.rows.contains { $0.last == .string("mTOR") })
        }
    }

    @Test func syntaxErrorHasLineAndColumn() async throws {
        try await Self.app(try Fixture.service()).test(.router) { client in
            let response = try await Self.post(client, "/query", try Self.queryBody("MATCH (d:Drug)\nRETURN d.name AS drug,, d.id"))
            #expect(response.status == .badRequest)
            let error = try Self.error(response)
            #expect(error.code == "SyntaxError")
            #expect(error.detail != nil)
            #expect(error.line == 2)
            #expect(error.column == 23)   // the second comma
        }
    }

    @Test func slowQueryTimesOut() async throws {
        try await Self.app(try Fixture.service(timeout: 0.05)).test(.router) { client in
            let response = try await Self.post(client, "/query", try Self.queryBody("MATCH (a), (b), (c) RETURN count(*) AS n"))
            #expect(response.status == .unprocessableContent)
            let error = try Self.error(response)
            #expect(error.code == "LimitExceeded")
            #expect(error.detail == "Timeout")
        }
    }

    @Test func tooManyRowsIsRefused() async throws {
        try await Self.app(try Fixture.service(maxRows: 5)).test(.router) { client in
            let response = try await Self.post(client, "/query", try Self.queryBody("MATCH (d:Drug) RETURN d.id"))
            #expect(response.status == .unprocessableContent)
            #expect(try Self.error(response).code == "LimitExceeded")
            #expect(try Self.error(response).detail == "MaxRows")
        }
    }

    @Test func bodyTooLargeIsRefused() async throws {
        try await Self.app(try Fixture.service(maxBody: 200)).test(.router) { client in
            let long = try Self.queryBody("MATCH (d:Drug) WHERE d.name = '" + String(repeating: "x", count: 500) + "' RETURN d")
            let query = try await Self.post(client, "/query", long)
            #expect(query.status == .contentTooLarge)
            #expect(try Self.error(query).code == "BodyTooLarge")
            let assess = try await Self.post(client, "/assess", try Fixture.patient("founding-case"))
            #expect(assess.status == .contentTooLarge)
            #expect(try Self.error(assess).code == "BodyTooLarge")
        }
    }

    @Test func writingQueryIsRefused() async throws {
        try await Self.app(try Fixture.service()).test(.router) { client in
            let response = try await Self.post(client, "/query", try Self.queryBody("CREATE (x:Drug {id: 'new'}) RETURN x"))
            #expect(response.status == .forbidden)
            #expect(try Self.error(response).code == "ReadOnlyGraph")
            let count = try await Self.post(client, "/query", try Self.queryBody("MATCH (x:Drug {id: 'new'}) RETURN count(x) AS n"))
            #expect(try Fixture.decode(QueryResultDocument.self, String(buffer: count.body)).rows == [[.int(0)]])
        }
    }

    @Test func malformedRequestsAreJSONErrors() async throws {
        try await Self.app(try Fixture.service()).test(.router) { client in
            let notJSON = try await Self.post(client, "/query", "MATCH (n) RETURN n")
            #expect(notJSON.status == .badRequest)
            #expect(try Self.error(notJSON).code == "BadRequest")
            let noQuery = try await Self.post(client, "/query", #"{"parameters": {}}"#)
            #expect(try Self.error(noQuery).message.contains("\"query\""))
            let missing = try await client.execute(uri: "/nowhere", method: .get)
            #expect(missing.status == .notFound)
            #expect(try Self.error(missing).code == "NotFound")
        }
    }

    @Test func assessAnswersTheAssessmentContract() async throws {
        let options = ["everolimus+exemestane", "olaparib", "paclitaxel"]
        try await Self.app(try Fixture.service()).test(.router) { client in
            let uri = "/assess?" + options.map { "option=" + $0.replacingOccurrences(of: "+", with: "%2B") }.joined(separator: "&")
            let response = try await Self.post(client, uri, try Fixture.patient("founding-case"))
            #expect(response.status == .ok)
            let direct = try Fixture.directAssessment("founding-case", options: options)
            #expect(String(buffer: response.body) == AssessmentJSON.text(direct))
            #expect(direct.options.count == 3)
        }
    }

    @Test func badPatientHasLineAndColumn() async throws {
        try await Self.app(try Fixture.service()).test(.router) { client in
            let broken = try Fixture.patient("founding-case").replacingOccurrences(of: "</patient>", with: "<patient>")
            let response = try await Self.post(client, "/assess", broken)
            #expect(response.status == .badRequest)
            let error = try Self.error(response)
            #expect(error.code == "InvalidPatient")
            #expect((error.line ?? 0) > 1)
            #expect(error.column != nil)

            let invalid = try await Self.post(client, "/assess", #"<patient id="p"><nonsense/></patient>"#)
            #expect(invalid.status == .badRequest)
            #expect(try Self.error(invalid).line == 1)

            let fhir = try await Self.post(client, "/assess", #"{"resourceType": "Patient", "id": "p"}"#)
            #expect(fhir.status == .badRequest)
            let fhirError = try Self.error(fhir)
            #expect(fhirError.code == "InvalidPatient")
            #expect(fhirError.message.contains("Bundle"), "\(fhirError.message)")

            let unknown = try await Self.post(client, "/assess?option=nosuchdrug", try Fixture.patient("founding-case"))
            #expect(unknown.status == .unprocessableContent)
            #expect(try Self.error(unknown).code == "AssessmentError")
        }
    }

    /// A FHIR bundle of the founding case gets the same answer as its patient XML.
    @Test func fhirBundleGivesTheSameAssessmentAsXML() async throws {
        try await Self.app(try Fixture.service()).test(.router) { client in
            let fromXML = try await Self.post(client, "/assess", try Fixture.patient("founding-case"))
            let fromFHIR = try await Self.post(client, "/assess", try Fixture.fhirPatient("founding-case"))
            #expect(fromFHIR.status == .ok)
            #expect(String(buffer: fromFHIR.body) == String(buffer: fromXML.body))
        }
    }

    /// `format=html` is the self-contained report, showing the trials behind the verdicts.
    @Test(.enabled(if: Graphviz().isAvailable, "Graphviz `dot` is not installed"))
    func htmlReportShowsTheEvidence() async throws {
        try await Self.app(try Fixture.service()).test(.router) { client in
            let response = try await Self.post(client, "/assess?format=html", try Fixture.patient("founding-case"))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            let page = String(buffer: response.body)
            for trial in ["BOLERO-2", "OlympiAD", "MAINTAIN"] { #expect(page.contains(trial), "\(trial)") }
            #expect(!page.contains("<script src"))
        }
    }
}
