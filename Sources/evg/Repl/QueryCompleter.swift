import EvidenceGraph

/// Tab completion for the REPL: from the text before the cursor (the unfinished statement so
/// far), the word being typed and the words that may complete it — `:commands` at the start of
/// a statement; labels after `(x:` or `WHERE x:`; relationship types after `[:` or `|`;
/// property keys after `x.` or inside `(x:Label {…}` (the keys of that label when the pattern
/// names one); `$parameters`; otherwise keywords and functions.
struct QueryCompleter {
    /// The names the graph offers, from its ``SchemaSummary``.
    var summary: SchemaSummary
    /// The REPL's commands (with their `:`).
    var commands: [String]
    /// The parameters set with `:param`.
    var parameters: [String] = []

    /// A completion: replace the last `word.count` characters before the cursor by one of
    /// `candidates` (sorted; the first is used when there is only one).
    struct Completion: Equatable {
        var word: String
        var candidates: [String]
    }

    func complete(_ text: String) -> Completion {
        let chars = Array(text)
        var start = chars.count
        while start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber || chars[start - 1] == "_" { start -= 1 }
        let word = String(chars[start...])
        let before = chars[..<start].last
        let head = String(chars[..<start])
        func matching(_ options: [String]) -> Completion {
            let lower = word.lowercased()
            var seen = Set<String>()
            let hits = options.filter { $0.lowercased().hasPrefix(lower) && seen.insert($0).inserted }
            return Completion(word: word, candidates: hits)
        }
        // `:command` at the start of a statement.
        if before == ":", head.dropLast().allSatisfy(\.isWhitespace) {
            let c = matching(commands.map { String($0.dropFirst()) })
            return Completion(word: c.word, candidates: c.candidates)
        }
        let context = Self.openBrackets(head)
        switch before {
        case ":":
            if context.last == "[" { return matching(summary.relationshipTypes.map(\.name).map(Self.quoted)) }
            if context.last == "{" { break }
            return matching(summary.labels.map(\.name).map(Self.quoted))
        case "|" where context.last == "[":
            return matching(summary.relationshipTypes.map(\.name).map(Self.quoted))
        case ".":
            let variable = Self.wordBefore(chars, end: start - 1)
            return matching(keys(for: variable, in: head).map(Self.quoted))
        case "$":
            return matching(parameters.sorted())
        default:
            break
        }
        // `{key: …, key: …}` of a node or relationship pattern.
        if context.last == "{", context.count >= 2, let opener = context.dropLast().last, opener == "(" || opener == "[",
           let brace = head.lastIndex(of: "{") {
            let inside = head[head.index(after: brace)...]
            // A key is expected after `{` or `,` (not after `key:`).
            let lastSeparator = inside.lastIndex { $0 == "," || $0 == ":" }
            if lastSeparator.map({ inside[$0] == "," }) ?? true {
                let pattern = head[..<brace]
                let (variableLabel, typeName) = Self.patternName(String(pattern), opener: opener)
                let keys = opener == "(" ? variableLabel.map(summary.keys(ofLabel:)) : typeName.map(summary.keys(ofType:))
                return matching((keys ?? allKeys).map(Self.quoted))
            }
        }
        // Every keyword and function for an empty word would be noise.
        if word.isEmpty { return Completion(word: word, candidates: []) }
        return matching(QueryVocabulary.keywords + QueryVocabulary.functionNames.map { $0 + "(" })
    }

    /// Every property key, of nodes and relationships.
    private var allKeys: [String] {
        Array(Set(summary.labels.flatMap { $0.keys.map(\.key) } + summary.relationshipTypes.flatMap { $0.keys.map(\.key) })).sorted()
    }

    /// The keys for `variable.`: those of its label when `(variable:Label` appears in the text,
    /// of its type when `[variable:TYPE` does, else all keys.
    private func keys(for variable: String, in text: String) -> [String] {
        guard !variable.isEmpty else { return allKeys }
        if let label = Self.name(after: "(" , variable: variable, in: text) {
            let keys = summary.keys(ofLabel: label)
            if !keys.isEmpty { return keys }
        }
        if let type = Self.name(after: "[", variable: variable, in: text) {
            let keys = summary.keys(ofType: type)
            if !keys.isEmpty { return keys }
        }
        if let label = Self.name(after: "", variable: variable, in: text) {   // WHERE x:Label
            let keys = summary.keys(ofLabel: label)
            if !keys.isEmpty { return keys }
        }
        return allKeys
    }

    /// The first name after `opener variable :` in `text` (spaces allowed around the colon).
    static func name(after opener: String, variable: String, in text: String) -> String? {
        let chars = Array(text)
        let needle = Array(opener + variable)
        var i = 0
        while i + needle.count <= chars.count {
            if Array(chars[i..<i + needle.count]) == needle,
               i + needle.count == chars.count || !(chars[i + needle.count].isLetter || chars[i + needle.count].isNumber || chars[i + needle.count] == "_"),
               opener != "" || i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_") {
                var j = i + needle.count
                while j < chars.count, chars[j] == " " { j += 1 }
                if j < chars.count, chars[j] == ":" {
                    j += 1
                    while j < chars.count, chars[j] == " " { j += 1 }
                    let name = wordAfter(chars, from: j)
                    if !name.isEmpty { return name }
                }
            }
            i += 1
        }
        return nil
    }

    /// For the pattern text before a `{`: the node's first label (opener `(`) or the
    /// relationship's first type (opener `[`).
    static func patternName(_ text: String, opener: Character) -> (label: String?, type: String?) {
        guard let open = text.lastIndex(of: opener) else { return (nil, nil) }
        let inside = text[text.index(after: open)...]
        guard let colon = inside.firstIndex(of: ":") else { return (nil, nil) }
        let name = wordAfter(Array(inside[inside.index(after: colon)...]), from: 0)
        if name.isEmpty { return (nil, nil) }
        return opener == "(" ? (name, nil) : (nil, name)
    }

    /// The brackets `(`, `[`, `{` still open at the end of `text` (outside strings).
    static func openBrackets(_ text: String) -> [Character] {
        var stack: [Character] = []
        var quote: Character?
        var escaped = false
        for ch in text {
            if let q = quote {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == q { quote = nil }
                continue
            }
            switch ch {
            case "'", "\"", "`": quote = ch
            case "(", "[", "{": stack.append(ch)
            case ")", "]", "}": if !stack.isEmpty { stack.removeLast() }
            default: break
            }
        }
        return stack
    }

    private static func wordBefore(_ chars: [Character], end: Int) -> String {
        var s = end
        while s > 0, chars[s - 1].isLetter || chars[s - 1].isNumber || chars[s - 1] == "_" { s -= 1 }
        return String(chars[s..<max(s, end)])
    }

    private static func wordAfter(_ chars: [Character], from: Int) -> String {
        if from < chars.count, chars[from] == "`" {
            let rest = chars[(from + 1)...]
            return String(rest.prefix { $0 != "`" })
        }
        return String(chars[from...].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }

    /// A name as written in a query: bare when it is an identifier, else in backticks.
    static func quoted(_ name: String) -> String {
        guard let first = name.first, first.isLetter || first == "_",
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            return "`" + name.replacingBackticks() + "`"
        }
        return name
    }
}

extension String {
    fileprivate func replacingBackticks() -> String {
        var out = ""
        for ch in self { out += ch == "`" ? "``" : String(ch) }
        return out
    }
}
