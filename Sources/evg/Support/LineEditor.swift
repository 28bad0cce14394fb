#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small interactive line editor for the REPL: raw-mode terminal input with cursor
/// movement (←/→, Home/End, Ctrl-A/E), editing (Backspace, Delete, Ctrl-K/U/W), and a
/// history browsed with ↑/↓ and kept in a file between sessions.
/// When standard input is not a terminal it falls back to plain `readLine()`.
struct LineEditor {
    private(set) var history: [String] = []
    private let historyFile: String?
    private let maxHistory = 1000

    init(historyFile: String?) {
        self.historyFile = historyFile
        if let historyFile, let f = fopen(historyFile, "r") {
            defer { fclose(f) }
            var lineBuf: UnsafeMutablePointer<CChar>? = nil
            var cap = 0
            while getline(&lineBuf, &cap, f) > 0, let lb = lineBuf {
                var s = String(cString: lb)
                if s.hasSuffix("\n") { s.removeLast() }
                if !s.isEmpty { history.append(s.replacingOccurrencesOfNewlineEscape()) }
            }
            free(lineBuf)
        }
    }

    /// Adds a line to the history (and the history file).
    mutating func remember(_ line: String) {
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty, history.last != trimmed else { return }
        history.append(trimmed)
        if history.count > maxHistory { history.removeFirst(history.count - maxHistory) }
        if let historyFile, let f = fopen(historyFile, "a") {
            fputs(trimmed.escapingNewlines() + "\n", f)
            fclose(f)
        }
    }

    /// Reads one line, showing `prompt`. `nil` at end of input (Ctrl-D on an empty line).
    func readLine(prompt: String) -> String? {
        guard isatty(STDIN_FILENO) != 0 else {
            writeStandardOutput(prompt)
            return Swift.readLine(strippingNewline: true)
        }
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) }

        var buffer: [Character] = []
        var cursor = 0
        var historyIndex = history.count
        var draft: [Character] = []

        func redraw() {
            var s = "\r\u{1B}[K" + prompt + String(buffer)
            let back = buffer.count - cursor
            if back > 0 { s += "\u{1B}[\(back)D" }
            writeStandardOutput(s)
        }
        redraw()
        while true {
            guard let byte = readByte() else { return nil }
            switch byte {
            case 13, 10: // Enter
                writeStandardOutput("\r\n")
                return String(buffer)
            case 3: // Ctrl-C: discard the line
                writeStandardOutput("^C\r\n")
                return ""
            case 4: // Ctrl-D
                if buffer.isEmpty { writeStandardOutput("\r\n"); return nil }
                if cursor < buffer.count { buffer.remove(at: cursor); redraw() }
            case 127, 8: // Backspace
                if cursor > 0 { buffer.remove(at: cursor - 1); cursor -= 1; redraw() }
            case 1: cursor = 0; redraw()               // Ctrl-A
            case 5: cursor = buffer.count; redraw()    // Ctrl-E
            case 11: buffer.removeSubrange(cursor...); redraw()   // Ctrl-K
            case 21: buffer.removeSubrange(..<cursor); cursor = 0; redraw() // Ctrl-U
            case 23: // Ctrl-W: delete the word before the cursor
                var start = cursor
                while start > 0, buffer[start - 1] == " " { start -= 1 }
                while start > 0, buffer[start - 1] != " " { start -= 1 }
                buffer.removeSubrange(start..<cursor); cursor = start; redraw()
            case 27: // escape sequence
                guard let b1 = readByte(), b1 == 91 || b1 == 79, let b2 = readByte() else { continue }
                switch b2 {
                case 65: // up
                    if historyIndex > 0 {
                        if historyIndex == history.count { draft = buffer }
                        historyIndex -= 1
                        buffer = Array(history[historyIndex]); cursor = buffer.count; redraw()
                    }
                case 66: // down
                    if historyIndex < history.count {
                        historyIndex += 1
                        buffer = historyIndex == history.count ? draft : Array(history[historyIndex])
                        cursor = buffer.count; redraw()
                    }
                case 67: if cursor < buffer.count { cursor += 1; redraw() }
                case 68: if cursor > 0 { cursor -= 1; redraw() }
                case 72: cursor = 0; redraw()
                case 70: cursor = buffer.count; redraw()
                case 51: // Delete: ESC [ 3 ~
                    _ = readByte()
                    if cursor < buffer.count { buffer.remove(at: cursor); redraw() }
                default: break
                }
            default:
                guard let ch = readUTF8Character(first: byte) else { continue }
                buffer.insert(ch, at: cursor); cursor += 1; redraw()
            }
        }
    }

    private func readByte() -> UInt8? {
        var b: UInt8 = 0
        return read(STDIN_FILENO, &b, 1) == 1 ? b : nil
    }

    /// Decodes one UTF-8 character whose first byte is `first` (Cyrillic input is two bytes).
    private func readUTF8Character(first: UInt8) -> Character? {
        if first < 0x20 { return nil }
        var bytes = [first]
        let extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            guard let b = readByte() else { return nil }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self).first
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    fileprivate func escapingNewlines() -> String {
        var out = ""
        for ch in self {
            switch ch {
            case "\n": out += "\\n"
            case "\\": out += "\\\\"
            default: out.append(ch)
            }
        }
        return out
    }

    fileprivate func replacingOccurrencesOfNewlineEscape() -> String {
        var out = ""
        var escape = false
        for ch in self {
            if escape {
                out.append(ch == "n" ? "\n" : ch)
                escape = false
            } else if ch == "\\" {
                escape = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
