import EvidenceGraphQuery

/// The `evg assess --format json` contract, version 2 (every version-1 field kept):
/// `{"version": 2, "patient": id, "derived": {…}, "tests": [{"test", "cites", "decides"}],
///   "options": [{"drugs": [INN…], "verdict", "rank", "reasons": [{"text", "cites"}],
///   "guidelines": {"ESMO": "…", …}, "positions": [{"issuer", "stance", "tier", "grades", "cites", "text"}],
///   "companions": [{"id", "name", "because", "cites"}], "cautions": [{"text", "cites"}]}]}`,
/// options by rank, drugs sorted. `drugs` are INNs as written, lower case (`trastuzumab
/// deruxtecan`, with its space); `drugIds` (the knowledge base's ids), `regimen` and `name`
/// are added for convenience. With `verbose`, each option also has `moreEvidence` (interim analyses).
public enum AssessmentJSON {
    /// The contract's version.
    public static let version = 2

    public static func document(_ a: Assessment, verbose: Bool = false) -> JSONValue {
        .object([
            ("version", .int(Int64(version))),
            ("patient", .string(a.patient)),
            ("derived", derived(a.derived)),
            ("tests", .array(a.tests.map(test))),
            ("options", .array(a.options.map { option($0, verbose: verbose) })),
        ])
    }

    static func strings(_ s: [String]) -> JSONValue { .array(s.map(JSONValue.string)) }

    static func derived(_ d: DerivedState) -> JSONValue {
        .object([
            ("priorMetastaticLines", .int(Int64(d.priorMetastaticLines))),
            ("currentLine", .int(Int64(d.currentLine))),
            ("linesByClass", .object(d.linesByClass.sorted { $0.key < $1.key }.map { ($0.key, .int(Int64($0.value))) })),
            ("progressedOn", strings(d.progressedOn)),
            ("findings", strings(d.findings)),
            ("derivedFindings", .object(d.derivedFindings.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("biomarkers", .object(d.biomarkers.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("undetermined", .object(d.undetermined.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("warnings", strings(d.warnings)),
        ])
    }

    static func test(_ t: TestOrder) -> JSONValue {
        .object([("test", .string(t.test)), ("cites", strings(t.cites)), ("decides", strings(t.decides))])
    }

    static func position(_ g: GuidelinePosition) -> JSONValue {
        .object([
            ("issuer", .string(g.issuer)),
            ("stance", .string(g.stance.rawValue)),
            ("tier", g.tier.map(JSONValue.string) ?? .null),
            ("grades", .array(g.grades.map { .object([("scheme", .string($0.scheme)), ("value", .string($0.value))]) })),
            ("cites", strings(g.cites)),
            ("text", .string(g.text)),
        ])
    }

    static func option(_ o: OptionAssessment, verbose: Bool) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("drugs", .array(o.inns.map(JSONValue.string))),
            ("drugIds", .array(o.drugs.map(JSONValue.string))),
            ("regimen", o.regimen.map(JSONValue.string) ?? .null),
            ("name", .string(o.name)),
            ("verdict", .string(o.verdict.rawValue)),
            ("rank", .int(Int64(o.rank))),
            ("reasons", .array(o.reasons.map(reason))),
            ("guidelines", .object(o.guidelines.map { ($0.issuer, .string($0.text)) })),
            ("positions", .array(o.guidelines.map(position))),
            ("companions", .array(o.companions.map { .object([("id", .string($0.id)), ("name", .string($0.name)), ("because", .string($0.because)), ("cites", strings($0.cites))]) })),
            ("cautions", .array(o.cautions.map(reason))),
        ]
        if verbose { fields.append(("moreEvidence", .array(o.moreEvidence.map(reason)))) }
        return .object(fields)
    }

    static func reason(_ r: Reason) -> JSONValue {
        .object([("text", .string(r.text)), ("cites", .array(r.cites.map(JSONValue.string)))])
    }
}

/// Human-readable assessment: a ranked table, then each option's reasons, guideline
/// positions and cautions, with the graph ids they cite in brackets.
public enum AssessmentText {
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

    static func cites(_ r: Reason) -> String { r.cites.isEmpty ? "" : " [" + r.cites.joined(separator: ", ") + "]" }

    static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
}

extension String {
    fileprivate var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
    fileprivate var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
