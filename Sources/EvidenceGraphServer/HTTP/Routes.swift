import EvidenceGraphAssessment
import EvidenceGraphFormats
import Hummingbird

/// The handlers of ``EvidenceGraphHTTP``'s routes; the work itself is ``GraphService``'s,
/// run off Swift's cooperative threads (``BlockingWork``).
struct Routes: Sendable {
    let service: GraphService

    /// `GET /`: the self-contained web page.
    func page() throws(ServiceError) -> Response {
        guard let page = BundledResources.webPage else {
            throw ServiceError(status: 500, code: "InternalError",
                               message: "the web page is missing: the EvidenceGraph_EvidenceGraphServer resource bundle is not beside the executable")
        }
        return JSONResponse.html(page.text)
    }

    /// `GET /health`.
    func health() -> Response {
        JSONResponse.make(Health(status: "ok", nodes: service.graph.nodeCount, relationships: service.graph.relationshipCount,
                                 assessment: (try? service.knowledge.get()) != nil))
    }

    /// `GET /schema`.
    func schema() -> Response {
        JSONResponse.make(service.schema)
    }

    /// `POST /query`.
    func query(_ request: Request) async throws(ServiceError) -> Response {
        let body = try await request.decodedBody(QueryRequest.self, limit: service.limits.maxBodyBytes,
                                                 example: #"{"query": "MATCH (d:Drug) RETURN d.name", "parameters": {}}"#)
        let service = self.service
        let document = try await BlockingWork.run { () throws(ServiceError) -> QueryResultDocument in
            try service.query(body.query, parameters: body.parameters ?? [:])
        }
        return JSONResponse.make(document)
    }

    /// `POST /assess`: the body is the patient; `option`, `guideline` and `format` come from
    /// the query string (`verbose=true` adds each option's further evidence).
    func assess(_ request: Request) async throws(ServiceError) -> Response {
        let parameters = request.uri.queryParameters
        let format = parameters["format"].map(String.init) ?? "json"
        guard format == "json" || format == "html" else {
            throw .badRequest("format must be json or html, got '\(format.prefix(40))'")
        }
        let options = parameters[values: "option"].map(String.init)
        let guidelines = parameters[values: "guideline"].map(String.init)
        let verbose = parameters["verbose"] == "true"
        let patient = PatientInput(bytes: try await request.collectedBody(limit: service.limits.maxBodyBytes))
        let service = self.service
        let report = try await BlockingWork.run { () throws(ServiceError) -> GraphService.Report in
            try service.report(patient, options: options.isEmpty ? nil : options, guidelines: guidelines.isEmpty ? nil : guidelines)
        }
        switch format {
        case "html":
            let page = try await BlockingWork.run { () throws(ServiceError) -> String in
                do {
                    return try AssessmentHTML.render(report.assessment, knowledge: report.knowledge, patient: report.profile)
                } catch {
                    throw ServiceError(status: 503, code: "ReportUnavailable", message: "the HTML report could not be drawn: \(error)")
                }
            }
            return JSONResponse.html(page)
        default:
            return JSONResponse.json(AssessmentJSON.text(report.assessment, verbose: verbose))
        }
    }

    /// The `GET /health` document.
    struct Health: Codable, Sendable {
        var status: String
        var nodes: Int
        var relationships: Int
        /// Whether the graph holds the clinical knowledge `POST /assess` needs.
        var assessment: Bool
    }
}
