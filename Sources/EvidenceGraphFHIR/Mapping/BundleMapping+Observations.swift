import EvidenceGraphAssessment

/// Observations: ECOG, age, Genomics Reporting variants, and tumour markers and findings
/// coded through the graph (a LOINC `Coding`'s `aspect` says whether it reports the status,
/// the HER2 IHC score, the ISH result or a numeric score).
extension BundleMapping {
    mutating func observation(_ o: FHIRObservation, _ place: Place) {
        if o.status == FHIRFormat.enteredInError {
            warning(place.at("status"), "entered in error; not read")
            return
        }
        let loinc = Set(Self.codes(o.code, system: FHIRFormat.loinc))
        if loinc.contains(FHIRFormat.LOINC.ecog) {
            ecog(o, place)
        } else if loinc.contains(FHIRFormat.LOINC.age) {
            guard let years = o.valueQuantity?.value ?? o.valueInteger.map(Double.init) else { return error(place.at("valueQuantity"), "age without a value") }
            profile.age = Int(years)
        } else if loinc.contains(FHIRFormat.LOINC.geneticVariantAssessment) || (o.meta?.profile ?? []).contains(FHIRFormat.Profile.genomicVariant) {
            variant(o, place)
        } else {
            guard let concept = resolve(o.code, labels: ["Biomarker", "Finding"], at: place.at("code")) else { return }
            switch concept {
            case .entity(let t) where t.label == "Finding": findingObservation(o, t, name: t.id, place)
            case .name(let n) where o.valueBoolean != nil: findingObservation(o, terminology.named(n, labels: ["Finding"]), name: n, place)
            case .entity(let t): marker(o, name: t.id, aspect: t.aspect, place)
            case .name(let n): marker(o, name: n, aspect: nil, place)
            }
        }
    }

    mutating func ecog(_ o: FHIRObservation, _ place: Place) {
        if let v = o.valueInteger { profile.ecog = v; return }
        guard let concept = o.valueCodeableConcept else { return error(place.at("value[x]"), "ECOG without valueInteger or valueCodeableConcept") }
        for c in concept.coding ?? [] {
            if let v = FHIRFormat.LOINC.ecogAnswers[c.code ?? ""] { profile.ecog = v; return }
        }
        if let text = concept.text, let v = Int(text.trimmed), (0...4).contains(v) { profile.ecog = v; return }
        error(place.at("valueCodeableConcept"), "unknown ECOG answer \((concept.coding ?? []).map(\.token).joined(separator: ", "))")
    }

    mutating func findingObservation(_ o: FHIRObservation, _ target: GraphTerminology.Target?, name: String, _ place: Place) {
        var present = o.valueBoolean ?? true
        if let answer = o.valueCodeableConcept?.name {
            switch FHIRFormat.statusAnswers[FHIRFormat.answerWord(answer)] {
            case "mutated": present = true
            case "wild-type": present = false
            default: return error(place.at("valueCodeableConcept"), "unknown answer '\(answer)' for a finding (present or absent expected)")
            }
        }
        finding(target, present: present, name: name)
    }

    /// A Genomics Reporting variant: gene studied (HGNC, via the graph), genomic source class, present/absent.
    mutating func variant(_ o: FHIRObservation, _ place: Place) {
        var gene: String?, source: String?
        for (n, c) in (o.component ?? []).enumerated() {
            let codes = Set(Self.codes(c.code, system: FHIRFormat.loinc))
            let at = place.at("component[\(n)].valueCodeableConcept")
            if codes.contains(FHIRFormat.LOINC.geneStudied) {
                gene = resolve(c.valueCodeableConcept, labels: ["Biomarker"], at: at)?.name
            } else if codes.contains(FHIRFormat.LOINC.genomicSourceClass) {
                let byCode = (c.valueCodeableConcept?.coding ?? []).lazy.compactMap { FHIRFormat.LOINC.sourceClassAnswers[$0.code ?? ""] }.first
                let word = c.valueCodeableConcept?.name.map(FHIRFormat.answerWord)
                source = byCode ?? word.flatMap { FHIRFormat.sourceClassWords[$0] }
                if source == nil { error(at, "unknown genomic source class \(Self.describe(c.valueCodeableConcept))") }
            }
        }
        guard let gene else {
            if !issues.contains(where: { $0.resource == place.resource && $0.severity == .error }) {
                error(place.at("component"), "no gene studied (LOINC \(FHIRFormat.LOINC.geneStudied)) component")
            }
            return
        }
        guard let status = status(o, place) else { return }
        merge(name: gene, source: source, place) { b in b.status = status }
    }

