import EvidenceGraph

/// Neo4j-style notifications for names a query uses that the graph does not have: the query
/// still runs (its rows are usually none), and a warning names the closest known names, e.g.
/// `warning: the label Drugg is not in the graph (did you mean Drug?)`.
struct NameWarnings {
    let labels: Set<String>
    let types: Set<String>
    let keys: Set<String>

    /// The names of `graph`'s symbol tables (no pass over its nodes).
    init(_ graph: Graph) {
        labels = Set(graph.labelNames)
        types = Set(graph.relationshipTypeNames)
        keys = Set(graph.propertyKeyNames)
    }

    /// The warnings for `text`: none for a query that writes (its names may be new).
    func warnings(for text: String) -> [String] {
        guard let names = QueryVocabulary.schemaNames(in: text), !names.writes else { return [] }
        var out: [String] = []
        func check(_ used: [String], _ known: Set<String>, _ what: String) {
            for name in used where !known.contains(name) {
                let close = Self.closest(to: name, in: known)
                out.append("warning: the \(what) \(name) is not in the graph"
                           + (close.isEmpty ? "" : " (did you mean \(close.joined(separator: ", "))?)"))
            }
        }
        check(names.labels, labels, "label")
        check(names.relationshipTypes, types, "relationship type")
        check(names.propertyKeys, keys, "property key")
        return out
    }

    /// Up to three known names nearest to `name` by edit distance (ignoring case), at most
    /// about a third of the name's length away; nearest first, then alphabetical.
    static func closest(to name: String, in known: Set<String>) -> [String] {
        let target = Array(name.lowercased())
        let limit = max(2, target.count / 3)
        return known.compactMap { candidate -> (String, Int)? in
            let d = editDistance(target, Array(candidate.lowercased()))
            return d <= limit ? (candidate, d) : nil
        }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        .prefix(3).map(\.0)
    }

    /// Levenshtein distance between two character arrays.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
