/// How each piece of the knowledge base's evidence fits one patient, for presentations that
/// draw it (the evidence drawings and forest plots of EvidenceGraphFormats): the same checks
/// the assessment makes (``EligibilityCheck``, ``BiomarkerCheck``), asked one node at a time.
package struct EvidenceFit: Sendable {
    /// Whether a criterion, population or recommendation holds for the patient.
    package enum State: String, Sendable, Hashable {
        /// Holds.
        case met
        /// Cannot be decided yet (a test is missing).
        case open
        /// Does not hold.
        case failed
    }

    package let knowledge: ClinicalKnowledge
    package let patient: ResolvedPatient

    /// Resolves `profile` against `knowledge` (names, derived statuses and findings).
    /// - Throws: ``AssessmentError`` for names in the profile the knowledge base does not know.
    package init(knowledge: ClinicalKnowledge, profile: PatientProfile) throws(AssessmentError) {
        self.knowledge = knowledge
        self.patient = try PatientResolver(knowledge: knowledge).resolve(profile)
    }

    /// Whether the patient meets an eligibility (a trial population's or a recommendation's).
    package func state(of eligibility: Eligibility) -> State {
        let r = EligibilityCheck(knowledge: knowledge, patient: patient).check(eligibility)
        return !r.failed.isEmpty ? .failed : (r.open.isEmpty ? .met : .open)
    }

    /// What fails or is open in an eligibility, in words ("for line 3 or later (this patient: line 2)").
    package func shortfall(of eligibility: Eligibility) -> String {
        EligibilityCheck(knowledge: knowledge, patient: patient).check(eligibility).text
    }

    /// Whether a trial population fits the patient as evidence for an option of `drugs`: its
    /// eligibility holds, and — when the option re-uses a class of a drug she progressed on and
    /// the knowledge base holds an evidence-applicability principle (``EvidenceCoverage``) —
    /// it covers that prior drug (``PopulationCoverage``). With what differs, in words.
    package func state(of population: PopulationFacts, forDrugs drugs: [String]) -> (state: State, differs: String) {
        let r = EligibilityCheck(knowledge: knowledge, patient: patient).check(population.eligibility)
        var clauses = (r.failed + r.open).map(\.text)
        if knowledge.principles.contains(where: { $0.kind == .evidenceApplicability }) {
            let coverage = PopulationCoverage(knowledge: knowledge)
            for drug in drugs {
                let classes = Set(knowledge.drugs[drug]?.classes ?? [])
                for prior in patient.progressedDrugs.sorted() where prior != drug && !classes.isDisjoint(with: knowledge.drugs[prior]?.classes ?? []) {
                    if case .notCovered(let clause) = coverage.covers(population, priorDrug: prior) { clauses.append(clause) }
                }
            }
        }
        let state: State = !r.failed.isEmpty || clauses.count > r.failed.count + r.open.count ? .failed : (r.open.isEmpty ? .met : .open)
        return (state, clauses.joined(separator: "; "))
    }

    /// Whether one biomarker condition holds for the patient (status rules and testing
    /// source included).
    package func state(of condition: BiomarkerCondition) -> State {
        switch BiomarkerCheck(knowledge: knowledge).state(of: condition, for: patient) {
        case .holds: .met
        case .open: .open
        case .fails: .failed
        }
    }

    /// A condition in words ("germline BRCA1 mutated", "HR positive").
    package func describe(_ condition: BiomarkerCondition) -> String {
        BiomarkerCheck.describe([condition], names: knowledge.name)
    }
}
