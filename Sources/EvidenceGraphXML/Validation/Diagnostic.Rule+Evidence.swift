import EvidenceGraphCore

/// The rules the loader and ``GraphValidator`` report. They are declared here, not in
/// `EvidenceGraphCore`, because they are knowledge of this layer (XML, XSD, GraphML, the
/// evidence model's consistency rules); Core only defines the `Diagnostic/Rule` type.
/// `docs/graph-model.md` ("Loading and validation") documents each one.
extension Diagnostic.Rule {
    // What stops a load (no graph).

    /// The file is not well-formed XML (or is empty).
    public static let xmlSyntax = Self(rawValue: "xml-syntax")
    /// The evidence file breaks the evidence XSD.
    public static let xsd = Self(rawValue: "xsd")
    /// A `<!DOCTYPE>` (DTDs and entities are refused outright).
    public static let doctypeForbidden = Self(rawValue: "doctype-forbidden")
    /// A file or folder that cannot be read.
    public static let io = Self(rawValue: "io")
    /// The file's declared or detected encoding is not supported.
    public static let encoding = Self(rawValue: "encoding")
    /// The root element is neither `<evidence>` nor `<graphml>`.
    public static let unknownRoot = Self(rawValue: "unknown-root")
    /// A GraphML file the reader cannot map to nodes and relationships.
    public static let graphml = Self(rawValue: "graphml")
    /// The XSD itself cannot be read or is invalid.
    public static let xsdSchema = Self(rawValue: "xsd-schema")
    /// No XSD was found.
    public static let schemaNotFound = Self(rawValue: "schema-not-found")

    // The consistency rules (``GraphValidator/defaultRules``).

    /// An id defined twice (the first definition is kept; reported at the second). ``DuplicateIDRule``.
    public static let duplicateID = Self(rawValue: "duplicate-id")
    /// A reference to an id that no node has, reported where it is written. ``DanglingReferenceRule``.
    public static let danglingReference = Self(rawValue: "dangling-reference")
    /// A recommendation citing an unknown trial or publication.
    /// ``RecommendationCitesMissingTrialRule``.
    public static let recommendationCitesMissingTrial = Self(rawValue: "recommendation-cites-missing-trial")
    /// A relationship whose start or end node lacks the labels the evidence model allows for its type.
    /// ``WrongEndpointLabelsRule``.
    public static let wrongEndpointLabels = Self(rawValue: "wrong-endpoint-labels")
    /// A regimen with no component drug. ``RegimenWithoutDrugsRule``.
    public static let regimenWithoutDrugs = Self(rawValue: "regimen-without-drugs")
    /// Impossible outcome numbers: a hazard ratio or median outside its CI or not positive, a CI upside
    /// down, a percentage outside 0–100. ``TrialOutcomeSanityRule``.
    public static let trialOutcomeSanity = Self(rawValue: "trial-outcome-sanity")
    /// A recommendation's score or tier that is not a token of its scheme. ``GradeInSchemeRule``.
    public static let gradeInScheme = Self(rawValue: "grade-in-scheme")
    /// An empty eligibility range (`minLine` above `maxLine`, `ecogMin` above `ecogMax`, `minCount`
    /// above `maxCount`). ``EligibilityRangeRule``.
    public static let eligibilityRange = Self(rawValue: "eligibility-range")
    /// A trial that reports outcomes but marks none primary. ``PrimaryOutcomeRule``.
    public static let trialPrimaryOutcome = Self(rawValue: "trial-primary-outcome")
    /// A population's prior-drug shares within one drug class adding up to more than 100%.
    /// ``PopulationSharesRule``.
    public static let populationShares = Self(rawValue: "population-shares")
    /// A trial `nct` that is not `NCT` followed by 8 digits. ``NCTIDFormatRule``.
    public static let nctIDFormat = Self(rawValue: "nct-id-format")
    /// A cycle of `SUBCLASS_OF` (drug classes) or `SUBTYPE_OF` (diseases). ``ClassHierarchyCycleRule``.
    public static let classHierarchyCycle = Self(rawValue: "class-hierarchy-cycle")
    /// A node with no relationship (a warning; vocabulary and decision-model nodes exempt).
    /// ``OrphanNodeRule``.
    public static let orphanNode = Self(rawValue: "orphan-node")
    /// An arm with no `regimen` (warning): the schema allows it for registry imports.
    public static let armWithoutRegimen = Self(rawValue: "arm-without-regimen")

    /// Every rule that stops a load.
    public static let loadRules: [Self] = [
        .xmlSyntax, .xsd, .doctypeForbidden, .io, .encoding, .unknownRoot, .graphml, .xsdSchema, .schemaNotFound,
    ]
    /// Every consistency rule of the validator.
    public static let consistencyRules: [Self] = [
        .duplicateID, .danglingReference, .recommendationCitesMissingTrial, .wrongEndpointLabels,
        .regimenWithoutDrugs, .trialOutcomeSanity, .gradeInScheme, .eligibilityRange, .trialPrimaryOutcome,
        .populationShares, .nctIDFormat, .classHierarchyCycle, .orphanNode, .armWithoutRegimen,
    ]
    /// Every rule the loader and the validator can report.
    public static let evidenceRules: [Self] = loadRules + consistencyRules
}
