import EvidenceGraphFormats
import EvidenceGraphQuery

extension JSONValue {
    /// The query parameter this JSON value gives: objects become maps (in key order), arrays
    /// lists, numbers integers or floats as written.
    var queryValue: EvidenceGraphQuery.Value {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .double(let d): .float(d)
        case .string(let s): .string(s)
        case .array(let items): .list(items.map(\.queryValue))
        case .object(let members): .map(members.map { (key: $0.0, value: $0.1.queryValue) })
        }
    }
}
