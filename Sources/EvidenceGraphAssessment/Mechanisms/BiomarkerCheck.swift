/// Mechanism: biomarker requirements.
///
/// A set of ``BiomarkerCondition``s holds when every group holds; conditions that share an
/// `anyOf` name (within one owner) form one group that holds when any member holds, and
/// every other condition is a group of its own. A condition holds when the patient's status
/// of the biomarker is one of the required statuses. A group that does not hold is
/// *unknown* when a member's status is unknown (the patient needs that test), else *failed*.
struct BiomarkerCheck {
    enum Outcome: Hashable {
        case met
        /// Tests that would decide it: (biomarker, testing sources).
        case unknown([BiomarkerCondition])
        /// The groups that failed, each with its conditions.
        case failed([[BiomarkerCondition]])
    }

    static func evaluate(_ conditions: [BiomarkerCondition], for patient: ResolvedPatient) -> Outcome {
        var groups: [String: [BiomarkerCondition]] = [:]
        var order: [String] = []
        for c in conditions {
            let key = c.owner + "|" + (c.anyOf.map { "any:" + $0 } ?? "one:" + c.biomarker + ":" + c.statuses.joined(separator: ","))
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(c)
        }
        var unknown: [BiomarkerCondition] = []
        var failed: [[BiomarkerCondition]] = []
        for key in order {
            let group = groups[key]!
            if group.contains(where: { $0.statuses.contains(patient.status(of: $0.biomarker)) }) { continue }
            let open = group.filter { patient.status(of: $0.biomarker) == "unknown" }
            if open.isEmpty { failed.append(group) } else { unknown += open }
        }
        if !failed.isEmpty { return .failed(failed) }
        if !unknown.isEmpty { return .unknown(unknown) }
        return .met
    }

    /// "germline BRCA1 or BRCA2 mutated".
    static func describe(_ group: [BiomarkerCondition], names: (String) -> String) -> String {
        let statuses = Set(group.flatMap(\.statuses)).sorted().joined(separator: "/")
        let testing = Set(group.flatMap(\.testing)).sorted().joined(separator: "/")
        let markers = group.map { names($0.biomarker) }.joined(separator: " or ")
        return (testing.isEmpty ? "" : testing + " ") + markers + " " + statuses
    }

    /// "PIK3CA (tumor/ctDNA)".
    static func describeTests(_ conditions: [BiomarkerCondition], names: (String) -> String) -> String {
        var seen: Set<String> = []
        return conditions.filter { seen.insert($0.biomarker).inserted }.map { c in
            names(c.biomarker) + (c.testing.isEmpty ? "" : " (" + c.testing.joined(separator: "/") + " testing)")
        }.joined(separator: ", ")
    }
}
