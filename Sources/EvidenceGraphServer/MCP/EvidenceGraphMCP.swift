import MCP

/// `evg mcp`: the graph as a Model Context Protocol server, so an assistant can query it,
/// assess patients and ask why an option has its verdict.
///
/// Tools: `query`, `assess`, `schema`, `explain` (``MCPTools``); resources: the graph model
/// page and the example queries (``MCPResources``).
///
/// ```swift
/// try await EvidenceGraphMCP(service: service, version: "1.0").runOnStandardIO()
/// ```
public struct EvidenceGraphMCP: Sendable {
    public let service: GraphService
    /// The version reported to clients.
    public let version: String

    public init(service: GraphService, version: String) {
        self.service = service
        self.version = version
    }

    /// A server with the tools and resources registered, not yet started.
    public func makeServer() async -> Server {
        let server = Server(
            name: "evidencegraph", version: version, title: "EvidenceGraph",
            instructions: "Clinical evidence graph (drugs, trials, guideline recommendations). Read evidencegraph://docs/graph-model.md, then use query; assess and explain take a patient file's text.",
            capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        let service = self.service
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: MCPTools.all) }
        await server.withMethodHandler(CallTool.self) { params in
            await MCPTools.call(params.name, arguments: params.arguments ?? [:], service: service)
        }
        await server.withMethodHandler(ListResources.self) { _ in ListResources.Result(resources: MCPResources.list()) }
        await server.withMethodHandler(ReadResource.self) { params in ReadResource.Result(contents: try MCPResources.read(params.uri)) }
        return server
    }

    /// Starts a server on `transport` and returns it (running; `stop()` ends it).
    public func start(on transport: any Transport) async throws -> Server {
        let server = await makeServer()
        try await server.start(transport: transport)
        return server
    }

    /// Serves on standard input and output until the client closes standard input.
    public func runOnStandardIO() async throws {
        let server = try await start(on: StdioTransport())
        await server.waitUntilCompleted()
    }
}
