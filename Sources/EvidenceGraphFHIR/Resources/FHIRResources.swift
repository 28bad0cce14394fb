/// The FHIR R4 resources the patient reader decodes, with the elements the mCODE STU4 and
/// Genomics Reporting profiles use for trial matching. Unread elements are ignored.

/// `Patient` (mCODE CancerPatient): the id and administrative gender.
package struct FHIRPatient: Codable, Sendable, Hashable {
    package var id: String?
    package var meta: FHIRMeta?
    package var gender: String?
    package var birthDate: String?
}

/// `Condition`: the primary or secondary (metastatic) cancer, a comorbidity or a finding.
package struct FHIRCondition: Codable, Sendable, Hashable {
    /// `Condition.stage` (mCODE: the stage group on the primary cancer condition).
    package struct Stage: Codable, Sendable, Hashable {
        package var summary: FHIRCodeableConcept?
    }
    package var id: String?
    package var meta: FHIRMeta?
    package var clinicalStatus: FHIRCodeableConcept?
    package var verificationStatus: FHIRCodeableConcept?
    package var category: [FHIRCodeableConcept]?
    package var code: FHIRCodeableConcept?
    package var bodySite: [FHIRCodeableConcept]?
    package var onsetDateTime: String?
    package var recordedDate: String?
    package var stage: [Stage]?
}

/// `Observation`: a tumour marker, a genomic variant, ECOG, age or a finding.
package struct FHIRObservation: Codable, Sendable, Hashable {
    /// `Observation.component` (Genomics Reporting: gene studied, genomic source class).
    package struct Component: Codable, Sendable, Hashable {
        package var code: FHIRCodeableConcept?
        package var valueCodeableConcept: FHIRCodeableConcept?
        package var valueString: String?
        package var valueQuantity: FHIRQuantity?
        package var valueInteger: Int?
    }
    package var id: String?
    package var meta: FHIRMeta?
    package var status: String?
    package var category: [FHIRCodeableConcept]?
    package var code: FHIRCodeableConcept?
    package var method: FHIRCodeableConcept?
    /// The interpretation (POS, NEG) of a numeric result, e.g. a PD-L1 score.
    package var interpretation: [FHIRCodeableConcept]?
    package var effectiveDateTime: String?
    package var valueCodeableConcept: FHIRCodeableConcept?
    package var valueString: String?
    package var valueQuantity: FHIRQuantity?
    package var valueInteger: Int?
    package var valueBoolean: Bool?
    package var component: [Component]?
}

/// `MedicationStatement`, `MedicationRequest` and `MedicationAdministration` decoded into one
/// shape: each declares a subset of these elements (`effective[x]` on the statement and the
/// administration, `authoredOn` and `groupIdentifier` on the request, `request` on the administration).
package struct FHIRMedicationUse: Codable, Sendable, Hashable {
    package var id: String?
    package var meta: FHIRMeta?
    package var `extension`: [FHIRExtension]?
    package var status: String?
    package var statusReason: [FHIRCodeableConcept]?
    package var medicationCodeableConcept: FHIRCodeableConcept?
    package var medicationReference: FHIRReference?
    package var effectivePeriod: FHIRPeriod?
    package var effectiveDateTime: String?
    package var authoredOn: String?
    package var groupIdentifier: FHIRIdentifier?
    package var basedOn: [FHIRReference]?
    package var request: FHIRReference?
    package var reasonReference: [FHIRReference]?

    enum CodingKeys: String, CodingKey {
        case id, meta, `extension`, status, statusReason, medicationCodeableConcept, medicationReference, effectivePeriod,
             effectiveDateTime, authoredOn, groupIdentifier, basedOn, request, reasonReference
    }

    package init(from decoder: any Decoder) throws {
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
