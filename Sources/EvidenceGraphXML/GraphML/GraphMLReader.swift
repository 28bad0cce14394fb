import EvidenceGraphCore

/// Reads GraphML (raw SAX events) into the graph under construction, following the Neo4j
/// APOC convention: a node's `labels` (data key or attribute) holds `:LabelA:LabelB`, an
/// edge's `label` holds its relationship type, every other `<key>` is a property typed by
/// `attr.type` and named by `attr.name` (networkx names key ids `d0…dN`). The node's `id`
/// attribute is its id and is also stored as the `id` property when the file has none.
/// An edge without a `label` gets the type ``defaultRelationshipType``.
///
/// Values go from libxml2's buffers to interned strings and packed scalars without a
/// `String` per value; only `<key>` declarations and errors make `String`s.
final class GraphMLReader: RawSAXContentHandler {
    /// The relationship type of an edge that has no `label`.
    static let defaultRelationshipType = "RELATED_TO"
    /// The data key holding a node's labels.
    static let labelsKey = "labels"
    /// The data key holding an edge's relationship type.
    static let typeKey = "label"

    /// A declared key, resolved against the builder.
    private struct Key {
        var declaration: GraphMLKey
        var idBytes: [UInt8]
        var symbol: UInt32
    }

    /// The node or edge being read.
    private struct Element {
        var isEdge = false
        var active = false
        var id: UInt32 = 0
        var source: UInt32 = 0
        var target: UInt32 = 0
        var type: UInt32?
        var line = 0
        var column = 0
        var labels: [UInt32] = []
        var properties: [(key: UInt32, value: PackedValue)] = []
    }

    private let assembly: GraphAssembly
    private let displayPath: String
    private let file: UInt32
    private let codes: (graphml: Int32, key: Int32, default: Int32, node: Int32, edge: Int32, data: Int32,
                        id: Int32, for: Int32, attrName: Int32, attrType: Int32, attrList: Int32,
                        source: Int32, target: Int32, labels: Int32, label: Int32)
    private let idKey: UInt32
    private var keys: [Key] = []
    private var current = Element()
    private var dataKey = -1
    private var dataLine = 0, dataColumn = 0
    private var text: [UInt8] = []
    private var pendingKey: GraphMLKey?
    private var inDefault = false
    private var depth = 0

    init(assembly: GraphAssembly, parser: SAXParser, displayPath: String) {
        self.assembly = assembly
        self.displayPath = displayPath
        let r = parser.registerName
        codes = (r("graphml"), r("key"), r("default"), r("node"), r("edge"), r("data"),
                 r("id"), r("for"), r("attr.name"), r("attr.type"), r("attr.list"),
                 r("source"), r("target"), r(Self.labelsKey), r(Self.typeKey))
        (file, idKey) = assembly.withBuilder { b in (b.fileSymbol(displayPath), b.keySymbol("id")) }
    }

