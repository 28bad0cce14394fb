/// The shape of a generated graph: how many nodes of each label, their ids, and how many
/// references of each kind an entity gets on average, scaled so that the graph has about
/// `edgeFactor` relationships per node.
struct SyntheticPlan {
    /// Labels in the order the knowledge base's files define them; each has an id prefix.
    enum Kind: Int, CaseIterable {
        case drugClass, drug, target, pathway, biomarker, disease, finding, metastaticSite
        case comorbidity, toxicity, regimenCategory, regimen, publication, trial
        case population, arm, outcome, guideline, recommendation, principle

        var label: String {
            switch self {
            case .drugClass: "DrugClass"
            case .drug: "Drug"
            case .target: "Target"
            case .pathway: "Pathway"
            case .biomarker: "Biomarker"
            case .disease: "Disease"
            case .finding: "Finding"
            case .metastaticSite: "MetastaticSite"
            case .comorbidity: "Comorbidity"
            case .toxicity: "Toxicity"
            case .regimenCategory: "RegimenCategory"
            case .regimen: "Regimen"
            case .publication: "Publication"
            case .trial: "Trial"
            case .population: "Population"
            case .arm: "Arm"
            case .outcome: "Outcome"
            case .guideline: "Guideline"
            case .recommendation: "Recommendation"
            case .principle: "Principle"
            }
        }

        /// The XML element name: the label with a lower-case first letter.
        var element: String { label.prefix(1).lowercased() + label.dropFirst() }

        /// The id prefix (`drug-17`, `trial-3`, `pop-3`, …).
        var prefix: String {
            switch self {
            case .drugClass: "class"
            case .metastaticSite: "site"
            case .regimenCategory: "category"
            case .publication: "pub"
            case .population: "pop"
            case .outcome: "out"
            case .recommendation: "rec"
            default: element.lowercased()
            }
        }

        /// Share of all nodes (top-level kinds; trial children and recommendations follow
        /// their parents, principles take the rest).
        var share: Double {
            switch self {
            case .drugClass: 0.02
            case .drug: 0.14
            case .target: 0.06
            case .pathway: 0.015
            case .biomarker: 0.03
            case .disease: 0.03
            case .finding: 0.02
            case .metastaticSite: 0.01
            case .comorbidity: 0.02
            case .toxicity: 0.04
            case .regimenCategory: 0.003
            case .regimen: 0.10
            case .publication: 0.13
            case .trial: 0.04
            case .guideline: 0.002
            case .recommendation: 0.10
            case .population, .arm, .outcome, .principle: 0
            }
        }
    }

    /// Per trial: one population, two arms, two outcomes.
    static let armsPerTrial = 2

    let nodes: Int
    let seed: UInt64
    /// Node count per kind.
    let counts: [Int]
    /// Multiplier applied to every reference kind's base mean.
    let referenceScale: Double

    init(nodes: Int, edgeFactor: Double, seed: UInt64) throws(SyntheticGraphError) {
        guard nodes >= 100 else { throw SyntheticGraphError("--nodes must be at least 100 (got \(nodes))") }
        guard edgeFactor >= 0, edgeFactor <= 1000 else { throw SyntheticGraphError("--edge-factor must be between 0 and 1000") }
        self.nodes = nodes
        self.seed = seed
        var counts = [Int](repeating: 0, count: Kind.allCases.count)
        for k in Kind.allCases where k.share > 0 { counts[k.rawValue] = max(1, Int(Double(nodes) * k.share)) }
        let trials = counts[Kind.trial.rawValue]
        counts[Kind.population.rawValue] = trials
        counts[Kind.arm.rawValue] = trials * Self.armsPerTrial
        counts[Kind.outcome.rawValue] = trials * Self.armsPerTrial
        counts[Kind.principle.rawValue] = nodes - counts.reduce(0, +)
        self.counts = counts
        // Fixed relationships: containment, arm → regimen, outcome → population/publication/arms,
        // recommendation → regimen. The rest are scaled to reach edgeFactor × nodes.
        let fixed = Double(trials) * (1 + 2 * Double(Self.armsPerTrial) + 2.5 * Double(Self.armsPerTrial))
            + 2 * Double(counts[Kind.recommendation.rawValue])
        var base = 0.0
        for (owner, refs) in Self.referenceMeans { base += Double(counts[owner.rawValue]) * refs.reduce(0) { $0 + $1.mean } }
        referenceScale = max(0, edgeFactor * Double(nodes) - fixed) / base
    }

    func count(_ kind: Kind) -> Int { counts[kind.rawValue] }

    func id(_ kind: Kind, _ index: Int) -> String { kind.prefix + "-" + String(index) }

    /// A generator for one entity, independent of the entities before it.
    func rng(_ kind: Kind, _ index: Int) -> SplitMix64 { SplitMix64(seed: seed, salt: UInt64(kind.rawValue + 1), index: index) }

    /// A reference target among `kinds` (weighted by their sizes), skewed towards low indices.
    func target(_ kinds: [Kind], _ rng: inout SplitMix64) -> String {
        var kind = kinds[0]
        if kinds.count > 1 {
            let total = kinds.reduce(0) { $0 + count($1) }
            var r = rng.below(total)
            for k in kinds {
                if r < count(k) { kind = k; break }
                r -= count(k)
            }
        }
        return id(kind, rng.skewed(count(kind)))
    }

