import EvidenceGraphAssessment
import Foundation

/// The assessment as one self-contained HTML page (`evg assess --format html`): the patient
/// and her derived state, the tests to order, the ranked options with their verdicts, and per
/// option its reasons, guideline positions and cautions, the evidence drawing (laid out by
/// Graphviz, SVG inlined) and a forest plot (SVG drawn here). Inline CSS and SVG only: no
/// scripts, stylesheets, fonts or images are fetched; the only web addresses are the source
/// links (`<a href>`). Every text from the patient file or the graph is escaped.
public enum AssessmentHTML {
    /// The report page.
    /// - Parameters:
    ///   - assessment: what `Assessor.assess(_:options:guidelines:)` returned for `patient`.
    ///   - knowledge: the knowledge base it was assessed against (for the drawings and plots).
    ///   - patient: the profile that was assessed.
    ///   - graphviz: the runner that lays out the drawings.
    /// - Throws: ``GraphvizError`` when `dot` is missing, fails or times out;
    ///   `AssessmentError` when `patient` names something `knowledge` does not know.
    public static func render(_ assessment: Assessment, knowledge: ClinicalKnowledge, patient: PatientProfile,
                              graphviz: Graphviz = Graphviz()) throws -> String {
        let fit = try EvidenceFit(knowledge: knowledge, profile: patient)
        var drawings: [String] = []
        for o in assessment.options {
            drawings.append(inlined(try graphviz.svg(AssessmentDOT.drawing(of: o, fit: fit).text)))
        }
        return page(assessment, patient: patient, fit: fit, drawings: drawings)
    }

    /// The page with the drawings already laid out (`drawings[i]` is option `i`'s `<svg>`).
    package static func page(_ a: Assessment, patient: PatientProfile, fit: EvidenceFit, drawings: [String]) -> String {
        let e = DrawingText.escaped
        let links = SourceLinks(graph: fit.knowledge.graph)
        var h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(e("Assessment — patient " + a.patient))</title>\n<style>\n" + AssessmentHTML.style + "</style>\n</head>\n<body>\n"
        h += "<header><h1>Assessment for patient \(e(a.patient))</h1>"
        h += "<p class=\"sub\">\(a.options.count) option(s), best first · every claim links to its source · EvidenceGraph</p></header>\n"
        h += summary(a, patient: patient, fit: fit)
        if !a.tests.isEmpty {
            h += "<section class=\"tests\"><h2>Tests to order first</h2><ul>"
            for t in a.tests {
                h += "<li><strong>\(e(t.test))</strong> — decides: \(e(t.decides.joined(separator: ", ")))\(cites(t.cites, links, fit))</li>"
            }
            h += "</ul></section>\n"
        }
        h += "<section class=\"ranking\"><h2>Options</h2><table><thead><tr><th>#</th><th>option</th><th>verdict</th><th>why</th></tr></thead><tbody>"
        for (i, o) in a.options.enumerated() {
            h += "<tr><td>\(o.rank)</td><td><a href=\"#option-\(i + 1)\">\(e(o.name))</a></td><td>\(badge(o.verdict))</td>"
            h += "<td>\(e(o.reasons.first?.text ?? ""))</td></tr>"
        }
        h += "</tbody></table></section>\n"
        for (i, o) in a.options.enumerated() {
            h += option(o, index: i + 1, drawing: i < drawings.count ? drawings[i] : "", fit: fit, links: links)
        }
        h += "<footer><p>Drawings: <span class=\"key patient\">patient fact</span> → <span class=\"key requirement\">biomarker requirement</span>"
        h += " → <span class=\"key recommendation\">guideline recommendation</span> → <span class=\"key trial\">trial</span>"
        h += " → population → outcome; <span class=\"key caution\">caution</span>, <span class=\"key contraindication\">contraindication</span>."
        h += " Edge colours: <span class=\"met\">meets / fits</span>, <span class=\"open\">untested / open</span>, <span class=\"failed\">misses / differs</span>."
        h += " Click a node to open its source.</p></footer>\n</body>\n</html>\n"
        return h
    }

