/// Mechanism: where guidelines diverge on a drug's partners. When one guideline endorses a
/// drug only in some regimens while other guidelines endorse it in further ones, the options
/// with that drug say so (the Russian guidelines endorse everolimus only with exemestane,
/// while ESMO, NCCN and ASCO also endorse everolimus + fulvestrant). Only regimens endorsed
/// by at least two other guidelines count as a divergence.
struct ExclusiveEndorsements: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        guard let regimen = option.regimen else { return }
        option.reasons += Notes(knowledge: ctx.knowledge, guidelines: ctx.guidelines, names: ctx.name).notes(for: option.drugs, regimen: regimen)
    }
}

extension ExclusiveEndorsements {
  struct Notes {
    let knowledge: ClinicalKnowledge
    let guidelines: [GuidelineFacts]
    let names: (String) -> String

    /// Notes for the option `regimen`: only where it is itself one of the diverging regimens
    /// (endorsed by this guideline alone among its regimens with the drug, or endorsed by
    /// others and not by this guideline).
    func notes(for drugs: [String], regimen: String) -> [Reason] {
        var out: [Reason] = []
        let issuerOf = Dictionary(guidelines.map { ($0.id, $0.issuer) }, uniquingKeysWith: { a, _ in a })
        for drug in drugs {
            // issuer → regimens with this drug that it endorses.
            var endorsed: [String: Set<String>] = [:]
            var recIDs: [String: [String]] = [:]
            for rec in knowledge.recommendations where rec.endorses {
                guard let issuer = issuerOf[rec.guideline], knowledge.regimens[rec.regimen]?.drugs.contains(drug) == true else { continue }
                endorsed[issuer, default: []].insert(rec.regimen)
                recIDs[issuer, default: []].append(rec.id)
            }
            let all = endorsed.values.reduce(into: Set<String>()) { $0.formUnion($1) }
            for issuer in endorsed.keys.sorted() {
                let mine = endorsed[issuer]!
                // A divergence: a regimen that at least two other guidelines endorse and this
                // one does not (one other guideline alone is as likely a gap in the data).
                let missing = all.subtracting(mine).filter { r in
                    endorsed.filter { $0.key != issuer && $0.value.contains(r) }.count >= 2
                }.sorted()
                guard !missing.isEmpty, mine.contains(regimen) || missing.contains(regimen) else { continue }
                let others = missing.map { r in
                    let by = endorsed.filter { $0.value.contains(r) }.map(\.key).sorted().joined(separator: ", ")
                    return "\(names(r)) (endorsed by \(by))"
                }
                out.append(Reason(
                    "\(issuer) endorses \(names(drug)) only as " + mine.sorted().map(names).joined(separator: " or ")
                        + "; it does not list " + others.joined(separator: ", "),
                    cites: recIDs[issuer]! + missing))
            }
        }
        return out
    }
}
}