    /// How many references of a kind an entity gets.
    func referenceCount(_ mean: Double, _ rng: inout SplitMix64) -> Int { rng.count(mean: mean * referenceScale) }

    /// A reference kind: the child element, relationship type, allowed target kinds, base mean.
    struct RefKind {
        var element: String
        var type: String
        var targets: [Kind]
        var mean: Double
        /// At least this many (a regimen has a drug).
        var minimum = 0
    }

    static let therapies: [Kind] = [.drug, .drugClass, .regimen, .regimenCategory]

    /// Base means of the element references per owner (before ``referenceScale``).
    static let referenceMeans: [(Kind, [RefKind])] = [
        (.drug, [RefKind(element: "class", type: "IN_CLASS", targets: [.drugClass], mean: 1.0),
                 RefKind(element: "target", type: "TARGETS", targets: [.target], mean: 1.5),
                 RefKind(element: "causes", type: "CAUSES", targets: [.toxicity], mean: 3.0),
                 RefKind(element: "caution", type: "CAUTION_IN", targets: [.comorbidity], mean: 0.5),
                 RefKind(element: "requiresBiomarker", type: "REQUIRES_BIOMARKER", targets: [.biomarker], mean: 0.2),
                 RefKind(element: "contraindication", type: "CONTRAINDICATED_IN", targets: [.comorbidity, .finding], mean: 0.3)]),
        (.drugClass, [RefKind(element: "parent", type: "SUBCLASS_OF", targets: [.drugClass], mean: 0.7),
                      RefKind(element: "target", type: "TARGETS", targets: [.target], mean: 1.0)]),
        (.target, [RefKind(element: "pathway", type: "IN_PATHWAY", targets: [.pathway], mean: 1.5)]),
        (.biomarker, [RefKind(element: "measures", type: "MEASURES", targets: [.target, .pathway], mean: 1.0)]),
        (.disease, [RefKind(element: "parent", type: "SUBTYPE_OF", targets: [.disease], mean: 0.6),
                    RefKind(element: "site", type: "SPREADS_TO", targets: [.metastaticSite], mean: 2.0)]),
        (.toxicity, [RefKind(element: "caution", type: "CAUTION_IN", targets: [.comorbidity], mean: 0.5)]),
        (.regimen, [RefKind(element: "category", type: "IN_CATEGORY", targets: [.regimenCategory], mean: 1.0),
                    RefKind(element: "component", type: "INCLUDES", targets: [.drug], mean: 2.0, minimum: 1),
                    RefKind(element: "requiresBiomarker", type: "REQUIRES_BIOMARKER", targets: [.biomarker], mean: 0.2)]),
        (.trial, [RefKind(element: "publication", type: "PUBLISHED_IN", targets: [.publication], mean: 1.5)]),
        (.population, [RefKind(element: "disease", type: "FOR_DISEASE", targets: [.disease], mean: 1.0),
                       RefKind(element: "priorTherapy", type: "PRIOR_THERAPY", targets: therapies, mean: 2.0),
                       RefKind(element: "requiresBiomarker", type: "REQUIRES_BIOMARKER", targets: [.biomarker], mean: 0.5),
                       RefKind(element: "excludesFinding", type: "EXCLUDES", targets: [.finding], mean: 0.5),
                       RefKind(element: "metastaticSite", type: "HAS_SITE", targets: [.metastaticSite], mean: 1.5)]),
        (.recommendation, [RefKind(element: "disease", type: "FOR_DISEASE", targets: [.disease], mean: 1.0),
                           RefKind(element: "priorTherapy", type: "REQUIRES_PRIOR", targets: therapies, mean: 1.0),
                           RefKind(element: "requiresBiomarker", type: "REQUIRES_BIOMARKER", targets: [.biomarker], mean: 0.3),
                           RefKind(element: "excludedBy", type: "EXCLUDED_BY", targets: [.finding], mean: 0.3),
                           RefKind(element: "cites", type: "CITES", targets: [.trial, .publication], mean: 2.0)]),
        (.principle, [RefKind(element: "prefer", type: "PREFERS", targets: therapies, mean: 1.0),
                      RefKind(element: "over", type: "OVER", targets: therapies, mean: 1.0),
                      RefKind(element: "unless", type: "UNLESS", targets: [.finding, .biomarker, .comorbidity, .metastaticSite], mean: 0.5),
                      RefKind(element: "appliesTo", type: "APPLIES_TO", targets: therapies + [.biomarker, .finding, .disease], mean: 1.0),
                      RefKind(element: "statedBy", type: "STATED_BY", targets: [.guideline, .publication], mean: 1.0)]),
    ]

    static func refs(_ kind: Kind) -> [RefKind] { referenceMeans.first { $0.0 == kind }?.1 ?? [] }
}

/// Bad generator options.
package struct SyntheticGraphError: Error, Sendable, CustomStringConvertible {
    package var description: String
    init(_ message: String) { description = message }
}
