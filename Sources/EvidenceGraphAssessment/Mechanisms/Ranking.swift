/// Mechanism: ranking. Options sort by ``OptionDraft/rankKey``; the indicated options that
/// tie with the best one on guideline endorsements, comorbidity cautions and trial phase
/// are `preferred` (at least one guideline must endorse them for this patient). Ranks are
/// competition ranks: equal keys share a rank.
enum Ranking {
    static func rank(_ drafts: [OptionDraft]) -> [OptionAssessment] {
        let sorted = drafts.sorted { a, b in
            a.rankKey.lexicographicallyPrecedes(b.rankKey) || (a.rankKey == b.rankKey && a.name < b.name)
        }
        let top = sorted.first { $0.isIndicated }
        var out: [OptionAssessment] = []
        var rank = 0
        var previous: [Double]? = nil
        for (i, d) in sorted.enumerated() {
            if d.rankKey != previous { rank = i + 1; previous = d.rankKey }
            var verdict = d.verdict
            if verdict == .option, let top, top.endorsements > 0,
               d.endorsements == top.endorsements, (d.comorbidityCautions > 0) == (top.comorbidityCautions > 0), d.maxPhase == top.maxPhase {
                verdict = .preferred
            }
            out.append(OptionAssessment(
                drugs: d.drugs, inns: d.inns, regimen: d.regimen, name: d.name, verdict: verdict, rank: rank,
                reasons: d.blockers.sorted { $0.0 > $1.0 }.map(\.1) + d.reasons, guidelines: d.positions, cautions: d.cautions))
        }
        return out
    }
}
