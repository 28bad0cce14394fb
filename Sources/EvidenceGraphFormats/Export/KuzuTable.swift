import EvidenceGraphCore

extension KuzuExport {
    /// A node or rel table being planned: its columns in first-seen order and their types.
    struct Table {
        var name: String
        var columns: [String] = []
        var types: [String: ColumnType] = [:]
        var count = 0

        mutating func see(_ key: String, _ value: PropertyValue) {
            guard let t = ColumnType.of(value) else { return }
            if let old = types[key] { types[key] = ColumnType.widen(old, t) } else { columns.append(key); types[key] = t }
        }
    }
}
