import EvidenceGraphCore
import EvidenceGraphXML

/// Reads patient profiles (`Graph/schema/patient.xsd`, versions 1 and 2).
///
/// ```swift
/// let profile = try PatientFile.read("Queries/patients/after-tdxd.xml")
/// let assessment = try Assessor(knowledge: knowledge).assess(profile)
/// ```
///
/// - Complexity: Linear in the file's size: one validating pass, then one walk over its
///   elements (repeated biomarkers and findings found by hash lookup).
public enum PatientFile {
    /// Reads and validates the profile at `path`.
    /// - Throws: `LoadError` with `file:line:column` for malformed or invalid files, and for
    ///   contradictions the schema cannot see (the same biomarker or finding twice with
    ///   different values).
    public static func read(_ path: String) throws(LoadError) -> PatientProfile {
        let root = try XMLDocumentReader.read(path: path, schemaNamed: "patient.xsd")
        return try profile(from: root)
    }

    /// Reads and validates a profile held in memory (an upload), named `name` in diagnostics
    /// (`name:line:column`); otherwise as ``read(_:)``.
    public static func read(bytes: [UInt8], name: String = "patient.xml") throws(LoadError) -> PatientProfile {
        let root = try XMLDocumentReader.read(bytes: bytes, displayName: name, schemaNamed: "patient.xsd")
        return try profile(from: root)
    }

    /// Maps a validated `<patient>` element onto a profile.
    static func profile(from root: XMLElementNode) throws(LoadError) -> PatientProfile {
        var p = PatientProfile(id: root[attribute: "id"] ?? "patient")
        p.age = root[attribute: "age"].flatMap { Int($0) }
        p.sex = root[attribute: "sex"]
        p.menopausalStatus = root[attribute: "menopausal-status"]
        p.assessed = try date(root, "assessed")
        var seenBiomarkers: [String: PatientProfile.Biomarker] = [:]
        var seenFindings: [String: (Bool, SourceLocation)] = [:]
        for e in root.children {
            let at = PatientProfile.Location(file: e.location.file, line: e.location.line, column: e.location.column)
            switch e.name {
            case "diagnosis":
                p.disease = e[attribute: "disease"]
                p.stage = e[attribute: "stage"]
                p.diagnosisDate = try date(e, "date")
                p.metastaticDate = try date(e, "metastatic-date")
                if let d = p.disease { p.locations[d] = at }
            case "performance-status":
                p.ecog = e[attribute: "ecog"].flatMap { Int($0) }
            case "biomarker":
                let name = e[attribute: "name"] ?? ""
                let status = BiomarkerStatus(rawValue: e[attribute: "status"] ?? "unknown") ?? .unknown
                let b = PatientProfile.Biomarker(
                    name: name, status: status, source: e[attribute: "source"].map(normalisedSource),
                    ihc: e[attribute: "ihc"], ish: e[attribute: "ish"], score: e[attribute: "score"].flatMap { Double($0) },
                    scale: e[attribute: "scale"], location: at)
                let key = name.lowercased() + "|" + (b.source?.lowercased() ?? "")
                if let previous = seenBiomarkers[key] {
                    if previous.status != b.status || previous.ihc != b.ihc || previous.score != b.score {
                        throw contradiction(
                            "biomarker '\(name.prefix(80))' is given twice with different results (\(previous.status.rawValue) at line \(previous.location?.line ?? 0), \(b.status.rawValue) here)",
                            at: e.location)
                    }
                    continue
                }
                seenBiomarkers[key] = b
                p.biomarkers.append(b)
                p.locations[name] = at
            case "therapy":
                let drugs = (e[attribute: "drugs"] ?? "").split(separator: "+").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
                p.therapies.append(.init(
                    drugs: drugs, setting: e[attribute: "setting"], line: e[attribute: "line"].flatMap { Int($0) },
                    bestResponse: e[attribute: "best-response"], durationMonths: e[attribute: "duration-months"].flatMap { Double($0) },
                    outcome: e[attribute: "outcome"], start: try date(e, "start"), end: try date(e, "end"), location: at))
                for d in drugs { p.locations[d] = p.locations[d] ?? at }
            case "finding":
                guard let name = e[attribute: "name"] else { continue }
                let present = e[attribute: "present"] == "true" || e[attribute: "present"] == "1"
                if let (before, where_) = seenFindings[name.lowercased()], before != present {
                    throw contradiction("finding '\(name.prefix(80))' is stated both present and absent (line \(where_.line) and here)", at: e.location)
                }
                seenFindings[name.lowercased()] = (present, e.location)
                p.findings[name] = present
                p.locations[name] = at
            case "metastasis":
                if let site = e[attribute: "site"] { p.metastaticSites.append(site); p.locations[site] = at }
            case "comorbidity":
                if let name = e[attribute: "name"] { p.comorbidities.append(name); p.locations[name] = at }
            case "medication":
                if let drug = e[attribute: "drug"] { p.medications.append(drug); p.locations[drug] = p.locations[drug] ?? at }
            default:
                break
            }
        }
        return p
    }

    /// The source as the vocabulary spells it (``TestingSource/init(patientText:)``); the
    /// schema admits only spellings it knows.
    static func normalisedSource(_ text: String) -> String {
        TestingSource(patientText: text)?.rawValue ?? text
    }

    /// The date attribute `name` of `e` (`YYYY-MM` or `YYYY-MM-DD`; the schema has checked
    /// its form and that the day exists).
    static func date(_ e: XMLElementNode, _ name: String) throws(LoadError) -> CalendarDate? {
        guard let text = e[attribute: name] else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw LoadError(diagnostics: [Diagnostic(rule: .xsd, severity: .error, message: "attribute '\(name)': '\(text.prefix(40))' is not a date (YYYY-MM or YYYY-MM-DD)", location: e.location)], isTruncated: false)
        }
        return date
    }

    static func contradiction(_ message: String, at location: SourceLocation) -> LoadError {
        LoadError(diagnostics: [Diagnostic(rule: .patientContradiction, severity: .error, message: message, location: location)], isTruncated: false)
    }
}
