/// Mechanism: does a trial population's prior treatment cover a drug the patient progressed on?
///
/// A population covers prior drug `p` when it states `p` itself with a share above zero or
/// as required; or, stating nothing about `p`, it requires a class that contains `p` and
/// reports no share for any other drug of that class. A population that reports other drugs
/// of the class but not `p` (MAINTAIN: palbociclib 86.5%, abemaciclib not reported) does
/// not cover `p`.
struct PopulationCoverage {
    let knowledge: ClinicalKnowledge

    enum Result: Hashable {
        case covered(String)
        /// Why not, as a clause ("prior CDK4/6 inhibitor: palbociclib 86.5%; abemaciclib not reported").
        case notCovered(String)
    }

    func covers(_ population: PopulationFacts, priorDrug p: String) -> Result {
        let name = knowledge.drugs[p]?.name ?? p
        if let own = population.priorTherapies.first(where: { $0.therapy == p }) {
            if let share = own.sharePercent {
                return share > 0 ? .covered("\(name) \(Format.number(share))%") : .notCovered("\(name) 0%")
            }
            if own.requirement == .required { return .covered("\(name) required") }
            if own.requirement == .excluded { return .notCovered("prior \(name) excluded") }
        }
        let ids = knowledge.therapyIDs(ofDrug: p)
        let classFacts = population.priorTherapies.filter { $0.therapy != p && ids.contains($0.therapy) }
        let siblings = population.priorTherapies.filter { fact in
            guard fact.therapy != p, knowledge.drugs[fact.therapy] != nil else { return false }
            return !knowledge.therapyIDs(ofDrug: fact.therapy).intersection(classFacts.map(\.therapy)).isEmpty
        }
        let siblingText = siblings.map { s in
            (knowledge.drugs[s.therapy]?.name ?? s.therapy) + (s.sharePercent.map { " \(Format.number($0))%" } ?? "")
        }
        if classFacts.contains(where: { $0.requirement == .required }) && siblings.isEmpty {
            return .covered("prior \(classFacts.map(\.therapy).joined(separator: ", ")) required")
        }
        var clause = siblingText.isEmpty ? "" : "prior " + siblingText.joined(separator: ", ") + "; "
        clause += "\(name) not reported"
        return .notCovered(clause)
    }
}

