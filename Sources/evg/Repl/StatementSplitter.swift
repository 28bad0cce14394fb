/// Splits REPL input into statements ending with `;` and `:commands`, the way cypher-shell
/// reads a script: a `;` inside a string, a quoted name or a comment does not end a
/// statement; a line whose first non-blank character starts a statement with `:` is a command.
enum StatementSplitter {
    /// One unit of input.
    enum Item: Equatable {
        /// A query, without its `;`, trimmed.
        case statement(String)
        /// A `:command` line, trimmed.
        case command(String)
    }

    /// The complete items at the start of `text`, and what is left (an unfinished statement,
    /// or blanks). With `atEnd`, the text is all there is: a last statement without `;` and a
    /// last command without a newline are complete too.
    static func split(_ text: String, atEnd: Bool = false) -> (items: [Item], rest: String) {
        let chars = Array(text)
        var items: [Item] = []
        var start = 0          // where the current item begins
        var i = 0
        var atStart = true     // only blanks since `start`
        func emitStatement(upTo end: Int) {
            let body = String(chars[start..<end]).trimmingSpaces()
            if !body.isEmpty { items.append(.statement(body)) }
        }
        while i < chars.count {
            // At a statement's start: skip blanks; a ':' begins a command line.
            if atStart, chars[i] == ":" {
                guard let newline = chars[i...].firstIndex(where: \.isNewline) else {
                    if atEnd { items.append(.command(String(chars[i...]).trimmingSpaces())); start = chars.count }
                    break
                }
                items.append(.command(String(chars[i..<newline]).trimmingSpaces()))
                i = newline + 1
                start = i
                continue
            }
            if !chars[i].isWhitespace { atStart = false }
            switch chars[i] {
            case "'", "\"", "`":
                i = skipQuoted(chars, from: i)
            case "/" where i + 1 < chars.count && chars[i + 1] == "/":
                i = chars[i...].firstIndex(where: \.isNewline) ?? chars.count
            case "/" where i + 1 < chars.count && chars[i + 1] == "*":
                i = closingComment(chars, from: i + 2)
            case ";":
                emitStatement(upTo: i)
                i += 1
                start = i
                atStart = true
            default:
                i += 1
            }
        }
        if atEnd, start < chars.count {
            emitStatement(upTo: chars.count)
            start = chars.count
        }
        return (items, String(chars[min(start, chars.count)...]))
    }

    /// The index after the closing quote of the string or name opened at `from` (backslash
    /// escapes in strings); the end of the text when it is not closed.
    private static func skipQuoted(_ chars: [Character], from: Int) -> Int {
        let quote = chars[from]
        var i = from + 1
        while i < chars.count {
            if chars[i] == "\\" && quote != "`" { i += 2; continue }
            if chars[i] == quote {
                // `` `a``b` `` doubles the backtick.
                if quote == "`", i + 1 < chars.count, chars[i + 1] == "`" { i += 2; continue }
                return i + 1
            }
            i += 1
        }
        return chars.count
    }

    /// The index after the `*/` that closes a comment whose body starts at `from`.
    private static func closingComment(_ chars: [Character], from: Int) -> Int {
        var i = from
        while i + 1 < chars.count {
            if chars[i] == "*" && chars[i + 1] == "/" { return i + 2 }
            i += 1
        }
        return chars.count
    }
}
