import EvidenceGraphCore

/// Turns buffered evidence entities (`EntityBuffer`) into nodes and relationships,
/// following `EvidenceModel`, straight from the buffer's bytes into the builder.
///
/// For an entity: its node (label from the model; properties: `id` first, then its
/// attributes in order, typed by `EvidenceModel/attributeKinds`, then text children, then
/// list properties in order of first appearance); then one relationship per reference
/// attribute; then, per child in order, a relationship for each reference child (its other
/// attributes become relationship properties) or, for a nested entity, that entity's node
/// and relationships followed by the containment relationship to it. An entity whose id is
/// already taken is skipped with everything in it (recorded as a duplicate).
struct EvidenceMapper {
    /// The builder's symbol of the file being read.
    let file: UInt32
    /// The path diagnostics show.
    let displayPath: String
    /// Name roles of this parse.
    var roles = EvidenceNameRoles()
    /// Definitions skipped because their id was taken.
    private(set) var duplicates: [(id: String, location: SourceLocation, error: GraphBuilder.BuildError)] = []

    private let idCode: Int32, refCode: Int32, schemeCode: Int32, valueCode: Int32
    private let xmlPrefix: Int32, langCode: Int32
    private let idKey: UInt32, scoresKey: UInt32
    private var scratch: [UInt8] = []
    private var pendingLists: [(key: UInt32, value: PackedValue)] = []
    private var listItems: [PackedValue] = []

    /// A mapper for one file; the fixed names are registered with `parser`.
    init(file: UInt32, displayPath: String, parser: SAXParser, builder: inout GraphBuilder) {
        self.file = file
        self.displayPath = displayPath
        idCode = parser.registerName("id")
        refCode = parser.registerName("ref")
        schemeCode = parser.registerName("scheme")
        valueCode = parser.registerName("value")
        xmlPrefix = parser.registerName("xml")
        langCode = parser.registerName("lang")
        idKey = builder.keySymbol("id")
        scoresKey = builder.keySymbol(EvidenceModel.scoresProperty)
    }

    /// Adds the entity at element `index` of `buffer` (an element of `label`), and everything
    /// in it. Returns its node, or `nil` when it was skipped (no id, or a duplicate id).
    @discardableResult
    mutating func addEntity(_ buffer: EntityBuffer, at index: Int, label: UInt32, names: [String], into b: inout GraphBuilder) -> NodeIndex? {
        let e = buffer.elements[index]
        guard let idAttribute = buffer.attribute(idCode, of: e) else { return nil }
        let idRef = buffer.withValue(idAttribute) { b.intern($0) }
        let place = (file: file, line: Int(e.line), column: Int(e.column))
        let node: NodeIndex
        do {
            node = try b.addNode(idRef: idRef, at: place)
        } catch {
            duplicates.append((b.string(idRef), SourceLocation(file: displayPath, line: place.line, column: place.column), error))
            return nil
        }
        b.addLabelToLastNode(label)
        b.setLastNodeProperty(idKey, .string(idRef))
        let attributeRange = Int(e.firstAttribute)..<Int(e.firstAttribute + e.attributeCount)

        for i in attributeRange {
            let a = buffer.attributes[i]
            guard a.prefix < 0 else { continue }
            if case let .property(key, kind) = roles.attribute(a.name, on: e.name, names: names, builder: &b) {
                b.setLastNodeProperty(key, typedValue(buffer, a, kind, &b))
            }
        }
        addTextProperties(buffer, e, names: names, into: &b)

        for i in attributeRange {
            let a = buffer.attributes[i]
            guard a.prefix < 0, case let .reference(type) = roles.attribute(a.name, on: e.name, names: names, builder: &b) else { continue }
            let target = buffer.withValue(a) { b.intern($0) }
            b.addRelationship(type: type, from: .node(node), to: .id(target), at: place)
        }
        var c = e.firstChild
        while c >= 0 {
            let child = buffer.elements[Int(c)]
            let childPlace = (file: file, line: Int(child.line), column: Int(child.column))
            switch roles.child(child.name, in: e.name, names: names, builder: &b) {
            case .reference(let type):
                if let ref = buffer.attribute(refCode, of: child) {
                    let target = buffer.withValue(ref) { b.intern($0) }
                    b.addRelationship(type: type, from: .node(node), to: .id(target), at: childPlace)
                    for i in Int(child.firstAttribute)..<Int(child.firstAttribute + child.attributeCount) {
                        let a = buffer.attributes[i]
                        guard a.prefix < 0, a.name != refCode else { continue }
                        let (key, kind) = roles.plainAttribute(a.name, names: names, builder: &b)
                        b.setLastRelationshipProperty(key, typedValue(buffer, a, kind, &b))
                    }
                }
            case .entity(let childLabel, let containment?):
                if let childNode = addEntity(buffer, at: Int(c), label: childLabel, names: names, into: &b) {
                    b.addRelationship(type: containment, from: .node(node), to: .node(childNode), at: childPlace)
                }
            default:
                break
            }
            c = child.nextSibling
        }
        return node
    }

