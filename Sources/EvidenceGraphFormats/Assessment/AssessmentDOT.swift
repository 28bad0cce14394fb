import EvidenceGraphAssessment

/// The evidence behind an assessment's verdicts as Graphviz DOT (`evg assess --format dot`):
/// per option, the patient's facts → biomarker requirements → guideline recommendations →
/// trials with populations and outcomes, cautions and contraindications in their own colours,
/// every node linked to its source (see `EvidenceDrawing`). `svg` and the HTML report lay
/// these drawings out with ``Graphviz``.
public enum AssessmentDOT {
    /// The drawing of one option of `assessment` as its own graph.
    /// - Throws: `AssessmentError` when `patient` names something `knowledge` does not know.
    public static func drawing(of option: OptionAssessment, knowledge: ClinicalKnowledge, patient: PatientProfile) throws(AssessmentError) -> DOTGraph {
        drawing(of: option, fit: try EvidenceFit(knowledge: knowledge, profile: patient))
    }

    /// Every option of `assessment` in one DOT graph, a box (cluster) per option, in rank order.
    /// - Throws: `AssessmentError` when `patient` names something `knowledge` does not know.
    public static func text(_ assessment: Assessment, knowledge: ClinicalKnowledge, patient: PatientProfile) throws(AssessmentError) -> String {
        let fit = try EvidenceFit(knowledge: knowledge, profile: patient)
        var g = frame(name: "assessment " + assessment.patient, label: "Evidence behind the assessment of patient \(assessment.patient)")
        for (i, o) in assessment.options.enumerated() {
            var cluster = DOTGraph(name: "cluster_option_\(i + 1)", attributes: [
                "label": "#\(o.rank) \(o.name) — \(o.verdict.rawValue)", "style": "rounded", "color": "#94a3b8",
            ])
            EvidenceDrawing(knowledge: fit.knowledge, fit: fit, prefix: "o\(i + 1)/").draw(o, into: &cluster)
            g.subgraphs.append(cluster)
        }
        return g.text
    }

    package static func drawing(of option: OptionAssessment, fit: EvidenceFit) -> DOTGraph {
        var g = frame(name: option.name, label: nil)
        EvidenceDrawing(knowledge: fit.knowledge, fit: fit).draw(option, into: &g)
        return g
    }

    /// An empty left-to-right graph with the drawings' fonts and spacing.
    static func frame(name: String, label: String?) -> DOTGraph {
        var g = DOTGraph(name: name, attributes: [
            "rankdir": "LR", "fontname": "Helvetica,Arial,sans-serif", "fontsize": "12", "nodesep": "0.12", "ranksep": "0.35",
            "bgcolor": "transparent", "labelloc": "t",
        ])
        if let label { g.attributes.append(.init("label", label)) }
        g.nodeDefaults = [.init("fontname", "Helvetica,Arial,sans-serif"), .init("fontsize", "12"), .init("margin", "0.12,0.06")]
        g.edgeDefaults = [.init("fontname", "Helvetica,Arial,sans-serif"), .init("fontsize", "10"), .init("arrowsize", "0.7")]
        return g
    }
}
