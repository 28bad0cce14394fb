import EvidenceGraphCore

/// A node or relationship table (or file) being planned: its columns in first-seen order and
/// their types, widened as values are seen.
struct ExportTable {
    var name: String
    var rules: ExportListRules
    var columns: [String] = []
    var types: [String: ExportColumnType] = [:]
    var count = 0

    mutating func see(_ key: String, _ value: PropertyValue) {
        guard let t = ExportColumnType.of(value, rules) else { return }
        if let old = types[key] { types[key] = ExportColumnType.widen(old, t) } else { columns.append(key); types[key] = t }
    }

    /// Columns that fell back to text, as warnings `TABLE.COLUMN: …`.
    var textWarnings: [String] {
        columns.filter { types[$0] == .text }.map { "\(name).\($0): mixed or CSV-unsafe values, exported as STRING text" }
    }
}
