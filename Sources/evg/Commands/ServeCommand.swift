import ArgumentParser
import EvidenceGraph
import EvidenceGraphServer

/// `evg serve`: the graph over HTTP (``EvidenceGraphHTTP``).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the graph over HTTP: a web page, POST /query, POST /assess, GET /schema, GET /health.",
        discussion: """
            The graph is loaded once and is read-only; every request runs under the query limits \
            and --max-body. Binds 127.0.0.1 (this machine only) unless --host says otherwise.
            Examples:
              evg serve --port 8080
              curl -s localhost:8080/query -d '{"query": "MATCH (d:Drug) RETURN count(d) AS drugs"}'
              curl -s --data-binary @Queries/patients/founding-case.xml 'localhost:8080/assess?option=olaparib'
            See docs/servers.md.
            """
    )

    @OptionGroup var options: ServerOptions

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = EvidenceGraphHTTP.defaultPort

    @Option(help: "The address to bind: 127.0.0.1 (default, this machine only), or 0.0.0.0 for every interface.")
    var host: String = EvidenceGraphHTTP.defaultHost

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, got \(port)") }
    }

    func run() async throws {
        let service = try options.service()
        let host = self.host, limits = options.limits
        let app = EvidenceGraphHTTP.application(service: service, host: host, port: port) { bound in
            printError(Self.startLine(service, host: host, port: bound, limits: limits))
        }
        try await app.runService()
    }
}

extension ServeCommand {
    /// The line `evg serve` prints when it starts: the address and the limits in force.
    static func startLine(_ service: GraphService, host: String, port: Int, limits: QueryLimitOptions) -> String {
        "evg: serving \(service.graph.nodeCount) nodes at http://\(host):\(port)/ (\(limits.summary), max body \(service.limits.maxBodyBytes) bytes); Ctrl-C stops"
    }
}
