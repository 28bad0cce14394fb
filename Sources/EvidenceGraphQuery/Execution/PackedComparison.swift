import EvidenceGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `n.key op constant` (`=`, `<>`, `<`, `<=`, `>`, `>=`, either operand order) decided on the
/// node's packed stored value, without a `PropertyValue` or `Value` per row — for a `WHERE`,
/// where only `true` keeps the row. It agrees with ``ValueEquality`` and ``ValueComparison``:
/// a missing property is null (no row); integers and floats compare numerically and NaN makes
/// every ordering false and `=` false (`<>` true); strings compare by UTF-8 bytes
/// (``TextOrder``); dates by day; values of different kinds are unequal and unordered (null).
/// Stored values the packed test does not decide — lists, and strings in `TemporalStorage`'s
/// encoding (read back as temporals) — go to the generic predicate.
struct PackedComparison {
    enum Operator: String {
        case equal = "=", notEqual = "<>", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

        /// The operator with its operands swapped (`c < x` is `x > c`).
        var mirrored: Operator {
            switch self {
            case .equal, .notEqual: self
            case .less: .greater
            case .lessOrEqual: .greaterOrEqual
            case .greater: .less
            case .greaterOrEqual: .lessOrEqual
            }
        }
    }

    /// The constant operand, in the form the packed value is compared with.
    enum Constant {
        case int(Int64), float(Double), string([UInt8]), bool(Bool), date(epochDay: Int64)

        init?(_ v: Value) {
            switch v {
            case .int(let i): self = .int(i)
            case .float(let d): self = .float(d)
            case .string(let s): self = .string(Array(s.utf8))
            case .bool(let b): self = .bool(b)
            case .temporal(.date(let day)): self = .date(epochDay: day)
            default: return nil
            }
        }
    }

    let slot: Int
    let key: PropertyKeyID
    let op: Operator
    let constant: Constant
    /// The same predicate on the generic path, for stored values the packed test leaves open.
    let general: ExpressionNode

    /// The first UTF-8 byte of `TemporalStorage`'s marker (U+E000): a stored string starting
    /// with it may read back as a temporal.
    private static let temporalMarkerByte: UInt8 = 0xEE

    /// The packed form of `predicate` when it is `slot.key op constant` with a key the graph
    /// has and a constant of a supported kind; `nil` otherwise.
    init?(_ predicate: CompiledExpression) {
        let op: Operator, lhs: CompiledExpression, rhs: CompiledExpression
        switch predicate {
        case .equals(let a, let b, let negated): (op, lhs, rhs) = (negated ? .notEqual : .equal, a, b)
        case .compare(let o, let a, let b):
            let converted: Operator = switch o {
            case .less: .less
            case .lessOrEqual: .lessOrEqual
            case .greater: .greater
            case .greaterOrEqual: .greaterOrEqual
            }
            (op, lhs, rhs) = (converted, a, b)
        default: return nil
        }
        if case let (slot, key)? = Self.slotProperty(lhs), case .constant(let v) = rhs, let c = Constant(v) {
            self.init(slot: slot, key: key, op: op, constant: c, predicate: predicate)
        } else if case let (slot, key)? = Self.slotProperty(rhs), case .constant(let v) = lhs, let c = Constant(v) {
            self.init(slot: slot, key: key, op: op.mirrored, constant: c, predicate: predicate)
        } else {
            return nil
        }
    }

    private init(slot: Int, key: PropertyKeyID, op: Operator, constant: Constant, predicate: CompiledExpression) {
        self.slot = slot
        self.key = key
        self.op = op
        self.constant = constant
        general = ExpressionNode.lower(predicate)
    }

    private static func slotProperty(_ e: CompiledExpression) -> (Int, PropertyKeyID)? {
        switch e {
        case .property(.slot(let s), _, let id?), .located(.property(.slot(let s), _, let id?), _, _): (s, id)
        default: nil
        }
    }

    /// Whether the predicate holds for `node`: decided on the packed value, or `nil` when
    /// the generic predicate must decide.
    @inline(__always)
    func holds(_ node: NodeIndex, _ graph: Graph) -> Bool? {
        guard let v = graph.packedProperty(key, of: node) else { return false }
        let order: Int?
        switch (v.kind, constant) {
        case (.int, .int(let y)):
            order = Self.three(Int64(bitPattern: v.bits), y)
        case (.int, .float(let y)):
            if y.isNaN { return op == .notEqual }
            order = NumberOrder.compare(Int64(bitPattern: v.bits), y)
        case (.float, .int(let y)):
            let x = Double(bitPattern: v.bits)
            if x.isNaN { return op == .notEqual }
            order = NumberOrder.compare(y, x).map { -$0 }
        case (.float, .float(let y)):
            let x = Double(bitPattern: v.bits)
            if x.isNaN || y.isNaN { return op == .notEqual }
            order = x < y ? -1 : (x > y ? 1 : 0)
        case (.bool, .bool(let y)):
            order = Self.three(v.bits != 0 ? 1 : 0, y ? 1 : 0)
        case (.date, .date(let y)):
            order = Self.three(v.dateDay, y)
        case (.string, let c):
            let (marked, o): (Bool, Int?) = graph.withStringBytes(UInt32(truncatingIfNeeded: v.bits)) { stored in
                if stored.first == Self.temporalMarkerByte { return (true, nil) }
                guard case .string(let y) = c else { return (false, nil) }
                return (false, y.withUnsafeBytes { Self.compareBytes(stored, $0) })
            }
            if marked { return nil }
            order = o
        case (.list, _), (.null, _):
            return nil
        default:
            order = nil
        }
        guard let order else {
            // Different kinds: unequal, and unordered (null).
            return op == .notEqual
        }
        switch op {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        }
    }

    /// Whether the predicate holds for the node in `row[slot]`, deciding on the packed value
    /// where it can and on the generic predicate otherwise.
    @inline(__always)
    func isTrue(_ node: NodeIndex, _ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        if let decided = holds(node, ctx.graph) { return decided }
        return try general.isTrue(&row, ctx)
    }

    @inline(__always)
    private static func three(_ x: Int64, _ y: Int64) -> Int { x < y ? -1 : (x > y ? 1 : 0) }

    /// Byte-wise three-way comparison (a prefix sorts first), as ``TextOrder/compare(_:_:)``.
    @inline(__always)
    private static func compareBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let n = min(a.count, b.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa, pb, n)
            if c != 0 { return c < 0 ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
