import EvidenceGraphAssessment
import EvidenceGraphFormats
import EvidenceGraphServer
import Foundation
import MCP
import Testing

/// `evg mcp`'s server, in-process with the SDK's own client over its in-memory transport.
@Suite struct MCPServerTests {
    /// A connected client, and the server to stop afterwards.
    static func connect(_ service: GraphService? = nil) async throws -> (Client, Server) {
        let (clientSide, serverSide) = await InMemoryTransport.createConnectedPair()
        let server = try await EvidenceGraphMCP(service: try service ?? Fixture.service(), version: "test").start(on: serverSide)
        let client = Client(name: "evg-tests", version: "1")
        try await client.connect(transport: clientSide)
        return (client, server)
    }

    static func text(_ content: [Tool.Content]) throws -> String {
        guard content.count == 1, case .text(let text, _, _) = content[0] else {
            Issue.record("expected one text content, got \(content)")
            return ""
        }
        return text
    }

    @Test func listsTheFourTools() async throws {
        let (client, server) = try await Self.connect()
        let tools = try await client.listTools().tools
        #expect(Set(tools.map(\.name)) == ["query", "assess", "schema", "explain"])
        for tool in tools {
            #expect(tool.description?.isEmpty == false)
            #expect(tool.inputSchema.objectValue?["type"] == "object")
        }
        await client.disconnect()
        await server.stop()
    }

    @Test func queryToolAnswersTheContract() async throws {
        let (client, server) = try await Self.connect()
        let text = try Fixture.query("05-diabetes-cautions")
        let answer = try await client.callTool(name: "query", arguments: ["query": .string(text)])
        #expect(answer.isError == false)
        #expect(try Self.text(answer.content) == ResultJSON.text(try Fixture.graph.query(text)))

        let parameterised = try await client.callTool(name: "query", arguments: [
            "query": "MATCH (d:Drug {id: $id}) RETURN d.id AS id", "parameters": ["id": "olaparib"]])
        #expect(try Fixture.decode(QueryResultDocument.self, try Self.text(parameterised.content)).rows == [[.string("olaparib")]])

        let wrong = try await client.callTool(name: "query", arguments: ["query": "MATCH (d:Drug RETURN d"])
        #expect(wrong.isError == true)
        let error = try Fixture.decode(ServiceError.Document.self, try Self.text(wrong.content)).error
        #expect(error.code == "SyntaxError")
        #expect(error.line == 1 && error.column != nil)
        await client.disconnect()
        await server.stop()
    }

    @Test func assessAndExplainTools() async throws {
        let (client, server) = try await Self.connect()
        let patient = try Fixture.patient("founding-case")
        let assessed = try await client.callTool(name: "assess", arguments: ["patient": .string(patient), "options": ["olaparib", "everolimus+exemestane"]])
        #expect(assessed.isError == false)
        let direct = try Fixture.directAssessment("founding-case", options: ["olaparib", "everolimus+exemestane"])
        #expect(try Self.text(assessed.content) == AssessmentJSON.text(direct))

        let explained = try await client.callTool(name: "explain", arguments: ["patient": .string(patient), "option": "everolimus+exemestane"])
        #expect(explained.isError == false)
        let explanation = try Fixture.decode(Explanation.self, try Self.text(explained.content))
        let option = try #require(try Fixture.directAssessment("founding-case", options: ["everolimus+exemestane"]).options.first)
        #expect(explanation.verdict == option.verdict.rawValue)
        #expect(explanation.reasons == option.reasons)
        let cited = Set(option.reasons.flatMap(\.cites))
        #expect(!cited.isEmpty)
        #expect(cited.isSubset(of: Set(explanation.citations.map(\.id))))
        // Every citation is a node of the graph, looked up with its label and file.
        let graph = try Fixture.graph
        for citation in explanation.citations where graph.node(withID: citation.id) != nil {
            #expect(citation.label != nil && citation.location != nil, "\(citation.id)")
        }
        #expect(explanation.citations.contains { $0.label == "Trial" && $0.title == "BOLERO-2" })

        let bad = try await client.callTool(name: "explain", arguments: ["patient": "<patient", "option": "olaparib"])
        #expect(bad.isError == true)
        #expect(try Fixture.decode(ServiceError.Document.self, try Self.text(bad.content)).error.code == "InvalidPatient")
        await client.disconnect()
        await server.stop()
    }

    @Test func schemaTool() async throws {
        let (client, server) = try await Self.connect()
        let answer = try await client.callTool(name: "schema", arguments: [:])
        #expect(answer.isError == false)
        #expect(try Fixture.decode(SchemaDocument.self, try Self.text(answer.content)) == SchemaDocument(SchemaSummary(try Fixture.graph)))
        await client.disconnect()
        await server.stop()
    }

    @Test func readsTheGraphModelAndExampleQueries() async throws {
        let (client, server) = try await Self.connect()
        let resources = try await client.listResources().resources
        let queries = try FileManager.default.contentsOfDirectory(atPath: Fixture.root.appendingPathComponent("Queries").path).filter { $0.hasSuffix(".cypher") }
        #expect(resources.count == 1 + queries.count)
        let model = try await client.readResource(uri: "evidencegraph://docs/graph-model.md")
        #expect(model.first?.text == (try String(contentsOf: Fixture.root.appendingPathComponent("docs/graph-model.md"), encoding: .utf8)))
        let example = try await client.readResource(uri: "evidencegraph://queries/02-pi3k-akt-mtor-drugs.cypher")
        #expect(example.first?.text == (try Fixture.query("02-pi3k-akt-mtor-drugs")))
        #expect(resources.first { $0.name == "02-pi3k-akt-mtor-drugs.cypher" }?.description?.contains("PI3K") == true)
        await #expect(throws: (any Error).self) { _ = try await client.readResource(uri: "evidencegraph://nowhere") }
        await client.disconnect()
        await server.stop()
    }
}
