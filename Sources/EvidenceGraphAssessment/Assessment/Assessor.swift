/// Ranks a patient's treatment options with verdicts, reasons, evidence and each guideline's
/// position — from the knowledge base's data only.
///
/// ```swift
/// let knowledge = try ClinicalKnowledge(graph: loaded.graph)
/// let assessment = try Assessor(knowledge: knowledge)
///     .assess(profile, options: ["everolimus+exemestane", "olaparib"])
/// ```
/// The patient's state is derived first (`PatientState`: statuses, lines, endocrine
/// resistance, menopause), then every option runs through the mechanisms under
/// `Mechanisms/` (`OptionEvaluator.mechanisms`), the sequencing principles compare options,
/// and the graph's ranking policy orders them.
public struct Assessor: Sendable {
    /// The knowledge base's facts every assessment reads.
    public let knowledge: ClinicalKnowledge
    let resolver: PatientResolver

    /// An assessor over `knowledge` (read once from the graph; share it across assessments).
    public init(knowledge: ClinicalKnowledge) {
        self.knowledge = knowledge
        self.resolver = PatientResolver(knowledge: knowledge)
    }

    /// Assesses `options` (combinations written `drug+drug`), or every regimen of the
    /// knowledge base with a recommendation or a trial arm when `options` is nil.
    /// `guidelines` restricts guideline positions to these issuers (e.g. `["ESMO", "RU-MoH"]`).
    /// - Throws: ``AssessmentError`` for unknown names in the profile or the options, and for
    ///   a profile too thin to judge (no biomarker and no disease), and for `guidelines` that
    ///   name no issuer of the knowledge base.
    /// - Complexity: Independent of the graph's size (the facts were read once into
    ///   ``knowledge``). Every regimen of the knowledge base is drafted whatever `options` asks
    ///   for, so that sequencing principles see the alternatives: O(R × (G + T)) for R
    ///   regimens, G recommendations and T trials, then O(P × R) for P principles, and a sort of
    ///   the options shown.
    public func assess(_ profile: PatientProfile, options: [String]? = nil, guidelines issuers: [String]? = nil) throws(AssessmentError) -> Assessment {
        let patient = try resolver.resolve(profile)
        if patient.biomarkers.isEmpty && profile.disease == nil {
            throw .invalidPatient("patient '\(profile.id.prefix(80))': the profile is too thin to judge — give the disease and at least the receptor statuses (ER, PR, HER2)")
        }
        var guidelineSet = Array(knowledge.guidelines.values)
        if let issuers {
            let wanted = Set(issuers.map { $0.uppercased() })
            guidelineSet = guidelineSet.filter { g in
                wanted.contains(g.issuer.uppercased()) || wanted.contains(g.id.uppercased()) || wanted.contains { g.issuer.uppercased().hasPrefix($0 + "-") }
            }
            if guidelineSet.isEmpty {
                let known = Set(knowledge.guidelines.values.map(\.issuer)).sorted()
                throw .unknownName(kind: "guideline", name: issuers.joined(separator: ","), suggestions: known)
            }
        }
        var requested: [[String]] = []
        for option in options ?? [] { requested.append(try resolver.combination(option)) }

        // Every regimen of the knowledge base is assessed, so that principles can see which
        // alternatives remain; the requested options are added when they are not regimens.
        var pool: [[String]] = Array(Set(knowledge.regimens.values.filter { !$0.drugs.isEmpty }.map { $0.drugs.sorted() })).sorted { $0.lexicographicallyPrecedes($1) }
        for r in requested where !pool.contains(r) { pool.append(r) }
        let context = AssessmentContext(knowledge: knowledge, patient: patient, guidelines: guidelineSet)
        let evaluator = OptionEvaluator(context: context)
        var drafts = pool.map { evaluator.draft(for: $0) }
        SequencingPrinciples(context: context).apply(to: &drafts)

        let shown: [OptionDraft]
        if options != nil {
            shown = requested.compactMap { r in drafts.first { $0.drugs == r } }
        } else {
            shown = drafts.filter { d in
                guard let r = d.regimen else { return false }
                return knowledge.recommendations.contains { $0.regimen == r }
                    || knowledge.trials(using: r).contains { $0.arms(using: r).contains { $0.role != .control } }
            }
        }
        let ranked = Ranking(context: context).rank(shown)
        return Assessment(patient: profile.id, derived: DerivedStateReport(context: context).report(),
                          tests: TestsToOrder.collect(shown, names: knowledge.name), options: ranked)
    }
}
