/// One ClinicalTrials.gov study record, read from either registry format (the legacy
/// `<clinical_study>` XML or API v2 JSON) into the same neutral shape. Texts are kept as the
/// registry gives them; only dates are brought to ISO form (`2012-09-26`, `2004-02`).
public struct RegistryRecord: Sendable {
    /// The NCT id (`NCT01642004`).
    public var nctID: String
    public var briefTitle: String?
    public var officialTitle: String?
    public var acronym: String?
    /// Phases as the registry spells them (`Phase 1/Phase 2`, or v2's `PHASE1`, `PHASE2`).
    public var phases: [String] = []
    public var studyType: String?
    public var overallStatus: String?
    public var startDate: String?
    public var primaryCompletionDate: String?
    public var completionDate: String?
    public var enrollment: Int?
    /// `Actual` or `Anticipated`/`ESTIMATED`.
    public var enrollmentType: String?
    /// Design facts as `label: value` pairs in registry order (allocation, model, masking, purpose).
    public var design: [(label: String, value: String)] = []
    public var conditions: [String] = []
    public var arms: [RegistryArm] = []
    public var interventions: [RegistryIntervention] = []
    public var eligibility = RegistryEligibility()
    /// Posted outcome measures (empty when the record has no results).
    public var outcomes: [RegistryOutcome] = []
    public var provenance: RegistryProvenance

    public init(nctID: String, provenance: RegistryProvenance) {
        self.nctID = nctID
        self.provenance = provenance
    }
}

/// Which registry version a record is and when it was last changed: the provenance the
/// import writes into `source` attributes.
public struct RegistryProvenance: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case legacyXML = "legacy XML"
        case apiV2JSON = "API v2 JSON"
    }
    public var format: Format
    /// The file the record was read from, as given.
    public var file: String
    /// `last_update_posted` / `lastUpdatePostDateStruct.date`, ISO.
    public var lastUpdatePosted: String?
    /// Legacy `required_header/download_date`, ISO.
    public var downloadDate: String?
    /// API v2 `derivedSection.miscInfoModule.versionHolder` (the data version date).
    public var versionHolder: String?

    public init(format: Format, file: String) {
        self.format = format
        self.file = file
    }
}

/// An arm group of the protocol.
public struct RegistryArm: Sendable, Hashable {
    public var label: String
    /// `Experimental`, `Active Comparator`, … (v2: `EXPERIMENTAL`, `ACTIVE_COMPARATOR`, …).
    public var type: String?
    public var description: String?

    public init(label: String, type: String? = nil, description: String? = nil) {
        self.label = label
        self.type = type
        self.description = description
    }
}

/// An intervention of the protocol and the arms that receive it.
public struct RegistryIntervention: Sendable, Hashable {
    /// `Drug`, `Biological`, `Other`, … (v2: `DRUG`, `BIOLOGICAL`, `OTHER`, …).
    public var type: String
    public var name: String
    public var otherNames: [String] = []
    public var armLabels: [String] = []

    public init(type: String, name: String, otherNames: [String] = [], armLabels: [String] = []) {
        self.type = type
        self.name = name
        self.otherNames = otherNames
        self.armLabels = armLabels
    }
}

/// Eligibility as the registry states it: the criteria text and the structured fields.
public struct RegistryEligibility: Sendable, Hashable {
    public var criteria: String?
    public var sex: String?
    public var minimumAge: String?
    public var maximumAge: String?

    public init() {}
}
