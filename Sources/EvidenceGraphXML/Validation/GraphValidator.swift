import EvidenceGraphCore

/// Checks a loaded graph against the consistency rules beyond the XSD.
///
/// ```swift
/// let loaded = try GraphLoader().load(["Graph"])
/// let findings = GraphValidator().validate(loaded)
/// let failed = findings.contains { $0.severity == .error }
/// ```
///
/// Rules (id — severity): `duplicate-id` — error, `dangling-reference` — error,
/// `recommendation-cites-missing-trial` — error, `wrong-endpoint-labels` — error,
/// `regimen-without-drugs` — error, `trial-outcome-sanity` — error, `grade-in-scheme` — error,
/// `eligibility-range` — error, `trial-primary-outcome` — error, `population-shares` — error,
/// `nct-id-format` — error, `class-hierarchy-cycle` — error, `orphan-node` — warning,
/// `arm-without-regimen` — warning (the list is `Diagnostic.Rule.consistencyRules`; each rule is
/// described in docs/graph-model.md).
public struct GraphValidator: Sendable {
    /// The rules applied, in order.
    public var rules: [any ValidationRule]

    /// A validator with `rules` (all rules by default).
    public init(rules: [any ValidationRule] = GraphValidator.defaultRules) {
        self.rules = rules
    }

    /// Every rule.
    public static let defaultRules: [any ValidationRule] = loadRules + [
        WrongEndpointLabelsRule(),
        RegimenWithoutDrugsRule(),
        TrialOutcomeSanityRule(),
        GradeInSchemeRule(),
        EligibilityRangeRule(),
        PrimaryOutcomeRule(),
        PopulationSharesRule(),
        NCTIDFormatRule(),
        ClassHierarchyCycleRule(),
        OrphanNodeRule(),
        ArmWithoutRegimenRule(),
    ]

    /// The rules about what the loader itself saw (their findings are also in
    /// ``LoadedGraph/diagnostics``).
    static let loadRules: [any ValidationRule] = [
        DuplicateIDRule(),
        DanglingReferenceRule(),
        RecommendationCitesMissingTrialRule(),
    ]

    /// All findings (including the loader's non-fatal ones and XSD warnings), sorted by file,
    /// line, column and rule id; findings without a location come first.
    /// - Complexity: O(N + M) per rule.
    public func validate(_ loaded: LoadedGraph) -> [Diagnostic] {
        var all = loaded.diagnostics.filter { d in !GraphValidator.loadRules.contains { $0.rule == d.rule } }
        for rule in rules { all += rule.check(loaded) }
        return all.sorted { a, b in
            let la = a.location, lb = b.location
            if la?.file != lb?.file { return (la?.file ?? "") < (lb?.file ?? "") }
            if la?.line != lb?.line { return (la?.line ?? 0) < (lb?.line ?? 0) }
            if la?.column != lb?.column { return (la?.column ?? 0) < (lb?.column ?? 0) }
            return a.ruleID < b.ruleID
        }
    }
}
