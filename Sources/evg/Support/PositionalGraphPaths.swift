/// For commands that take graph paths as arguments (`validate`, `stats`): the paths given,
/// else the default graph (``GraphLocator``), else a message that names the arguments —
/// not `--graph`, which these commands do not have.
enum PositionalGraphPaths {
    static func resolveOrExit(_ paths: [String], command: String) throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let found = GraphLocator.defaultPaths() else {
            printError("evg: no graph given and no Graph/ folder found here or above; use `evg \(command) PATH…` or set EVG_GRAPH")
            throw EvgExit.loadFailure
        }
        return found
    }
}
