import EvidenceGraphCore

/// Turns evidence entities (``ElementRecord``s) into nodes and relationships, following
/// ``EvidenceModel``. Every node gets its XML id as node id and as an `id` property.
struct EvidenceMapper {
    private static let entitiesByKey: [String: EvidenceModel.Entity] = Dictionary(
        EvidenceModel.entities.map { ($0.parent + "/" + $0.element, $0) }, uniquingKeysWith: { a, _ in a })
    private static let referencesByKey: [String: EvidenceModel.Reference] = Dictionary(
        EvidenceModel.references.map { ($0.owner + ($0.isAttribute ? "@" : "/") + $0.name, $0) }, uniquingKeysWith: { a, _ in a })
    private static let textByElement: [String: EvidenceModel.TextProperty] = Dictionary(
        EvidenceModel.textProperties.map { ($0.element, $0) }, uniquingKeysWith: { a, _ in a })

    /// Adds `record` (an entity nested in `parent`, `evidence` for top level) to `assembly`.
    /// Returns the new node, or `nil` when the entity was skipped (a duplicate id).
    @discardableResult
    static func add(_ record: ElementRecord, parent: String = EvidenceModel.rootElement, into assembly: GraphAssembly) -> NodeIndex? {
        guard let spec = entitiesByKey[parent + "/" + record.name], let id = record.attribute("id") else { return nil }
        var properties: [(String, PropertyValue)] = [("id", .string(id))]
        for a in record.attributes where a.name != "id" && !a.name.contains(":")
            && referencesByKey[record.name + "@" + a.name] == nil {
            properties.append((a.name, typedValue(a)))
        }
        var lists: [(String, [PropertyValue])] = []
        func appendToList(_ key: String, _ value: String) {
            if let i = lists.firstIndex(where: { $0.0 == key }) {
                lists[i].1.append(.string(value))
            } else {
                lists.append((key, [.string(value)]))
            }
        }
        for child in record.children {
            if let text = textByElement[child.name], entitiesByKey[record.name + "/" + child.name] == nil,
               referencesByKey[record.name + "/" + child.name] == nil {
                let value = child.normalizedText
                if text.isList {
                    appendToList(text.property, value)
                    if let lang = child.attribute("xml:lang") { appendToList(text.property + "_" + lang, value) }
                } else {
                    properties.append((text.property, .string(value)))
                }
            } else if child.name == EvidenceModel.scoreElement,
                      let scheme = child.attribute("scheme"), let value = child.attribute("value") {
                appendToList(EvidenceModel.scoresProperty, scheme + ":" + value)
            }
        }
        properties += lists.map { ($0.0, .list($0.1)) }

        let node: NodeIndex
        do {
            node = try assembly.builder.addNode(id: id, labels: [spec.label], propertyList: properties, location: record.location)
        } catch {
            assembly.recordDuplicate(id: id, at: record.location, error: error)
            return nil
        }

        for a in record.attributes {
            guard let ref = referencesByKey[record.name + "@" + a.name] else { continue }
            assembly.builder.addRelationship(type: ref.type, fromID: id, toID: a.value, location: record.location)
        }
        for child in record.children {
            if let ref = referencesByKey[record.name + "/" + child.name], let target = child.attribute("ref") {
                let props = child.attributes.filter { $0.name != "ref" && !$0.name.contains(":") }.map { ($0.name, typedValue($0)) }
                assembly.builder.addRelationship(type: ref.type, fromID: id, toID: target, properties: props, location: child.location)
            } else if let nested = entitiesByKey[record.name + "/" + child.name], let type = nested.containment,
                      let childNode = add(child, parent: record.name, into: assembly) {
                assembly.builder.addRelationship(type: type, from: node, to: childNode, location: child.location)
            }
        }
        return node
    }

    /// The typed property value of an attribute (see ``EvidenceModel/attributeKinds``);
    /// text that does not parse stays a string (the XSD reports it).
    static func typedValue(_ a: XMLAttribute) -> PropertyValue {
        switch EvidenceModel.attributeKinds[a.name] ?? .string {
        case .string:
            return .string(a.value)
        case .integer:
            return Int64(a.value.trimmingWhitespace).map(PropertyValue.int) ?? .string(a.value)
        case .decimal:
            return Double(a.value.trimmingWhitespace).map(PropertyValue.float) ?? .string(a.value)
        case .boolean:
            switch a.value.trimmingWhitespace {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return .string(a.value)
            }
        case .tokenList:
            return .list(a.value.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map { .string(String($0)) })
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII white space.
    var trimmingWhitespace: String {
        let ws: Set<Character> = [" ", "\n", "\t", "\r"]
        guard let first = firstIndex(where: { !ws.contains($0) }), let last = lastIndex(where: { !ws.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
