/// Biomarker requirements against a patient's statuses.
///
/// A set of `BiomarkerCondition`s holds when every group holds; conditions that share an
/// `anyOf` name (within one owner) form one group that holds when any member holds, and
/// every other condition is a group of its own. A condition holds when one of the patient's
/// statuses — widened by the knowledge base's `StatusRule`s (`mutated` satisfies `altered`,
/// HER2 `low` satisfies `negative`) — is required, the testing source fits, and a required
/// score is within its thresholds. It is *open* (the patient needs a test) when the status
/// is unknown, when a rule says the status may still turn out to be the required one (HER2
/// `negative` without an IHC score may be `low`), or when the score is missing; otherwise
/// it fails.
struct BiomarkerCheck {
    let knowledge: ClinicalKnowledge

    /// A test that would decide an open condition.
    struct OpenTest: Hashable {
        var condition: BiomarkerCondition
        /// What to order, in words.
        var test: String
        /// Set for a plain biomarker test (no rule-specific wording): its sample sources.
        var sources: [String]? = nil

        /// The test as an order for the report.
        func order(citing extra: [String]) -> TestOrder {
            TestOrder(test: test, cites: [condition.biomarker] + extra, decides: [],
                      biomarker: sources == nil ? nil : condition.biomarker, sources: sources ?? [])
        }
    }

    enum Outcome: Hashable {
        case met
        case unknown([OpenTest])
        /// The groups that failed, each with its conditions.
        case failed([[BiomarkerCondition]])
    }

    enum ConditionState { case holds, open(String, plain: Bool), fails }

    func evaluate(_ conditions: [BiomarkerCondition], for patient: ResolvedPatient) -> Outcome {
        var groups: [String: [BiomarkerCondition]] = [:]
        var order: [String] = []
        for c in conditions {
            let key = c.owner + "|" + (c.anyOf.map { "any:" + $0 } ?? "one:" + c.biomarker + ":" + c.statuses.map(\.rawValue).sorted().joined(separator: ","))
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(c)
        }
        var open: [OpenTest] = []
        var failed: [[BiomarkerCondition]] = []
        for key in order {
            let group = groups[key]!
            var groupOpen: [OpenTest] = []
            var holds = false
            for c in group {
                switch state(of: c, for: patient) {
                case .holds: holds = true
                case .open(let test, let plain): groupOpen.append(OpenTest(condition: c, test: test, sources: plain ? c.testing.map(\.rawValue) : nil))
                case .fails: break
                }
            }
            if holds { continue }
            if groupOpen.isEmpty { failed.append(group) } else { open += groupOpen }
        }
        if !failed.isEmpty { return .failed(failed) }
        if !open.isEmpty { return .unknown(open) }
        return .met
    }

    func state(of c: BiomarkerCondition, for patient: ResolvedPatient) -> ConditionState {
        let result = patient.biomarkers[c.biomarker]
        let statuses = patient.statuses(of: c.biomarker)
        let defaultTest = knowledge.name(c.biomarker) + (c.testing.isEmpty ? "" : " (" + c.testing.map(\.rawValue).joined(separator: "/") + " testing)")
        guard !statuses.isEmpty else { return .open(defaultTest, plain: true) }
        let rules = knowledge.statusRules.filter { $0.biomarkers.isEmpty || $0.biomarkers.contains(c.biomarker) }
        var widened = statuses
        for rule in rules where !rule.statuses.isDisjoint(with: statuses) { widened.formUnion(rule.satisfies) }
        // Only the most specific statuses leave a requirement open: HER2 `negative` stated
        // beside a derived `zero` is implied by it, so its "may be low" no longer holds.
        let specific = statuses.filter { status in
            let others = statuses.subtracting([status])
            return !rules.contains { !$0.statuses.isDisjoint(with: others) && $0.satisfies.contains(status) }
        }
        var mayBe: Set<BiomarkerStatus> = []
        var tests: [String] = []
        for rule in rules where !rule.statuses.isDisjoint(with: specific) && !rule.mayBe.isDisjoint(with: c.statuses) {
            mayBe.formUnion(rule.mayBe)
            if let t = rule.test { tests.append(t) }
        }
        if widened.isDisjoint(with: c.statuses) {
            return mayBe.isDisjoint(with: c.statuses) ? .fails : .open(tests.first ?? defaultTest, plain: tests.isEmpty)
        }
        // A germline requirement is not met by a somatic (tumour or ctDNA) result, nor a somatic
        // one by a germline result: the two test different things. Tumour and ctDNA both test
        // the tumour's genome, so either satisfies the other.
        if !c.testing.isEmpty, let source = result?.source {
            let wantsGermline = c.testing.allSatisfy(\.isGermline)
            let wantsSomatic = !c.testing.contains(where: \.isGermline)
            let isGermline = source.isGermline
            if (wantsGermline && !isGermline) || (wantsSomatic && isGermline) { return .open(defaultTest, plain: true) }
        }
        if c.minScore != nil || c.maxScore != nil {
            guard let score = result?.score, c.scale == nil || result?.scale?.lowercased() == c.scale?.lowercased() else {
                return .open(knowledge.name(c.biomarker) + " score" + (c.scale.map { " (" + $0 + ")" } ?? ""), plain: false)
            }
            if let lo = c.minScore, score < lo { return .fails }
            if let hi = c.maxScore, score > hi { return .fails }
        }
        return .holds
    }

    /// "germline BRCA1 or BRCA2 mutated", "PD-L1 positive (CPS ≥ 10)".
    static func describe(_ group: [BiomarkerCondition], names: (String) -> String) -> String {
        let statuses = Set(group.flatMap(\.statuses)).map(\.rawValue).sorted().joined(separator: "/")
        let testing = Set(group.flatMap(\.testing).map(\.rawValue)).sorted().joined(separator: "/")
        let markers = group.map { names($0.biomarker) }.joined(separator: " or ")
        var text = (testing.isEmpty ? "" : testing + " ") + markers + " " + statuses
        if let c = group.first, c.minScore != nil || c.maxScore != nil {
            let scale = c.scale ?? "score"
            let bounds = [c.minScore.map { "\(scale) ≥ \(Format.number($0))" }, c.maxScore.map { "\(scale) ≤ \(Format.number($0))" }].compactMap { $0 }
            text += " (" + bounds.joined(separator: ", ") + ")"
        }
        return text
    }

    /// "PIK3CA (tumor/ctDNA testing), HER2 immunohistochemistry score …".
    static func describeTests(_ open: [OpenTest]) -> String {
        var seen: Set<String> = []
        return open.map(\.test).filter { seen.insert($0).inserted }.joined(separator: ", ")
    }
}
