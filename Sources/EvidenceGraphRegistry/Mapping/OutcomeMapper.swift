/// Maps posted outcome measures to `outcome` elements, one per measure and category row
/// (a row's title becomes `subgroup`). Structured numbers are taken only where the registry
/// states them plainly: a median with its 95% CI (`armResult median ciLow ciHigh`), a
/// percentage of participants (`ratePercent`), the participants analysed (`n`), and a hazard
/// ratio analysis with its 95% CI and p-value when the measure has one row and one such
/// analysis. Everything the registry says about the measure is kept verbatim in the note.
struct OutcomeMapper {
    let record: RegistryRecord
    let source: String
    let populationID: String
    let armIDs: [(label: String, id: String)]

    mutating func map(ids: inout IDMaker) -> [OutputElement] {
        record.outcomes.enumerated().flatMap { index, outcome -> [OutputElement] in
            let rows: [RegistryCategory?] = outcome.categories.isEmpty ? [nil] : outcome.categories
            let groupArms = arms(for: outcome.groups)
            let hazardRatios = outcome.analyses.filter { RegistryVocabulary.isHazardRatio($0.parameterType) }
            let endpoint = Self.endpoint(outcome.title)
            return rows.enumerated().map { rowIndex, row in
                var e = OutputElement("outcome")
                let subgroup = rows.count > 1 ? row?.title : nil
                let number = index < 9 ? "0\(index + 1)" : "\(index + 1)"
                e.set("id", ids.make("outcome", "\(number) \(endpoint)" + (rows.count > 1 ? " row \(rowIndex + 1)" : "")))
                e.set("name", outcome.title)
                e.set("source", source)
                e.set("endpoint", endpoint)
                e.set("population", populationID)
                e.set("subgroup", subgroup)
                if rows.count == 1, hazardRatios.count == 1 { setHazardRatio(hazardRatios[0], on: &e) }
                if RegistryVocabulary.isPrimaryOutcome(outcome.type) { e.set("primary", "true") }
                e.add("note", text: note(outcome, row: row, groupArms: groupArms))
                for m in row?.measurements ?? [] {
                    guard let arm = groupArms[m.groupID] else { continue }
                    if let r = armResult(m, arm: arm, outcome: outcome, countsApply: rows.count == 1) { e.children.append(r) }
                }
                return e
            }
        }
    }

