/// The form names are compared in: lower case, trademark signs dropped, runs of spaces,
/// hyphens and underscores as one space (`Trastuzumab-DM1` and `trastuzumab DM1` meet).
enum NameKey {
    static func of(_ name: String) -> String {
        var out = ""
        var pendingSpace = false
        for ch in name.lowercased() {
            if ch == "®" || ch == "™" { continue }
            if ch == " " || ch == "-" || ch == "_" || ch == "\t" || ch == "\n" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(ch)
        }
        return out
    }

    /// The names an intervention goes by: its name and other names, and for names written
    /// `Sorafenib (Nexavar, BAY43-9006)` also the part before the parenthesis and each
    /// comma-separated name inside it.
    static func candidates(name: String, otherNames: [String]) -> [String] {
        var result: [String] = []
        for n in [name] + otherNames {
            result.append(n)
            if let open = n.firstIndex(of: "("), let close = n.lastIndex(of: ")"), open < close {
                result.append(String(n[..<open]))
                result += n[n.index(after: open)..<close].split(separator: ",").map(String.init)
            }
        }
        var seen = Set<String>()
        return result.map(of).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
