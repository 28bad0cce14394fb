import Foundation
import Hummingbird

extension Request {
    /// The whole body, refused with `BodyTooLarge` (413) past `limit` bytes.
    func collectedBody(limit: Int) async throws(ServiceError) -> [UInt8] {
        do {
            let buffer = try await body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw .bodyTooLarge(limit: limit)
        } catch {
            throw .badRequest("the request body could not be read: \(error)")
        }
    }

    /// The body decoded as JSON `T`, refused with `BadRequest` when it does not decode.
    func decodedBody<T: Decodable>(_ type: T.Type, limit: Int, example: String) async throws(ServiceError) -> T {
        let bytes = try await collectedBody(limit: limit)
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw .badRequest("the body must be JSON like \(example): \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case .typeMismatch(_, let c), .valueNotFound(_, let c):
            "wrong type at \(c.codingPath.map(\.stringValue).joined(separator: ".")): \(c.debugDescription)"
        case .dataCorrupted(let c): "not valid JSON (\(c.underlyingError.map { String(describing: $0) } ?? c.debugDescription))"
        default: String(describing: error)
        }
    }
}
