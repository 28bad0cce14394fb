/// The patient's derived state as the assessment reports it.
struct DerivedStateReport {
    let context: AssessmentContext

    func report() -> DerivedState {
        let k = context.knowledge
        let p = context.patient
        var byClass: [String: Int] = [:]
        for t in p.therapies where t.isMetastatic {
            var roots: Set<String> = []
            for d in t.drugs {
                for c in k.drugs[d]?.classes ?? [] {
                    for a in k.classAndAncestors(c) where (k.classParents[a] ?? []).isEmpty { roots.insert(a) }
                }
            }
            for r in roots { byClass[k.name(r), default: 0] += 1 }
        }
        var progressed: Set<String> = []
        for d in p.progressedDrugs {
            progressed.insert(k.name(d))
            for c in k.drugs[d]?.classes ?? [] { progressed.insert(k.name(c)) }
        }
        var biomarkers: [String: String] = [:]
        for (id, _) in p.biomarkers { biomarkers[k.name(id)] = p.status(of: id) }
        return DerivedState(
            priorMetastaticLines: p.priorMetastaticLines, currentLine: p.currentLine, linesByClass: byClass,
            progressedOn: progressed.sorted(), derivedFindings: p.derivedFindings, findings: p.presentFindings.sorted(),
            biomarkers: biomarkers, undetermined: p.undetermined, warnings: p.warnings)
    }
}
