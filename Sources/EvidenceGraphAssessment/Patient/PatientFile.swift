import EvidenceGraphCore
import EvidenceGraphXML

/// Reads patient profiles (`Graph/schema/patient.xsd`).
public enum PatientFile {
    /// Reads and validates the profile at `path`.
    /// - Throws: ``LoadError`` with `file:line:column` for malformed or invalid files.
    public static func read(_ path: String) throws(LoadError) -> PatientProfile {
        let root = try XMLDocumentReader.read(path: path, schemaNamed: "patient.xsd")
        return profile(from: root)
    }

    /// Maps a validated `<patient>` element onto a profile.
    static func profile(from root: XMLElementNode) -> PatientProfile {
        var p = PatientProfile(id: root[attribute: "id"] ?? "patient")
        p.age = root[attribute: "age"].flatMap { Int($0) }
        p.sex = root[attribute: "sex"]
        for e in root.children {
            switch e.name {
            case "diagnosis":
                p.disease = e[attribute: "disease"]
                p.stage = e[attribute: "stage"]
            case "biomarker":
                p.biomarkers.append(.init(name: e[attribute: "name"] ?? "", status: e[attribute: "status"] ?? "unknown", source: e[attribute: "source"]))
            case "therapy":
                p.therapies.append(.init(
                    drugs: (e[attribute: "drugs"] ?? "").split(separator: "+").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty },
                    setting: e[attribute: "setting"], line: e[attribute: "line"].flatMap { Int($0) },
                    bestResponse: e[attribute: "best-response"], durationMonths: e[attribute: "duration-months"].flatMap { Double($0) },
                    outcome: e[attribute: "outcome"]))
            case "finding":
                if let name = e[attribute: "name"] { p.findings[name] = e[attribute: "present"] == "true" || e[attribute: "present"] == "1" }
            case "metastasis":
                if let site = e[attribute: "site"] { p.metastaticSites.append(site) }
            case "comorbidity":
                if let name = e[attribute: "name"] { p.comorbidities.append(name) }
            case "medication":
                if let drug = e[attribute: "drug"] { p.medications.append(drug) }
            default:
                break
            }
        }
        return p
    }
}
