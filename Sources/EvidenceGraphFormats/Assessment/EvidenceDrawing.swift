import EvidenceGraphAssessment
import EvidenceGraphCore

/// The drawing of the evidence behind one option's verdict, as DOT: the patient's facts →
/// the biomarker requirements they meet or miss → the guideline recommendations (tier,
/// grades) → the trials, their populations (fitting the patient or not) and final outcomes;
/// cautions and contraindications in their own colours. Every node links (`URL`) to its
/// source and names it in its tooltip. Everything drawn comes from the assessment and the
/// knowledge base (``ClinicalKnowledge``).
struct EvidenceDrawing {
    let knowledge: ClinicalKnowledge
    let fit: EvidenceFit
    /// Prefixed to every node id (distinct drawings in one DOT document).
    var prefix = ""

    var links: SourceLinks { SourceLinks(graph: knowledge.graph) }

    /// The option's node id.
    var optionNode: String { prefix + "option" }
    func trialNode(_ id: String) -> String { prefix + "trial:" + id }

    /// The recommendations on the option's regimen from the guidelines it was judged by.
    func recommendations(for o: OptionAssessment) -> [RecommendationFacts] {
        guard let regimen = o.regimen else { return [] }
        let issuers = Set(o.guidelines.map(\.issuer))
        return knowledge.recommendations.filter { rec in
            rec.regimen == regimen && (issuers.isEmpty || issuers.contains(knowledge.guidelines[rec.guideline]?.issuer ?? rec.guideline))
        }
    }

