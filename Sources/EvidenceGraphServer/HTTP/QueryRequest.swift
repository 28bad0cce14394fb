import EvidenceGraphFormats

/// The body of `POST /query`: `{"query": "MATCH …", "parameters": {"name": value, …}}`;
/// `parameters` is optional, its values any JSON (objects become maps).
struct QueryRequest: Decodable, Sendable {
    var query: String
    var parameters: [String: JSONValue]?
}
