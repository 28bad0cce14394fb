import MCP

/// The resources of ``EvidenceGraphMCP``: the graph model page and the example queries,
/// from the library's bundle (``BundledResources``).
enum MCPResources {
    static let graphModelURI = "evidencegraph://docs/graph-model.md"
    static let queryURIPrefix = "evidencegraph://queries/"

    static func list() -> [Resource] {
        var resources: [Resource] = []
        if BundledResources.graphModel != nil {
            resources.append(Resource(name: "graph-model.md", uri: graphModelURI,
                                      description: "The evidence graph model: node labels, properties and relationship types, and how the XML maps onto them.",
                                      mimeType: "text/markdown"))
        }
        for query in BundledResources.exampleQueries {
            resources.append(Resource(name: query.name, uri: queryURIPrefix + query.name,
                                      description: firstCommentLine(query.text) ?? "An example query.",
                                      mimeType: "text/plain"))
        }
        return resources
    }

    static func read(_ uri: String) throws -> [Resource.Content] {
        if uri == graphModelURI, let page = BundledResources.graphModel {
            return [.text(page.text, uri: uri, mimeType: "text/markdown")]
        }
        if uri.hasPrefix(queryURIPrefix),
           let query = BundledResources.exampleQueries.first(where: { queryURIPrefix + $0.name == uri }) {
            return [.text(query.text, uri: uri, mimeType: "text/plain")]
        }
        throw MCPError.invalidParams("no resource '\(uri.prefix(200))'; resources/list names them")
    }

    /// The question a query file asks in its first `//` line.
    static func firstCommentLine(_ text: String) -> String? {
        guard let line = text.split(separator: "\n").first, line.hasPrefix("//") else { return nil }
        return String(line.dropFirst(2).drop { $0 == " " })
    }
}
