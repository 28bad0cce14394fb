import ArgumentParser
import EvidenceGraph

/// Turns `--param name=value` options into query parameters.
enum ParameterParsing {
    /// Each value is read as a Cypher literal (evaluated by the query engine on an empty
    /// graph: `1`, `2.5`, `true`, `'text'`, `[1, 2]`, `{k: 1}`); anything that is not a
    /// literal is taken as a plain string, so `--param drug=everolimus` works unquoted.
    /// Values are evaluated under `options` (the command's budget): a value that exceeds it
    /// is an error, not a string.
    static func parse(_ options: [String], options limits: QueryOptions = QueryOptions()) throws -> [String: Value] {
        var result: [String: Value] = [:]
        for option in options {
            guard let eq = option.firstIndex(of: "="), eq != option.startIndex else {
                throw ValidationError("--param expects name=value, got '\(EchoText.truncated(option))'")
            }
            let name = String(option[..<eq])
            let text = String(option[option.index(after: eq)...])
            do {
                result[name] = try literal(text, options: limits) ?? .string(text)
            } catch {
                throw ValidationError("--param \(EchoText.truncated(name)): \(error.errorClass): \(error.message) (\(error.detail))")
            }
        }
        return result
    }

    /// The value of `text` as a literal; `nil` when it is not one. Throws when evaluating it
    /// exceeds a limit of `options` (time, rows, memory) or is cancelled.
    static func literal(_ text: String, options: QueryOptions = QueryOptions()) throws(QueryError) -> Value? {
        do {
            let r = try Graph().query("RETURN \(text) AS v", options: options)
            guard r.rows.count == 1, r.rows[0].count == 1 else { return nil }
            return r.rows[0][0]
        } catch {
            if error.code == .limitExceeded || error.code == .cancelled { throw error }
            return nil
        }
    }
}
