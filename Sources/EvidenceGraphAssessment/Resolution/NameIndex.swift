/// Case-insensitive lookup from every name of a kind of entity (ids, names, synonyms,
/// gene symbols, brand and Russian names) to its knowledge-base id; an unknown name is an
/// error naming the closest known ones.
struct NameIndex: Sendable {
    let kind: String
    private var ids: [String: String] = [:]
    private var displayNames: [String] = []

    init(kind: String, entities: [NamedEntity]) {
        self.kind = kind
        for e in entities {
            for name in e.names {
                let key = NameIndex.normalise(name)
                if ids[key] == nil { ids[key] = e.id }
            }
            displayNames.append(e.id)
        }
        displayNames.sort()
    }

    /// Lower case (Unicode-aware, so Cyrillic folds too), spaces and underscores as hyphens.
    static func normalise(_ name: String) -> String {
        var out = ""
        for ch in name.lowercased() {
            out.append(ch == " " || ch == "_" ? "-" : ch)
        }
        return out.trimmingCharacters(in: "-")
    }

    func id(for name: String) -> String? {
        ids[NameIndex.normalise(name)] ?? ids[name.lowercased()]
    }

    func resolve(_ name: String) throws(AssessmentError) -> String {
        if let id = id(for: name) { return id }
        throw .unknownName(kind: kind, name: name, suggestions: suggestions(for: name))
    }

    /// The three known names closest to `name` by edit distance.
    func suggestions(for name: String) -> [String] {
        let target = Array(NameIndex.normalise(String(name.prefix(64))))  // bounded: a huge name costs no more than 64 characters
        let scored = ids.keys.map { (name: $0, distance: EditDistance.between(target, Array($0))) }
        let best = scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        var out: [String] = []
        for s in best where !out.contains(ids[s.name] ?? s.name) {
            out.append(ids[s.name] ?? s.name)
            if out.count == 3 { break }
        }
        return out
    }
}

enum EditDistance {
    /// Levenshtein distance between two character arrays.
    static func between(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
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

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
