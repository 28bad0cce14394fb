import EvidenceGraphCore
import EvidenceGraphQuery

/// How the runner runs a query: the real engine by default, a fake one in unit tests.
package typealias QueryExecutor = @Sendable (_ graph: Graph, _ query: String, _ parameters: [String: Value],
                                            _ options: QueryOptions) throws(QueryError) -> QueryResult

/// The real engine: `Graph.query(_:parameters:options:)`.
package let engineExecutor: QueryExecutor = { graph, query, parameters, options throws(QueryError) in
    try graph.query(query, parameters: parameters, options: options)
}
