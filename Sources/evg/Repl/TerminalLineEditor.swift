import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The REPL's line editor on libedit (BSD editline), in emacs mode: history with Ctrl-R
/// search and ↑/↓ (multi-line statements recalled whole), kept in a file between sessions;
/// Home/End, Ctrl-A/E, Alt-B/F and Ctrl-←/→ word motions; lines that wrap; Tab completion
/// from a ``QueryCompleter``. ~/.editrc is read, so users can rebind keys.
///
/// Ctrl-C at the prompt returns ``Input/interrupted`` (see ``InterruptSignal``).
final class TerminalLineEditor {
    /// What one ``readLine(prompt:)`` got.
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line typed so far is dropped.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case end
    }

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: String?
    private var prompt: UnsafeMutablePointer<CChar>?
    private let style: TerminalStyle
    /// Supplies completions for the text before the cursor (prefixed with the unfinished
    /// statement's earlier lines).
    var completer: ((String) -> QueryCompleter.Completion)?
    /// The earlier lines of the statement being typed, for completion.
    var pendingText = ""

    init?(historyFile: String?, style: TerminalStyle) {
        InterruptSignal.install()
        Self.useUTF8Locale()
        guard let el = evg_el_init_standard("evg"), let h = history_init() else { return nil }
        editLine = el
        history = h
        self.historyFile = historyFile
        self.style = style
        evg_history_setsize(h, 1000)
        evg_history_setunique(h, 1)
        if let historyFile { evg_history_load(h, historyFile) }
        evg_el_set_editor(el, "emacs")
        evg_el_set_signal(el, 0)
        evg_el_set_history(el, h)
        evg_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        evg_el_set_prompt(el, { el in
            guard let el, let me = TerminalLineEditor.from(el) else { return nil }
            return me.prompt
        }, 1)
        evg_el_set_getcfn(el, { _, out in TerminalLineEditor.readCharacter(into: out) })
        evg_el_addfn(el, "evg-complete", "Complete a keyword, function, label, type, key or command", { el, _ in
            guard let el, let me = TerminalLineEditor.from(el) else { return UInt8(CC_ERROR) }
            return me.completeAtCursor()
        })
        for (keys, function) in Self.bindings { evg_el_bind(el, keys, function) }
        evg_el_source_user_file(el)
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(prompt)
    }

    /// The key bindings added to libedit's emacs map.
    static let bindings: [(String, String)] = [
        ("^I", "evg-complete"),
        ("^R", "em-inc-search-prev"),
        ("^S", "em-inc-search-next"),
        ("\\e[H", "ed-move-to-beg"), ("\\eOH", "ed-move-to-beg"), ("\\e[1~", "ed-move-to-beg"), ("\\e[7~", "ed-move-to-beg"),
        ("\\e[F", "ed-move-to-end"), ("\\eOF", "ed-move-to-end"), ("\\e[4~", "ed-move-to-end"), ("\\e[8~", "ed-move-to-end"),
        ("\\e[3~", "ed-delete-next-char"),
        ("\\e[1;5D", "ed-prev-word"), ("\\e[5D", "ed-prev-word"), ("\\e[1;3D", "ed-prev-word"),
        ("\\e[1;5C", "em-next-word"), ("\\e[5C", "em-next-word"), ("\\e[1;3C", "em-next-word"),
        ("^W", "ed-delete-prev-word"),
    ]

    private static func from(_ el: OpaquePointer) -> TerminalLineEditor? {
        guard let data = evg_el_get_clientdata(el) else { return nil }
        return Unmanaged<TerminalLineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Reads one line (without its newline) after showing `prompt`.
    func readLine(prompt text: String) -> Input {
        setPrompt(text)
        InterruptSignal.drain()
        var count: Int32 = 0
        guard let line = el_gets(editLine, &count) else {
            if count < 0 && errno == EINTR {
                writeStandardOutput("^C\n")
                return .interrupted
            }
            writeStandardOutput("\n")
            return .end
        }
        var s = String(cString: line)
        while s.last == "\n" || s.last == "\r" { s.removeLast() }
        return .line(s)
    }

    /// Adds a statement or command to the history and saves the history file.
    func remember(_ entry: String) {
        let trimmed = entry.trimmingSpaces()
        guard !trimmed.isEmpty else { return }
        evg_history_enter(history, trimmed)
        if let historyFile { evg_history_save(history, historyFile) }
    }

    private func setPrompt(_ text: String) {
        free(prompt)
        // libedit shows the characters between two \u{1} as non-printing.
        let shown = style.promptCode.map { "\u{1}\u{1B}[\($0)m\u{1}" + text.trimmingSpaces() + "\u{1}\u{1B}[0m\u{1} " } ?? text
        prompt = strdup(shown)
    }

    /// Tab: replace the word before the cursor by its only completion or the candidates'
    /// common prefix; with several candidates and nothing to add, list them.
    private func completeAtCursor() -> UInt8 {
        guard let completer, let info = el_line(editLine) else { return UInt8(CC_ERROR) }
        let length = info.pointee.cursor - info.pointee.buffer
        let bytes = UnsafeRawBufferPointer(start: info.pointee.buffer, count: length)
        let before = String(decoding: bytes, as: UTF8.self)
        let completion = completer(pendingText + before)
        guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        var insert = Self.commonPrefix(completion.candidates)
        if completion.candidates.count == 1, !insert.hasSuffix("(") { insert += " " }
        if insert.count > completion.word.count || completion.candidates.count == 1 {
            el_deletestr(editLine, Int32(completion.word.unicodeScalars.count))
            el_insertstr(editLine, insert)
            return UInt8(CC_REFRESH)
        }
        writeStandardOutput("\n" + Self.columns(completion.candidates) + "\n")   // the terminal adds the \r
        return UInt8(CC_REDISPLAY)
    }

    /// The longest prefix all `words` share, ignoring case (spelled as in the first word).
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let w = Array(word)
            var n = 0
            while n < prefix.count, n < w.count, prefix[n].lowercased() == w[n].lowercased() { n += 1 }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }

    /// Candidates laid out in columns across the terminal (80 columns when its width is unknown).
    static func columns(_ words: [String]) -> String {
        var size = winsize()
        let screen = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        let width = (words.map(\.count).max() ?? 0) + 2
        let perLine = max(1, screen / width)
        var lines: [String] = []
        var index = 0
        while index < words.count {
            let row = words[index..<min(words.count, index + perLine)]
            lines.append(row.map { $0 + String(repeating: " ", count: width - $0.count) }.joined().trimmingSpaces())
            index += perLine
        }
        return lines.joined(separator: "\n")
    }

    /// libedit's character reader: one UTF-8 character from standard input, or `-1` with
    /// `EINTR` when Ctrl-C was pressed, `0` at the end of input.
    private static func readCharacter(into out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: InterruptSignal.readFD, events: Int16(POLLIN), revents: 0)]
        while true {
            fds[0].revents = 0
            fds[1].revents = 0
            if poll(&fds, 2, -1) < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if fds[1].revents != 0, InterruptSignal.drain() {
                errno = EINTR
                return -1
            }
            if fds[0].revents != 0 { break }
        }
        var first: UInt8 = 0
        let n = read(STDIN_FILENO, &first, 1)
        if n == 0 { return 0 }
        if n < 0 { return errno == EINTR ? readCharacter(into: out) : -1 }
        var bytes = [first]
        let extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            var b: UInt8 = 0
            guard read(STDIN_FILENO, &b, 1) == 1 else { break }
            bytes.append(b)
        }
        let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
        out?.pointee = wchar_t(bitPattern: scalar.value)
        return 1
    }

    /// libedit decodes and shows non-ASCII text only under a UTF-8 locale: the user's, else
    /// C.UTF-8.
    private static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingDashes() != "UTF8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}

extension String {
    fileprivate func replacingDashes() -> String { String(filter { $0 != "-" }) }
}
