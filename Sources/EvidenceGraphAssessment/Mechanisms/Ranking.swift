/// Ranking, executed from the graph's `RankingPolicyFacts`: each option gets one number per
/// policy key (smaller is better; a missing value sorts last) and options sort by the keys in
/// the policy's order. Indicated options tied with the best indicated one on every
/// `preferredTies` key are `preferred` (the best must be endorsed by a guideline for this
/// patient). Ranks are competition ranks: equal keys share a rank. Nothing about the order is
/// written here; the features only measure.
struct Ranking {
    let context: AssessmentContext

    /// The value of one feature for an option (smaller is better; nil = missing).
    func value(_ feature: RankingFeature, _ d: OptionDraft) -> Double? {
        let k = context.knowledge
        switch feature {
        case .verdict: return Double(d.verdict.order)
        case .biomarkerMatch: return d.biomarkerMatch ? 0 : 1
        case .endorsements: return -Double(Set(d.applicable.map(context.issuer)).count)
        case .comorbidityCautions: return Double(d.comorbidityCautions)
        case .guidelineTier:
            return d.applicable.compactMap { rec -> Double? in
                guard let tier = rec.tier, let scheme = k.guidelines[rec.guideline]?.tierScheme else { return nil }
                return k.gradeSchemes[scheme]?.strength(of: tier)
            }.min()
        case .grade: return best(d, kind: .grade)
        case .evidenceLevel: return best(d, kind: .level)
        case .clinicalBenefit: return best(d, kind: .benefit)
        case .trialPhase:
            let phases = d.fittingTrials.compactMap { t in t.phase.flatMap { Int($0.prefix { $0.isNumber }) } }
            return phases.max().map { -Double($0) }
        case .effectSize:
            guard let r = d.regimen else { return nil }
            return d.fittingTrials.compactMap { t -> Double? in
                let arms = Set(t.arms(using: r).filter { $0.role != .control }.map(\.id))
                guard !arms.isEmpty else { return nil }
                let outcomes = t.outcomes.filter { $0.primary }.isEmpty ? t.outcomes : t.outcomes.filter { $0.primary }
                return outcomes.filter { o in o.results.contains { arms.contains($0.arm) } || o.results.isEmpty }.compactMap(\.hazardRatio).min()
            }.min()
        }
    }

    func best(_ d: OptionDraft, kind: GradeKind) -> Double? {
        d.applicable.flatMap(\.grades).compactMap { g -> Double? in
            guard let scheme = context.knowledge.gradeSchemes[g.scheme], scheme.kind == kind else { return nil }
            return scheme.strength(of: g.value)
        }.min()
    }

    func key(_ d: OptionDraft, _ features: [RankingFeature]) -> [Double] {
        features.map { value($0, d) ?? .infinity }
    }

    func rank(_ drafts: [OptionDraft]) -> [OptionAssessment] {
        let policy = context.knowledge.rankingPolicy
        let keyed = drafts.map { (draft: $0, key: key($0, policy.keys)) }
        let sorted = keyed.sorted { a, b in
            a.key.lexicographicallyPrecedes(b.key) || (a.key == b.key && a.draft.name < b.draft.name)
        }
        let top = sorted.first { $0.draft.isIndicated }
        let topTies = top.map { key($0.draft, policy.preferredTies) }
        var out: [OptionAssessment] = []
        var rank = 0
        var previous: [Double]? = nil
        for (i, entry) in sorted.enumerated() {
            let d = entry.draft
            if entry.key != previous { rank = i + 1; previous = entry.key }
            var verdict = d.verdict
            if verdict == .option, let top, !top.draft.applicable.isEmpty, key(d, policy.preferredTies) == topTies {
                verdict = .preferred
            }
            out.append(OptionAssessment(
                drugs: d.drugs, inns: d.inns, regimen: d.regimen, name: d.name, verdict: verdict, rank: rank,
                reasons: d.blockers.sorted { $0.0 > $1.0 }.map(\.1) + d.reasons, guidelines: d.positions, cautions: d.cautions,
                companions: d.companions,
                moreEvidence: d.fittingTrials.compactMap { t in d.regimen.map { TrialSummary(knowledge: context.knowledge).summary(of: t, for: $0, interim: true) } }
                    .filter { !$0.text.hasSuffix("no interim analyses recorded") }))
        }
        return out
    }
}