    static func option(_ o: OptionAssessment, index: Int, drawing: String, fit: EvidenceFit, links: SourceLinks) -> String {
        let e = DrawingText.escaped
        var h = "<section class=\"option\" id=\"option-\(index)\"><h2>#\(o.rank) \(e(o.name)) \(badge(o.verdict))</h2>\n"
        h += "<div class=\"why\"><h3>Why</h3><ul>"
        for r in o.reasons { h += "<li>\(e(r.text))\(cites(r.cites, links, fit))</li>" }
        h += "</ul>"
        if !o.companions.isEmpty {
            h += "<h3>Give with</h3><ul>"
            for c in o.companions { h += "<li><strong>\(e(c.name))</strong> — \(e(c.because))\(cites(c.cites, links, fit))</li>" }
            h += "</ul>"
        }
        if !o.cautions.isEmpty {
            h += "<h3>Cautions</h3><ul class=\"cautions\">"
            for c in o.cautions { h += "<li>\(e(c.text))\(cites(c.cites, links, fit))</li>" }
            h += "</ul>"
        }
        if !o.guidelines.isEmpty {
            h += "<h3>Guideline positions</h3><table class=\"positions\"><thead><tr><th>guideline</th><th>stance</th><th>tier</th><th>grades</th><th>position</th></tr></thead><tbody>"
            for g in o.guidelines {
                let grades = g.grades.map { "\($0.scheme) \($0.value)" }.joined(separator: ", ")
                h += "<tr><td>\(e(g.issuer))</td><td class=\"stance \(e(g.stance.rawValue))\">\(e(g.stance.rawValue))</td><td>\(e(g.tier ?? "—"))</td>"
                h += "<td>\(e(grades.isEmpty ? "—" : grades))</td><td>\(e(g.text))\(cites(g.cites, links, fit))</td></tr>"
            }
            h += "</tbody></table>"
        }
        h += "</div>\n"
        h += "<figure class=\"drawing\"><figcaption>The evidence behind the verdict</figcaption><div class=\"scroll\">\(drawing)</div></figure>\n"
        h += "<figure class=\"forest\"><figcaption>Hazard ratios of the trials that tested \(e(o.name)) (95% CI, log scale)</figcaption>"
        h += "<div class=\"scroll\">" + ForestPlotSVG.render(ForestPlot.of(o, fit: fit)) + "</div></figure>\n</section>\n"
        return h
    }

