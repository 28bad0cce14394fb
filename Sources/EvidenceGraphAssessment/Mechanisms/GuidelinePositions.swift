/// Mechanism: each guideline's position on a regimen for this patient.
///
/// A guideline *endorses* a regimen when one of its recommendations for it has an endorsing
/// stance; the endorsement *applies* when every eligibility criterion of the recommendation
/// holds for the patient (subtype, biomarkers, line, prior therapies with their counts,
/// required and excluding findings, ECOG). A guideline with no recommendation for the
/// regimen is silent. When endorsements exist but none applies, the option takes the most
/// favourable of their verdicts, naming the failed criterion: a failed criterion → not
/// indicated (an excluding finding alone → not preferred); only open criteria → needs testing.
struct GuidelinePositions: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        let byIssuer = Dictionary(grouping: ctx.guidelines, by: \.issuer)
        var inapplicable: [(RecommendationFacts, EligibilityCheck.Result)] = []
        for issuer in byIssuer.keys.sorted() {
            let ids = Set(byIssuer[issuer]!.map(\.id))
            let recs = option.regimen.map { r in ctx.knowledge.recommendations.filter { $0.regimen == r && ids.contains($0.guideline) } } ?? []
            let endorsing = recs.filter(\.endorses)
            var applicable: [RecommendationFacts] = []
            var why: [String] = []
            for rec in endorsing {
                let result = ctx.eligibility(rec.eligibility)
                if result.isMet { applicable.append(rec) } else {
                    inapplicable.append((rec, result))
                    why.append(result.text)
                }
            }
            option.applicable += applicable
            let position: GuidelinePosition
            if let rec = applicable.first {
                position = GuidelinePosition(issuer: issuer, stance: .endorsed, tier: rec.tier, grades: rec.grades,
                                             text: endorsedText(rec, ctx), cites: applicable.map(\.id))
            } else if let rec = endorsing.first {
                position = GuidelinePosition(issuer: issuer, stance: .endorsedNotApplicable, tier: rec.tier, grades: rec.grades,
                                             text: endorsedText(rec, ctx) + ", but not for this patient: " + why.joined(separator: "; "), cites: endorsing.map(\.id))
            } else if let rec = recs.first {
                position = GuidelinePosition(issuer: issuer, stance: .notEndorsed, tier: rec.tier, grades: rec.grades,
                                             text: "not endorsed (\(rec.stance.rawValue))" + guidelineName(rec, ctx), cites: recs.map(\.id))
            } else {
                position = GuidelinePosition(issuer: issuer, stance: .silent, tier: nil, grades: [], text: "silent: no recommendation for this regimen", cites: [])
            }
            option.positions.append(position)
        }
        if !option.applicable.isEmpty {
            let parts = option.applicable.map { rec in ctx.issuer(rec) + strength(rec) }
            option.reasons.append(Reason("Endorsed for this patient by " + parts.joined(separator: ", "),
                                         cites: option.applicable.map(\.id) + option.applicable.flatMap(\.cites)))
        } else if !inapplicable.isEmpty {
            judge(&option, inapplicable, ctx)
        }
    }

    /// The most favourable verdict among the endorsements that do not apply.
    func judge(_ option: inout OptionDraft, _ recs: [(RecommendationFacts, EligibilityCheck.Result)], _ ctx: AssessmentContext) {
        func verdict(_ r: EligibilityCheck.Result) -> Verdict {
            if r.failed.isEmpty { return .needsTesting }
            if r.failed.allSatisfy({ $0.kind == .exclusion }) { return .notPreferred }
            return .notIndicated
        }
        let best = recs.map { verdict($0.1) }.min() ?? .notIndicated
        let text = recs.map { "\(ctx.issuer($0.0)) (\($0.0.id)) " + $0.1.text }.joined(separator: "; ")
        let lead: String
        switch best {
        case .needsTesting: lead = "The guideline endorsements depend on facts not yet established: "
        case .notPreferred: lead = "Guidelines endorse it, but not for this patient: "
        default: lead = "No guideline endorsement covers this patient: "
        }
        option.block(best, Reason(lead + text, cites: recs.map(\.0.id)))
        if best == .needsTesting {
            for (rec, result) in recs where verdict(result) == .needsTesting {
                for c in result.open {
                    if c.tests.isEmpty {
                        option.tests.append(TestOrder(test: c.text, cites: c.cites + [rec.id], decides: []))
                    } else {
                        option.tests += c.tests.map { $0.order(citing: [rec.id]) }
                    }
                }
            }
        }
    }

    func strength(_ rec: RecommendationFacts) -> String {
        var parts: [String] = []
        if let tier = rec.tier { parts.append(tier) }
        parts += rec.grades.map { "\($0.scheme) \($0.value)" }
        if rec.verified == false { parts.append("unverified") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    private func endorsedText(_ rec: RecommendationFacts, _ ctx: AssessmentContext) -> String {
        var text = "endorsed"
        if let line = rec.line { text += ", line \(line)" }
        let s = strength(rec)
        text += s.isEmpty ? " (no grade printed in the sources read)" : s
        return text + guidelineName(rec, ctx)
    }

    private func guidelineName(_ rec: RecommendationFacts, _ ctx: AssessmentContext) -> String {
        guard let g = ctx.knowledge.guidelines[rec.guideline] else { return "" }
        return " — " + g.name + (g.version.map { ", " + $0 } ?? "")
    }
}

