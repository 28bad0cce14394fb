import EvidenceGraphCore

/// What `EvidenceModel` makes of each element and attribute name of one parse, by name
/// code: computed on first sight from the model's tables, then read with an array index.
/// The builder's symbols (labels, types, keys) are resolved once per name.
struct EvidenceNameRoles {
    /// What a child element means inside its owner element.
    enum ChildRole {
        /// Not computed yet.
        case unknown
        /// Nothing the mapper uses.
        case none
        /// A text property (`<synonym>` …).
        case text(key: UInt32, isList: Bool, property: Int32)
        /// `<x ref="id"/>`: a relationship of this type to the referenced node.
        case reference(type: UInt32)
        /// A nested entity: its label and the containment relationship type.
        case entity(label: UInt32, containment: UInt32?)
        /// `<score scheme= value=>`.
        case score
    }

    /// What an attribute means on its owner element.
    enum AttributeRole {
        case unknown
        /// The `id` attribute or a prefixed one: not a property.
        case skip
        /// A reference attribute: a relationship of this type.
        case reference(type: UInt32)
        /// A property with this key and typing.
        case property(key: UInt32, kind: EvidenceModel.AttributeKind)
    }

    private static let entitiesByParent: [String: [String: EvidenceModel.Entity]] =
        Dictionary(grouping: EvidenceModel.entities, by: \.parent).mapValues { specs in
            Dictionary(specs.map { ($0.element, $0) }, uniquingKeysWith: { a, _ in a })
        }
    private static let elementReferences: [String: [String: EvidenceModel.Reference]] =
        Dictionary(grouping: EvidenceModel.references.filter { !$0.isAttribute }, by: \.owner).mapValues { refs in
            Dictionary(refs.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        }
    private static let attributeReferences: [String: [String: EvidenceModel.Reference]] =
        Dictionary(grouping: EvidenceModel.references.filter(\.isAttribute), by: \.owner).mapValues { refs in
            Dictionary(refs.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        }
    static let textByElement: [String: EvidenceModel.TextProperty] = Dictionary(
        EvidenceModel.textProperties.map { ($0.element, $0) }, uniquingKeysWith: { a, _ in a })

    private var width = 0
    private var children: [ChildRole] = []
    private var attributes: [AttributeRole] = []
    private var langKeys: [UInt64: UInt32] = [:]
    private var propertyNames: [String] = []
    private var plainAttributes: [(key: UInt32, kind: EvidenceModel.AttributeKind)?] = []

    /// The role of child element `child` inside `owner`.
    @inline(__always)
    mutating func child(_ child: Int32, in owner: Int32, names: [String], builder: inout GraphBuilder) -> ChildRole {
        let o = Int(owner), c = Int(child)
        if o < width && c < width, case let role = children[o * width + c], !role.isUnknown { return role }
        return computeChild(c, o, names, &builder)
    }

    /// The role of attribute `attribute` (unprefixed) on `owner`.
    @inline(__always)
    mutating func attribute(_ attribute: Int32, on owner: Int32, names: [String], builder: inout GraphBuilder) -> AttributeRole {
        let o = Int(owner), a = Int(attribute)
        if o < width && a < width, case let role = attributes[o * width + a], !role.isUnknown { return role }
        return computeAttribute(a, o, names, &builder)
    }

    /// Key and typing of attribute `attribute` as a plain property (relationship properties).
    @inline(__always)
    mutating func plainAttribute(_ attribute: Int32, names: [String], builder: inout GraphBuilder) -> (key: UInt32, kind: EvidenceModel.AttributeKind) {
        let a = Int(attribute)
        if a < plainAttributes.count, let p = plainAttributes[a] { return p }
        if plainAttributes.count <= a { plainAttributes += Array(repeating: nil, count: a + 1 - plainAttributes.count) }
        let name = names[a]
        let p = (key: builder.keySymbol(name), kind: EvidenceModel.attributeKinds[name] ?? .string)
        plainAttributes[a] = p
        return p
    }

    /// The key of the language list `<property>_<lang>` (`synonyms_ru`).
    mutating func languageKey(property: Int32, key: UInt32, lang: UInt32, builder: inout GraphBuilder) -> UInt32 {
        let k = UInt64(key) << 32 | UInt64(lang)
        if let s = langKeys[k] { return s }
        let s = builder.keySymbol(propertyNames[Int(property)] + "_" + builder.string(lang))
        langKeys[k] = s
        return s
    }

    private mutating func ensureWidth(_ n: Int) {
        guard n >= width else { return }
        var w = max(64, width)
        while w <= n { w *= 2 }
        var newChildren = Array(repeating: ChildRole.unknown, count: w * w)
        var newAttributes = Array(repeating: AttributeRole.unknown, count: w * w)
        for o in 0..<width {
            for c in 0..<width {
                newChildren[o * w + c] = children[o * width + c]
                newAttributes[o * w + c] = attributes[o * width + c]
            }
        }
        children = newChildren
        attributes = newAttributes
        width = w
    }

    private mutating func computeChild(_ c: Int, _ o: Int, _ names: [String], _ b: inout GraphBuilder) -> ChildRole {
        ensureWidth(max(c, o))
        let owner = names[o], name = names[c]
        let role: ChildRole
        if let ref = Self.elementReferences[owner]?[name] {
            role = .reference(type: b.typeSymbol(ref.type))
        } else if let entity = Self.entitiesByParent[owner]?[name] {
            role = .entity(label: b.labelSymbol(entity.label), containment: entity.containment.map { b.typeSymbol($0) })
        } else if let text = Self.textByElement[name] {
            propertyNames.append(text.property)
            role = .text(key: b.keySymbol(text.property), isList: text.isList, property: Int32(propertyNames.count - 1))
        } else if name == EvidenceModel.scoreElement {
            role = .score
        } else {
            role = .none
        }
        children[o * width + c] = role
        return role
    }

    private mutating func computeAttribute(_ a: Int, _ o: Int, _ names: [String], _ b: inout GraphBuilder) -> AttributeRole {
        ensureWidth(max(a, o))
        let owner = names[o], name = names[a]
        let role: AttributeRole
        if let ref = Self.attributeReferences[owner]?[name] {
            role = .reference(type: b.typeSymbol(ref.type))
        } else if name == "id" {
            role = .skip
        } else {
            role = .property(key: b.keySymbol(name), kind: EvidenceModel.attributeKinds[name] ?? .string)
        }
        attributes[o * width + a] = role
        return role
    }
}

extension EvidenceNameRoles.ChildRole {
    var isUnknown: Bool { if case .unknown = self { true } else { false } }
}

extension EvidenceNameRoles.AttributeRole {
    var isUnknown: Bool { if case .unknown = self { true } else { false } }
}
