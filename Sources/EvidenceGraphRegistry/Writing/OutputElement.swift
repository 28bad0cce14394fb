/// An element of the evidence document being written: attributes in the order given, then
/// either text or child elements. Comments are children too.
struct OutputElement: Sendable, Hashable {
    var name: String
    var attributes: [Attribute] = []
    var text: String?
    var children: [OutputElement] = []
    /// When set, this node is a comment with this text (name and attributes unused).
    var comment: String?

    struct Attribute: Sendable, Hashable {
        var name: String
        var value: String
    }

    init(_ name: String, text: String? = nil) {
        self.name = name
        self.text = text
    }

    static func comment(_ text: String) -> OutputElement {
        var c = OutputElement("")
        c.comment = text
        return c
    }

    /// Adds `name="value"` when `value` is present.
    mutating func set(_ name: String, _ value: String?) {
        guard let value else { return }
        attributes.append(Attribute(name: name, value: value))
    }

    /// Appends a text child `<name>text</name>` when `text` is present.
    mutating func add(_ name: String, text: String?) {
        guard let text else { return }
        children.append(OutputElement(name, text: text))
    }
}
