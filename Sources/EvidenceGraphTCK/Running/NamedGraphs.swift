import EvidenceGraphCore
import EvidenceGraphQuery
import Foundation

/// The TCK's named graphs (`Given the binary-tree-1 graph`): `graphs/<name>/<name>.cypher`
/// beside the `features/` folder, a CREATE script run once through the engine and kept.
package final class NamedGraphs: @unchecked Sendable {
    private let graphsDirectory: String
    private let lock = NSLock()
    private var cache: [String: Result<Graph, TCKFailure>] = [:]

    /// Named graphs read from `graphsDirectory` (usually `tck/graphs`).
    package init(graphsDirectory: String) { self.graphsDirectory = graphsDirectory }

    /// The graph called `name`, built with `execute` the first time it is asked for.
    package func graph(named name: String, execute: QueryExecutor, options: QueryOptions) -> Result<Graph, TCKFailure> {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[name] { return cached }
        let result = build(name, execute: execute, options: options)
        cache[name] = result
        return result
    }

    private func build(_ name: String, execute: QueryExecutor, options: QueryOptions) -> Result<Graph, TCKFailure> {
        let path = graphsDirectory + "/" + name + "/" + name + ".cypher"
        guard var script = try? String(contentsOfFile: path, encoding: .utf8) else {
            return .failure(TCKFailure(cause: "setup: named graph missing", detail: "cannot read \(path)"))
        }
        script = String(Substring(script).trimmingSpaces())
        while script.last == "\n" || script.last == ";" || script.last == " " { script.removeLast() }
        do throws(QueryError) {
            return .success(try execute(Graph(), script, [:], options).graph)
        } catch {
            return .failure(TCKFailure(cause: "setup: named graph failed: " + FailureCause.generalise(error),
                                       detail: "\(path): \(error)"))
        }
    }
}
