import ArgumentParser
import EvidenceGraph

/// Turns `--param name=value` options into query parameters.
enum ParameterParsing {
    /// Each value is read as a Cypher literal (evaluated by the query engine on an empty
    /// graph: `1`, `2.5`, `true`, `'text'`, `[1, 2]`, `{k: 1}`); anything that is not a
    /// literal is taken as a plain string, so `--param drug=everolimus` works unquoted.
    static func parse(_ options: [String]) throws -> [String: Value] {
        var result: [String: Value] = [:]
        for option in options {
            guard let eq = option.firstIndex(of: "="), eq != option.startIndex else {
                throw ValidationError("--param expects name=value, got '\(option)'")
            }
            let name = String(option[..<eq])
            let text = String(option[option.index(after: eq)...])
            result[name] = literal(text) ?? .string(text)
        }
        return result
    }

    static func literal(_ text: String) -> Value? {
        guard let r = try? Graph().query("RETURN \(text) AS v"), r.rows.count == 1, r.rows[0].count == 1 else {
            return nil
        }
        return r.rows[0][0]
    }
}