    func startElement(_ name: Int32, attributes: UnsafeBufferPointer<SAXAttribute>, parser: SAXParser) {
        depth += 1
        func attr(_ code: Int32) -> UnsafeBufferPointer<UInt8>? {
            attributes.first { $0.name == code && $0.prefix < 0 }?.value
        }
        func string(_ code: Int32) -> String? {
            attr(code).map { CharacterReferences.decode(String(decoding: $0, as: UTF8.self)) }
        }
        switch name {
        case codes.data:
            guard current.active, let keyID = attr(codes.key) else { return }
            guard let k = keyIndex(keyID) else {
                parser.report(ruleID: "graphml", "<data> refers to undeclared key '\(string(codes.key) ?? "")'", at: parser.currentTagLocation())
                return
            }
            dataKey = k
            (dataLine, dataColumn) = parser.currentTagPosition()
            text.removeAll(keepingCapacity: true)
        case codes.node, codes.edge:
            guard !current.active else {
                parser.report(ruleID: "graphml", "nested <\(parser.name(name))> elements are not supported", at: parser.currentTagLocation())
                return
            }
            let isEdge = name == codes.edge
            (current.line, current.column) = parser.currentTagPosition()
            current.isEdge = isEdge
            current.labels.removeAll(keepingCapacity: true)
            current.properties.removeAll(keepingCapacity: true)
            current.type = nil
            if isEdge {
                guard let s = attr(codes.source), let t = attr(codes.target) else {
                    parser.report(ruleID: "graphml", "<edge> without source or target", at: parser.currentTagLocation())
                    return
                }
                assembly.withBuilder { b in
                    current.source = intern(s, &b)
                    current.target = intern(t, &b)
                    if let type = attr(codes.label) { current.type = typeSymbol(type, &b) }
                }
            } else {
                guard let id = attr(codes.id) else {
                    parser.report(ruleID: "graphml", "<node> without id", at: parser.currentTagLocation())
                    return
                }
                assembly.withBuilder { b in
                    current.id = intern(id, &b)
                    if let labels = attr(codes.labels) { setLabels(labels, &b) }
                }
            }
            current.active = true
        case codes.key:
            guard let id = string(codes.id) else {
                parser.report(ruleID: "graphml", "<key> without id", at: parser.currentTagLocation())
                return
            }
            let typeName = string(codes.attrType) ?? "string"
            guard let type = GraphMLKey.ValueType(rawValue: typeName) else {
                parser.report(ruleID: "graphml", "unsupported attr.type '\(typeName)' of key '\(id)'", at: parser.currentTagLocation())
                return
            }
            let listType = string(codes.attrList).flatMap(GraphMLKey.ValueType.init(rawValue:))
            pendingKey = GraphMLKey(id: id, domain: string(codes.for) ?? "all", name: string(codes.attrName) ?? id,
                                    type: type, listType: listType)
        case codes.default:
            inDefault = pendingKey != nil
            text.removeAll(keepingCapacity: true)
        default:
            break
        }
    }

