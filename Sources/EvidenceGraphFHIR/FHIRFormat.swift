/// The FHIR format knowledge of the patient reader, in one place: profile URLs, the
/// structural LOINC codes of the mCODE STU4 and Genomics Reporting profiles, FHIR status
/// codes, and the answer words mapped onto patient-file tokens.
///
/// Clinical concepts (which drug, biomarker, site, comorbidity or finding a code stands for)
/// are *not* here: they are `Coding` nodes of the graph (`Graph/codes/`).
///
/// Sources: mCODE STU4 (https://hl7.org/fhir/us/mcode/STU4/), Genomics Reporting IG STU2
/// (https://hl7.org/fhir/uv/genomics-reporting/STU2/), FHIR R4 (https://hl7.org/fhir/R4/).
enum FHIRFormat {
    /// The LOINC system URI.
    static let loinc = "http://loinc.org"

    /// mCODE profile URLs (`meta.profile`).
    enum Profile {
        static let base = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
        static let primaryCancerCondition = base + "mcode-primary-cancer-condition"
        static let secondaryCancerCondition = base + "mcode-secondary-cancer-condition"
        /// Cancer-related medication profiles: request and administration (STU2+), and the
        /// STU1 statement that CodeX bundles still carry.
        static let cancerRelatedMedication: Set<String> = [
            base + "mcode-cancer-related-medication-request",
            base + "mcode-cancer-related-medication-administration",
            base + "mcode-cancer-related-medication-statement",
        ]
        /// Genomics Reporting IG `Variant` profile.
        static let genomicVariant = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"
    }

    /// Structural LOINC codes of the profiles.
    enum LOINC {
        /// ECOG performance status (mCODE ECOGPerformanceStatus).
        static let ecog = "89247-1"
        /// Age (an Observation stating the patient's age in years, `valueQuantity` in `a`).
        static let age = "30525-0"
        /// Genetic variant assessment (Genomics Reporting Variant `code`).
        static let geneticVariantAssessment = "69548-6"
        /// Gene studied [ID] (Variant component, HGNC coded).
        static let geneStudied = "48018-6"
        /// Genomic source class [Type] (Variant component: germline, somatic).
        static let genomicSourceClass = "48002-0"
        /// ECOG answers LA9622-7…LA9626-8 → 0…4 (LOINC answer list LL529-9).
        static let ecogAnswers: [String: Int] = ["LA9622-7": 0, "LA9623-5": 1, "LA9624-3": 2, "LA9625-0": 3, "LA9626-8": 4]
        /// Genomic source class answers (LL378-1) → patient-file testing source.
        static let sourceClassAnswers: [String: String] = ["LA6683-2": "germline", "LA6684-0": "tumor"]
    }

    /// Extensions for therapy facts that mCODE STU4 has no element for (the patient file's
    /// `setting`, `line`, `best-response`, `duration-months` and `outcome` of a therapy).
    enum Extension {
        static let base = "urn:evidencegraph:fhir:"
        static let therapySetting = base + "therapy-setting"
        static let lineOfTherapy = base + "line-of-therapy"
        static let bestResponse = base + "best-response"
        static let therapyDuration = base + "therapy-duration"
        static let therapyOutcome = base + "therapy-outcome"
    }

    /// Answer words (display or text, lower case, a trailing "(qualifier value)" dropped) →
    /// patient-file biomarker status; other statuses are read by their own name (`low`, `loss`…).
    static let statusAnswers: [String: String] = [
        "present": "mutated", "detected": "mutated", "pathogenic": "mutated", "likely pathogenic": "mutated",
        "absent": "wild-type", "not detected": "wild-type", "benign": "wild-type",
        "amplified": "amplified",
    ]

    /// ISH answer words → patient-file `ish` (`positive`, `negative`).
    static let ishAnswers: [String: String] = [
        "positive": "positive", "amplified": "positive",
        "negative": "negative", "not amplified": "negative", "non-amplified": "negative",
    ]

    /// HER2 IHC scores as the patient file writes them.
    static let ihcScores: Set<String> = ["0", "ultralow", "1+", "2+", "3+"]

    /// Genomic source class words → testing source.
    static let sourceClassWords: [String: String] = ["germline": "germline", "somatic": "tumor"]

    /// Medication status → therapy outcome (statement, request and administration status codes).
    static let outcomeByStatus: [String: String] = [
        "active": "ongoing", "in-progress": "ongoing", "on-hold": "ongoing",
        "completed": "completed",
    ]
    /// Statuses that stop a therapy before its end: the outcome comes from `statusReason`.
    static let stoppedStatuses: Set<String> = ["stopped", "cancelled", "not-done"]
    /// Stop reasons (`statusReason` display or text) → therapy outcome.
    static let stopReasons: [String: String] = [
        "progression": "progression", "disease progression": "progression", "progressive disease": "progression",
        "toxicity": "toxicity", "adverse reaction": "toxicity", "adverse event": "toxicity", "drug toxicity": "toxicity",
    ]
    /// Statuses of a medication taken now (a patient file's `medication`).
    static let currentStatuses: Set<String> = ["active", "in-progress", "intended", "on-hold"]

    /// The `kind` of the graph's menopausal-status findings (a present one sets the profile's menopausal status).
    static let menopausalStatusKind = "menopausal-status"

    /// Resource statuses that withdraw a resource.
    static let enteredInError = "entered-in-error"
    /// `Condition.verificationStatus` of a condition ruled out (a finding stated absent).
    static let refuted = "refuted"

    /// An answer word as the tables above key it.
    static func answerWord(_ text: String) -> String {
        var s = text.lowercased().trimmed
        if let paren = s.range(of: " (qualifier value)") { s.removeSubrange(paren) }
        if let paren = s.range(of: " (finding)") { s.removeSubrange(paren) }
        return s.trimmed
    }
}
