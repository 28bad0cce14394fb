/// Ids for the imported entities: `ctgov-<nct>` for the trial and `<trial>-<kind>-<slug>`
/// below it, unique within one import (a repeated slug gets `-2`, `-3`, …). The `ctgov-`
/// prefix keeps imported ids apart from the curated ones of Graph/, so an import of a trial
/// that is already curated loads beside it.
struct IDMaker {
    let trialID: String
    private var used: Set<String> = []

    init(nctID: String) {
        trialID = "ctgov-" + nctID.lowercased()
        used.insert(trialID)
    }

    /// A fresh id `<trial>-<kind>-<slug of text>`.
    mutating func make(_ kind: String, _ text: String) -> String {
        let base = "\(trialID)-\(kind)-\(Self.slug(text))"
        var id = base
        var n = 2
        while !used.insert(id).inserted { id = "\(base)-\(n)"; n += 1 }
        return id
    }

    /// Lower-case ASCII letters and digits, other runs as one `-`, at most 40 characters.
    static func slug(_ text: String) -> String {
        var out = ""
        for u in text.lowercased().unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") {
                out.unicodeScalars.append(u)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        if out.count > 40 { out = String(out.prefix(40)) }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }
}
