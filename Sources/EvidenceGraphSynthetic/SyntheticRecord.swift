/// How an attribute's text is typed in the graph (the evidence model's attribute kinds).
enum AttributeKind {
    case string, integer, decimal, boolean, tokenList
    /// A reference attribute: it becomes a relationship of this type, not a property.
    case reference(String)
}

/// One generated entity, in the order its XML is written: attributes, then children
/// (text elements, references, scores and nested entities) in the XSD's sequence order.
struct SyntheticRecord {
    /// A child element.
    enum Child {
        /// A text element (`synonym`, `brand`, `mechanism`, …) becoming `property` (a list when `isList`).
        case text(element: String, property: String, isList: Bool, lang: String?, value: String)
        /// `<element ref="target" attrs…/>`: a relationship of `type`.
        case ref(element: String, type: String, target: String, attributes: [Attribute])
        /// `<score scheme value/>`: an item of the `scores` list.
        case score(scheme: String, value: String)
        /// A nested entity, linked from this one by `containment`.
        case nested(SyntheticRecord, containment: String)
    }

    /// An attribute with its kind.
    struct Attribute {
        var name: String
        var value: String
        var kind: AttributeKind
    }

    var element: String
    var label: String
    var id: String
    var attributes: [Attribute] = []
    var children: [Child] = []

    init(element: String, label: String, id: String) {
        self.element = element
        self.label = label
        self.id = id
    }

    mutating func attr(_ name: String, _ value: String, _ kind: AttributeKind = .string) {
        attributes.append(Attribute(name: name, value: value, kind: kind))
    }

    mutating func text(_ element: String, _ value: String, list: Bool = false, lang: String? = nil, property: String? = nil) {
        children.append(.text(element: element, property: property ?? element, isList: list, lang: lang, value: value))
    }

    mutating func ref(_ element: String, _ type: String, _ target: String, _ attributes: [Attribute] = []) {
        children.append(.ref(element: element, type: type, target: target, attributes: attributes))
    }

    /// Nodes in this record (itself and nested ones).
    var nodeCount: Int {
        children.reduce(1) { n, c in if case .nested(let r, _) = c { return n + r.nodeCount } else { return n } }
    }

    /// Relationships this record writes (attribute and element references, containment).
    var relationshipCount: Int {
        var n = attributes.reduce(0) { if case .reference = $1.kind { return $0 + 1 } else { return $0 } }
        for c in children {
            switch c {
            case .ref: n += 1
            case .nested(let r, _): n += 1 + r.relationshipCount
            case .text, .score: break
            }
        }
        return n
    }
}
