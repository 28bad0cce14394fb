/// The registry's own enumerations the mapping reads (arm types, intervention types,
/// outcome types, phases, measure parameters), in both spellings: legacy XML
/// (`Active Comparator`, `Phase 1/Phase 2`) and API v2 (`ACTIVE_COMPARATOR`, `PHASE1`).
/// These are ClinicalTrials.gov data-format values, not clinical vocabulary.
enum RegistryVocabulary {
    /// Upper case without spaces, hyphens, slashes or underscores: `Active Comparator` and
    /// `ACTIVE_COMPARATOR` both become `ACTIVECOMPARATOR`.
    static func normalized(_ text: String?) -> String {
        String((text ?? "").uppercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Interventions that are medicines (and so should name a drug of the graph).
    static func isDrugIntervention(_ type: String) -> Bool {
        ["DRUG", "BIOLOGICAL", "COMBINATIONPRODUCT"].contains(normalized(type))
    }

    /// The evidence schema's arm role for a registry arm type.
    static func armRole(_ type: String?) -> String? {
        switch normalized(type) {
        case "EXPERIMENTAL": "experimental"
        case "ACTIVECOMPARATOR", "PLACEBOCOMPARATOR", "SHAMCOMPARATOR", "NOINTERVENTION": "control"
        case "OTHER": "cohort"
        default: nil
        }
    }

    static func isPrimaryOutcome(_ type: String) -> Bool { normalized(type) == "PRIMARY" }

    /// The evidence schema's phase (`1`, `1/2`, `3`) for the registry's phase values, or
    /// `nil` for `N/A`, `Early Phase 1` and combinations the schema has no value for.
    static func phase(_ phases: [String]) -> String? {
        var numbers: [Int] = []
        for raw in phases {
            for part in raw.split(separator: "/") {
                let n = normalized(String(part))
                guard n.hasPrefix("PHASE"), let digit = Int(n.dropFirst(5)) else {
                    if n == "NA" || n == "PHASE" { continue }
                    return nil
                }
                if !numbers.contains(digit) { numbers.append(digit) }
            }
        }
        numbers.sort()
        let text = numbers.map(String.init).joined(separator: "/")
        return ["1", "1/2", "2", "2/3", "3", "4"].contains(text) ? text : nil
    }

    /// Whether an enrollment count is the actual one (not anticipated/estimated).
    static func isActualEnrollment(_ type: String?) -> Bool { normalized(type) == "ACTUAL" }

    static func isMedian(_ parameter: String?) -> Bool { normalized(parameter) == "MEDIAN" }

    /// A measure of participants in percent (`percentage of participants`).
    static func isPercentRate(parameter: String?, units: String?) -> Bool {
        normalized(parameter) == "NUMBER" && (units ?? "").lowercased().contains("percent")
    }

    /// A dispersion that is a 95% confidence interval (`95% Confidence Interval`, `CONFIDENCE_95`).
    static func isCI95(_ dispersion: String?) -> Bool {
        let n = normalized(dispersion)
        return n.contains("CONFIDENCE") && n.contains("95")
    }

    /// An analysis estimating a hazard ratio (`Hazard Ratio (HR)`, `Hazard Ratio, log`).
    static func isHazardRatio(_ parameterType: String?) -> Bool {
        normalized(parameterType).hasPrefix("HAZARDRATIO") && !normalized(parameterType).contains("LOG")
    }

    /// Whether a CI percentage is 95.
    static func is95(_ percent: String?) -> Bool { RegistryNumber.value(percent) == 95 }
}