    /// The trials with an arm using the option's regimen, then those its recommendations or
    /// reasons cite.
    func trials(for o: OptionAssessment) -> [TrialFacts] {
        var ids: [String] = []
        if let r = o.regimen {
            ids += knowledge.trials.values.filter { $0.arms.contains { $0.regimen == r } }.map(\.id).sorted()
        }
        let cited = recommendations(for: o).flatMap(\.cites) + (o.reasons + o.cautions).flatMap(\.cites)
        ids += cited.filter { knowledge.trials[$0] != nil }
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }.compactMap { knowledge.trials[$0] }
    }

    /// The drawing of option `o` in `into` (a whole graph or a cluster).
    func draw(_ o: OptionAssessment, into g: inout DOTGraph) {
        g.node(optionNode, [
            "label": DOTGraph.wrapped("#\(o.rank) \(o.name)", width: 22) + "\n" + o.verdict.rawValue, "shape": "box", "style": "rounded,filled,bold",
            "fillcolor": EvidencePalette.fill(o.verdict), "fontsize": "14",
            "tooltip": o.reasons.first?.text ?? o.name,
        ])
        if let r = o.regimen { link(&g, optionNode, node: r) }
        for drug in o.drugs {
            for c in knowledge.drugs[drug]?.requirements ?? [] { requirement(c, for: optionNode, in: &g) }
        }
        if let r = o.regimen {
            for c in knowledge.regimens[r]?.requirements ?? [] { requirement(c, for: optionNode, in: &g) }
        }
        for rec in recommendations(for: o) { recommendation(rec, of: o, in: &g) }
        for t in trials(for: o) { trial(t, of: o, in: &g) }
        cautions(o, in: &g)
        otherCitations(o, in: &g)
        g.sameRank = Self.tiers.map { kinds in g.nodes.map(\.id).filter { id in kinds.contains { id.hasPrefix(prefix + $0) } } }
    }

    /// The rows of the drawing, top to bottom, by node kind: the patient's facts; what they
    /// meet or miss (requirements, cautions, contraindications, other cited nodes); the option;
    /// the guideline recommendations; the trials; their populations; their outcomes.
    static let tiers: [[String]] = [
        ["patient:"], ["requirement:", "caution:", "contraindication:", "cited:"], ["option"], ["recommendation:"],
        ["trial:"], ["population:"], ["outcome:"],
    ]

    // MARK: Patient facts and requirements

    func requirement(_ c: BiomarkerCondition, for owner: String, in g: inout DOTGraph) {
        let state = fit.state(of: c)
        let statuses = c.statuses.map(\.rawValue).sorted().joined(separator: ",")
        let id = prefix + "requirement:" + [c.biomarker, statuses, c.testing.map(\.rawValue).sorted().joined(separator: ","),
                                            c.minScore.map { DrawingText.number($0) } ?? "", c.maxScore.map { DrawingText.number($0) } ?? ""].joined(separator: "|")
        g.node(id, [
            "label": "requires\n" + DOTGraph.wrapped(fit.describe(c), width: 22), "shape": "box", "style": "filled",
            "fillcolor": EvidencePalette.requirement, "color": EvidencePalette.color(state), "penwidth": "1.5",
            "tooltip": "biomarker requirement stated by \(knowledge.name(c.owner)) (\(state.rawValue) for this patient)",
        ])
        link(&g, id, node: c.owner)
        let fact = prefix + "patient:" + c.biomarker
        g.node(fact, [
            "label": "patient\n\(knowledge.name(c.biomarker)): \(fit.patient.status(of: c.biomarker))", "shape": "note", "style": "filled",
            "fillcolor": EvidencePalette.patient,
            "tooltip": fit.patient.biomarkers[c.biomarker].map { $0.stated ? "stated in the patient profile" : "derived: " + $0.derivedBy.joined(separator: ", ") }
                ?? "not in the patient profile",
        ])
        g.edge(fact, id, ["color": EvidencePalette.color(state), "label": state == .met ? "meets" : (state == .open ? "untested" : "misses"),
                          "fontcolor": EvidencePalette.color(state)])
        g.edge(id, owner, ["color": EvidencePalette.neutral, "arrowhead": "vee"])
    }

    // MARK: Recommendations

    func recommendation(_ rec: RecommendationFacts, of o: OptionAssessment, in g: inout DOTGraph) {
        let id = prefix + "recommendation:" + rec.id
        let issuer = knowledge.guidelines[rec.guideline]?.issuer ?? rec.guideline
        let position = o.guidelines.first { $0.cites.contains(rec.id) } ?? o.guidelines.first { $0.issuer == issuer }
        var lines = ["\(issuer): \(rec.stance.rawValue)" + (rec.line.map { "\nline " + $0 } ?? "")]
        if let tier = rec.tier { lines.append("tier " + tier) }
        lines += rec.grades.map { "\($0.scheme) \($0.value)" }
        if rec.verified == false { lines.append("(not verified\nagainst the text)") }
        let state = fit.state(of: rec.eligibility)
        if state != .met { lines.append(DOTGraph.wrapped("not for her: " + fit.shortfall(of: rec.eligibility), width: 24)) }
        g.node(id, [
            "label": lines.joined(separator: "\n"), "shape": "box", "style": "rounded,filled", "fillcolor": EvidencePalette.recommendation,
            "color": EvidencePalette.stance(position?.stance), "penwidth": "1.5",
            "tooltip": position?.text ?? knowledge.name(rec.id),
        ])
        link(&g, id, node: rec.id)
        for c in rec.eligibility.biomarkers { requirement(c, for: id, in: &g) }
        g.edge(optionNode, id, ["label": position?.stance.rawValue ?? rec.stance.rawValue, "color": EvidencePalette.stance(position?.stance),
                                "fontcolor": EvidencePalette.stance(position?.stance)])
        for cited in rec.cites where knowledge.trials[cited] != nil {
            g.edge(id, trialNode(cited), ["label": "cites", "style": "dashed", "color": EvidencePalette.neutral])
        }
    }

    // MARK: Trials, populations, outcomes

    func trial(_ t: TrialFacts, of o: OptionAssessment, in g: inout DOTGraph) {
        let id = trialNode(t.id)
        var meta = [t.nct, t.phase.map { $0.first?.isNumber == true ? "phase " + $0 : $0 }].compactMap { $0 }
        let arms = o.regimen.map { t.arms(using: $0) } ?? []
        if let role = arms.first?.role { meta.append("\(role.rawValue) arm") }
        g.node(id, [
            "label": DOTGraph.wrapped(t.name, width: 24) + (meta.isEmpty ? "" : "\n" + meta.joined(separator: "\n")), "shape": "box", "style": "filled,bold",
            "fillcolor": EvidencePalette.trial, "tooltip": "trial " + t.name + (links.sourceNote(ofNode: t.id).map { "; " + $0 } ?? ""),
        ])
        link(&g, id, node: t.id)
        if !arms.isEmpty { g.edge(optionNode, id, ["label": "tested in", "color": "#0369a1"]) }
        for p in t.populations {
            let pid = prefix + "population:" + p.id
            let (state, differs) = fit.state(of: p, forDrugs: o.drugs)
            let text = state == .met ? "fits this patient" : DOTGraph.wrapped("differs: " + differs, width: 24)
            g.node(pid, [
                "label": DOTGraph.wrapped(p.name, width: 24) + "\n" + text, "shape": "box", "style": "filled", "fillcolor": state == .met ? "#dcfce7" : EvidencePalette.population,
                "color": EvidencePalette.color(state), "penwidth": state == .met ? "2" : "1",
                "tooltip": "population " + p.name + (links.sourceNote(ofNode: p.id).map { "; " + $0 } ?? ""),
            ])
            link(&g, pid, node: p.id)
            g.edge(id, pid, ["color": EvidencePalette.neutral, "arrowhead": "none"])
            for c in p.requirements { requirement(c, for: pid, in: &g) }
        }
        let armIDs = Set(arms.map(\.id))
        for outcome in t.outcomes where !outcome.isInterim && outcome.hazardRatio != nil {
            let oid = prefix + "outcome:" + outcome.id
            g.node(oid, [
                "label": Self.outcomeLabel(outcome, experimental: armIDs), "shape": "box", "style": "filled", "fillcolor": EvidencePalette.outcome,
                "fontsize": "10", "tooltip": "outcome " + outcome.id + (links.sourceNote(ofNode: outcome.id).map { "; " + $0 } ?? ""),
            ])
            link(&g, oid, node: outcome.id)
            let from = outcome.population.map { prefix + "population:" + $0 }.flatMap { g.hasNode($0) ? $0 : nil } ?? id
            g.edge(from, oid, ["color": EvidencePalette.neutral, "arrowhead": "none"])
        }
    }

    /// "PFS (primary, investigator)\nHR 0.45 (0.38–0.54)\n7.8 vs 3.2 months".
    static func outcomeLabel(_ o: OutcomeFacts, experimental: Set<String>) -> String {
        var lines = [DOTGraph.wrapped(o.endpoint + (o.qualifiers.isEmpty ? "" : " (" + o.qualifiers.joined(separator: ", ") + ")") + (o.subgroup.map { " [" + $0 + "]" } ?? ""), width: 24)]
        if let hr = o.hazardRatio {
            var h = "HR " + DrawingText.number(hr)
            if let lo = o.ciLow, let hi = o.ciHigh { h += " (95% CI " + DrawingText.number(lo) + "–" + DrawingText.number(hi) + ")" }
            lines.append(h)
            if let p = o.p { lines.append("p " + (p.first.map { "<>=≤≥".contains($0) } == true ? p : "= " + p)) }
        }
        let ordered = o.results.filter { experimental.contains($0.arm) } + o.results.filter { !experimental.contains($0.arm) }
        let medians = ordered.compactMap { $0.median.map(DrawingText.number) }
        if medians.count == ordered.count, medians.count > 1 {
            lines.append(medians.joined(separator: " vs ") + (ordered.first?.unit.map { " " + $0 } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Cautions, contraindications, other citations

    func cautions(_ o: OptionAssessment, in g: inout DOTGraph) {
        let contraindicationPairs = Set(knowledge.contraindications.map { $0.owner + "|" + $0.condition })
        let blocking = o.reasons.filter { r in r.cites.contains { owner in r.cites.contains { contraindicationPairs.contains(owner + "|" + $0) } } }
        for (i, r) in (blocking.map { ($0, true) } + o.cautions.map { ($0, false) }).enumerated() {
            let id = prefix + (r.1 ? "contraindication:" : "caution:") + String(i)
            let conditions = r.0.cites.filter { fit.patient.conditions.contains($0) }
            g.node(id, [
                "label": (r.1 ? "CONTRAINDICATION\n" : "caution\n") + DOTGraph.wrapped(r.0.text, width: 26), "shape": r.1 ? "octagon" : "box",
                "style": "filled", "fillcolor": r.1 ? EvidencePalette.contraindication : EvidencePalette.caution,
                "color": r.1 ? EvidencePalette.failed : EvidencePalette.open, "fontsize": "10", "tooltip": r.0.text,
            ])
            let stated = knowledge.contraindications.filter { r.0.cites.contains($0.owner) && r.0.cites.contains($0.condition) }.flatMap(\.source)
            if let source = links.url(forSources: stated) ?? r.0.cites.lazy.compactMap({ links.url(forNode: $0) }).first {
                g.node(id, ["URL": source, "target": "_blank"])
            }
            for c in conditions {
                let fact = prefix + "patient:" + c
                g.node(fact, ["label": "patient\n" + knowledge.name(c), "shape": "note", "style": "filled", "fillcolor": EvidencePalette.patient,
                              "tooltip": "in the patient profile or derived from it"])
                g.edge(fact, id, ["color": r.1 ? EvidencePalette.failed : EvidencePalette.open])
            }
            g.edge(id, optionNode, ["color": r.1 ? EvidencePalette.failed : EvidencePalette.open, "penwidth": "1.5"])
        }
    }

    /// Labels of cited nodes the drawing leaves to the text: its own kinds, and the other
    /// regimens, drugs and publications a comparison between options cites.
    static let drawnElsewhere: Set<String> = [
        "Trial", "Population", "Outcome", "Arm", "Recommendation", "Guideline", "Biomarker", "Drug", "DrugClass", "Regimen", "RegimenCategory",
        "Publication",
    ]

    /// Nodes the verdict's reasons cite that are drawn nowhere else (sequencing principles,
    /// state rules, …), each with the reason that cites it.
    func otherCitations(_ o: OptionAssessment, in g: inout DOTGraph) {
        let drawn = Set(g.nodes.map(\.id))
        let skip = Set(o.drugs + [o.regimen].compactMap { $0 }).union(fit.patient.conditions)
        for r in o.reasons {
            for c in r.cites where !skip.contains(c) {
                guard let n = knowledge.graph.node(withID: c) else { continue }
                let known = ["trial:", "population:", "outcome:", "recommendation:", "requirement:"].contains { drawn.contains(prefix + $0 + c) }
                guard !known, knowledge.trials[c] == nil else { continue }
                let label = knowledge.graph.labels(of: n).first ?? "node"
                if Self.drawnElsewhere.contains(label) { continue }
                let id = prefix + "cited:" + c
                g.node(id, [
                    "label": label.lowercased() + "\n" + DOTGraph.wrapped(knowledge.name(c), width: 26), "shape": "box", "style": "rounded,filled,dashed",
                    "fillcolor": EvidencePalette.other, "tooltip": r.text,
                ])
                link(&g, id, node: c)
                g.edge(id, optionNode, ["style": "dashed", "color": EvidencePalette.neutral])
            }
        }
    }

    /// Sets node `id`'s link to graph node `node`'s source, when it has one.
    func link(_ g: inout DOTGraph, _ id: String, node: String) {
        if let url = links.url(forNode: node) { g.node(id, ["URL": url, "target": "_blank"]) }
    }
}
