import EvidenceGraphCore
import EvidenceGraphAssessment

/// One bundle's mapping onto a `PatientProfile`: the mutable state the resource mappers
/// (`+Conditions`, `+Observations`, `+Medications`) share.
struct BundleMapping {
    let terminology: GraphTerminology
    let bundle: FHIRBundle
    var profile = PatientProfile(id: "patient")
    var issues: [FHIRIssue] = []
    /// References (`Condition/id` and full URLs) of the primary and secondary cancer conditions.
    var cancerConditions: Set<String> = []
    /// Biomarker results being assembled from several observations (status, IHC, ISH, score).
    var markers: [MarkerKey: PatientProfile.Biomarker] = [:]
    var markerOrder: [MarkerKey] = []
    var markerPlaces: [MarkerKey: String] = [:]
    /// Therapies grouped by regimen key, in bundle order.
    var therapies: [String: PatientProfile.Therapy] = [:]
    var therapyOrder: [String] = []

    struct MarkerKey: Hashable { var name: String; var source: String? }

    init(terminology: GraphTerminology, bundle: FHIRBundle) {
        self.terminology = terminology
        self.bundle = bundle
    }

    /// Where an issue is: `Type/id` and an element path.
    struct Place {
        var resource: String
        var path: String
        func at(_ child: String) -> Place { Place(resource: resource, path: path.isEmpty ? child : path + "." + child) }
    }

    mutating func error(_ place: Place, _ message: String) { issues.append(FHIRIssue(.error, place.resource, place.path, message)) }
    mutating func warning(_ place: Place, _ message: String) { issues.append(FHIRIssue(.warning, place.resource, place.path, message)) }

    mutating func run() {
        let entries = bundle.entry ?? []
        var patients = 0
        for (n, entry) in entries.enumerated() {
            if case .condition(let c)? = entry.resource, isCancerCondition(c) {
                if let id = c.id { cancerConditions.insert("Condition/\(id)") }
                if let url = entry.fullUrl { cancerConditions.insert(url) }
            }
            if case .patient? = entry.resource { patients += 1 }
            if entry.resource == nil { warning(Place(resource: "Bundle.entry[\(n)]", path: ""), "entry without a resource; not read") }
        }
        if patients != 1 { error(Place(resource: "Bundle", path: "entry"), "expected one Patient resource, found \(patients)") }
        for (n, entry) in entries.enumerated() {
            switch entry.resource {
            case .patient(let p)?: patient(p, place(type: "Patient", id: p.id, n))
            case .condition(let c)?: condition(c, place(type: "Condition", id: c.id, n))
            case .observation(let o)?: observation(o, place(type: "Observation", id: o.id, n))
            case .medication(let type, let m)?: medication(m, type: type, place(type: type, id: m.id, n))
            case .other(let type, let id)?: warning(place(type: type, id: id, n), "resource type \(type) is not read by the patient mapping")
            case nil: break
            }
        }
        finish()
    }

    func place(type: String, id: String?, _ n: Int) -> Place {
        Place(resource: id.map { "\(type)/\($0)" } ?? "Bundle.entry[\(n)]", path: "")
    }

    mutating func patient(_ p: FHIRPatient, _ place: Place) {
        if let id = p.id { profile.id = id }
        // Passed through as the XML reader passes `sex`: the resolver maps it onto a finding
        // of the graph, or warns that it is not one (FHIR `other`/`unknown`).
        profile.sex = p.gender
    }

    /// Appends the assembled biomarkers and therapies in bundle order.
    mutating func finish() {
        profile.biomarkers = markerOrder.compactMap { markers[$0] }
        profile.therapies = therapyOrder.compactMap { therapies[$0] }
    }

    // MARK: concepts

    /// What a concept resolved to: a knowledge-base entity by code, or a name for the
    /// patient resolver's name lookup (INN, synonym, any case), as a patient file writes it.
    enum Concept {
        case entity(GraphTerminology.Target)
        case name(String)
        var name: String {
            switch self {
            case .entity(let t): t.id
            case .name(let n): n
            }
        }
    }

    /// Resolves `concept` onto one of `labels`: by a coding the graph knows, else by its text
    /// or display (with a warning naming the unknown codes), else an error.
    mutating func resolve(_ concept: FHIRCodeableConcept?, labels: Set<String>, at place: Place) -> Concept? {
        guard let concept else {
            error(place, "missing")
            return nil
        }
        let codings = concept.coding ?? []
        for c in codings {
            if let t = terminology.targets(system: c.system, code: c.code, labels: labels).first { return .entity(t) }
        }
        let tokens = codings.map(\.token).joined(separator: ", ")
        if let name = concept.name {
            if !codings.isEmpty { warning(place, "unknown code \(tokens); read by its name '\(name)'") }
            return .name(name)
        }
        error(place, codings.isEmpty ? "no coding and no text" : "unknown code \(tokens)")
        return nil
    }

    /// The concept's codes in `system`.
    static func codes(_ concept: FHIRCodeableConcept?, system: String) -> [String] {
        (concept?.coding ?? []).filter { $0.system == system }.compactMap(\.code)
    }

    /// The calendar date of a FHIR `date` or `dateTime` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
    /// the time of day dropped); an error at `place` when the text is no date.
    mutating func date(_ text: String?, at place: Place) -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text.prefix { $0 != "T" }) else {
            error(place, "'\(text.prefix(40))' is not a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time)")
            return nil
        }
        return date
    }
}