    /// Text children and scores of entity `e`, as properties of the node added last.
    private mutating func addTextProperties(_ buffer: EntityBuffer, _ e: EntityBuffer.Element, names: [String], into b: inout GraphBuilder) {
        pendingLists.removeAll(keepingCapacity: true)
        var c = e.firstChild
        while c >= 0 {
            let child = buffer.elements[Int(c)]
            switch roles.child(child.name, in: e.name, names: names, builder: &b) {
            case let .text(key, isList, property):
                scratch.removeAll(keepingCapacity: true)
                buffer.withText(child) { ByteValues.appendNormalized($0, to: &scratch) }
                let value = PackedValue.string(scratch.withUnsafeBytes { b.intern($0) })
                if isList {
                    pendingLists.append((key, value))
                    if let lang = languageAttribute(buffer, child) {
                        let langRef = buffer.withValue(lang) { b.intern($0) }
                        pendingLists.append((roles.languageKey(property: property, key: key, lang: langRef, builder: &b), value))
                    }
                } else {
                    b.setLastNodeProperty(key, value)
                }
            case .score:
                if let scheme = buffer.attribute(schemeCode, of: child), let value = buffer.attribute(valueCode, of: child) {
                    scratch.removeAll(keepingCapacity: true)
                    buffer.withValue(scheme) { scratch.append(contentsOf: $0) }
                    scratch.append(UInt8(ascii: ":"))
                    buffer.withValue(value) { scratch.append(contentsOf: $0) }
                    pendingLists.append((scoresKey, .string(scratch.withUnsafeBytes { b.intern($0) })))
                }
            default:
                break
            }
            c = child.nextSibling
        }
        guard !pendingLists.isEmpty else { return }
        // Lists in order of first appearance, items in document order (lists are short).
        for i in pendingLists.indices {
            let key = pendingLists[i].key
            guard !pendingLists[..<i].contains(where: { $0.key == key }) else { continue }
            listItems.removeAll(keepingCapacity: true)
            for j in i..<pendingLists.count where pendingLists[j].key == key { listItems.append(pendingLists[j].value) }
            b.setLastNodeProperty(key, b.makeList(listItems))
        }
    }

    private func languageAttribute(_ buffer: EntityBuffer, _ e: EntityBuffer.Element) -> EntityBuffer.Attribute? {
        for i in Int(e.firstAttribute)..<Int(e.firstAttribute + e.attributeCount) {
            let a = buffer.attributes[i]
            if a.prefix == xmlPrefix && a.name == langCode { return a }
        }
        return nil
    }

    /// The typed value of attribute `a`; text that does not parse stays a string (the XSD
    /// reports it).
    private mutating func typedValue(_ buffer: EntityBuffer, _ a: EntityBuffer.Attribute, _ kind: EvidenceModel.AttributeKind,
                                     _ b: inout GraphBuilder) -> PackedValue {
        buffer.withValue(a) { bytes -> PackedValue in
            switch kind {
            case .string:
                break
            case .integer:
                if let v = ByteValues.int64(bytes) { return .int(v) }
            case .decimal:
                if let v = ByteValues.double(bytes) { return .float(v) }
            case .boolean:
                if let v = ByteValues.bool(bytes) { return .bool(v) }
            case .date:
                if let v = ByteValues.date(bytes) { return .date(v) }
            case .tokenList:
                listItems.removeAll(keepingCapacity: true)
                ByteValues.forEachToken(bytes) { listItems.append(.string(b.intern($0))) }
                return b.makeList(listItems)
            }
            return .string(b.intern(bytes))
        }
    }
}
