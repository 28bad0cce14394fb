import EvidenceGraphCore
import EvidenceGraphQuery

/// Runs one of the assessment's knowledge queries and reads its rows by column name.
struct QueryRows {
    let columns: [String: Int]
    let rows: [[Value]]

    init(_ graph: Graph, _ query: String, _ parameters: [String: Value] = [:]) throws(AssessmentError) {
        do {
            let result = try graph.query(query, parameters: parameters)
            columns = Dictionary(result.columns.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
            rows = result.rows
        } catch {
            throw .knowledgeQueryFailed(query: query, error: error)
        }
    }

    /// Each row as a `Row` accessor.
    var all: [Row] { rows.map { Row(values: $0, columns: columns) } }

    struct Row {
        let values: [Value]
        let columns: [String: Int]

        subscript(_ name: String) -> Value { columns[name].map { values[$0] } ?? .null }

        func string(_ name: String) -> String? {
            if case .string(let s) = self[name] { return s }
            return nil
        }

        func double(_ name: String) -> Double? {
            switch self[name] {
            case .int(let i): return Double(i)
            case .float(let d): return d
            case .string(let s): return Double(s)
            default: return nil
            }
        }

        func int(_ name: String) -> Int? {
            switch self[name] {
            case .int(let i): return Int(i)
            case .float(let d) where d == d.rounded() && abs(d) < 1e15: return Int(d)
            case .string(let s): return Int(s)
            default: return nil
            }
        }

        func bool(_ name: String) -> Bool? {
            if case .bool(let b) = self[name] { return b }
            return nil
        }

        /// A list of strings; a single string becomes a one-element list; null an empty one.
        func strings(_ name: String) -> [String] {
            switch self[name] {
            case .string(let s): return [s]
            case .list(let l): return l.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
            default: return []
            }
        }
    }
}
