import EvidenceGraphQuery

/// The `evg assess --format json` contract:
/// `{"patient": id, "options": [{"drugs": [INN…], "verdict", "rank", "reasons": [{"text", "cites"}],
///   "guidelines": {"ESMO": "…", …}, "cautions": [{"text", "cites"}]}]}`, options by rank,
/// drugs sorted. `drugs` are INNs as written, lower case (`trastuzumab deruxtecan`, with its
/// space); `drugIds` (the knowledge base's ids), `regimen` and `name` are added for convenience.
public enum AssessmentJSON {
    public static func document(_ a: Assessment) -> JSONValue {
        .object([
            ("patient", .string(a.patient)),
            ("options", .array(a.options.map(option))),
        ])
    }

    static func option(_ o: OptionAssessment) -> JSONValue {
        .object([
            ("drugs", .array(o.inns.map(JSONValue.string))),
            ("drugIds", .array(o.drugs.map(JSONValue.string))),
            ("regimen", o.regimen.map(JSONValue.string) ?? .null),
            ("name", .string(o.name)),
            ("verdict", .string(o.verdict.rawValue)),
            ("rank", .int(Int64(o.rank))),
            ("reasons", .array(o.reasons.map(reason))),
            ("guidelines", .object(o.guidelines.map { ($0.issuer, .string($0.text)) })),
            ("cautions", .array(o.cautions.map(reason))),
        ])
    }

    static func reason(_ r: Reason) -> JSONValue {
        .object([("text", .string(r.text)), ("cites", .array(r.cites.map(JSONValue.string)))])
    }
}

/// Human-readable assessment: a ranked table, then each option's reasons, guideline
/// positions and cautions, with the graph ids they cite in brackets.
public enum AssessmentText {
    public static func table(_ a: Assessment) -> String {
        var lines = ["Patient \(a.patient): \(a.options.count) option(s), best first", ""]
        let widthName = a.options.map(\.name.count).max() ?? 0
        let widthVerdict = a.options.map(\.verdict.rawValue.count).max() ?? 0
        for o in a.options {
            lines.append("\(pad(String(o.rank), 3)) \(pad(o.verdict.rawValue, widthVerdict))  \(pad(o.name, widthName))")
        }
        for o in a.options {
            lines.append("")
            lines.append("#\(o.rank) \(o.name) — \(o.verdict.rawValue)")
            for r in o.reasons { lines.append("  - " + r.text + cites(r)) }
            for g in o.guidelines { lines.append("  \(g.issuer): " + g.text + (g.cites.isEmpty ? "" : " [" + g.cites.joined(separator: ", ") + "]")) }
            for c in o.cautions { lines.append("  ! caution: " + c.text + cites(c)) }
        }
        return lines.joined(separator: "\n")
    }

    public static func markdown(_ a: Assessment) -> String {
        var lines = ["# Assessment for patient \(a.patient)", "", "| rank | option | verdict |", "|---:|---|---|"]
        for o in a.options { lines.append("| \(o.rank) | \(o.name) | \(o.verdict.rawValue) |") }
        for o in a.options {
            lines += ["", "## \(o.rank). \(o.name) — \(o.verdict.rawValue)", ""]
            for r in o.reasons { lines.append("- " + r.text + cites(r)) }
            if !o.guidelines.isEmpty {
                lines += ["", "| guideline | position |", "|---|---|"]
                for g in o.guidelines { lines.append("| \(g.issuer) | \(g.text.replacingPipes) |") }
            }
            if !o.cautions.isEmpty {
                lines += ["", "Cautions:"]
                for c in o.cautions { lines.append("- " + c.text + cites(c)) }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func cites(_ r: Reason) -> String { r.cites.isEmpty ? "" : " [" + r.cites.joined(separator: ", ") + "]" }

    static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
}

extension String {
    fileprivate var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
