import ArgumentParser
import EvidenceGraph
import EvidenceGraphServer

/// `evg mcp`: the graph as a Model Context Protocol server on standard input and output
/// (``EvidenceGraphMCP``).
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the graph to an assistant over the Model Context Protocol (stdio).",
        discussion: """
            Tools: query, assess, schema, explain. Resources: the graph model \
            (evidencegraph://docs/graph-model.md) and the example queries (evidencegraph://queries/…). \
            An MCP client starts it as a subprocess, e.g.:
              {"mcpServers": {"evidencegraph": {"command": "evg", "args": ["mcp", "--graph", "/path/to/Graph"]}}}
            Standard output carries the protocol; diagnostics go to standard error. See docs/servers.md.
            """
    )

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let service = try options.service()
        try await EvidenceGraphMCP(service: service, version: EvidenceGraphVersion.current).runOnStandardIO()
    }
}
