/// Ranks a patient's treatment options with verdicts, reasons, evidence and each guideline's
/// position — from the knowledge base's data only.
///
/// ```swift
/// let knowledge = try ClinicalKnowledge(graph: loaded.graph)
/// let assessment = try Assessor(knowledge: knowledge)
///     .assess(profile, options: ["everolimus+exemestane", "olaparib"])
/// ```
/// The mechanisms, each in its own file under `Mechanisms/`: prior progression, biomarker
/// requirements (drug, recommendation, trial population), guideline positions, evidence
/// applicability (population coverage of the patient's prior drugs), sequencing principles,
/// toxicity ↔ comorbidity cautions, and ranking.
public struct Assessor: Sendable {
    public let knowledge: ClinicalKnowledge
    let resolver: PatientResolver

    public init(knowledge: ClinicalKnowledge) {
        self.knowledge = knowledge
        self.resolver = PatientResolver(knowledge: knowledge)
    }

    /// Assesses `options` (combinations written `drug+drug`), or every regimen of the
    /// knowledge base with a recommendation or a trial arm when `options` is nil.
    /// `guidelines` restricts guideline positions to these issuers (e.g. `["ESMO", "RU"]`).
    public func assess(_ profile: PatientProfile, options: [String]? = nil, guidelines issuers: [String]? = nil) throws(AssessmentError) -> Assessment {
        let patient = try resolver.resolve(profile)
        var guidelineSet = Array(knowledge.guidelines.values)
        if let issuers {
            let wanted = Set(issuers.map { $0.uppercased() })
            guidelineSet = guidelineSet.filter { wanted.contains($0.issuer.uppercased()) || wanted.contains($0.id.uppercased()) }
            if guidelineSet.isEmpty {
                let known = Set(knowledge.guidelines.values.map(\.issuer)).sorted()
                throw .unknownName(kind: "guideline", name: issuers.joined(separator: ","), suggestions: known)
            }
        }
        var requested: [[String]] = []
        for option in options ?? [] { requested.append(try resolver.combination(option)) }

        // Every regimen of the knowledge base is assessed, so that principles can see which
        // alternatives remain; the requested options are added when they are not regimens.
        var pool: [[String]] = knowledge.regimens.values.filter { !$0.drugs.isEmpty }.map { $0.drugs.sorted() }
        for r in requested where !pool.contains(r) { pool.append(r) }
        let evaluator = OptionEvaluator(knowledge: knowledge, patient: patient, guidelines: guidelineSet)
        var drafts = pool.map { evaluator.draft(for: $0) }
        SequencingPrinciples(knowledge: knowledge, patient: patient, names: evaluator.name).apply(to: &drafts)

        let shown: [OptionDraft]
        if options != nil {
            shown = requested.compactMap { r in drafts.first { $0.drugs == r } }
        } else {
            shown = drafts.filter { d in
                guard let r = d.regimen else { return false }
                return knowledge.recommendations.contains { $0.regimen == r }
                    || knowledge.trials(using: r).contains { $0.arms(using: r).contains { $0.role != "control" } }
            }
        }
        return Assessment(patient: profile.id, options: Ranking.rank(shown))
    }
}
