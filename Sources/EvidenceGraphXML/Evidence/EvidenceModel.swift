/// The mapping from evidence XML to the property graph, held as data: which elements are
/// entities (nodes), which are references (relationships), which carry text properties, and
/// how attribute values are typed.
///
/// This table is the single source of truth for the evidence reader, for the validator's
/// `wrong-endpoint-labels` rule (`relationshipEndpoints`) and for docs/graph-model.md.
package enum EvidenceModel {
    /// The XML namespace of evidence files.
    package static let namespace = "urn:evidencegraph:evidence:1"
    /// The root element of evidence files.
    package static let rootElement = "evidence"

    /// An element that becomes a node.
    package struct Entity: Sendable, Hashable {
        /// The element's local name.
        package let element: String
        /// The element it is nested in (`evidence` for top-level entities).
        package let parent: String
        /// The node's label.
        package let label: String
        /// For nested entities: the relationship type from the parent node to this node.
        package let containment: String?
    }

    /// A child element (`<x ref="id" …/>`) or an attribute (`x="id"`) that becomes a
    /// relationship from the enclosing entity to the referenced node.
    package struct Reference: Sendable, Hashable {
        /// The enclosing entity element.
        package let owner: String
        /// The child element's local name, or the attribute's name when `isAttribute`.
        package let name: String
        /// Whether the reference is an attribute of the owner rather than a child element.
        package let isAttribute: Bool
        /// The relationship type (from the owner to the target).
        package let type: String
        /// Labels the target may carry.
        package let targetLabels: [String]
    }

    /// A child element whose text becomes a property of the enclosing entity.
    package struct TextProperty: Sendable, Hashable {
        /// The child element's local name.
        package let element: String
        /// The property key.
        package let property: String
        /// Whether repeated children collect into a list (and, with `xml:lang`, also into
        /// `<property>_<lang>`).
        package let isList: Bool
    }

    /// How an attribute's text becomes a property value.
    package enum AttributeKind: Sendable, Hashable {
        case string, integer, decimal, boolean, date, tokenList
    }

    static func entity(_ element: String, in parent: String = "evidence", label: String, via containment: String? = nil) -> Entity {
        Entity(element: element, parent: parent, label: label, containment: containment)
    }

    static func ref(_ owner: String, _ name: String, _ type: String, _ targets: [String], attribute: Bool = false) -> Reference {
        Reference(owner: owner, name: name, isAttribute: attribute, type: type, targetLabels: targets)
    }

    /// Every entity element.
    package static let entities: [Entity] = [
        entity("drug", label: "Drug"),
        entity("drugClass", label: "DrugClass"),
        entity("target", label: "Target"),
        entity("pathway", label: "Pathway"),
        entity("biomarker", label: "Biomarker"),
        entity("disease", label: "Disease"),
        entity("finding", label: "Finding"),
        entity("metastaticSite", label: "MetastaticSite"),
        entity("comorbidity", label: "Comorbidity"),
        entity("toxicity", label: "Toxicity"),
        entity("regimenCategory", label: "RegimenCategory"),
        entity("regimen", label: "Regimen"),
        entity("publication", label: "Publication"),
        entity("trial", label: "Trial"),
        entity("population", in: "trial", label: "Population", via: "HAS_POPULATION"),
        entity("arm", in: "trial", label: "Arm", via: "HAS_ARM"),
        entity("outcome", in: "trial", label: "Outcome", via: "REPORTS"),
        entity("guideline", label: "Guideline"),
        entity("recommendation", in: "guideline", label: "Recommendation", via: "HAS_RECOMMENDATION"),
        entity("principle", label: "Principle"),
        entity("statusDerivation", in: "biomarker", label: "StatusDerivation", via: "DERIVES_STATUS"),
        entity("statusRule", label: "StatusRule"),
        entity("stateRule", label: "StateRule"),
        entity("gradeScheme", label: "GradeScheme"),
        entity("rankingPolicy", label: "RankingPolicy"),
        entity("codeSystem", label: "CodeSystem"),
        entity("coding", label: "Coding"),
    ]

    static let therapyLabels = ["Drug", "DrugClass", "Regimen", "RegimenCategory"]

    /// Labels of the decision model's configuration (grade scales, status and state rules,
    /// the ranking policy): a handful of hand-written nodes that the assessment reads, as
    /// opposed to the clinical content a knowledge base grows by.
    package static let decisionModelLabels: Set<String> = ["GradeScheme", "StatusRule", "StateRule", "StatusDerivation", "RankingPolicy"]

    /// Relationship types the synthetic benchmark generator does not produce: those the
    /// decision-model nodes start, plus the v2 eligibility and companion references
    /// (`REQUIRES_FINDING`, `REQUIRES_COMPANION`) that the clinical content uses sparingly.
    package static let decisionModelRelationshipTypes: Set<String> = [
        "DERIVES_STATUS", "RULE_FOR", "DERIVES", "ABOUT_THERAPY", "REQUIRES_FINDING", "REQUIRES_COMPANION",
    ]

    /// Labels of the terminology layer (`Graph/codes/`): code systems and the codes that map
    /// FHIR input onto knowledge-base entities. The synthetic generator does not produce them.
    public static let terminologyLabels: Set<String> = ["CodeSystem", "Coding"]

    /// Relationship types the terminology layer starts (`terminologyLabels`).
    public static let terminologyRelationshipTypes: Set<String> = ["IN_SYSTEM", "CODES"]

    /// Every reference element or attribute.
    package static let references: [Reference] = [
        ref("drug", "class", "IN_CLASS", ["DrugClass"]),
        ref("drug", "target", "TARGETS", ["Target"]),
        ref("drug", "causes", "CAUSES", ["Toxicity"]),
        ref("drug", "caution", "CAUTION_IN", ["Comorbidity", "Finding"]),
        ref("drug", "requiresBiomarker", "REQUIRES_BIOMARKER", ["Biomarker"]),
        ref("drug", "contraindication", "CONTRAINDICATED_IN", ["Comorbidity", "Finding"]),
        ref("drug", "requiresCompanion", "REQUIRES_COMPANION", ["Drug", "DrugClass"]),
        ref("drugClass", "parent", "SUBCLASS_OF", ["DrugClass"]),
        ref("drugClass", "target", "TARGETS", ["Target"]),
        ref("drugClass", "caution", "CAUTION_IN", ["Comorbidity", "Finding"]),
        ref("drugClass", "contraindication", "CONTRAINDICATED_IN", ["Comorbidity", "Finding"]),
        ref("drugClass", "requiresCompanion", "REQUIRES_COMPANION", ["Drug", "DrugClass"]),
        ref("target", "pathway", "IN_PATHWAY", ["Pathway"]),
        ref("biomarker", "measures", "MEASURES", ["Target", "Pathway"]),
        ref("disease", "parent", "SUBTYPE_OF", ["Disease"]),
        ref("disease", "site", "SPREADS_TO", ["MetastaticSite"]),
        ref("disease", "requiresBiomarker", "REQUIRES_BIOMARKER", ["Biomarker"]),
        ref("toxicity", "caution", "CAUTION_IN", ["Comorbidity", "Finding"]),
        ref("regimen", "category", "IN_CATEGORY", ["RegimenCategory"]),
        ref("regimen", "component", "INCLUDES", ["Drug"]),
        ref("regimen", "requiresBiomarker", "REQUIRES_BIOMARKER", ["Biomarker"]),
        ref("trial", "publication", "PUBLISHED_IN", ["Publication"]),
        ref("population", "disease", "FOR_DISEASE", ["Disease"]),
        ref("population", "priorTherapy", "PRIOR_THERAPY", therapyLabels),
        ref("population", "requiresBiomarker", "REQUIRES_BIOMARKER", ["Biomarker"]),
        ref("population", "excludesFinding", "EXCLUDES", ["Finding"]),
        ref("population", "requiresFinding", "REQUIRES_FINDING", ["Finding"]),
        ref("population", "metastaticSite", "HAS_SITE", ["MetastaticSite"]),
        ref("arm", "regimen", "USES_REGIMEN", ["Regimen"], attribute: true),
        ref("outcome", "population", "IN_POPULATION", ["Population"], attribute: true),
        ref("outcome", "publication", "REPORTED_IN", ["Publication"], attribute: true),
        ref("outcome", "armResult", "FOR_ARM", ["Arm"]),
        ref("recommendation", "regimen", "RECOMMENDS", ["Regimen"], attribute: true),
        ref("recommendation", "disease", "FOR_DISEASE", ["Disease"]),
        ref("recommendation", "priorTherapy", "REQUIRES_PRIOR", therapyLabels),
        ref("recommendation", "requiresBiomarker", "REQUIRES_BIOMARKER", ["Biomarker"]),
        ref("recommendation", "excludedBy", "EXCLUDED_BY", ["Finding"]),
        ref("recommendation", "requiresFinding", "REQUIRES_FINDING", ["Finding"]),
        ref("recommendation", "cites", "CITES", ["Trial", "Publication"]),
        ref("principle", "prefer", "PREFERS", therapyLabels),
        ref("principle", "over", "OVER", therapyLabels),
        ref("principle", "unless", "UNLESS", ["Finding", "Biomarker", "Comorbidity", "MetastaticSite"]),
        ref("principle", "appliesTo", "APPLIES_TO", therapyLabels + ["Biomarker", "Finding", "Disease"]),
        ref("principle", "statedBy", "STATED_BY", ["Guideline", "Publication"]),
        ref("statusDerivation", "requiresBiomarker", "REQUIRES_BIOMARKER", ["Biomarker"]),
        ref("statusRule", "biomarker", "RULE_FOR", ["Biomarker"]),
        ref("stateRule", "derives", "DERIVES", ["Finding"]),
        ref("stateRule", "therapy", "ABOUT_THERAPY", therapyLabels),
        ref("stateRule", "requiresBiomarker", "REQUIRES_BIOMARKER", ["Biomarker"]),
        ref("stateRule", "requiresFinding", "REQUIRES_FINDING", ["Finding"]),
        ref("stateRule", "statedBy", "STATED_BY", ["Guideline", "Publication"]),
        ref("rankingPolicy", "statedBy", "STATED_BY", ["Guideline", "Publication"]),
        ref("coding", "system", "IN_SYSTEM", ["CodeSystem"], attribute: true),
        ref("coding", "codes", "CODES", codedLabels),
    ]

    /// Labels a terminology `coding` may stand for (`CODES`).
    public static let codedLabels = ["Drug", "DrugClass", "Biomarker", "Comorbidity", "Toxicity", "MetastaticSite", "Disease", "Finding"]

    /// Child elements whose text becomes a property of the enclosing entity.
    package static let textProperties: [TextProperty] = [
        TextProperty(element: "synonym", property: "synonyms", isList: true),
        TextProperty(element: "brand", property: "brandNames", isList: true),
        TextProperty(element: "mechanism", property: "mechanism", isList: false),
        TextProperty(element: "description", property: "description", isList: false),
        TextProperty(element: "definition", property: "definition", isList: false),
        TextProperty(element: "statement", property: "statement", isList: false),
        TextProperty(element: "citation", property: "citation", isList: false),
        TextProperty(element: "title", property: "title", isList: false),
        TextProperty(element: "note", property: "note", isList: false),
    ]

    /// `<score scheme="S" value="V"/>` children collect into the list property `scores` as "S:V".
    package static let scoreElement = "score"
    /// The list property that collects `<score>` children.
    package static let scoresProperty = "scores"

    /// Attribute typing; attributes not listed are strings. The same name means the same
    /// thing on every element.
    package static let attributeKinds: [String: AttributeKind] = [
        "source": .tokenList, "testing": .tokenList, "statuses": .tokenList,
        "n": .integer, "enrollment": .integer, "year": .integer, "cycleDays": .integer,
        "sharePercent": .decimal, "incidencePercent": .decimal, "grade3plusPercent": .decimal,
        "ratePercent": .decimal, "visceralPercent": .decimal, "medianAgeYears": .decimal,
        "median": .decimal, "ciLow": .decimal, "ciHigh": .decimal, "hazardRatio": .decimal,
        "followUpMonths": .decimal,
        "visceral": .boolean, "progressionRequired": .boolean,
        // v2 decision-model attributes
        "minLine": .integer, "maxLine": .integer, "ecogMin": .integer, "ecogMax": .integer,
        "minCount": .integer, "maxCount": .integer, "precedence": .integer, "therapyLine": .integer,
        "minAge": .integer, "maxAge": .integer,
        "minScore": .decimal, "maxScore": .decimal, "minMonths": .decimal, "maxMonths": .decimal,
        "belowMonths": .decimal, "withinMonths": .decimal,
        "default": .boolean, "verified": .boolean, "primary": .boolean,
        "satisfies": .tokenList, "mayBe": .tokenList, "when": .tokenList, "keys": .tokenList,
        "preferredTies": .tokenList, "order": .tokenList, "outcome": .tokenList, "ihc": .tokenList, "ish": .tokenList,
        "aliases": .tokenList,
        // dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): guideline dates, registry dates
        "date": .date, "startDate": .date, "primaryCompletionDate": .date, "completionDate": .date,
    ]

    /// Allowed endpoint labels per relationship type, derived from `entities` and
    /// `references`: `type → (start labels, end labels)`. Used by `wrong-endpoint-labels`.
    package static let relationshipEndpoints: [String: (start: Set<String>, end: Set<String>)] = {
        var table: [String: (start: Set<String>, end: Set<String>)] = [:]
        let labelOf = Dictionary(entities.map { ($0.element, $0.label) }, uniquingKeysWith: { a, _ in a })
        for e in entities {
            guard let type = e.containment, let parent = labelOf[e.parent] else { continue }
            table[type, default: ([], [])].start.insert(parent)
            table[type, default: ([], [])].end.insert(e.label)
        }
        for r in references {
            guard let owner = labelOf[r.owner] else { continue }
            table[r.type, default: ([], [])].start.insert(owner)
            table[r.type, default: ([], [])].end.formUnion(r.targetLabels)
        }
        return table
    }()
}
