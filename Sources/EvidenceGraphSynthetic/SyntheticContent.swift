/// Builds the records of a ``SyntheticPlan``: each entity's attributes, text children and
/// references, from a generator seeded per entity.
struct SyntheticContent {
    typealias Kind = SyntheticPlan.Kind
    let plan: SyntheticPlan

    /// Calls `body` with every top-level entity in document order (trials and guidelines with
    /// their nested entities); only one record is alive at a time.
    func forEachRecord(_ body: (SyntheticRecord) throws -> Void) rethrows {
        let topLevel: [Kind] = [.drugClass, .drug, .target, .pathway, .biomarker, .disease, .finding,
                                .metastaticSite, .comorbidity, .toxicity, .regimenCategory, .regimen,
                                .publication, .trial, .guideline, .principle]
        for kind in topLevel {
            for i in 0..<plan.count(kind) { try body(record(kind, i)) }
        }
    }

    func record(_ kind: Kind, _ index: Int) -> SyntheticRecord {
        var rng = plan.rng(kind, index)
        var r = SyntheticRecord(element: kind.element, label: kind.label, id: plan.id(kind, index))
        let name = baseName(kind, &rng)
        if rng.chance(kind == .principle || kind == .population ? 0.6 : 0.95) { r.attr("name", name) }
        if rng.chance(0.6) { r.attr("source", sources(&rng), .tokenList) }
        fill(&r, kind, index, name, &rng)
        return r
    }

    private func baseName(_ kind: Kind, _ rng: inout SplitMix64) -> String {
        switch kind {
        case .drug: return Words.drugName(&rng)
        case .drugClass: return Words.word(&rng) + " inhibitor"
        case .target, .biomarker: return Words.gene(&rng)
        case .pathway: return Words.gene(&rng) + "–" + Words.gene(&rng) + " signalling"
        case .disease: return Words.word(&rng) + " carcinoma"
        case .regimen: return Words.drugName(&rng) + " + " + Words.drugName(&rng)
        case .trial: return Words.acronym(&rng)
        case .guideline: return rng.pick(["ESMO", "NCCN", "RU-MoH", "ASCO"]) + " " + Words.word(&rng) + " guideline"
        default: return Words.word(&rng) + " " + Words.word(&rng).lowercased()
        }
    }

    private func sources(_ rng: inout SplitMix64) -> String {
        (0..<(1 + rng.below(3))).map { _ in
            switch rng.below(3) {
            case 0: "PMID:" + String(10_000_000 + rng.below(30_000_000))
            case 1: "NCT" + String(10_000_000 + rng.below(89_999_999))
            default: rng.pick(["esmo-mbc-2024", "nccn-breast-2025", "ru-moh-rmz-2024", "asco-2023"])
            }
        }.joined(separator: " ")
    }

    /// Appends `n` references of each kind of `kind`'s table, in table (XSD) order.
    func refs(_ r: inout SyntheticRecord, _ kind: Kind, _ index: Int, _ rng: inout SplitMix64,
                      only elements: Set<String>? = nil, attributes: (SyntheticPlan.RefKind, inout SplitMix64) -> [SyntheticRecord.Attribute] = { _, _ in [] }) {
        for ref in SyntheticPlan.refs(kind) where elements?.contains(ref.element) ?? true {
            let hierarchy = ref.type == "SUBCLASS_OF" || ref.type == "SUBTYPE_OF"
            if hierarchy && index == 0 { continue }  // parents come first: no cycles
            let n = max(ref.minimum, plan.referenceCount(ref.mean, &rng))
            var seen: [String] = []
            for _ in 0..<n {
                // A few tries to avoid naming the same target twice (cheap; small lists).
                var target = ""
                for _ in 0..<4 {
                    target = hierarchy ? plan.id(kind, rng.skewed(index)) : plan.target(ref.targets, &rng)
                    if !seen.contains(target) { break }
                }
                if seen.contains(target) { continue }
                seen.append(target)
                r.ref(ref.element, ref.type, target, attributes(ref, &rng))
            }
        }
    }

