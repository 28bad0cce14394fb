import EvidenceGraphAssessment
import EvidenceGraphCore
import EvidenceGraphFormats
import EvidenceGraphQuery

/// What both servers answer from: one graph, loaded once and never changed, shared by every
/// request (it is a `Sendable` value, safe to query from many threads), with its clinical
/// knowledge and schema computed once up front.
///
/// ```swift
/// let service = GraphService(graph: loaded.graph, limits: ServiceLimits(query: QueryOptions(timeout: 10)))
/// let document = try service.query("MATCH (d:Drug) RETURN count(d) AS drugs")
/// ```
public struct GraphService: Sendable {
    public let graph: Graph
    public let limits: ServiceLimits
    /// The graph's schema (labels, relationship types, keys, patterns).
    public let schema: SchemaDocument
    /// The clinical knowledge the assessment reads, or why the graph has none.
    let knowledge: Result<ClinicalKnowledge, AssessmentError>

    public init(graph: Graph, limits: ServiceLimits = ServiceLimits()) {
        self.graph = graph
        self.limits = limits
        self.schema = SchemaDocument(SchemaSummary(graph))
        self.knowledge = Result { () throws(AssessmentError) -> ClinicalKnowledge in try ClinicalKnowledge(graph: graph) }
    }

    /// Runs a read-only query under the limits and returns the `evg query --format json`
    /// contract document.
    /// - Throws: ``ServiceError`` from the query's ``QueryError`` (class, detail, line,
    ///   column), or `ReadOnlyGraph` for a query that writes.
    public func query(_ text: String, parameters: [String: JSONValue] = [:]) throws(ServiceError) -> QueryResultDocument {
        let result: QueryResult
        do throws(QueryError) {
            result = try graph.query(text, parameters: parameters.mapValues(\.queryValue), options: limits.query)
        } catch {
            throw ServiceError(error)
        }
        // A writing query leaves `graph` as it was (it returns a new one); refuse it so that a
        // client is not told that a write happened.
        guard result.statistics == QueryStatistics() else { throw .readOnly() }
        return QueryResultDocument(result)
    }

    /// Assesses a patient: `options` as `drug+drug` regimens (nil: every regimen of the
    /// knowledge base), `guidelines` restricting the issuers.
    public func assess(_ patient: PatientInput, options: [String]? = nil, guidelines: [String]? = nil) throws(ServiceError) -> Assessment {
        guard patient.bytes.count <= limits.maxBodyBytes else { throw .bodyTooLarge(limit: limits.maxBodyBytes) }
        return try report(patient, options: options, guidelines: guidelines).assessment
    }

    /// An assessment with what its HTML report also needs: the profile read and the knowledge.
    public struct Report: Sendable {
        /// The verdicts.
        public var assessment: Assessment
        /// The patient as read.
        public var profile: PatientProfile
        /// The knowledge the verdicts came from.
        public var knowledge: ClinicalKnowledge
    }

    /// Assesses a patient and keeps the profile and knowledge (for the HTML report).
    public func report(_ patient: PatientInput, options: [String]? = nil, guidelines: [String]? = nil) throws(ServiceError) -> Report {
        guard patient.bytes.count <= limits.maxBodyBytes else { throw .bodyTooLarge(limit: limits.maxBodyBytes) }
        let profile = try patient.profile(graph: graph)
        do throws(AssessmentError) {
            let knowledge = try knowledge.get()
            let assessment = try Assessor(knowledge: knowledge).assess(profile, options: options, guidelines: guidelines)
            return Report(assessment: assessment, profile: profile, knowledge: knowledge)
        } catch {
            throw ServiceError(error)
        }
    }

    /// Why `option` has its verdict for `patient`, with the graph nodes it cites.
    public func explain(_ patient: PatientInput, option: String) throws(ServiceError) -> Explanation {
        let assessment = try assess(patient, options: [option])
        guard let assessed = assessment.options.first else {
            throw ServiceError(status: 422, code: "AssessmentError", message: "the option '\(option.prefix(200))' was not assessed")
        }
        return Explanation(assessed, patient: assessment.patient, in: graph)
    }
}
