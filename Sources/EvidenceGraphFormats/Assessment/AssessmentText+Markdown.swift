import EvidenceGraphAssessment

extension AssessmentText {
    /// The assessment as Markdown: the derived state, the tests to order, a rank table, then a
    /// section per option with its reasons, guideline positions, cautions (and, `verbose`,
    /// further evidence).
    public static func markdown(_ a: Assessment, verbose: Bool = false) -> String {
        var lines = ["# Assessment for patient \(a.patient)", ""] + derivedLines(a.derived).map { "- " + $0.trimmingLeadingSpaces }
        if !a.tests.isEmpty {
            lines += ["", "## Tests to order first", ""]
            for t in a.tests { lines.append("- \(t.test) — decides: " + t.decides.joined(separator: ", ")) }
        }
        lines += ["", "| rank | option | verdict |", "|---:|---|---|"]
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
            if verbose && !o.moreEvidence.isEmpty {
                lines += ["", "Further evidence:"]
                for r in o.moreEvidence { lines.append("- " + r.text + cites(r)) }
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
    fileprivate var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