    private func synonyms(_ r: inout SyntheticRecord, _ name: String, _ rng: inout SplitMix64, latin: Double, russian: Double) {
        if rng.chance(latin) { r.text("synonym", Words.word(&rng).uppercased() + "-" + String(rng.below(999)), list: true, property: "synonyms") }
        if rng.chance(russian) { r.text("synonym", Words.russian(name), list: true, lang: "ru", property: "synonyms") }
    }

    func describe(_ r: inout SyntheticRecord, _ element: String, _ name: String, _ p: Double, _ rng: inout SplitMix64) {
        if rng.chance(p) { r.text(element, Words.sentence(name, russian: 0.3, &rng)) }
    }

    func note(_ r: inout SyntheticRecord, _ rng: inout SplitMix64) {
        if rng.chance(0.08) { r.text("note", "No value reported; " + Words.word(&rng).lowercased() + " follow-up pending.") }
    }

    private func fill(_ r: inout SyntheticRecord, _ kind: Kind, _ index: Int, _ name: String, _ rng: inout SplitMix64) {
        switch kind {
        case .drug:
            if rng.chance(0.9) { r.attr("inn", name.lowercased()) }
            if rng.chance(0.7) { r.attr("atc", "L0" + String(1 + rng.below(4)) + "X" + String(rng.below(99))) }
            if rng.chance(0.8) { r.attr("route", rng.pick(["oral", "iv", "sc", "im"])) }
            synonyms(&r, name, &rng, latin: 0.5, russian: 0.8)
            if rng.chance(0.5) { r.text("brand", Words.word(&rng) + "®", list: true, property: "brandNames") }
            describe(&r, "mechanism", name, 0.7, &rng)
            note(&r, &rng)
            refs(&r, kind, index, &rng) { ref, rng in
                switch ref.type {
                case "TARGETS": return [.init(name: "action", value: rng.pick(["inhibitor", "degrader", "antagonist", "agonist"]), kind: .string)]
                case "CAUSES":
                    var a: [SyntheticRecord.Attribute] = [.init(name: "incidencePercent", value: rng.decimal(in: 0.5...80), kind: .decimal)]
                    if rng.chance(0.6) { a.append(.init(name: "grade3plusPercent", value: rng.decimal(in: 0...30), kind: .decimal)) }
                    return a
                case "CAUTION_IN": return rng.chance(0.7) ? [.init(name: "severity", value: rng.pick(["minor", "moderate", "major"]), kind: .string)] : []
                case "REQUIRES_BIOMARKER": return biomarkerRef(&rng)
                default: return []
                }
            }
        case .drugClass:
            synonyms(&r, name, &rng, latin: 0.2, russian: 0.4)
            describe(&r, "description", name, 0.5, &rng)
            refs(&r, kind, index, &rng) { ref, rng in
                ref.type == "TARGETS" ? [.init(name: "action", value: "inhibitor", kind: .string)] : []
            }
        case .target:
            if rng.chance(0.9) { r.attr("gene", name) }
            if rng.chance(0.8) { r.attr("kind", rng.pick(["kinase", "receptor", "enzyme", "transcription-factor"])) }
            synonyms(&r, name, &rng, latin: 0.3, russian: 0.1)
            describe(&r, "description", name, 0.3, &rng)
            refs(&r, kind, index, &rng)
        case .pathway:
            describe(&r, "description", name, 0.6, &rng)
        case .biomarker:
            if rng.chance(0.9) { r.attr("gene", name) }
            if rng.chance(0.6) { r.attr("hgnc", "HGNC:" + String(1 + rng.below(50_000))) }
            r.attr("kind", rng.pick(["mutation", "expression", "amplification", "fusion"]))
            if rng.chance(0.7) { r.attr("testing", ["tumor", "germline", "tumor ctDNA", "germline tumor"][rng.below(4)], .tokenList) }
            if rng.chance(0.8) { r.attr("statuses", ["positive negative", "mutated wild-type", "amplified", "low ultralow negative"][rng.below(4)], .tokenList) }
            describe(&r, "description", name, 0.3, &rng)
            refs(&r, kind, index, &rng)
        case .disease:
            synonyms(&r, name, &rng, latin: 0.3, russian: 0.7)
            describe(&r, "description", name, 0.4, &rng)
            refs(&r, kind, index, &rng)
        case .finding:
            synonyms(&r, name, &rng, latin: 0.2, russian: 0.5)
            describe(&r, "definition", name, 0.6, &rng)
        case .metastaticSite:
            if rng.chance(0.9) { r.attr("visceral", rng.chance(0.5) ? "true" : "false", .boolean) }
            synonyms(&r, name, &rng, latin: 0.1, russian: 0.8)
        case .comorbidity:
            synonyms(&r, name, &rng, latin: 0.3, russian: 0.7)
            note(&r, &rng)
        case .toxicity:
            synonyms(&r, name, &rng, latin: 0.3, russian: 0.6)
            describe(&r, "description", name, 0.4, &rng)
            refs(&r, kind, index, &rng) { _, rng in
                rng.chance(0.5) ? [.init(name: "severity", value: rng.pick(["minor", "moderate", "major"]), kind: .string)] : []
            }
        case .regimenCategory:
            describe(&r, "description", name, 0.8, &rng)
        case .regimen:
            if rng.chance(0.7) { r.attr("cycleDays", String(rng.pick([7, 14, 21, 28])), .integer) }
            synonyms(&r, name, &rng, latin: 0.2, russian: 0.5)
            note(&r, &rng)
            refs(&r, kind, index, &rng) { ref, rng in
                switch ref.type {
                case "INCLUDES":
                    var a: [SyntheticRecord.Attribute] = []
                    if rng.chance(0.7) { a.append(.init(name: "dose", value: String(5 * (1 + rng.below(200))) + " mg", kind: .string)) }
                    if rng.chance(0.5) { a.append(.init(name: "route", value: rng.pick(["oral", "iv"]), kind: .string)) }
                    return a
                case "REQUIRES_BIOMARKER": return biomarkerRef(&rng)
                default: return []
                }
            }
        case .publication:
            if rng.chance(0.9) { r.attr("pmid", String(10_000_000 + rng.below(30_000_000))) }
            if rng.chance(0.6) { r.attr("doi", "10.1000/j." + Words.word(&rng).lowercased() + "." + String(rng.below(100_000))) }
            if rng.chance(0.8) { r.attr("journal", rng.pick(["N Engl J Med", "Lancet Oncol", "J Clin Oncol", "Ann Oncol", "Злокачественные опухоли", "Breast Cancer Res Treat"])) }
            if rng.chance(0.95) { r.attr("year", String(1995 + rng.below(30)), .integer) }
            if rng.chance(0.7) { r.attr("title", Words.sentence(name, russian: 0.15, &rng)) }
            if rng.chance(0.3) { r.attr("url", "https://example.org/pub/" + String(index)) }
            if rng.chance(0.4) { r.text("citation", name + " et al. " + String(1995 + rng.below(30)) + ";" + String(rng.below(400)) + ":" + String(rng.below(2000)) + ".") }
        case .trial:
            trial(&r, index, name, &rng)
        case .guideline:
            guideline(&r, index, name, &rng)
        case .principle:
            r.attr("kind", rng.pick(["sequencing", "prior-progression", "evidence-applicability", "biomarker-requirement", "comorbidity-caution"]))
            describe(&r, "statement", name, 0.8, &rng)
            note(&r, &rng)
            refs(&r, kind, index, &rng)
        case .population: population(&r, index, name, &rng)
        case .arm: arm(&r, index, &rng)
        case .outcome: outcome(&r, index, &rng)
        case .recommendation: recommendation(&r, index, name, &rng)
        }
    }

    func biomarkerRef(_ rng: inout SplitMix64) -> [SyntheticRecord.Attribute] {
        var a: [SyntheticRecord.Attribute] = [.init(name: "status", value: rng.pick(["positive", "mutated", "negative", "low ultralow", "amplified"]), kind: .string)]
        if rng.chance(0.3) { a.append(.init(name: "testing", value: rng.pick(["tumor", "germline", "tumor ctDNA"]), kind: .tokenList)) }
        return a
    }
}
