import EvidenceGraphQuery

/// Reads a recommendation's strength as its guideline writes it, from the recommendation's
/// properties: `<score scheme value>` entries (`scores`, "scheme:value") and the plain
/// strength attributes a curator may use (read only when no scheme score is given).
enum StrengthText {
    static let attributeKeys = ["strength", "level", "evidenceLevel", "grade", "category", "preference", "levelOfEvidence", "gradeOfRecommendation"]

    static func statements(in props: Value) -> [String] {
        guard case .map(let entries) = props else { return [] }
        var out: [String] = []
        let dict = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        if case .list(let scores)? = dict["scores"] {
            for case .string(let s) in scores { out.append(s.replacingFirstColon()) }
        }
        // Plain attributes only when no scheme scores are given (they would repeat them).
        guard out.isEmpty else { return out }
        for key in attributeKeys {
            if case .string(let s)? = dict[key] { out.append("\(key) \(s)") }
        }
        return out
    }

    /// An ordinal for ranking across schemes without knowing them: the strongest value of each
    /// statement, read as a level where smaller is stronger (I < II < …, A < B < …, 1 < 2A < 2B).
    /// Returns a number in 0…1, higher = stronger; 0 when nothing is stated.
    static func ordinal(_ statements: [String]) -> Double {
        var best = 0.0
        for s in statements {
            guard let token = s.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "," }).last else { continue }
            if let level = levelNumber(String(token)) { best = max(best, 1.0 / Double(level)) }
        }
        return best
    }

    /// I→1, II→2 … ; A→1, B→2 … ; "1"→1, "2A"→2; `strong`/`preferred`→1, `moderate`→2, `weak`/`conditional`→3.
    static func levelNumber(_ token: String) -> Int? {
        let t = token.uppercased()
        let romans = ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5]
        if let r = romans[t] { return r }
        if let d = Int(t.prefix { $0.isNumber }), d > 0 { return d }
        if t.count == 1, let c = t.unicodeScalars.first, c.value >= 65, c.value <= 69 { return Int(c.value) - 64 }
        switch t {
        case "STRONG", "PREFERRED", "HIGH": return 1
        case "MODERATE", "INTERMEDIATE": return 2
        case "WEAK", "CONDITIONAL", "LOW", "OTHER": return 3
        default: return nil
        }
    }
}

extension String {
    fileprivate func replacingFirstColon() -> String {
        guard let i = firstIndex(of: ":") else { return self }
        return String(self[..<i]) + " " + String(self[index(after: i)...])
    }
}