    /// A tumour marker reading one aspect (by the coding's `aspect`, else by the value's type).
    mutating func marker(_ o: FHIRObservation, name: String, aspect: String?, _ place: Place) {
        switch o.valueQuantity != nil ? "score" : aspect ?? "status" {
        case "ihc":
            guard let (text, at) = answerText(o, place) else { return }
            var word = FHIRFormat.answerWord(text)
            for prefix in ["ihc ", "score "] where word.hasPrefix(prefix) { word.removeFirst(prefix.count) }
            guard FHIRFormat.ihcScores.contains(word) else { return error(at, "unknown IHC score '\(text)' (0, ultralow, 1+, 2+ or 3+ expected)") }
            merge(name: name, source: nil, place) { $0.ihc = word }
        case "ish":
            guard let (text, at) = answerText(o, place) else { return }
            guard let ish = FHIRFormat.ishAnswers[FHIRFormat.answerWord(text)] else { return error(at, "unknown ISH result '\(text)' (positive/amplified or negative/not amplified expected)") }
            merge(name: name, source: nil, place) { $0.ish = ish }
        case "score":
            guard let q = o.valueQuantity, let value = q.value else { return error(place.at("valueQuantity"), "a score without a valueQuantity") }
            var status: BiomarkerStatus?
            if let interpretation = o.interpretation?.first?.name {
                status = BiomarkerStatus(rawValue: FHIRFormat.statusAnswers[FHIRFormat.answerWord(interpretation)] ?? FHIRFormat.answerWord(interpretation))
                if status == nil { return error(place.at("interpretation[0]"), "unknown interpretation '\(interpretation)'") }
            }
            merge(name: name, source: nil, place) { b in
                b.score = value
                b.scale = q.unit ?? q.code
                if let status { b.status = status }
            }
        default:
            guard let status = status(o, place) else { return }
            merge(name: name, source: nil, place) { $0.status = status }
        }
    }

    /// The status an observation's answer states, or an error naming the answer.
    mutating func status(_ o: FHIRObservation, _ place: Place) -> BiomarkerStatus? {
        guard let (text, at) = answerText(o, place) else { return nil }
        let word = FHIRFormat.answerWord(text)
        if let s = BiomarkerStatus(rawValue: FHIRFormat.statusAnswers[word] ?? word) { return s }
        let codes = (o.valueCodeableConcept?.coding ?? []).map(\.token)
        error(at, codes.isEmpty ? "unknown answer '\(text)'" : "unknown code \(codes.joined(separator: ", ")) ('\(text)')")
        return nil
    }

    /// The answer's words: `valueCodeableConcept` (a display or the text) or `valueString`.
    mutating func answerText(_ o: FHIRObservation, _ place: Place) -> (String, Place)? {
        if let concept = o.valueCodeableConcept {
            let at = place.at("valueCodeableConcept")
            for c in concept.coding ?? [] {
                if let d = c.display, Self.isAnswerWord(d) { return (d, at) }
            }
            if let name = concept.name { return (name, at) }
            error(at, "unknown code \((concept.coding ?? []).map(\.token).joined(separator: ", ")) (no display or text to read)")
            return nil
        }
        if let s = o.valueString { return (s, place.at("valueString")) }
        error(place.at("value[x]"), "no valueCodeableConcept or valueString")
        return nil
    }

    static func isAnswerWord(_ text: String) -> Bool {
        let w = FHIRFormat.answerWord(text)
        return FHIRFormat.statusAnswers[w] != nil || BiomarkerStatus(rawValue: w) != nil || FHIRFormat.ihcScores.contains(w) || FHIRFormat.ishAnswers[w] != nil
    }

    static func describe(_ concept: FHIRCodeableConcept?) -> String {
        let codes = (concept?.coding ?? []).map(\.token)
        return codes.isEmpty ? "'\(concept?.name ?? "")'" : codes.joined(separator: ", ")
    }

    /// Adds one aspect to the biomarker result of `name` and `source`; a second, different
    /// status for the same result is a contradiction (as in a patient file).
    mutating func merge(name: String, source: String?, _ place: Place, _ set: (inout PatientProfile.Biomarker) -> Void) {
        let key = MarkerKey(name: name.lowercased(), source: source)
        var b = markers[key] ?? PatientProfile.Biomarker(name: name, status: .unknown, source: source)
        let before = b
        set(&b)
        let changed = (before.status != .unknown && before.status != b.status) || (before.ihc != nil && before.ihc != b.ihc)
            || (before.ish != nil && before.ish != b.ish) || (before.score != nil && before.score != b.score)
        if markers[key] != nil, changed {
            error(place, "biomarker '\(name)' is given twice with different results (\(before.status.rawValue) in \(markerPlaces[key] ?? "?"), \(b.status.rawValue) here)")
            return
        }
        if markers[key] == nil { markerOrder.append(key); markerPlaces[key] = place.resource }
        markers[key] = b
    }
}
