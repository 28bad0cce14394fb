/// A strict RFC 4180 reader for checking written CSV: fields may be quoted, a quote inside a
/// quoted field is doubled, quoted fields may span lines. `nil` for malformed input.
enum CSVReading {
    static func rows(_ text: String) -> [[String]]? {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, wasQuoted = false, atFieldStart = true
        var it = Array(text).makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return it.next()
        }
        while let ch = next() {
            if quoted {
                if ch == "\"" {
                    let following = next()
                    if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                } else { field.append(ch) }
                continue
            }
            switch ch {
            case "\"" where atFieldStart: quoted = true; wasQuoted = true; atFieldStart = false
            case "\"": return nil
            case ",": row.append(field); field = ""; atFieldStart = true; wasQuoted = false
            case "\n": row.append(field); rows.append(row); row = []; field = ""; atFieldStart = true; wasQuoted = false
            default:
                if wasQuoted { return nil }
                field.append(ch); atFieldStart = false
            }
        }
        if quoted { return nil }
        if !row.isEmpty || !field.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
