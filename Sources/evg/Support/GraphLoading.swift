import ArgumentParser
import EvidenceGraph

/// Loads the graph a command works on, printing diagnostics and exiting with status 2
/// when it cannot be loaded.
enum GraphLoading {
    /// Loads `paths`, or the default graph (see ``GraphLocator``) when `paths` is empty.
    /// With `validatesSchema: false`, evidence files are not checked against the XSD.
    static func loadOrExit(_ paths: [String], validatesSchema: Bool = true) throws -> LoadedGraph {
        guard let resolved = paths.isEmpty ? GraphLocator.defaultPaths() : paths else {
            printError("evg: no graph given and no Graph/ folder found here or above; use --graph PATH or set EVG_GRAPH")
            throw EvgExit.loadFailure
        }
        do {
            var options = LoadOptions()
            options.validatesSchema = validatesSchema
            return try GraphLoader(options: options).load(resolved)
        } catch {
            for d in error.diagnostics { printError(d.description) }
            if error.isTruncated { printError("evg: further errors not shown") }
            printError("evg: the graph could not be loaded (\(error.diagnostics.count) error(s))")
            throw EvgExit.loadFailure
        }
    }

    /// Runs the validator on a graph loaded for `query`, `repl` or `assess`: prints the
    /// number of errors to stderr when there are any, and with `strict` refuses to go on
    /// (exit status 2).
    static func checkValidity(_ loaded: LoadedGraph, strict: Bool) throws {
        let errors = GraphValidator().validate(loaded).filter { $0.severity == .error }.count
        guard errors > 0 else { return }
        if strict {
            printError("evg: the graph has \(errors) validation error(s) (see `evg validate`); --strict refuses to run")
            throw EvgExit.loadFailure
        }
        printError("evg: warning: the graph has \(errors) validation error(s) (see `evg validate`; --strict refuses such graphs)")
    }
}