    /// The endpoint token: the abbreviation the title gives in parentheses (`Overall Survival
    /// (OS) …` → `OS`), else the title's first words as a slug (`time-to-progression`).
    static func endpoint(_ title: String) -> String {
        var rest = Substring(title)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inner = rest[rest.index(after: open)..<close]
            let upper = inner.filter(\.isUppercase).count
            if (2...8).contains(inner.count), upper >= 2, inner.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
                return String(inner)
            }
            rest = rest[rest.index(after: close)...]
        }
        return IDMaker.slug(title.split(separator: " ").prefix(6).joined(separator: " "))
    }

    /// Result group id → arm id: the arm whose label is the group's title, else the one arm
    /// whose label contains it (or is contained in it).
    private func arms(for groups: [RegistryGroup]) -> [String: String] {
        var result: [String: String] = [:]
        for g in groups {
            let title = NameKey.of(g.title)
            if let exact = armIDs.first(where: { NameKey.of($0.label) == title }) {
                result[g.id] = exact.id
                continue
            }
            let partial = armIDs.filter { NameKey.of($0.label).contains(title) || title.contains(NameKey.of($0.label)) }
            if partial.count == 1 { result[g.id] = partial[0].id }
        }
        return result
    }

    private func setHazardRatio(_ a: RegistryAnalysis, on e: inout OutputElement) {
        guard let hr = RegistryNumber.decimal(a.parameterValue), let value = Double(hr), value > 0 else { return }
        e.set("hazardRatio", hr)
        if RegistryVocabulary.is95(a.ciPercent), let low = RegistryNumber.decimal(a.ciLowerLimit),
           let high = RegistryNumber.decimal(a.ciUpperLimit), let l = Double(low), let h = Double(high), l <= value, value <= h {
            e.set("ciLow", low)
            e.set("ciHigh", high)
        }
        if let p = a.pValue.flatMap(RegistryText.trimmed) { e.set("p", p.replacingSpaces) }
    }

    /// `countsApply`: the measure's analysed counts are the row's (not so for subgroup rows).
    private func armResult(_ m: RegistryMeasurement, arm: String, outcome: RegistryOutcome, countsApply: Bool) -> OutputElement? {
        var r = OutputElement("armResult")
        r.set("ref", arm)
        if RegistryVocabulary.isMedian(outcome.parameter), let median = RegistryNumber.decimal(m.value),
           let v = Double(median), v > 0 {
            r.set("median", median)
            r.set("unit", outcome.units)
            if RegistryVocabulary.isCI95(outcome.dispersion), let low = RegistryNumber.decimal(m.lowerLimit),
               let high = RegistryNumber.decimal(m.upperLimit), let l = Double(low), let h = Double(high), l <= v, v <= h {
                r.set("ciLow", low)
                r.set("ciHigh", high)
            }
        } else if RegistryVocabulary.isPercentRate(parameter: outcome.parameter, units: outcome.units),
                  let rate = RegistryNumber.decimal(m.value), let v = Double(rate), (0...100).contains(v) {
            r.set("ratePercent", rate)
        }
        if countsApply { r.set("n", outcome.analyzed[m.groupID].map(String.init)) }
        r.set("source", source)
        return r.attributes.count > 2 ? r : nil
    }

    /// The registry's words and numbers for this measure and row.
    private func note(_ o: RegistryOutcome, row: RegistryCategory?, groupArms: [String: String]) -> String {
        var parts = ["Registry outcome measure (\(o.type)): \(o.title)" + (row?.title.map { " [\($0)]" } ?? "") + "."]
        if let d = o.description { parts.append(RegistryText.sentence("Description: \(d)")) }
        if let t = o.timeFrame { parts.append(RegistryText.sentence("Time frame: \(t)")) }
        if let p = o.population { parts.append(RegistryText.sentence("Analysis population: \(p)")) }
        let measure = [o.parameter, o.dispersion.map { "(\($0))" }, o.units.map { "in \($0)" }].compactMap { $0 }.joined(separator: " ")
        if !measure.isEmpty { parts.append("Measure: \(measure).") }
        let titles = Dictionary(o.groups.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let values = (row?.measurements ?? []).map { m -> String in
            var s = "\(titles[m.groupID] ?? m.groupID) \(m.value ?? "no value")"
            if let spread = m.spread { s += " ± \(spread)" }
            if m.lowerLimit != nil || m.upperLimit != nil { s += " (\(m.lowerLimit ?? "NA") to \(m.upperLimit ?? "NA"))" }
            if let n = o.analyzed[m.groupID] { s += ", n=\(n)" }
            return s
        }
        if !values.isEmpty { parts.append("Values: " + values.joined(separator: "; ") + ".") }
        let unmatched = o.groups.filter { groupArms[$0.id] == nil }.map(\.title)
        if !unmatched.isEmpty { parts.append("Groups not matched to an arm: " + unmatched.joined(separator: "; ") + ".") }
        for a in o.analyses {
            var s = "Analysis: \(a.parameterType ?? "estimate") \(a.parameterValue ?? "not given")"
            if a.ciLowerLimit != nil || a.ciUpperLimit != nil {
                s += ", \(a.ciPercent ?? "?")% CI \(a.ciLowerLimit ?? "NA") to \(a.ciUpperLimit ?? "NA")"
            }
            if let p = a.pValue { s += ", p \(p)" }
            if let m = a.method { s += " (\(m))" }
            if let d = a.description { s += ": \(d)" }
            parts.append(RegistryText.sentence(s))
        }
        return parts.joined(separator: " ")
    }
}
