import EvidenceGraphCore

/// The `<key>` declarations a graph needs: one per (domain, property name, GraphML type).
/// A key's id is the property name, suffixed with its type when one name has several types.
struct GraphMLKeyTable {
    struct Declaration {
        var id: String
        var domain: String
        var name: String
        var type: GraphMLKey.ValueType
        var listType: GraphMLKey.ValueType?
    }

    private(set) var declarations: [Declaration] = []
    private var ids: [String: String] = [:]

    init(_ graph: Graph) {
        var seen: [(domain: String, name: String, type: String)] = []
        var signatures = Set<String>()
        func note(_ domain: String, _ name: String, _ value: PropertyValue) {
            guard let t = Self.typeName(value) else { return }
            if signatures.insert(domain + "\u{0}" + name + "\u{0}" + t).inserted { seen.append((domain, name, t)) }
        }
        for i in graph.nodes { for (k, v) in graph.properties(of: NodeIndex(i)) { note("node", k, v) } }
        for r in 0..<graph.relationshipCount { for (k, v) in graph.properties(of: RelationshipIndex(r)) { note("edge", k, v) } }
        var typesPerName: [String: Int] = [:]
        for s in seen { typesPerName[s.domain + "\u{0}" + s.name, default: 0] += 1 }
        var usedIDs: Set<String> = ["labels", "label"]
        for s in seen {
            var id = typesPerName[s.domain + "\u{0}" + s.name]! > 1 ? s.name + "_" + s.type.replacing("[]", with: "_list") : s.name
            if s.domain == "edge" && seen.contains(where: { $0.domain == "node" && $0.name == s.name }) { id = "e_" + id }
            while usedIDs.contains(id) { id += "_" }
            usedIDs.insert(id)
            let isList = s.type.hasSuffix("[]")
            let base = GraphMLKey.ValueType(rawValue: isList ? String(s.type.dropLast(2)) : s.type) ?? .string
            declarations.append(Declaration(id: id, domain: s.domain, name: s.name, type: base, listType: isList ? base : nil))
            ids[s.domain + "\u{0}" + s.name + "\u{0}" + s.type] = id
        }
    }

    /// The key id for a property value.
    func key(domain: String, name: String, value: PropertyValue) -> String? {
        guard let t = Self.typeName(value) else { return nil }
        return ids[domain + "\u{0}" + name + "\u{0}" + t]
    }

    /// The GraphML type of a value (`long`, `double`, `boolean`, `string`, `T[]` for a list
    /// whose elements share type T, `string[]` for mixed lists); `nil` for null. GraphML has
    /// no date type: a date is written as its ISO text in a `string` key (as APOC does), and
    /// reads back as a string.
    static func typeName(_ value: PropertyValue) -> String? {
        switch value {
        case .null: return nil
        case .bool: return "boolean"
        case .int: return "long"
        case .float: return "double"
        case .string: return "string"
        case .date: return "date"
        case .list(let items):
            let kinds = Set(items.compactMap(typeName))
            if kinds.count == 1, let k = kinds.first, !k.hasSuffix("[]") { return k + "[]" }
            return "string[]"
        }
    }

    /// The `<data>` text of a value: scalars plainly, lists as JSON arrays.
    static func text(of value: PropertyValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return d.isNaN ? "NaN" : d.isInfinite ? (d < 0 ? "-Infinity" : "Infinity") : "\(d)"
        case .string(let s): return s
        case .date(let d): return d.description
        case .list(let items):
            let homogeneous = typeName(value) != "string[]" || items.allSatisfy { if case .string = $0 { return true } else { return false } }
            return "[" + items.map { item -> String in
                switch item {
                case .string(let s): return json(s)
                case .date(let d): return json(d.description)
                case .null: return "null"
                default: return homogeneous ? text(of: item) : json(text(of: item))
                }
            }.joined(separator: ",") + "]"
        }
    }

    static func json(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
