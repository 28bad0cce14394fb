import EvidenceGraphAssessment

/// Human-readable assessment: a ranked table, then each option's reasons, guideline
/// positions and cautions, with the graph ids they cite in brackets (Markdown in
/// `AssessmentText+Markdown.swift`).
public enum AssessmentText {
    /// The assessment for a terminal: the derived state, the tests to order, the options in
    /// aligned columns (rank, verdict, name), then each option's details; `verbose` adds
    /// further evidence.
    public static func table(_ a: Assessment, verbose: Bool = false) -> String {
        var lines = ["Patient \(a.patient): \(a.options.count) option(s), best first"]
        lines += derivedLines(a.derived)
        if !a.tests.isEmpty {
            lines.append("Tests to order first:")
            for t in a.tests { lines.append("  * \(t.test) — decides: " + t.decides.joined(separator: ", ")) }
        }
        lines.append("")
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
            if verbose { for r in o.moreEvidence { lines.append("  + " + r.text + cites(r)) } }
        }
        return lines.joined(separator: "\n")
    }

    /// "Derived: line 2 (1 prior metastatic line: …); secondary endocrine resistance (rule …)".
    static func derivedLines(_ d: DerivedState) -> [String] {
        var lines: [String] = []
        let classes = d.linesByClass.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append("Derived: line \(d.currentLine) (\(d.priorMetastaticLines) prior metastatic line(s)" + (classes.isEmpty ? "" : ": " + classes) + ")")
        if !d.derivedFindings.isEmpty {
            lines.append("  states: " + d.derivedFindings.sorted { $0.key < $1.key }.map { "\($0.key) [\($0.value)]" }.joined(separator: ", "))
        }
        if !d.biomarkers.isEmpty {
            lines.append("  biomarkers: " + d.biomarkers.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        for (k, v) in d.undetermined.sorted(by: { $0.key < $1.key }) { lines.append("  not established: \(k): \(v)") }
        for w in d.warnings { lines.append("  warning: " + w) }
        return lines
    }

    static func cites(_ r: Reason) -> String { r.cites.isEmpty ? "" : " [" + r.cites.joined(separator: ", ") + "]" }

    static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
}