    /// The patient as the file gives her, and what the assessment derived.
    static func summary(_ a: Assessment, patient p: PatientProfile, fit: EvidenceFit) -> String {
        let e = DrawingText.escaped
        let name = fit.knowledge.name
        var facts: [(String, String)] = []
        let who = [p.age.map { "\($0) years" }, p.sex, p.menopausalStatus, p.ecog.map { "ECOG \($0)" }].compactMap { $0 }
        if !who.isEmpty { facts.append(("patient", who.joined(separator: ", "))) }
        if let d = p.disease { facts.append(("diagnosis", d + (p.stage.map { ", " + $0 } ?? ""))) }
        if !p.biomarkers.isEmpty {
            facts.append(("biomarkers", p.biomarkers.map { b in
                b.name + " " + b.status.rawValue + (b.source.map { " (" + $0 + ")" } ?? "") + (b.ihc.map { ", IHC " + $0 } ?? "")
            }.joined(separator: "; ")))
        }
        if !p.therapies.isEmpty {
            facts.append(("therapies", p.therapies.map { t in
                var parts = [t.drugs.joined(separator: " + ")]
                if let s = t.setting { parts.append(s) }
                if let l = t.line { parts.append("line \(l)") }
                if let m = t.durationMonths { parts.append(DrawingText.number(m) + " months") }
                if let o = t.outcome { parts.append(o) }
                return parts.joined(separator: ", ")
            }.joined(separator: "; ")))
        }
        let findings = p.findings.sorted { $0.key < $1.key }.map { ($0.value ? "" : "no ") + $0.key }
        if !findings.isEmpty { facts.append(("findings", findings.joined(separator: ", "))) }
        if !p.metastaticSites.isEmpty { facts.append(("metastases", p.metastaticSites.joined(separator: ", "))) }
        if !p.comorbidities.isEmpty { facts.append(("comorbidities", p.comorbidities.joined(separator: ", "))) }
        if !p.medications.isEmpty { facts.append(("medications", p.medications.joined(separator: ", "))) }

        let d = a.derived
        var derived: [(String, String)] = []
        let classes = d.linesByClass.sorted { $0.key < $1.key }.map { "\(name($0.key)) \($0.value)" }.joined(separator: ", ")
        derived.append(("line", "\(d.currentLine) (\(d.priorMetastaticLines) prior metastatic line(s)" + (classes.isEmpty ? "" : ": " + classes) + ")"))
        if !d.progressedOn.isEmpty { derived.append(("progressed on", d.progressedOn.map(name).joined(separator: ", "))) }
        if !d.derivedFindings.isEmpty {
            derived.append(("derived states", d.derivedFindings.sorted { $0.key < $1.key }.map { "\(name($0.key)) (rule \($0.value))" }.joined(separator: "; ")))
        }
        if !d.biomarkers.isEmpty {
            derived.append(("statuses", d.biomarkers.sorted { $0.key < $1.key }.map { "\(name($0.key)) \($0.value)" }.joined(separator: ", ")))
        }
        for (k, v) in d.undetermined.sorted(by: { $0.key < $1.key }) { derived.append(("not established", "\(k): \(v)")) }
        for w in d.warnings { derived.append(("warning", w)) }

        func table(_ rows: [(String, String)]) -> String {
            "<table class=\"facts\"><tbody>" + rows.map { "<tr><th>\(e($0.0))</th><td>\(e($0.1))</td></tr>" }.joined() + "</tbody></table>"
        }
        return "<section class=\"summary\"><div><h2>Patient</h2>" + table(facts) + "</div><div><h2>Derived state</h2>" + table(derived) + "</div></section>\n"
    }

    /// " [BOLERO-2, ESMO …]" as links to the cited nodes' sources (plain names without one).
    static func cites(_ ids: [String], _ links: SourceLinks, _ fit: EvidenceFit) -> String {
        guard !ids.isEmpty else { return "" }
        let e = DrawingText.escaped
        let items = ids.map { id -> String in
            let label = e(fit.knowledge.name(id))
            guard let url = links.url(forNode: id) else { return "<span class=\"cite\" title=\"\(e(id))\">\(label)</span>" }
            return "<a class=\"cite\" href=\"\(e(url))\" title=\"\(e(id))\" target=\"_blank\" rel=\"noopener\">\(label)</a>"
        }
        return " <span class=\"cites\">[" + items.joined(separator: ", ") + "]</span>"
    }

    static func badge(_ v: Verdict) -> String {
        "<span class=\"verdict\" style=\"background:\(EvidencePalette.fill(v))\">\(DrawingText.escaped(v.rawValue))</span>"
    }

    /// A Graphviz SVG document as an element to inline: without the XML declaration, DOCTYPE
    /// and comments, one Graphviz point drawn as one CSS pixel (12 pt labels read as 12 px
    /// text; a wide drawing scrolls).
    package static func inlined(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var s = String(svg[start.lowerBound...])
        if let tagEnd = s.firstIndex(of: ">") {
            var tag = String(s[..<tagEnd])
            for attribute in ["width", "height"] {
                if let r = tag.range(of: #"\#(attribute)="([0-9.]+)pt""#, options: .regularExpression) {
                    tag.replaceSubrange(r, with: tag[r].replacingOccurrences(of: "pt\"", with: "\""))
                }
            }
            s.replaceSubrange(..<tagEnd, with: tag)
        }
        while let open = s.range(of: "<!--"), let close = s.range(of: "-->", range: open.upperBound..<s.endIndex) {
            s.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return s.trimmingSuffixWhitespace
    }
}

extension String {
    fileprivate var trimmingSuffixWhitespace: String {
        var s = self
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
