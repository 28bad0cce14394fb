/// Writes records as GraphML in the Neo4j APOC convention the loader reads, with the same
/// nodes, relationships and typed properties (in the same order) as the evidence mapping
/// gives the evidence XML of the same records.
struct GraphMLEmitter {
    /// GraphML type of every property the generator writes, per domain (`date`: a string key
    /// marked `evg.type="date"`, as evg's GraphML writer marks dates).
    static let nodeKeys: [(String, String)] = [
        ("name", "string"), ("source", "string[]"), ("inn", "string"), ("atc", "string"), ("route", "string"),
        ("synonyms", "string[]"), ("synonyms_ru", "string[]"), ("brandNames", "string[]"), ("mechanism", "string"),
        ("note", "string"), ("description", "string"), ("gene", "string"), ("kind", "string"), ("hgnc", "string"),
        ("testing", "string[]"), ("statuses", "string[]"), ("definition", "string"), ("visceral", "boolean"),
        ("cycleDays", "long"), ("pmid", "string"), ("doi", "string"), ("journal", "string"), ("year", "long"),
        ("title", "string"), ("url", "string"), ("citation", "string"), ("nct", "string"), ("acronym", "string"),
        ("phase", "string"), ("design", "string"), ("enrollment", "long"), ("setting", "string"), ("line", "string"),
        ("n", "long"), ("menopausalStatus", "string"), ("medianAgeYears", "double"), ("visceralPercent", "double"),
        ("role", "string"), ("endpoint", "string"), ("assessment", "string"), ("analysis", "string"),
        ("subgroup", "string"), ("primary", "boolean"), ("hazardRatio", "double"), ("ciLow", "double"), ("ciHigh", "double"), ("p", "string"),
        ("followUpMonths", "double"), ("issuer", "string"), ("jurisdiction", "string"), ("version", "string"),
        ("date", "date"), ("language", "string"), ("levelScheme", "string"), ("stance", "string"),
        ("evidenceLevel", "string"), ("grade", "string"), ("preference", "string"), ("statement", "string"),
        ("scores", "string[]"),
    ]
    static let edgeKeys: [(String, String)] = [
        ("action", "string"), ("incidencePercent", "double"), ("grade3plusPercent", "double"), ("severity", "string"),
        ("status", "string"), ("testing", "string[]"), ("dose", "string"), ("route", "string"), ("requirement", "string"),
        ("sharePercent", "double"), ("progressionRequired", "boolean"), ("role", "string"), ("median", "double"),
        ("unit", "string"), ("ciLow", "double"), ("ciHigh", "double"), ("ratePercent", "double"),
    ]
    static let nodeKeyIDs = Dictionary(uniqueKeysWithValues: nodeKeys.map { ($0.0, "n_" + $0.0) })
    static let edgeKeyIDs = Dictionary(uniqueKeysWithValues: edgeKeys.map { ($0.0, "e_" + $0.0) })

    var edgeCounter = 0

    static func header(_ out: inout ByteSink, nodes: Int, seed: UInt64) {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<!-- synthetic evidence graph: nodes=\(nodes) seed=\(seed) (evg generate, graphml) -->\n")
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
        out.write("<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>\n")
        out.write("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n")
        for (domain, keys) in [("node", nodeKeys), ("edge", edgeKeys)] {
            for (name, type) in keys {
                let list = type.hasSuffix("[]")
                let base = list ? String(type.dropLast(2)) : type
                let spelled = base == "date" ? "string" : base
                out.write("<key id=\"\(domain.prefix(1))_\(name)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(spelled)\"")
                if list { out.write(" attr.list=\"\(spelled)\"") }
                out.write(base == "date" ? " evg.type=\"date\"/>\n" : "/>\n")
            }
        }
        out.write("<graph id=\"G\" edgedefault=\"directed\">\n")
    }

    static func footer(_ out: inout ByteSink) { out.write("</graph>\n</graphml>\n") }

    mutating func write(_ r: SyntheticRecord, to out: inout ByteSink) {
        out.write("<node id=\"" + r.id + "\" labels=\":" + r.label + "\"><data key=\"labels\">:" + r.label + "</data>")
        var lists: [(String, [String])] = []
        func appendToList(_ key: String, _ value: String) {
            if let i = lists.firstIndex(where: { $0.0 == key }) { lists[i].1.append(value) } else { lists.append((key, [value])) }
        }
        for a in r.attributes {
            if case .reference = a.kind { continue }
            Self.data(a.name, a.kind, a.value, Self.nodeKeyIDs, to: &out)
        }
        for c in r.children {
            switch c {
            case .text(_, let property, let isList, let lang, let value):
                if isList {
                    appendToList(property, value)
                    if let lang { appendToList(property + "_" + lang, value) }
                } else {
                    Self.data(property, .string, value, Self.nodeKeyIDs, to: &out)
                }
            case .score(let scheme, let value): appendToList("scores", scheme + ":" + value)
            case .ref, .nested: break
            }
        }
        for (key, values) in lists { Self.list(key, values, Self.nodeKeyIDs, to: &out) }
        out.write("</node>\n")
        for a in r.attributes {
            if case .reference(let type) = a.kind { edge(r.id, a.value, type, [], to: &out) }
        }
        for c in r.children {
            switch c {
            case .ref(_, let type, let target, let attributes): edge(r.id, target, type, attributes, to: &out)
            case .nested(let child, let containment):
                write(child, to: &out)
                edge(r.id, child.id, containment, [], to: &out)
            case .text, .score: break
            }
        }
    }

    private mutating func edge(_ from: String, _ to: String, _ type: String, _ attributes: [SyntheticRecord.Attribute], to out: inout ByteSink) {
        out.write("<edge id=\"e" + String(edgeCounter) + "\" source=\"" + from + "\" target=\"" + to + "\" label=\"" + type + "\">")
        out.write("<data key=\"label\">" + type + "</data>")
        for a in attributes { Self.data(a.name, a.kind, a.value, Self.edgeKeyIDs, to: &out) }
        out.write("</edge>\n")
        edgeCounter += 1
    }

    private static func data(_ name: String, _ kind: AttributeKind, _ value: String, _ ids: [String: String], to out: inout ByteSink) {
        if case .tokenList = kind {
            list(name, value.split(separator: " ").map(String.init), ids, to: &out)
            return
        }
        guard let id = ids[name] else { preconditionFailure("GraphML key '\(name)' is not declared") }
        out.write("<data key=\"" + id + "\">")
        out.writeEscaped(value)
        out.write("</data>")
    }

    private static func list(_ name: String, _ values: [String], _ ids: [String: String], to out: inout ByteSink) {
        guard let id = ids[name] else { preconditionFailure("GraphML key '\(name)' is not declared") }
        out.write("<data key=\"" + id + "\">[")
        for (i, v) in values.enumerated() {
            out.write(i == 0 ? "\"" : ",\"")
            out.writeEscaped(jsonEscaped(v))
            out.write("\"")
        }
        out.write("]</data>")
    }

    private static func jsonEscaped(_ s: String) -> String {
        guard s.contains(where: { $0 == "\"" || $0 == "\\" }) else { return s }
        var out = ""
        for ch in s {
            if ch == "\"" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