    func endElement(_ name: Int32, parser: SAXParser) {
        defer { depth -= 1 }
        switch name {
        case codes.data:
            guard dataKey >= 0, current.active else { return }
            let k = dataKey
            dataKey = -1
            store(k, parser: parser)
        case codes.node, codes.edge:
            guard current.active else { return }
            current.active = false
            finish(parser: parser)
        case codes.default:
            if inDefault { pendingKey?.defaultValue = String(decoding: text, as: UTF8.self) }
            inDefault = false
        case codes.key:
            if let declaration = pendingKey {
                let symbol = assembly.withBuilder { $0.keySymbol(declaration.name) }
                let key = Key(declaration: declaration, idBytes: Array(declaration.id.utf8), symbol: symbol)
                if let i = keys.firstIndex(where: { $0.idBytes == key.idBytes }) { keys[i] = key } else { keys.append(key) }
            }
            pendingKey = nil
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>, parser: SAXParser) {
        guard dataKey >= 0 || inDefault else { return }
        text.append(contentsOf: bytes)
    }

    // MARK: - Values

    private func keyIndex(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        // Key ids are few and short: compare bytes (with `&#…;` decoding only if present).
        if raw.contains(UInt8(ascii: "&")) {
            var decoded: [UInt8] = []
            CharacterReferences.decode(raw, appendingTo: &decoded)
            return keys.firstIndex { $0.idBytes == decoded }
        }
        return keys.firstIndex { k in k.idBytes.count == raw.count && k.idBytes.withUnsafeBufferPointer { $0.elementsEqual(raw) } }
    }

    private func intern(_ raw: UnsafeBufferPointer<UInt8>, _ b: inout GraphBuilder) -> UInt32 {
        if raw.contains(UInt8(ascii: "&")) {
            var decoded: [UInt8] = []
            CharacterReferences.decode(raw, appendingTo: &decoded)
            return decoded.withUnsafeBytes { b.intern($0) }
        }
        return b.intern(UnsafeRawBufferPointer(raw))
    }

    private func typeSymbol(_ raw: UnsafeBufferPointer<UInt8>, _ b: inout GraphBuilder) -> UInt32? {
        let t = CharacterReferences.decode(String(decoding: raw, as: UTF8.self)).trimmingWhitespace
        return t.isEmpty ? nil : b.typeSymbol(t)
    }

    /// `:A:B` → labels A, B.
    private func setLabels(_ raw: UnsafeBufferPointer<UInt8>, _ b: inout GraphBuilder) {
        current.labels.removeAll(keepingCapacity: true)
        for label in Self.splitLabels(CharacterReferences.decode(String(decoding: raw, as: UTF8.self))) {
            let s = b.labelSymbol(label)
            if !current.labels.contains(s) { current.labels.append(s) }
        }
    }

    private func store(_ k: Int, parser: SAXParser) {
        let key = keys[k].declaration
        let symbol = keys[k].symbol
        let isEdge = current.isEdge
        let ok: Bool = assembly.withBuilder { b in
            if !isEdge && key.name == Self.labelsKey {
                text.withUnsafeBufferPointer { setLabels($0, &b) }
                return true
            }
            if isEdge && key.name == Self.typeKey {
                current.type = text.withUnsafeBufferPointer { typeSymbol($0, &b) }
                return true
            }
            guard let value = value(of: key, &b) else { return false }
            current.properties.append((symbol, value))
            return true
        }
        if !ok {
            let shown = String(decoding: text, as: UTF8.self)
            let kind = key.listType.map { "list of \($0.rawValue)" } ?? key.type.rawValue
            parser.report(ruleID: "graphml", "value '\(shown)' of '\(key.name)' is not a valid \(kind)",
                          at: SourceLocation(file: displayPath, line: dataLine, column: dataColumn))
        }
    }

    /// The packed value of the collected text for `key`, or `nil` when it does not fit.
    private func value(of key: GraphMLKey, _ b: inout GraphBuilder) -> PackedValue? {
        if key.listType != nil {
            return GraphMLValueParser.parse(String(decoding: text, as: UTF8.self), as: key.type, listOf: key.listType)
                .flatMap { b.pack($0) ?? PackedValue(kind: .null, bits: 0) }
        }
        return text.withUnsafeBytes { bytes -> PackedValue? in
            switch key.type {
            case .string:
                return .string(b.intern(bytes))
            case .int, .long:
                return ByteValues.int64(bytes).map(PackedValue.int)
            case .float, .double:
                return ByteValues.double(bytes).map(PackedValue.float)
            case .boolean:
                return ByteValues.bool(bytes, caseInsensitive: true).map(PackedValue.bool)
            }
        }
    }

    private func finish(parser: SAXParser) {
        let place = (file: file, line: current.line, column: current.column)
        let domain = current.isEdge ? "edge" : "node"
        assembly.withBuilder { b in
            // Declared defaults apply when the element has no data for the key.
            for key in keys where key.declaration.defaultValue != nil
                && (key.declaration.domain == domain || key.declaration.domain == "all")
                && key.declaration.name != Self.labelsKey && key.declaration.name != Self.typeKey
                && !current.properties.contains(where: { $0.key == key.symbol }) {
                let d = key.declaration
                if let v = GraphMLValueParser.parse(d.defaultValue!, as: d.type, listOf: d.listType), let packed = b.pack(v) {
                    current.properties.append((key.symbol, packed))
                }
            }
            if current.isEdge {
                b.addRelationship(type: current.type ?? b.typeSymbol(Self.defaultRelationshipType), from: .id(current.source), to: .id(current.target), at: place)
                for (key, value) in current.properties where value.kind != .null { b.setLastRelationshipProperty(key, value) }
            } else {
                do throws(GraphBuilder.BuildError) {
                    _ = try b.addNode(idRef: current.id, at: place)
                } catch {
                    assembly.recordDuplicate(id: b.string(current.id),
                                             at: SourceLocation(file: displayPath, line: place.line, column: place.column), error: error)
                    return
                }
                for label in current.labels { b.addLabelToLastNode(label) }
                if !current.properties.contains(where: { $0.key == idKey }) { b.setLastNodeProperty(idKey, .string(current.id)) }
                for (key, value) in current.properties where value.kind != .null { b.setLastNodeProperty(key, value) }
            }
        }
    }

    /// `:A:B` → `["A", "B"]`.
    static func splitLabels(_ text: String) -> [String] {
        text.trimmingWhitespace.split(separator: ":").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }
}
