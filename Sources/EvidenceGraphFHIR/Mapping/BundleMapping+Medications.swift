import EvidenceGraphAssessment

/// Medication statements, requests and administrations: cancer therapies (an mCODE
/// cancer-related profile, a `reasonReference` to a cancer condition, or a therapy extension)
/// grouped into regimens; other current medications as the patient file's `medication`.
extension BundleMapping {
    mutating func medication(_ m: FHIRMedicationUse, type: String, _ place: Place) {
        if m.status == FHIRFormat.enteredInError {
            warning(place.at("status"), "entered in error; not read")
            return
        }
        guard m.medicationCodeableConcept != nil else {
            return error(place.at(m.medicationReference != nil ? "medicationReference" : "medication[x]"),
                         "only medicationCodeableConcept is read (RxNorm or ATC codings, or text)")
        }
        guard let drug = resolve(m.medicationCodeableConcept, labels: ["Drug"], at: place.at("medicationCodeableConcept")) else { return }
        let extensions = m.extension ?? []
        let isTherapy = !Set(m.meta?.profile ?? []).isDisjoint(with: FHIRFormat.Profile.cancerRelatedMedication)
            || (m.reasonReference ?? []).contains { $0.reference.map(cancerConditions.contains) ?? false }
            || extensions.contains { $0.url.hasPrefix(FHIRFormat.Extension.base) }
        guard isTherapy else {
            if m.status.map(FHIRFormat.currentStatuses.contains) ?? true {
                addUnique(drug.name, to: \.medications)
            } else {
                warning(place.at("status"), "'\(drug.name)' is neither a cancer-related therapy (mCODE profile, reasonReference to a cancer condition) nor current (status \(m.status ?? "")); not used")
            }
            return
        }
        let key = m.groupIdentifier?.value.map { "group:" + $0 } ?? m.basedOn?.first?.reference ?? m.request?.reference ?? place.resource
        var t = therapies[key] ?? PatientProfile.Therapy(drugs: [])
        if therapies[key] == nil { therapyOrder.append(key) }
        if !t.drugs.contains(drug.name) { t.drugs.append(drug.name) }
        func ext(_ url: String) -> FHIRExtension? { extensions.first { $0.url == url } }
        fill(&t.setting, ext(FHIRFormat.Extension.therapySetting).flatMap { $0.valueCode ?? $0.valueString }, "setting", place)
        fill(&t.line, ext(FHIRFormat.Extension.lineOfTherapy).flatMap { $0.valuePositiveInt ?? $0.valueInteger }, "line", place)
        fill(&t.bestResponse, ext(FHIRFormat.Extension.bestResponse).flatMap { $0.valueCode ?? $0.valueString }, "best response", place)
        fill(&t.durationMonths, months(ext(FHIRFormat.Extension.therapyDuration), place), "duration", place)
        fill(&t.outcome, outcome(m, ext(FHIRFormat.Extension.therapyOutcome), place), "outcome", place)
        let started = m.effectivePeriod?.start.map { ($0, "effectivePeriod.start") } ?? m.effectiveDateTime.map { ($0, "effectiveDateTime") }
            ?? m.authoredOn.map { ($0, "authoredOn") }
        fill(&t.start, date(started?.0, at: place.at(started?.1 ?? "")), "start", place)
        fill(&t.end, date(m.effectivePeriod?.end, at: place.at("effectivePeriod.end")), "end", place)
        therapies[key] = t
    }

    /// Sets a regimen's field from one of its resources; resources of one regimen disagreeing is a warning.
    mutating func fill<T: Equatable>(_ field: inout T?, _ value: T?, _ what: String, _ place: Place) {
        guard let value else { return }
        if let old = field, old != value {
            warning(place, "\(what) '\(value)' differs from '\(old)' given by another resource of the same regimen; '\(old)' is used")
        } else {
            field = value
        }
    }

    /// The therapy-duration extension in months (`mo`; `a`, `wk` and `d` converted).
    mutating func months(_ e: FHIRExtension?, _ place: Place) -> Double? {
        guard let e, let q = e.valueDuration ?? e.valueQuantity, let v = q.value else { return nil }
        switch q.code ?? q.unit {
        case "mo", "month", "months", nil: return v
        case "a", "year", "years": return v * 12
        case "wk", "week", "weeks": return v * 7 / 30.44
        case "d", "day", "days": return v / 30.44
        case let unit?:
            warning(place.at("extension"), "duration unit '\(unit)' is not a time unit; not used")
            return nil
        }
    }

    /// The outcome: the therapy-outcome extension, else the status (a stopped therapy's
    /// `statusReason` names progression or toxicity).
    mutating func outcome(_ m: FHIRMedicationUse, _ e: FHIRExtension?, _ place: Place) -> String? {
        if let code = e?.valueCode ?? e?.valueString { return code }
        guard let status = m.status else { return nil }
        if let o = FHIRFormat.outcomeByStatus[status] { return o }
        guard FHIRFormat.stoppedStatuses.contains(status) else { return nil }
        for reason in m.statusReason ?? [] {
            for word in ([reason.text] + (reason.coding ?? []).map(\.display)).compactMap({ $0 }) {
                if let o = FHIRFormat.stopReasons[FHIRFormat.answerWord(word)] { return o }
            }
        }
        warning(place.at("statusReason"), "status \(status) without a reason naming progression or toxicity; outcome unknown")
        return nil
    }
}
