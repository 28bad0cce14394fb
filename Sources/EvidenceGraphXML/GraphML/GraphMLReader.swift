import EvidenceGraphCore

/// Reads GraphML (SAX events) into the graph under construction, following the Neo4j APOC
/// convention: a node's `labels` (data key or attribute) holds `:LabelA:LabelB`, an edge's
/// `label` holds its relationship type, every other `<key>` is a property typed by
/// `attr.type` and named by `attr.name` (networkx names key ids `d0…dN`). The node's `id`
/// attribute is its id and is also stored as the `id` property when the file has none.
/// An edge without a `label` gets the type ``defaultRelationshipType``.
final class GraphMLReader: SAXContentHandler {
    /// The relationship type of an edge that has no `label`.
    static let defaultRelationshipType = "RELATED_TO"
    /// The data key holding a node's labels.
    static let labelsKey = "labels"
    /// The data key holding an edge's relationship type.
    static let typeKey = "label"

    private struct Element {
        var isEdge: Bool
        var id: String?
        var source: String = ""
        var target: String = ""
        var labels: [String] = []
        var type: String?
        var properties: [(String, PropertyValue)] = []
        var location: SourceLocation
    }

    private let assembly: GraphAssembly
    private var keys: [String: GraphMLKey] = [:]
    private var current: Element?
    private var dataKey: GraphMLKey?
    private var dataLocation = SourceLocation(file: "", line: 0, column: 0)
    private var text = ""
    private var pendingKey: GraphMLKey?
    private var inDefault = false
    private var depth = 0

    init(assembly: GraphAssembly) {
        self.assembly = assembly
    }

    func startElement(_ name: String, namespace: String?, attributes: [XMLAttribute], location: SourceLocation, parser: SAXParser) {
        depth += 1
        func attr(_ n: String) -> String? { attributes.first { $0.name == n }?.value }
        switch name {
        case "graphml" where depth == 1:
            break
        case "key":
            guard let id = attr("id") else {
                parser.report(ruleID: "graphml", "<key> without id", at: location)
                return
            }
            let typeName = attr("attr.type") ?? "string"
            guard let type = GraphMLKey.ValueType(rawValue: typeName) else {
                parser.report(ruleID: "graphml", "unsupported attr.type '\(typeName)' of key '\(id)'", at: location)
                return
            }
            let listType = attr("attr.list").flatMap(GraphMLKey.ValueType.init(rawValue:))
            pendingKey = GraphMLKey(id: id, domain: attr("for") ?? "all", name: attr("attr.name") ?? id, type: type, listType: listType)
        case "default":
            inDefault = pendingKey != nil
            text = ""
        case "node", "edge":
            guard current == nil else {
                parser.report(ruleID: "graphml", "nested <\(name)> elements are not supported", at: location)
                return
            }
            var e = Element(isEdge: name == "edge", id: attr("id"), location: location)
            if name == "node" {
                guard e.id != nil else {
                    parser.report(ruleID: "graphml", "<node> without id", at: location)
                    return
                }
                if let labels = attr(Self.labelsKey) { e.labels = Self.splitLabels(labels) }
            } else {
                guard let s = attr("source"), let t = attr("target") else {
                    parser.report(ruleID: "graphml", "<edge> without source or target", at: location)
                    return
                }
                e.source = s
                e.target = t
                e.type = attr(Self.typeKey)
            }
            current = e
        case "data":
            guard current != nil, let keyID = attr("key") else { return }
            guard let key = keys[keyID] else {
                parser.report(ruleID: "graphml", "<data> refers to undeclared key '\(keyID)'", at: location)
                return
            }
            dataKey = key
            dataLocation = location
            text = ""
        default:
            break
        }
    }

    func endElement(_ name: String, parser: SAXParser) {
        defer { depth -= 1 }
        switch name {
        case "default":
            if inDefault { pendingKey?.defaultValue = text }
            inDefault = false
        case "key":
            if let key = pendingKey { keys[key.id] = key }
            pendingKey = nil
        case "data":
            guard let key = dataKey, current != nil else { return }
            dataKey = nil
            store(text, for: key, at: dataLocation, parser: parser)
        case "node", "edge":
            guard let e = current else { return }
            current = nil
            finish(e, parser: parser)
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>, parser: SAXParser) {
        guard dataKey != nil || inDefault else { return }
        text += String(decoding: bytes, as: UTF8.self)
    }

    private func store(_ value: String, for key: GraphMLKey, at location: SourceLocation, parser: SAXParser) {
        guard var e = current else { return }
        if !e.isEdge && key.name == Self.labelsKey {
            e.labels = Self.splitLabels(value)
        } else if e.isEdge && key.name == Self.typeKey {
            e.type = value.trimmingWhitespace
        } else if let v = GraphMLValueParser.parse(value, as: key.type, listOf: key.listType) {
            e.properties.append((key.name, v))
        } else {
            parser.report(ruleID: "graphml", "value '\(value)' of '\(key.name)' is not a valid \(key.listType.map { "list of \($0.rawValue)" } ?? key.type.rawValue)", at: location)
        }
        current = e
    }

    private func finish(_ e: Element, parser: SAXParser) {
        var properties = e.properties
        // Declared defaults apply when the element has no data for the key.
        for key in keys.values where key.defaultValue != nil && (key.domain == (e.isEdge ? "edge" : "node") || key.domain == "all")
            && key.name != Self.labelsKey && key.name != Self.typeKey && !properties.contains(where: { $0.0 == key.name }) {
            if let v = GraphMLValueParser.parse(key.defaultValue!, as: key.type, listOf: key.listType) { properties.append((key.name, v)) }
        }
        if e.isEdge {
            let type = (e.type?.isEmpty == false ? e.type! : Self.defaultRelationshipType)
            assembly.builder.addRelationship(type: type, fromID: e.source, toID: e.target, properties: properties, location: e.location)
        } else if let id = e.id {
            if !properties.contains(where: { $0.0 == "id" }) { properties.insert(("id", .string(id)), at: 0) }
            do {
                try assembly.builder.addNode(id: id, labels: e.labels, propertyList: properties, location: e.location)
            } catch {
                assembly.recordDuplicate(id: id, at: e.location, error: error)
            }
        }
    }

    /// `:A:B` → `["A", "B"]`.
    static func splitLabels(_ text: String) -> [String] {
        text.trimmingWhitespace.split(separator: ":").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }
}
