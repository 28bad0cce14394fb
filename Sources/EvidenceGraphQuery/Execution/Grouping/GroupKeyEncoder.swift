import EvidenceGraphCore

/// Turns the grouping (or `DISTINCT`) key of a row into two 64-bit words per key value, so
/// that two keys are equivalent in `ValueOrdering` exactly when their words are equal.
/// Grouping then hashes and compares a few integers instead of `[Value]` arrays, and a key
/// that is a property of a bound node is read in its stored form, without making a `Value`.
///
/// The words are a tag and a payload:
/// - numbers: the `Double` bits (so `1` and `1.0` agree; `-0.0` as `0.0`, one NaN), or the
///   integer bits for integers a `Double` cannot hold exactly (no float equals those);
/// - strings: the graph's interned reference, or an index into strings the graph does not
///   hold. Strings compare by their UTF-8 bytes, as interned strings do everywhere.
/// - nodes and relationships: their index; lists, maps and paths: an index into the distinct
///   such values seen so far (compared by `EquivalenceKey`).
///
/// The references are only stable while the graph is, so operators use this encoder only
/// when no write happens below them (see `PhysicalOperator/containsWrites`).
final class GroupKeyEncoder {
    /// Where one key value comes from.
    enum Source {
        /// `slot.key` read from the stored property of the node or relationship in `slot`.
        case property(slot: Int, key: String, id: PropertyKeyID)
        /// The value in a slot.
        case slot(Int)
        /// Any other expression.
        case expression(ExpressionNode)
    }

    let sources: [Source]
    /// Words per key: two per source.
    var width: Int { 2 * sources.count }

    /// Strings the graph does not hold, numbered by their bytes (no allocation for a repeat).
    private var otherStrings = StringTable()
    private var otherValues: [EquivalenceKey: UInt64] = [:]

    init(sources: [Source]) { self.sources = sources }

    /// The source for a grouping expression.
    static func source(for e: CompiledExpression) -> Source {
        switch e.unlocated {
        case .slot(let s): return .slot(s)
        case .property(.slot(let s), let key, let id?): return .property(slot: s, key: key, id: id)
        default: return .expression(ExpressionNode.lower(e))
        }
    }

    /// Forgets the strings and values numbered so far (for a new execution).
    func reset() {
        otherStrings = StringTable()
        otherValues = [:]
    }

    /// Writes the row's key into `words[0 ..< width]`.
    @inline(__always)
    func encode(_ row: inout Row, _ ctx: ExecutionContext, into words: UnsafeMutablePointer<UInt64>) throws(QueryError) {
        var w = words
        for source in sources {
            switch source {
            case .property(let slot, let key, let id):
                switch row[slot] {
                case .node(let n) where n.int < ctx.graph.nodeCount:
                    encode(ctx.graph.packedProperty(id, of: n), ctx.graph, into: w)
                case .relationship(let r) where r.int < ctx.graph.relationshipCount:
                    encode(ctx.graph.packedProperty(id, of: r), ctx.graph, into: w)
                default:
                    encode(try PropertyAccess.get(row[slot], key: key, id: id, ctx.graph), ctx.graph, into: w)
                }
            case .slot(let s):
                encode(row[s], ctx.graph, into: w)
            case .expression(let node):
                encode(try node.evaluate(&row, ctx), ctx.graph, into: w)
            }
            w += 2
        }
    }

    private enum Tag: UInt64 {
        case null, bool, number, wideInteger, graphString, otherString, node, relationship, other
    }

    @inline(__always)
    private func put(_ tag: Tag, _ payload: UInt64, _ w: UnsafeMutablePointer<UInt64>) {
        w[0] = tag.rawValue
        w[1] = payload
    }

    @inline(__always)
    private func encode(_ p: PackedValue?, _ graph: Graph, into w: UnsafeMutablePointer<UInt64>) {
        guard let p else { return put(.null, 0, w) }
        switch p.kind {
        case .null: put(.null, 0, w)
        case .bool: put(.bool, p.bits, w)
        case .int: encodeInteger(Int64(bitPattern: p.bits), w)
        case .float: encodeFloat(Double(bitPattern: p.bits), w)
        case .string: put(.graphString, p.bits, w)
        case .list, .date: encodeOther(Value(graph.materialize(p)), w)
        }
    }

    @inline(__always)
    private func encode(_ v: Value, _ graph: Graph, into w: UnsafeMutablePointer<UInt64>) {
        switch v {
        case .null: put(.null, 0, w)
        case .bool(let b): put(.bool, b ? 1 : 0, w)
        case .int(let i): encodeInteger(i, w)
        case .float(let d): encodeFloat(d, w)
        case .string(let s): encodeString(s, graph, w)
        case .node(let n): put(.node, UInt64(UInt32(bitPattern: n.rawValue)), w)
        case .relationship(let r): put(.relationship, UInt64(UInt32(bitPattern: r.rawValue)), w)
        case .list, .map, .path, .temporal: encodeOther(v, w)
        }
    }

    @inline(__always)
    private func encodeInteger(_ i: Int64, _ w: UnsafeMutablePointer<UInt64>) {
        let d = Double(i)
        if let back = Int64(exactly: d), back == i {
            put(.number, d == 0 ? 0 : d.bitPattern, w)
        } else {
            put(.wideInteger, UInt64(bitPattern: i), w)
        }
    }

    @inline(__always)
    private func encodeFloat(_ d: Double, _ w: UnsafeMutablePointer<UInt64>) {
        put(.number, d.isNaN ? Double.nan.bitPattern : (d == 0 ? 0 : d.bitPattern), w)
    }

    private func encodeString(_ s: String, _ graph: Graph, _ w: UnsafeMutablePointer<UInt64>) {
        var s = s
        s.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            if let ref = graph.stringReference(raw) {
                put(.graphString, UInt64(ref), w)
            } else {
                put(.otherString, UInt64(otherStrings.intern(raw)), w)
            }
        }
    }

    private func encodeOther(_ v: Value, _ w: UnsafeMutablePointer<UInt64>) {
        let key = EquivalenceKey(values: [v])
        if let i = otherValues[key] { return put(.other, i, w) }
        let i = UInt64(otherValues.count)
        otherValues[key] = i
        put(.other, i, w)
    }
}
