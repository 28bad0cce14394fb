import EvidenceGraphFormats
import Hummingbird

/// Builds the HTTP responses: JSON documents written with the contracts' encoder
/// (``ContractJSON``: keys sorted, `/` unescaped), HTML pages, and ``ServiceError``s.
enum JSONResponse {
    static let jsonContentType = "application/json; charset=utf-8"
    static let htmlContentType = "text/html; charset=utf-8"

    /// `value` as JSON with `status`.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data: [UInt8]
        do {
            data = Array(try ContractJSON.encoder().encode(value))
        } catch {
            // The documents hold only strings, whole numbers, finite floats, booleans and nulls.
            preconditionFailure("a JSON response failed to encode: \(error)")
        }
        return bytes(data, contentType: jsonContentType, status: status)
    }

    /// JSON text already written (a contract's own writer's).
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Array(text.utf8), contentType: jsonContentType, status: status)
    }

    /// The error document with the error's status.
    static func error(_ error: ServiceError) -> Response {
        make(error.document, status: HTTPResponse.Status(code: error.status))
    }

    /// An HTML page.
    static func html(_ text: String) -> Response {
        bytes(Array(text.utf8), contentType: htmlContentType, status: .ok)
    }

    private static func bytes(_ bytes: [UInt8], contentType: String, status: HTTPResponse.Status) -> Response {
        Response(status: status,
                 headers: [.contentType: contentType, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
