import ArgumentParser
import EvidenceGraph
import EvidenceGraphServer

/// What `evg serve` and `evg mcp` share: the graph to load, the query limits, the largest
/// body (or patient text) and `--strict`; ``service()`` loads the graph (diagnostics on
/// standard error, exit status 2 when it cannot be) and wraps it in a ``GraphService``.
struct ServerOptions: ParsableArguments {
    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var limits: QueryLimitOptions

    @Option(name: .customLong("max-body"), help: ArgumentHelp("Refuse request bodies and patient texts larger than this many bytes.", valueName: "bytes"))
    var maxBody: Int = ServiceLimits.defaultMaxBodyBytes

    @Flag(help: "Refuse to start when the graph has validation errors.")
    var strict = false

    func validate() throws {
        guard maxBody > 0 else { throw ValidationError("--max-body must be a positive number of bytes, got \(maxBody)") }
    }

    func service() throws -> GraphService {
        let loaded = try GraphLoading.loadOrExit(graphOptions.graph, validatesSchema: !graphOptions.noSchema)
        try GraphLoading.checkValidity(loaded, strict: strict)
        return GraphService(graph: loaded.graph, limits: ServiceLimits(query: limits.queryOptions, maxBodyBytes: maxBody))
    }
}
