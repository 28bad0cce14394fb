/// RFC 4180 fields.
enum CSVText {
    /// `s` as a CSV field: quoted (with `"` doubled) when it holds a comma, a quote or a line
    /// break, or starts or ends with white space; as it is otherwise.
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || s.first?.isWhitespace == true || s.last?.isWhitespace == true else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }

    /// A row of fields.
    static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }

    /// A file-name-safe form of a table, label or type name.
    static func fileName(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "_" })
    }
}
