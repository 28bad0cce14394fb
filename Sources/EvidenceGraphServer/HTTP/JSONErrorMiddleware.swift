import Hummingbird

/// Turns every failure of a request into the JSON error document (``ServiceError``):
/// the services' own errors as they are, Hummingbird's (no such route: 404, a body over the
/// limit: 413) with their status, anything else as a 500.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            return JSONResponse.error(error)
        } catch let error as any HTTPResponseError {
            return JSONResponse.error(Self.serviceError(error, request: request))
        } catch {
            return JSONResponse.error(ServiceError(status: 500, code: "InternalError", message: String(describing: error)))
        }
    }

    static func serviceError(_ error: any HTTPResponseError, request: Request) -> ServiceError {
        let status = error.status
        let code: String
        switch status {
        case .notFound: code = "NotFound"
        case .methodNotAllowed: code = "MethodNotAllowed"
        case .contentTooLarge: code = "BodyTooLarge"
        case .badRequest: code = "BadRequest"
        default: code = status.code >= 500 ? "InternalError" : "BadRequest"
        }
        let given = (error as? HTTPError)?.body
        let message = given ?? (status == .notFound
            ? "no route \(request.method) \(request.uri.path); the routes are GET /, POST /query, POST /assess, GET /schema, GET /health"
            : status.reasonPhrase)
        return ServiceError(status: Int(status.code), code: code, message: message)
    }
}
