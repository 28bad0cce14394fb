/// A stored property value: a kind and 64 bits of payload. Integers, floats and dates
/// (days since 1970-01-01 shifted left by 2, the precision in the low 2 bits) are inline;
/// strings are `StringTable` references; lists are `ListStore` indices. A property is
/// never null (set to null it is absent); list items may be. ``PropertyValue`` is made from it on access.
package struct PackedValue: Sendable, Hashable {
    package enum Kind: UInt8, Sendable {
        /// Only inside lists: a property itself is never null.
        case null = 0
        case bool, int, float, string, list, date
    }

    package var kind: Kind
    package var bits: UInt64

    @inline(__always) package init(kind: Kind, bits: UInt64) {
        self.kind = kind
        self.bits = bits
    }

    @inline(__always) package static func bool(_ b: Bool) -> PackedValue { PackedValue(kind: .bool, bits: b ? 1 : 0) }
    @inline(__always) package static func int(_ i: Int64) -> PackedValue { PackedValue(kind: .int, bits: UInt64(bitPattern: i)) }
    @inline(__always) package static func float(_ d: Double) -> PackedValue { PackedValue(kind: .float, bits: d.bitPattern) }
    @inline(__always) package static func string(_ ref: UInt32) -> PackedValue { PackedValue(kind: .string, bits: UInt64(ref)) }
    @inline(__always) package static func date(_ d: CalendarDate) -> PackedValue {
        PackedValue(kind: .date, bits: UInt64(bitPattern: d.epochDay << 2 | Int64(d.precision.rawValue)))
    }
    @inline(__always) package static func list(_ index: UInt32) -> PackedValue { PackedValue(kind: .list, bits: UInt64(index)) }

    /// The date of a date value (`bits` holds the day and the precision).
    @inline(__always) package var date: CalendarDate {
        let b = Int64(bitPattern: bits)
        return CalendarDate(epochDay: b >> 2, precision: CalendarDate.Precision(rawValue: UInt8(b & 3)) ?? .day)
    }

    /// Days since 1970-01-01 of a date value (the precision dropped: equal days, equal keys).
    @inline(__always) package var dateDay: Int64 { Int64(bitPattern: bits) >> 2 }

    /// The string reference, for a string value.
    @inline(__always) package var stringRef: UInt32? { kind == .string ? UInt32(truncatingIfNeeded: bits) : nil }
}

/// One property of a node or relationship in 12 bytes: the key symbol (28 bits) with the
/// value's kind (4 bits), and the 64-bit payload split in two words (so the stride is 12,
/// not 16).
struct PackedProperty: Sendable {
    private var keyAndKind: UInt32
    private var lo: UInt32
    private var hi: UInt32

    /// Property keys are limited to 2^28 distinct names.
    static let maxKeys = 1 << 28

    @inline(__always) init(key: UInt32, value: PackedValue) {
        keyAndKind = UInt32(value.kind.rawValue) << 28 | key
        lo = UInt32(truncatingIfNeeded: value.bits)
        hi = UInt32(truncatingIfNeeded: value.bits >> 32)
    }

    @inline(__always) var key: UInt32 { keyAndKind & 0x0FFF_FFFF }

    @inline(__always) var value: PackedValue {
        PackedValue(kind: PackedValue.Kind(rawValue: UInt8(keyAndKind >> 28))!, bits: UInt64(hi) << 32 | UInt64(lo))
    }
}

/// List property values: the items of list `i` are `items[offsets[i] ..< offsets[i + 1]]`.
struct ListStore: Sendable {
    var offsets: [UInt32] = [0]
    var kinds: [UInt8] = []
    var bits: [UInt64] = []

    var count: Int { offsets.count - 1 }

    /// Adds a list; returns its index.
    mutating func append(_ items: [PackedValue]) -> UInt32 {
        for v in items {
            kinds.append(v.kind.rawValue)
            bits.append(v.bits)
        }
        offsets.append(UInt32(kinds.count))
        return UInt32(offsets.count - 2)
    }

    /// The items of list `index`.
    func items(_ index: UInt32) -> [PackedValue] {
        let i = Int(index)
        return (Int(offsets[i])..<Int(offsets[i + 1])).map { PackedValue(kind: PackedValue.Kind(rawValue: kinds[$0])!, bits: bits[$0]) }
    }

    var bytes: Int { ByteCount.array(offsets) + ByteCount.array(kinds) + ByteCount.array(bits) }
}
