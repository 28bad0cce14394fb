import Foundation

/// A minimal reader of the DOT that ``DOTGraph`` writes, to assert drawings by structure:
/// it tokenizes the whole text (quoted strings with `\"` and `\\` escapes, `->`, brackets,
/// `=`, `;`, `,`), then collects nodes with their attributes and edges, at any subgraph
/// depth. A quoting mistake in the writer shows up as an unbalanced token stream. Attribute
/// values are read as Graphviz shows them: the XML entities `&amp; &lt; &gt; &quot; &#39;`
/// decoded.
struct DOTDocument {
    struct ParseError: Error, CustomStringConvertible { var description: String }

    var nodes: [String: [String: String]] = [:]
    var edges: [(from: String, to: String, attributes: [String: String])] = []
    var graphAttributes: [String: String] = [:]

    enum Token: Equatable { case id(String), arrow, open, close, openBracket, closeBracket, equals, semicolon, comma }

    init(_ text: String) throws {
        let tokens = try Self.tokens(text)
        var i = 0
        var depth = 0
        func attributes() throws -> [String: String] {
            var out: [String: String] = [:]
            guard i < tokens.count, tokens[i] == .openBracket else { return out }
            i += 1
            while i < tokens.count, tokens[i] != .closeBracket {
                guard case .id(let k) = tokens[i], tokens[i + 1] == .equals, case .id(let v) = tokens[i + 2] else {
                    throw ParseError(description: "bad attribute at token \(i)")
                }
                out[k] = Self.decoded(v)
                i += 3
                if tokens[i] == .comma { i += 1 }
            }
            guard i < tokens.count else { throw ParseError(description: "unclosed attribute list") }
            i += 1
            return out
        }
        while i < tokens.count {
            switch tokens[i] {
            case .id("digraph"), .id("subgraph"):
                guard case .id = tokens[i + 1], tokens[i + 2] == .open else { throw ParseError(description: "bad graph header at \(i)") }
                i += 3; depth += 1
            case .open: i += 1; depth += 1
            case .close: i += 1; depth -= 1
            case .semicolon: i += 1
            case .id(let keyword) where (keyword == "node" || keyword == "edge") && i + 1 < tokens.count && tokens[i + 1] == .openBracket:
                i += 1; _ = try attributes()
            case .id(let a):
                i += 1
                if i < tokens.count, tokens[i] == .equals {
                    guard case .id(let v) = tokens[i + 1] else { throw ParseError(description: "bad attribute value at \(i)") }
                    if depth == 1 { graphAttributes[a] = v }
                    i += 2
                } else if i < tokens.count, tokens[i] == .arrow {
                    guard case .id(let b) = tokens[i + 1] else { throw ParseError(description: "bad edge at \(i)") }
                    i += 2
                    edges.append((a, b, try attributes()))
                    nodes[a, default: [:]] = nodes[a] ?? [:]
                    nodes[b, default: [:]] = nodes[b] ?? [:]
                } else {
                    nodes[a, default: [:]].merge(try attributes()) { $1 }
                }
            default: throw ParseError(description: "unexpected \(tokens[i]) at token \(i)")
            }
        }
        guard depth == 0 else { throw ParseError(description: "unbalanced braces (depth \(depth))") }
    }

    static func tokens(_ text: String) throws -> [Token] {
        var out: [Token] = []
        let chars = Array(text.unicodeScalars)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case " ", "\n", "\t", "\r": i += 1
            case "{": out.append(.open); i += 1
            case "}": out.append(.close); i += 1
            case "[": out.append(.openBracket); i += 1
            case "]": out.append(.closeBracket); i += 1
            case "=": out.append(.equals); i += 1
            case ";": out.append(.semicolon); i += 1
            case ",": out.append(.comma); i += 1
            case "-" where i + 1 < chars.count && chars[i + 1] == ">": out.append(.arrow); i += 2
            case "\"":
                var s = String.UnicodeScalarView()
                i += 1
                while i < chars.count, chars[i] != "\"" {
                    if chars[i] == "\\", i + 1 < chars.count {
                        // Keep DOT's escapes readable: \" → ", \\ → \, \n → line break.
                        let next = chars[i + 1]
                        s.append(next == "n" ? "\n" : next)
                        i += 2
                    } else {
                        s.append(chars[i]); i += 1
                    }
                }
                guard i < chars.count else { throw ParseError(description: "unterminated string") }
                i += 1
                out.append(.id(String(s)))
            default:
                var s = String.UnicodeScalarView()
                while i < chars.count, chars[i].properties.isAlphabetic || ("0"..."9").contains(chars[i]) || chars[i] == "_" || chars[i] == "." {
                    s.append(chars[i]); i += 1
                }
                guard !s.isEmpty else { throw ParseError(description: "unexpected character \(c)") }
                out.append(.id(String(s)))
            }
        }
        return out
    }

    static func decoded(_ s: String) -> String {
        var out = s
        for (entity, c) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: c)
        }
        return out
    }

    /// Whether `to` can be reached from `from` along edges.
    func reaches(_ from: String, _ to: String) -> Bool {
        var seen: Set<String> = [from]
        var stack = [from]
        while let n = stack.popLast() {
            if n == to { return true }
            for e in edges where e.from == n && seen.insert(e.to).inserted { stack.append(e.to) }
        }
        return false
    }
}
