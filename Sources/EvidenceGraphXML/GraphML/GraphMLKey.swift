/// A GraphML `<key>`: a property declaration (`attr.name`, `attr.type`, optional APOC
/// `attr.list` for list values, optional `<default>`).
struct GraphMLKey {
    enum ValueType: String {
        case string, int, long, float, double, boolean
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
