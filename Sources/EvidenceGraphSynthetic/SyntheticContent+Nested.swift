/// Trials (with their populations, arms and outcomes) and guidelines (with their
/// recommendations).
extension SyntheticContent {
    func trial(_ r: inout SyntheticRecord, _ index: Int, _ name: String, _ rng: inout SplitMix64) {
        if rng.chance(0.9) { r.attr("nct", "NCT" + String(10_000_000 + rng.below(89_999_999))) }
        if rng.chance(0.8) { r.attr("acronym", name) }
        r.attr("phase", rng.pick(["1", "1/2", "2", "2/3", "3", "3", "3", "4", "retrospective"]))
        if rng.chance(0.5) { r.attr("design", rng.pick(["randomized, double-blind", "randomized, open-label", "single-arm"])) }
        if rng.chance(0.9) { r.attr("enrollment", String(20 + rng.below(1500)), .integer) }
        if rng.chance(0.8) { r.text("title", "A phase study of " + Words.drugName(&rng) + " in " + Words.word(&rng).lowercased() + " cancer") }
        note(&r, &rng)
        refs(&r, .trial, index, &rng) { _, rng in
            rng.chance(0.6) ? [.init(name: "role", value: rng.pick(["primary", "final-os", "update"]), kind: .string)] : []
        }
        r.children.append(.nested(record(.population, index), containment: "HAS_POPULATION"))
        for a in 0..<SyntheticPlan.armsPerTrial {
            r.children.append(.nested(record(.arm, index * SyntheticPlan.armsPerTrial + a), containment: "HAS_ARM"))
        }
        for o in 0..<SyntheticPlan.armsPerTrial {
            r.children.append(.nested(record(.outcome, index * SyntheticPlan.armsPerTrial + o), containment: "REPORTS"))
        }
    }

    func population(_ r: inout SyntheticRecord, _ index: Int, _ name: String, _ rng: inout SplitMix64) {
        r.attr("setting", rng.pick(["metastatic", "advanced", "adjuvant", "neoadjuvant"]))
        if rng.chance(0.8) { r.attr("line", rng.pick(["1", "2", "2+", "≥2", "any"])) }
        if rng.chance(0.8) { r.attr("n", String(20 + rng.below(1000)), .integer) }
        if rng.chance(0.5) { r.attr("menopausalStatus", rng.pick(["postmenopausal", "premenopausal", "any"])) }
        if rng.chance(0.6) { r.attr("medianAgeYears", rng.decimal(in: 40...75), .decimal) }
        if rng.chance(0.6) { r.attr("visceralPercent", rng.decimal(in: 0...100), .decimal) }
        describe(&r, "description", name, 0.4, &rng)
        note(&r, &rng)
        refs(&r, .population, index, &rng) { ref, rng in
            switch ref.type {
            case "PRIOR_THERAPY":
                var a: [SyntheticRecord.Attribute] = [.init(name: "requirement", value: rng.pick(["required", "excluded", "allowed", "reported", "predates"]), kind: .string)]
                if rng.chance(0.4) { a.append(.init(name: "sharePercent", value: rng.decimal(in: 0...100), kind: .decimal)) }
                if rng.chance(0.3) { a.append(.init(name: "progressionRequired", value: rng.chance(0.5) ? "true" : "false", kind: .boolean)) }
                return a
            case "HAS_SITE": return rng.chance(0.5) ? [.init(name: "sharePercent", value: rng.decimal(in: 0...100), kind: .decimal)] : []
            case "REQUIRES_BIOMARKER": return biomarkerRef(&rng)
            default: return []
            }
        }
    }

    func arm(_ r: inout SyntheticRecord, _ index: Int, _ rng: inout SplitMix64) {
        r.attr("regimen", plan.target([.regimen], &rng), .reference("USES_REGIMEN"))
        r.attr("role", index % SyntheticPlan.armsPerTrial == 0 ? "experimental" : "control")
        if rng.chance(0.8) { r.attr("n", String(10 + rng.below(700)), .integer) }
        note(&r, &rng)
    }

