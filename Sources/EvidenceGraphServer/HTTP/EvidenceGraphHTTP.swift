import EvidenceGraphAssessment
import EvidenceGraphFormats
import Hummingbird
import Logging

/// `evg serve`: the graph over HTTP, on Hummingbird.
///
/// | Route | Answer |
/// |---|---|
/// | `GET /` | the web page: a query box (results as a table and a drawing) and a patient upload |
/// | `POST /query` | `{"query": …, "parameters": {…}}` → the `evg query --format json` contract |
/// | `POST /assess` | patient XML (or FHIR JSON) → the `evg assess --format json` contract; `?option=a+b` (repeatable), `?guideline=ESMO`, `?format=html` |
/// | `GET /schema` | labels, relationship types, property keys and patterns (``SchemaDocument``) |
/// | `GET /health` | `{"status": "ok", "nodes": N, "relationships": M, "assessment": true}` |
///
/// Every request runs under the service's ``ServiceLimits``; every error is the JSON
/// document of ``ServiceError``.
///
/// ```swift
/// let app = EvidenceGraphHTTP.application(service: service, host: "127.0.0.1", port: 8080)
/// try await app.runService()
/// ```
public enum EvidenceGraphHTTP {
    /// The default address: loopback only.
    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8080

    /// The application serving `service` at `host:port` (port 0: any free port);
    /// `onServerRunning` receives the port bound.
    public static func application(service: GraphService, host: String = defaultHost, port: Int = defaultPort,
                                   logger: Logger? = nil,
                                   onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> Application<RouterResponder<BasicRequestContext>> {
        Application(router: router(service: service),
                    configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "evg"),
                    onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
                    logger: logger ?? quietLogger())
    }

    /// The routes, for an application of the caller's own.
    public static func router(service: GraphService) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: JSONErrorMiddleware())
        let routes = Routes(service: service)
        router.get("/") { _, _ in try routes.page() }
        router.get("/health") { _, _ in routes.health() }
        router.get("/schema") { _, _ in routes.schema() }
        router.post("/query") { request, _ in try await routes.query(request) }
        router.post("/assess") { request, _ in try await routes.assess(request) }
        return router
    }

    /// A logger that reports only errors (Hummingbird logs every request at `info`).
    static func quietLogger() -> Logger {
        var logger = Logger(label: "evg-serve")
        logger.logLevel = .error
        return logger
    }
}
