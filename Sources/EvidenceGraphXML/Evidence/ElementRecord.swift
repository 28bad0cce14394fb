import EvidenceGraphCore

/// A small element tree kept for one top-level entity while it is read, so that the mapper
/// sees the whole entity (attributes, text children, references, nested entities) at once.
struct ElementRecord {
    var name: String
    var attributes: [XMLAttribute]
    var location: SourceLocation
    var text: String = ""
    var children: [ElementRecord] = []

    /// The value of attribute `name`, if present.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The text with runs of white space collapsed to one space and the ends trimmed.
    var normalizedText: String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
