import EvidenceGraphCore
import EvidenceGraphXML

/// Reads a legacy ClinicalTrials.gov `<clinical_study>` XML record (the format of the
/// registry's bulk download before API v2) through the library's safe XML reader.
public enum LegacyRecordReader {
    /// Reads the record at `path`. Errors carry `file:line:column`.
    public static func read(path: String) throws(RegistryImportError) -> RegistryRecord {
        let root: XMLElementNode
        do {
            root = try XMLDocumentReader.read(path: path)
        } catch {
            let first = error.diagnostics.first
            throw RegistryImportError(file: path, location: first?.location, message: first?.message ?? "unreadable XML")
        }
        return try record(from: root, path: path)
    }

    /// Maps a parsed `<clinical_study>` element.
    static func record(from root: XMLElementNode, path: String) throws(RegistryImportError) -> RegistryRecord {
        guard root.name == "clinical_study" else {
            throw RegistryImportError(file: path, location: root.location,
                                      message: "expected a <clinical_study> record, found <\(root.name)>")
        }
        guard let nct = root.text("id_info/nct_id") else {
            throw RegistryImportError(file: path, location: root.location, message: "<clinical_study> has no <id_info><nct_id>")
        }
        var provenance = RegistryProvenance(format: .legacyXML, file: path)
        provenance.downloadDate = RegistryDate.iso(root.text("required_header/download_date"))
        provenance.lastUpdatePosted = RegistryDate.iso(root.text("last_update_posted") ?? root.text("lastchanged_date"))

        var r = RegistryRecord(nctID: nct, provenance: provenance)
        r.briefTitle = root.text("brief_title")
        r.officialTitle = root.text("official_title")
        r.acronym = root.text("acronym")
        r.phases = root.text("phase").map { [$0] } ?? []
        r.studyType = root.text("study_type")
        r.overallStatus = root.text("overall_status")
        r.startDate = RegistryDate.iso(root.text("start_date"))
        r.primaryCompletionDate = RegistryDate.iso(root.text("primary_completion_date"))
        r.completionDate = RegistryDate.iso(root.text("completion_date"))
        if let node = root.child("enrollment") {
            guard let text = root.text("enrollment"), let n = Int(text), n >= 0 else {
                throw RegistryImportError(file: path, location: node.location, message: "enrollment '\(node.text)' is not a count")
            }
            r.enrollment = n
            r.enrollmentType = node[attribute: "type"]
        }
        if let info = root.child("study_design_info") {
            r.design = info.children.compactMap { c in RegistryText.trimmed(c.text).map { (c.name.replacingUnderscores, $0) } }
        } else if let text = root.text("study_design") {
            r.design = [("study design", text)]
        }
        r.conditions = root.texts("condition")
        r.arms = root.children("arm_group").compactMap { a in
            a.text("arm_group_label").map { RegistryArm(label: $0, type: a.text("arm_group_type"), description: a.text("description")) }
        }
        r.interventions = root.children("intervention").compactMap { i in
            guard let name = i.text("intervention_name") else { return nil }
            return RegistryIntervention(type: i.text("intervention_type") ?? "", name: name,
                                        otherNames: i.texts("other_name"), armLabels: i.texts("arm_group_label"))
        }
        r.eligibility.criteria = RegistryText.block(root.descendant("eligibility/criteria/textblock")?.text)
        r.eligibility.sex = root.text("eligibility/gender")
        r.eligibility.minimumAge = root.text("eligibility/minimum_age")
        r.eligibility.maximumAge = root.text("eligibility/maximum_age")
        r.outcomes = (root.descendant("clinical_results/outcome_list")?.children("outcome") ?? []).flatMap(outcomes)
        return r
    }

    /// One outcome element: one measure (current layout) or a `measure_list` whose first
    /// measure counts the participants analysed (older layout), one outcome per further measure.
    private static func outcomes(_ o: XMLElementNode) -> [RegistryOutcome] {
        var base = RegistryOutcome(type: o.text("type") ?? "", title: o.text("title") ?? "")
        base.description = o.text("description")
        base.timeFrame = o.text("time_frame")
        base.population = o.text("population")
        base.groups = (o.child("group_list")?.children("group") ?? []).map {
            RegistryGroup(id: $0[attribute: "group_id"] ?? "", title: $0.text("title") ?? "", description: $0.text("description"))
        }
        base.analyses = (o.child("analysis_list")?.children("analysis") ?? []).map(analysis)
        if let measure = o.child("measure") {
            var out = base
            apply(measure, to: &out)
            for count in measure.descendant("analyzed_list/analyzed/count_list")?.children("count") ?? [] {
                if let id = count[attribute: "group_id"], let n = count[attribute: "value"].flatMap({ Int($0) }) { out.analyzed[id] = n }
            }
            return [out]
        }
        let measures = o.child("measure_list")?.children("measure") ?? []
        guard let first = measures.first else { return [base] }
        var analyzed: [String: Int] = [:]
        for m in categories(of: first).first?.measurements ?? [] {
            if let n = m.value.flatMap({ Int($0) }) { analyzed[m.groupID] = n }
        }
        let rest = measures.dropFirst()
        return rest.map { measure in
            var out = base
            out.analyzed = analyzed
            if rest.count > 1, let t = measure.text("title") { out.title = base.title + " — " + t }
            apply(measure, to: &out)
            return out
        }
    }

    private static func apply(_ measure: XMLElementNode, to out: inout RegistryOutcome) {
        out.parameter = measure.text("param")
        out.dispersion = measure.text("dispersion")
        out.units = measure.text("units")
        out.categories = categories(of: measure)
    }

    /// Class × category rows of a measure (`class_list/class/category_list/category`, or the
    /// older `category_list/category` directly under the measure).
    private static func categories(of measure: XMLElementNode) -> [RegistryCategory] {
        let classes: [(title: String?, node: XMLElementNode)] =
            measure.child("class_list").map { $0.children("class").map { ($0.text("title"), $0) } } ?? [(nil, measure)]
        return classes.flatMap { classTitle, c -> [RegistryCategory] in
            (c.child("category_list")?.children("category") ?? []).map { cat in
                let title = [classTitle, cat.text("title") ?? cat.text("sub_title")].compactMap { $0 }.joined(separator: " — ")
                let values = (cat.child("measurement_list")?.children("measurement") ?? []).map {
                    RegistryMeasurement(groupID: $0[attribute: "group_id"] ?? "", value: $0[attribute: "value"],
                                        spread: $0[attribute: "spread"], lowerLimit: $0[attribute: "lower_limit"],
                                        upperLimit: $0[attribute: "upper_limit"])
                }
                return RegistryCategory(title: title.isEmpty ? nil : title, measurements: values)
            }
        }
    }

    private static func analysis(_ a: XMLElementNode) -> RegistryAnalysis {
        var r = RegistryAnalysis()
        r.groupIDs = a.child("group_id_list")?.texts("group_id") ?? []
        r.parameterType = a.text("param_type")
        r.parameterValue = a.text("param_value")
        r.ciPercent = a.text("ci_percent")
        r.ciLowerLimit = a.text("ci_lower_limit")
        r.ciUpperLimit = a.text("ci_upper_limit")
        r.pValue = a.text("p_value")
        r.method = a.text("method")
        r.description = [a.text("groups_desc"), a.text("estimate_desc")].compactMap { $0 }.joined(separator: " ")
        if r.description?.isEmpty == true { r.description = nil }
        return r
    }
}

private extension String {
    /// `intervention_model` → `intervention model`.
    var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}
