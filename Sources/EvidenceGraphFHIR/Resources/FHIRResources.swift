/// The FHIR R4 resources the patient reader decodes, with the elements the mCODE STU4 and
/// Genomics Reporting profiles use for trial matching. Unread elements are ignored.

/// `Patient` (mCODE CancerPatient): the id and administrative gender.
public struct FHIRPatient: Codable, Sendable, Hashable {
    public var id: String?
    public var meta: FHIRMeta?
    public var gender: String?
    public var birthDate: String?
}

/// `Condition`: the primary or secondary (metastatic) cancer, a comorbidity or a finding.
public struct FHIRCondition: Codable, Sendable, Hashable {
    /// `Condition.stage` (mCODE: the stage group on the primary cancer condition).
    public struct Stage: Codable, Sendable, Hashable {
        public var summary: FHIRCodeableConcept?
    }
    public var id: String?
    public var meta: FHIRMeta?
    public var clinicalStatus: FHIRCodeableConcept?
    public var verificationStatus: FHIRCodeableConcept?
    public var category: [FHIRCodeableConcept]?
    public var code: FHIRCodeableConcept?
    public var bodySite: [FHIRCodeableConcept]?
    public var onsetDateTime: String?
    public var recordedDate: String?
    public var stage: [Stage]?
}

/// `Observation`: a tumour marker, a genomic variant, ECOG, age or a finding.
public struct FHIRObservation: Codable, Sendable, Hashable {
    /// `Observation.component` (Genomics Reporting: gene studied, genomic source class).
    public struct Component: Codable, Sendable, Hashable {
        public var code: FHIRCodeableConcept?
        public var valueCodeableConcept: FHIRCodeableConcept?
        public var valueString: String?
        public var valueQuantity: FHIRQuantity?
        public var valueInteger: Int?
    }
    public var id: String?
    public var meta: FHIRMeta?
    public var status: String?
    public var category: [FHIRCodeableConcept]?
    public var code: FHIRCodeableConcept?
    public var method: FHIRCodeableConcept?
    /// The interpretation (POS, NEG) of a numeric result, e.g. a PD-L1 score.
    public var interpretation: [FHIRCodeableConcept]?
    public var effectiveDateTime: String?
    public var valueCodeableConcept: FHIRCodeableConcept?
    public var valueString: String?
    public var valueQuantity: FHIRQuantity?
    public var valueInteger: Int?
    public var valueBoolean: Bool?
    public var component: [Component]?
}

/// `MedicationStatement`, `MedicationRequest` and `MedicationAdministration` decoded into one
/// shape: each declares a subset of these elements (`effective[x]` on the statement and the
/// administration, `authoredOn` and `groupIdentifier` on the request, `request` on the administration).
public struct FHIRMedicationUse: Codable, Sendable, Hashable {
    public var id: String?
    public var meta: FHIRMeta?
    public var `extension`: [FHIRExtension]?
    public var status: String?
    public var statusReason: [FHIRCodeableConcept]?
    public var medicationCodeableConcept: FHIRCodeableConcept?
    public var medicationReference: FHIRReference?
    public var effectivePeriod: FHIRPeriod?
    public var effectiveDateTime: String?
    public var authoredOn: String?
    public var groupIdentifier: FHIRIdentifier?
    public var basedOn: [FHIRReference]?
    public var request: FHIRReference?
    public var reasonReference: [FHIRReference]?

    enum CodingKeys: String, CodingKey {
        case id, meta, `extension`, status, statusReason, medicationCodeableConcept, medicationReference, effectivePeriod,
             effectiveDateTime, authoredOn, groupIdentifier, basedOn, request, reasonReference
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        meta = try c.decodeIfPresent(FHIRMeta.self, forKey: .meta)
        `extension` = try c.decodeIfPresent([FHIRExtension].self, forKey: .extension)
        status = try c.decodeIfPresent(String.self, forKey: .status)
        // R4: a list on the statement and the administration, one concept on the request.
        if let list = try? c.decodeIfPresent([FHIRCodeableConcept].self, forKey: .statusReason) {
            statusReason = list
        } else {
            statusReason = try c.decodeIfPresent(FHIRCodeableConcept.self, forKey: .statusReason).map { [$0] }
        }
        medicationCodeableConcept = try c.decodeIfPresent(FHIRCodeableConcept.self, forKey: .medicationCodeableConcept)
        medicationReference = try c.decodeIfPresent(FHIRReference.self, forKey: .medicationReference)
        effectivePeriod = try c.decodeIfPresent(FHIRPeriod.self, forKey: .effectivePeriod)
        effectiveDateTime = try c.decodeIfPresent(String.self, forKey: .effectiveDateTime)
        authoredOn = try c.decodeIfPresent(String.self, forKey: .authoredOn)
        groupIdentifier = try c.decodeIfPresent(FHIRIdentifier.self, forKey: .groupIdentifier)
        basedOn = try c.decodeIfPresent([FHIRReference].self, forKey: .basedOn)
        request = try c.decodeIfPresent(FHIRReference.self, forKey: .request)
        reasonReference = try c.decodeIfPresent([FHIRReference].self, forKey: .reasonReference)
    }
}
