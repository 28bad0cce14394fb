/// A GraphML `<key>`: a property declaration (`attr.name`, `attr.type`, optional APOC
/// `attr.list` for list values, optional `<default>`).
///
/// GraphML has no date type. evg writes a date key as `attr.type="string"` (or
/// `attr.list="string"`) with `evg.type="date"`: other readers see ISO text, evg reads dates
/// back.
struct GraphMLKey {
    enum ValueType: String {
        case string, int, long, float, double, boolean
        /// Only from `evg.type="date"` on a string key; never written as an `attr.type`.
        case date
    }

    /// The `evg.type` value that marks a string key as holding dates.
    static let dateMarker = "date"

    /// The type a key declares: `attr.type` (and `attr.list`) refined by `evg.type`.
    static func declaredTypes(attrType: String, attrList: String?, evgType: String?) -> (type: ValueType, listType: ValueType?)? {
        guard let type = ValueType(rawValue: attrType), type != .date else { return nil }
        let listType = attrList.flatMap(ValueType.init(rawValue:)).flatMap { $0 == .date ? nil : $0 }
        guard evgType == dateMarker else { return (type, listType) }
        if let listType { return listType == .string ? (type, .date) : (type, listType) }
        return type == .string ? (.date, nil) : (type, nil)
    }

    var id: String
    /// `node`, `edge`, `graph` or `all`.
    var domain: String
    var name: String
    var type: ValueType
    /// Element type of a list-valued key (APOC writes `attr.list`).
    var listType: ValueType?
    var defaultValue: String?
}
