#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EvidenceGraphCore

/// Reads GraphML (raw SAX events) into the graph under construction, following the Neo4j
/// APOC convention: a node's `labels` (data key or attribute) holds `:LabelA:LabelB`, an
/// edge's `label` holds its relationship type, every other `<key>` is a property typed by
/// `attr.type` and named by `attr.name` (networkx names key ids `d0…dN`). The node's `id`
/// attribute is its id and is also stored as the `id` property when the file has none.
/// An edge without a `label` gets the type `defaultRelationshipType`.
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
        /// The key holds a node's labels / an edge's type (by its `attr.name`).
        var isLabels: Bool
        var isType: Bool
        var type: GraphMLKey.ValueType
        var isList: Bool
        /// Where the `<key>` start tag is (to point at the first of two with one id).
        var location: SourceLocation
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
                        id: Int32, for: Int32, attrName: Int32, attrType: Int32, attrList: Int32, evgType: Int32,
                        source: Int32, target: Int32, labels: Int32, label: Int32)
    private let idKey: UInt32
    /// What the event callbacks change, behind a pointer (a class's stored `var`s would pay a
    /// dynamic exclusivity check per access); the properties below forward to it.
    private struct State {
        var keys: [Key] = []
        /// Per key-id hash bucket: key index + 1 (0 = empty); rebuilt when keys change.
        var keyBuckets: [Int] = Array(repeating: 0, count: 256)
        /// Keys with a default that applies to nodes / edges.
        var nodeDefaults: [Int] = []
        var edgeDefaults: [Int] = []
        var current = Element()
        var dataKey = -1
        var text: [UInt8] = []
        var pendingKey: GraphMLKey?
        var pendingKeyLocation = SourceLocation(file: "", line: 0, column: 0)
        var inDefault = false
        var depth = 0
        /// Raw `label` / `labels` texts (interned) → what they name.
        var typeCache = RefCache<UInt32?>()
        var labelCache = RefCache<[UInt32]>()
    }

    private let state: UnsafeMutablePointer<State> = {
        let p = UnsafeMutablePointer<State>.allocate(capacity: 1)
        p.initialize(to: State())
        return p
    }()

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    private var keys: [Key] { get { state.pointee.keys } _modify { yield &state.pointee.keys } }
    private var current: Element { get { state.pointee.current } _modify { yield &state.pointee.current } }
    private var dataKey: Int { get { state.pointee.dataKey } _modify { yield &state.pointee.dataKey } }
    private var text: [UInt8] { get { state.pointee.text } _modify { yield &state.pointee.text } }
    private var pendingKey: GraphMLKey? { get { state.pointee.pendingKey } _modify { yield &state.pointee.pendingKey } }
    private var pendingKeyLocation: SourceLocation { get { state.pointee.pendingKeyLocation } _modify { yield &state.pointee.pendingKeyLocation } }
    private var inDefault: Bool { get { state.pointee.inDefault } _modify { yield &state.pointee.inDefault } }
    private var depth: Int { get { state.pointee.depth } _modify { yield &state.pointee.depth } }

    init(assembly: GraphAssembly, parser: SAXParser, displayPath: String) {
        self.assembly = assembly
        self.displayPath = displayPath
        let r = parser.registerName
        codes = (r("graphml"), r("key"), r("default"), r("node"), r("edge"), r("data"),
                 r("id"), r("for"), r("attr.name"), r("attr.type"), r("attr.list"), r("evg.type"),
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
                parser.report(rule: .graphml, "<data> refers to undeclared key '\(string(codes.key) ?? "")'", at: parser.currentTagLocation())
                return
            }
            dataKey = k
            text.removeAll(keepingCapacity: true)
            parser.wantsText = true
        case codes.node, codes.edge:
            guard !current.active else {
                parser.report(rule: .graphml, "nested <\(parser.name(name))> elements are not supported", at: parser.currentTagLocation())
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
                    parser.report(rule: .graphml, "<edge> without source or target", at: parser.currentTagLocation())
                    return
                }
                assembly.withBuilder { b in
                    current.source = intern(s, &b)
                    current.target = intern(t, &b)
                    if let type = attr(codes.label) { current.type = typeSymbol(type, &b) }
                }
            } else {
                guard let id = attr(codes.id) else {
                    parser.report(rule: .graphml, "<node> without id", at: parser.currentTagLocation())
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
                parser.report(rule: .graphml, "<key> without id", at: parser.currentTagLocation())
                return
            }
            let typeName = string(codes.attrType) ?? "string"
            guard let (type, listType) = GraphMLKey.declaredTypes(attrType: typeName, attrList: string(codes.attrList), evgType: string(codes.evgType)) else {
                parser.report(rule: .graphml, "unsupported attr.type '\(typeName)' of key '\(id)'", at: parser.currentTagLocation())
                return
            }
            pendingKey = GraphMLKey(id: id, domain: string(codes.for) ?? "all", name: string(codes.attrName) ?? id,
                                    type: type, listType: listType)
            pendingKeyLocation = parser.currentTagLocation()
        case codes.default:
            inDefault = pendingKey != nil
            text.removeAll(keepingCapacity: true)
            parser.wantsText = inDefault
        default:
            break
        }
    }

    func endElement(_ name: Int32, parser: SAXParser) {
        defer { depth -= 1 }
        parser.wantsText = false
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
                let key = Key(declaration: declaration, idBytes: Array(declaration.id.utf8), symbol: symbol,
                              isLabels: declaration.name == Self.labelsKey, isType: declaration.name == Self.typeKey,
                              type: declaration.type, isList: declaration.listType != nil, location: pendingKeyLocation)
                // Key ids are unique in a GraphML document; a second one is an error, not a
                // silent replacement (which would retype every later <data>).
                if let first = keys.first(where: { $0.idBytes == key.idBytes }) {
                    parser.report(rule: .graphml,
                                  "duplicate <key id='\(EchoText.truncated(declaration.id))'> (first declared at \(first.location.line):\(first.location.column))",
                                  at: key.location)
                } else {
                    keys.append(key)
                    rebuildKeyTables()
                }
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
        if raw.contains(UInt8(ascii: "&")) {
            var decoded: [UInt8] = []
            CharacterReferences.decode(raw, appendingTo: &decoded)
            return decoded.withUnsafeBufferPointer { keyIndex($0) }
        }
        let buckets = state.pointee.keyBuckets
        let mask = buckets.count - 1
        var i = Self.hash(raw) & mask
        while buckets[i] != 0 {
            let k = buckets[i] - 1
            let same = state.pointee.keys[k].idBytes.withUnsafeBufferPointer { id in
                id.count == raw.count && (raw.isEmpty || memcmp(id.baseAddress!, raw.baseAddress!, raw.count) == 0)
            }
            if same { return k }
            i = (i + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// Rebuilds the key-id hash table and the per-domain default lists.
    private func rebuildKeyTables() {
        var size = 256
        while size < keys.count * 4 { size *= 2 }
        var buckets = [Int](repeating: 0, count: size)
        for (k, key) in keys.enumerated() {
            var i = key.idBytes.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while buckets[i] != 0 { i = (i + 1) & (size - 1) }
            buckets[i] = k + 1
        }
        state.pointee.keyBuckets = buckets
        // `labels` and `label` keys never become properties, so their defaults never apply.
        func defaults(_ domain: String) -> [Int] {
            keys.indices.filter { k in
                let d = keys[k].declaration
                return d.defaultValue != nil && (d.domain == domain || d.domain == "all") && !keys[k].isLabels && !keys[k].isType
            }
        }
        state.pointee.nodeDefaults = defaults("node")
        state.pointee.edgeDefaults = defaults("edge")
    }

    private func intern(_ raw: UnsafeBufferPointer<UInt8>, _ b: inout GraphBuilder) -> UInt32 {
        if raw.contains(UInt8(ascii: "&")) {
            var decoded: [UInt8] = []
            CharacterReferences.decode(raw, appendingTo: &decoded)
            return decoded.withUnsafeBytes { b.intern($0) }
        }
        return b.intern(UnsafeRawBufferPointer(raw))
    }

    /// The relationship type named by `raw` (trimmed; `nil` when empty). Texts repeat, so
    /// the answer is cached by the raw text's interned reference.
    private func typeSymbol(_ raw: UnsafeBufferPointer<UInt8>, _ b: inout GraphBuilder) -> UInt32? {
        let ref = b.intern(UnsafeRawBufferPointer(raw))
        if let cached = state.pointee.typeCache[ref] { return cached }
        let t = CharacterReferences.decode(String(decoding: raw, as: UTF8.self)).trimmingWhitespace
        let symbol = t.isEmpty ? nil : b.typeSymbol(t)
        state.pointee.typeCache[ref] = .some(symbol)
        return symbol
    }

    /// `:A:B` → labels A, B (cached by the raw text, as for types).
    private func setLabels(_ raw: UnsafeBufferPointer<UInt8>, _ b: inout GraphBuilder) {
        let ref = b.intern(UnsafeRawBufferPointer(raw))
        let symbols: [UInt32]
        if let cached = state.pointee.labelCache[ref] {
            symbols = cached
        } else {
            var list: [UInt32] = []
            for label in Self.splitLabels(CharacterReferences.decode(String(decoding: raw, as: UTF8.self))) {
                let s = b.labelSymbol(label)
                if !list.contains(s) { list.append(s) }
            }
            state.pointee.labelCache[ref] = list
            symbols = list
        }
        current.labels.removeAll(keepingCapacity: true)
        current.labels.append(contentsOf: symbols)
    }

    private func store(_ k: Int, parser: SAXParser) {
        let s = state
        let isEdge = s.pointee.current.isEdge
        let ok: Bool = assembly.withBuilder { b in
            let key = s.pointee.keys[k]
            if !isEdge && key.isLabels {
                s.pointee.text.withUnsafeBufferPointer { setLabels($0, &b) }
                return true
            }
            if isEdge && key.isType {
                s.pointee.current.type = s.pointee.text.withUnsafeBufferPointer { typeSymbol($0, &b) }
                return true
            }
            let value: PackedValue?
            if key.isList, key.declaration.listType == .string,
               let fast = s.pointee.text.withUnsafeBytes({ GraphMLValueParser.stringList($0, &b) }) {
                value = fast
            } else if key.isList {
                value = GraphMLValueParser.parse(String(decoding: s.pointee.text, as: UTF8.self), as: key.type, listOf: key.declaration.listType)
                    .flatMap { b.pack($0) ?? PackedValue(kind: .null, bits: 0) }
            } else {
                value = s.pointee.text.withUnsafeBytes { Self.scalar($0, key.type, &b) }
            }
            guard let value else { return false }
            s.pointee.current.properties.append((key.symbol, value))
            return true
        }
        if !ok {
            let key = keys[k].declaration
            let shown = String(decoding: text, as: UTF8.self)
            let kind = key.listType.map { "list of \($0.rawValue)" } ?? key.type.rawValue
            parser.report(rule: .graphml, "value '\(shown)' of '\(key.name)' is not a valid \(kind)",
                          at: parser.startTagLocationOfTextElement())
        }
    }

    /// The packed scalar of `bytes` for a key of `type`, or `nil` when it does not fit.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeRawBufferPointer, _ type: GraphMLKey.ValueType, _ b: inout GraphBuilder) -> PackedValue? {
        switch type {
        case .string: return .string(b.intern(bytes))
        case .int, .long: return ByteValues.int64(bytes).map(PackedValue.int)
        case .float, .double: return ByteValues.double(bytes).map(PackedValue.float)
        case .boolean: return ByteValues.bool(bytes, caseInsensitive: true).map(PackedValue.bool)
        case .date: return ByteValues.date(bytes).map(PackedValue.date)
        }
    }

    private func finish(parser: SAXParser) {
        let place = (file: file, line: current.line, column: current.column)
        assembly.withBuilder { b in
            // Declared defaults apply when the element has no data for the key.
            for k in current.isEdge ? state.pointee.edgeDefaults : state.pointee.nodeDefaults {
                let key = keys[k]
                let d = key.declaration
                guard !current.properties.contains(where: { $0.key == key.symbol }) else { continue }
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

/// A map from interned-string references to values, for the few distinct label and type
/// texts of a GraphML file: open addressing on the reference, no `Hasher`.
struct RefCache<Value> {
    private var refs: [UInt32] = Array(repeating: UInt32.max, count: 64)
    private var values: [Value?] = Array(repeating: nil, count: 64)
    private var used = 0

    subscript(ref: UInt32) -> Value? {
        get {
            let mask = refs.count - 1
            var i = Int(ref &* 0x9E37_79B1) & mask
            while refs[i] != UInt32.max {
                if refs[i] == ref { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }
            if (used + 1) * 2 > refs.count { grow() }
            let mask = refs.count - 1
            var i = Int(ref &* 0x9E37_79B1) & mask
            while refs[i] != UInt32.max && refs[i] != ref { i = (i + 1) & mask }
            if refs[i] != ref { used += 1 }
            refs[i] = ref
            values[i] = newValue
        }
    }

    private mutating func grow() {
        let old = zip(refs, values).filter { $0.0 != UInt32.max }
        refs = Array(repeating: UInt32.max, count: refs.count * 2)
        values = Array(repeating: nil, count: refs.count)
        used = 0
        for (r, v) in old { self[r] = v }
    }
}
