import Foundation

/// Reads ClinicalTrials.gov API v2 JSON: one study object, or a search page
/// (`{"studies": [...]}`) with several.
public enum APIv2RecordReader {
    /// Reads the study or studies at `path`. Decoding errors carry the JSON path.
    public static func read(path: String) throws(RegistryImportError) -> [RegistryRecord] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RegistryImportError(file: path, message: "cannot read: \(error.localizedDescription)")
        }
        return try records(from: data, path: path)
    }

    /// Decodes `data` read from `path`.
    static func records(from data: Data, path: String) throws(RegistryImportError) -> [RegistryRecord] {
        struct Page: Decodable { var studies: [APIv2Study] }
        let decoder = JSONDecoder()
        do {
            let top = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            if top?["studies"] != nil {
                return try decoder.decode(Page.self, from: data).studies.map { record(from: $0, path: path) }
            }
            return [record(from: try decoder.decode(APIv2Study.self, from: data), path: path)]
        } catch let error as DecodingError {
            throw Self.error(error, path: path)
        } catch {
            throw RegistryImportError(file: path, jsonPath: "$", message: "not valid JSON: \(error.localizedDescription)")
        }
    }

    /// A decoding error as a JSON path and message.
    static func error(_ error: DecodingError, path: String) -> RegistryImportError {
        func jsonPath(_ keys: [CodingKey]) -> String {
            keys.reduce("$") { p, k in k.intValue.map { "\(p)[\($0)]" } ?? "\(p).\(k.stringValue)" }
        }
        switch error {
        case let .keyNotFound(key, context):
            return RegistryImportError(file: path, jsonPath: jsonPath(context.codingPath + [key]), message: "required field missing")
        case let .typeMismatch(type, context):
            return RegistryImportError(file: path, jsonPath: jsonPath(context.codingPath), message: "expected \(type)")
        case let .valueNotFound(type, context):
            return RegistryImportError(file: path, jsonPath: jsonPath(context.codingPath), message: "expected \(type), found null")
        case let .dataCorrupted(context):
            return RegistryImportError(file: path, jsonPath: jsonPath(context.codingPath),
                                       message: "not valid JSON: \(context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription)")
        @unknown default:
            return RegistryImportError(file: path, jsonPath: "$", message: "\(error)")
        }
    }

    static func record(from s: APIv2Study, path: String) -> RegistryRecord {
        let p = s.protocolSection
        var provenance = RegistryProvenance(format: .apiV2JSON, file: path)
        provenance.lastUpdatePosted = p.statusModule?.lastUpdatePostDateStruct?.date
        provenance.versionHolder = s.derivedSection?.miscInfoModule?.versionHolder
        var r = RegistryRecord(nctID: p.identificationModule.nctId, provenance: provenance)
        r.briefTitle = RegistryText.trimmed(p.identificationModule.briefTitle)
        r.officialTitle = RegistryText.trimmed(p.identificationModule.officialTitle)
        r.acronym = RegistryText.trimmed(p.identificationModule.acronym)
        r.phases = p.designModule?.phases ?? []
        r.studyType = p.designModule?.studyType
        r.overallStatus = p.statusModule?.overallStatus
        r.startDate = p.statusModule?.startDateStruct?.date
        r.primaryCompletionDate = p.statusModule?.primaryCompletionDateStruct?.date
        r.completionDate = p.statusModule?.completionDateStruct?.date
        r.enrollment = p.designModule?.enrollmentInfo?.count
        r.enrollmentType = p.designModule?.enrollmentInfo?.type
        if let d = p.designModule?.designInfo {
            r.design = [("allocation", d.allocation), ("intervention model", d.interventionModel),
                        ("masking", d.maskingInfo?.masking), ("primary purpose", d.primaryPurpose)]
                .compactMap { label, value in value.map { (label, $0) } }
        }
        r.conditions = p.conditionsModule?.conditions ?? []
        r.arms = (p.armsInterventionsModule?.armGroups ?? []).map {
            RegistryArm(label: $0.label, type: $0.type, description: RegistryText.trimmed($0.description))
        }
        r.interventions = (p.armsInterventionsModule?.interventions ?? []).map {
            RegistryIntervention(type: $0.type ?? "", name: $0.name, otherNames: $0.otherNames ?? [], armLabels: $0.armGroupLabels ?? [])
        }
        r.eligibility.criteria = RegistryText.block(p.eligibilityModule?.eligibilityCriteria)
        r.eligibility.sex = p.eligibilityModule?.sex
        r.eligibility.minimumAge = p.eligibilityModule?.minimumAge
        r.eligibility.maximumAge = p.eligibilityModule?.maximumAge
        r.outcomes = (s.resultsSection?.outcomeMeasuresModule?.outcomeMeasures ?? []).map(outcome)
        return r
    }

    private static func outcome(_ m: APIv2Study.OutcomeMeasure) -> RegistryOutcome {
        var o = RegistryOutcome(type: m.type ?? "", title: m.title)
        o.description = RegistryText.trimmed(m.description)
        o.timeFrame = RegistryText.trimmed(m.timeFrame)
        o.population = RegistryText.trimmed(m.populationDescription)
        o.parameter = m.paramType
        o.dispersion = m.dispersionType
        o.units = m.unitOfMeasure
        o.groups = (m.groups ?? []).map { RegistryGroup(id: $0.id, title: $0.title ?? $0.id, description: RegistryText.trimmed($0.description)) }
        for count in m.denoms?.first?.counts ?? [] {
            if let n = Int(count.value) { o.analyzed[count.groupId] = n }
        }
        o.categories = (m.classes ?? []).flatMap { c in
            (c.categories ?? []).map { cat in
                let title = [c.title, cat.title].compactMap { RegistryText.trimmed($0) }.joined(separator: " — ")
                return RegistryCategory(title: title.isEmpty ? nil : title, measurements: (cat.measurements ?? []).map {
                    RegistryMeasurement(groupID: $0.groupId, value: $0.value, spread: $0.spread,
                                        lowerLimit: $0.lowerLimit, upperLimit: $0.upperLimit)
                })
            }
        }
        o.analyses = (m.analyses ?? []).map { a in
            var r = RegistryAnalysis()
            r.groupIDs = a.groupIds ?? []
            r.parameterType = a.paramType
            r.parameterValue = a.paramValue
            r.ciPercent = a.ciPctValue
            r.ciLowerLimit = a.ciLowerLimit
            r.ciUpperLimit = a.ciUpperLimit
            r.pValue = a.pValue
            r.method = a.statisticalMethod
            let d = [a.groupDescription, a.estimateComment].compactMap { RegistryText.trimmed($0) }.joined(separator: " ")
            r.description = d.isEmpty ? nil : d
            return r
        }
        return o
    }
}
