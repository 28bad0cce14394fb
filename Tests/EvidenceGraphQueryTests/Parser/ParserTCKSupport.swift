import Foundation

/// One `When executing query:` block of a TCK scenario (outlines expanded per example row).
struct TCKQuery {
    var file: String
    var scenario: String
    var query: String
    /// The compile-time error detail the scenario expects (`UndefinedVariable`, …), if any.
    var expectedCompileError: String?
    /// The error class for `expectedCompileError` (`SyntaxError`, `TypeError`, …).
    var expectedErrorClass: String?
}

/// Reads the openCypher TCK feature files this front end is measured against.
enum TCKCorpus {
    /// `EVG_TCK_DIR`, else `../shared/tck/features` beside the repository root.
    static var directory: URL {
        if let custom = ProcessInfo.processInfo.environment["EVG_TCK_DIR"] { return URL(fileURLWithPath: custom) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.deletingLastPathComponent().appendingPathComponent("shared/tck/features")
    }

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: directory.path) }

    /// Feature folders in scope of the query-language issue.
    static let folders = [
        "clauses/match", "clauses/match-where", "clauses/optional-match", "clauses/return",
        "clauses/return-orderby", "clauses/return-skip-limit", "clauses/with", "clauses/with-orderBy",
        "clauses/with-skip-limit", "clauses/with-where", "clauses/unwind", "clauses/union", "clauses/create",
        "expressions",
    ]

    /// Writing clauses parsed for accurate errors only (the executor may reject them).
    static let updateFolders = ["clauses/delete", "clauses/merge", "clauses/set", "clauses/remove"]

    /// Every query in `folders` (default: the in-scope ones), recursively.
    static func queries(in folders: [String] = folders) -> [TCKQuery] {
        var result: [TCKQuery] = []
        for folder in folders {
            let url = directory.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker where file.pathExtension == "feature" {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                result += parseFeature(text, file: folder + "/" + file.lastPathComponent)
            }
        }
        return result.sorted { ($0.file, $0.scenario) < ($1.file, $1.scenario) }
    }

    /// Splits a feature into scenarios and extracts each query block.
    static func parseFeature(_ text: String, file: String) -> [TCKQuery] {
        let lines = text.components(separatedBy: "\n")
        var result: [TCKQuery] = []
        var i = 0
        while i < lines.count {
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("Scenario") else { i += 1; continue }
            let name = line
            var j = i + 1
            var body: [String] = []
            while j < lines.count, !lines[j].trimmingCharacters(in: .whitespaces).hasPrefix("Scenario") {
                body.append(lines[j])
                j += 1
            }
            result += scenarioQueries(body, file: file, scenario: name)
            result += setupQueries(body, file: file, scenario: name)
            i = j
        }
        return result
    }

    /// The `having executed:` setup blocks of a scenario (they must all compile).
    static func setupQueries(_ body: [String], file: String, scenario: String) -> [TCKQuery] {
        var result: [TCKQuery] = []
        for (index, line) in body.enumerated() where line.contains("having executed:") {
            if let block = docString(in: body, after: index) {
                result += expandOutline(TCKQuery(file: file, scenario: scenario + " (setup)", query: block), body: body)
            }
        }
        return result
    }

    /// The `"""`-fenced block following line `index`, with its indentation removed.
    private static func docString(in body: [String], after index: Int) -> String? {
        guard let open = body[(index + 1)...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "\"\"\"" }),
              let close = body[(open + 1)...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "\"\"\"" })
        else { return nil }
        let indent = body[open].prefix { $0 == " " }.count
        return body[(open + 1)..<close].map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }
            .joined(separator: "\n")
    }

    private static func scenarioQueries(_ body: [String], file: String, scenario: String) -> [TCKQuery] {
        guard let when = body.firstIndex(where: { $0.contains("When executing query:") }),
              let query = docString(in: body, after: when)
        else { return [] }
        var expectedDetail: String?
        var expectedClass: String?
        if let then = body[when...].first(where: { $0.contains("should be raised at compile time") }) {
            let parts = then.trimmingCharacters(in: .whitespaces).components(separatedBy: " ")
            expectedClass = parts.count > 2 ? parts[2] : nil
            expectedDetail = then.components(separatedBy: ":").last?.trimmingCharacters(in: .whitespaces)
        }
        return expandOutline(TCKQuery(file: file, scenario: scenario, query: query,
                                      expectedCompileError: expectedDetail, expectedErrorClass: expectedClass), body: body)
    }

    /// One query per `Examples:` row with `<name>` placeholders filled in (or `base` alone).
    private static func expandOutline(_ base: TCKQuery, body: [String]) -> [TCKQuery] {
        guard let examples = body.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Examples") }) else {
            return [base]
        }
        let rows = body[(examples + 1)...].map { $0.trimmingCharacters(in: .whitespaces) }.prefix { $0.hasPrefix("|") }
        guard let header = rows.first.map(cells) else { return [base] }
        return rows.dropFirst().map { row in
            var expanded = base
            for (key, value) in zip(header, cells(row)) {
                expanded.query = expanded.query.replacingOccurrences(of: "<\(key)>", with: value)
            }
            return expanded
        }
    }

    private static func cells(_ row: String) -> [String] {
        row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\|", with: "|") }
    }
}