    func outcome(_ r: inout SyntheticRecord, _ index: Int, _ rng: inout SplitMix64) {
        let trial = index / SyntheticPlan.armsPerTrial
        r.attr("endpoint", rng.pick(["PFS", "PFS", "OS", "ORR", "DFS", "CBR"]))
        if rng.chance(0.5) { r.attr("assessment", rng.pick(["investigator", "BICR"])) }
        if rng.chance(0.6) { r.attr("analysis", rng.pick(["interim", "final"])) }
        r.attr("population", plan.id(.population, trial), .reference("IN_POPULATION"))
        if index % SyntheticPlan.armsPerTrial == 0 { r.attr("primary", "true", .boolean) }
        if rng.chance(0.15) { r.attr("subgroup", rng.pick(["visceral metastases", "ESR1-mutated", "≥65 лет"])) }
        if rng.chance(0.5) { r.attr("publication", plan.target([.publication], &rng), .reference("REPORTED_IN")) }
        if rng.chance(0.8) {
            let hr = 20 + rng.below(120)  // hundredths
            r.attr("hazardRatio", SplitMix64.format(hr, digits: 2), .decimal)
            r.attr("ciLow", SplitMix64.format(hr - 1 - rng.below(min(15, hr - 1)), digits: 2), .decimal)
            r.attr("ciHigh", SplitMix64.format(hr + 1 + rng.below(30), digits: 2), .decimal)
        }
        if rng.chance(0.5) { r.attr("p", rng.pick(["<0.0001", "<0.001", "0.03", "0.21", "0.004"])) }
        if rng.chance(0.5) { r.attr("followUpMonths", rng.decimal(in: 6...90), .decimal) }
        note(&r, &rng)
        for a in 0..<SyntheticPlan.armsPerTrial where rng.chance(0.9) {
            var attrs: [SyntheticRecord.Attribute] = []
            if rng.chance(0.8) {
                let median = 10 + rng.below(400)  // tenths of a month
                attrs.append(.init(name: "median", value: SplitMix64.format(median, digits: 1), kind: .decimal))
                attrs.append(.init(name: "unit", value: "months", kind: .string))
                if rng.chance(0.6) {
                    attrs.append(.init(name: "ciLow", value: SplitMix64.format(median - rng.below(median), digits: 1), kind: .decimal))
                    attrs.append(.init(name: "ciHigh", value: SplitMix64.format(median + 1 + rng.below(100), digits: 1), kind: .decimal))
                }
            }
            if rng.chance(0.3) { attrs.append(.init(name: "ratePercent", value: rng.decimal(in: 0...100), kind: .decimal)) }
            r.ref("armResult", "FOR_ARM", plan.id(.arm, trial * SyntheticPlan.armsPerTrial + a), attrs)
        }
    }

    /// The recommendations nested in guideline `g`: an even split of all recommendations.
    func recommendations(of g: Int) -> Range<Int> {
        let total = plan.count(.recommendation), guidelines = plan.count(.guideline)
        return (g * total / guidelines)..<((g + 1) * total / guidelines)
    }

    func guideline(_ r: inout SyntheticRecord, _ index: Int, _ name: String, _ rng: inout SplitMix64) {
        let issuer = String(name.prefix { $0 != " " })
        r.attr("issuer", issuer)
        if rng.chance(0.5) { r.attr("jurisdiction", issuer == "RU-MoH" ? "Российская Федерация" : rng.pick(["EU", "US", "international"])) }
        r.attr("version", String(2015 + rng.below(11)) + "." + String(1 + rng.below(4)))
        if rng.chance(0.7) { r.attr("date", String(2015 + rng.below(11)) + "-" + String(10 + rng.below(3))) }
        if rng.chance(0.5) { r.attr("url", "https://example.org/guideline/" + String(index)) }
        r.attr("language", issuer == "RU-MoH" ? "ru" : "en")
        if rng.chance(0.5) { r.attr("levelScheme", issuer == "RU-MoH" ? "УДД 1–5" : "ESMO I–V") }
        if rng.chance(0.8) { r.text("title", issuer == "RU-MoH" ? "Клинические рекомендации: рак молочной железы" : name + ": metastatic breast cancer") }
        note(&r, &rng)
        for i in recommendations(of: index) {
            r.children.append(.nested(record(.recommendation, i), containment: "HAS_RECOMMENDATION"))
        }
    }

    func recommendation(_ r: inout SyntheticRecord, _ index: Int, _ name: String, _ rng: inout SplitMix64) {
        r.attr("regimen", plan.target([.regimen], &rng), .reference("RECOMMENDS"))
        if rng.chance(0.9) { r.attr("stance", rng.pick(["recommended", "recommended", "may-be-considered", "not-recommended"])) }
        if rng.chance(0.7) { r.attr("setting", rng.pick(["metastatic", "adjuvant"])) }
        if rng.chance(0.7) { r.attr("line", rng.pick(["1", "2", "2+", "≥3"])) }
        if rng.chance(0.8) { r.attr("evidenceLevel", rng.pick(["I", "II", "III", "1", "2A", "2B", "УДД-2"])) }
        if rng.chance(0.6) { r.attr("grade", rng.pick(["A", "B", "C", "УУР-A"])) }
        if rng.chance(0.3) { r.attr("preference", rng.pick(["preferred", "other", "useful"])) }
        if rng.chance(0.7) { r.text("statement", Words.sentence(name, russian: 0.3, &rng)) }
        note(&r, &rng)
        let all = SyntheticPlan.refs(.recommendation)
        refs(&r, .recommendation, index, &rng, only: Set(all.filter { $0.type != "CITES" }.map(\.element))) { ref, rng in
            switch ref.type {
            case "REQUIRES_PRIOR": return [.init(name: "requirement", value: rng.pick(["required", "excluded", "allowed"]), kind: .string)]
            case "REQUIRES_BIOMARKER": return biomarkerRef(&rng)
            default: return []
            }
        }
        if rng.chance(0.3) { r.children.append(.score(scheme: "ESMO-MCBS", value: String(1 + rng.below(5)))) }
        if rng.chance(0.2) { r.children.append(.score(scheme: "ESCAT", value: rng.pick(["IA", "IB", "IIA"]))) }
        refs(&r, .recommendation, index, &rng, only: ["cites"])
    }
}
