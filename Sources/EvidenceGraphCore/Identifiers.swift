/// The dense index of a node in a frozen ``Graph`` (0 ..< nodeCount).
///
/// Indices are only meaningful for the graph that produced them.
public struct NodeIndex: Hashable, Comparable, Sendable {
    /// The raw index.
    public let rawValue: Int32
    /// Wraps a raw index.
    @inlinable public init(_ rawValue: Int32) { self.rawValue = rawValue }
    /// Wraps a raw index given as `Int`.
    @inlinable public init(_ rawValue: Int) { self.rawValue = Int32(truncatingIfNeeded: rawValue) }
    /// The index as an `Int`, for subscripting.
    @inlinable public var int: Int { Int(rawValue) }
    /// Orders by index, which is the order nodes were added in.
    @inlinable public static func < (a: NodeIndex, b: NodeIndex) -> Bool { a.rawValue < b.rawValue }
}

/// The dense index of a relationship in a frozen ``Graph`` (0 ..< relationshipCount).
public struct RelationshipIndex: Hashable, Comparable, Sendable {
    /// The raw index.
    public let rawValue: Int32
    /// Wraps a raw index.
    @inlinable public init(_ rawValue: Int32) { self.rawValue = rawValue }
    /// Wraps a raw index given as `Int`.
    @inlinable public init(_ rawValue: Int) { self.rawValue = Int32(truncatingIfNeeded: rawValue) }
    /// The index as an `Int`, for subscripting.
    @inlinable public var int: Int { Int(rawValue) }
    /// Orders by index, which is the order relationships were added in.
    @inlinable public static func < (a: RelationshipIndex, b: RelationshipIndex) -> Bool { a.rawValue < b.rawValue }
}

/// An interned node label.
public struct LabelID: Hashable, Sendable {
    /// The raw symbol number.
    public let rawValue: UInt32
    @inlinable init(_ rawValue: UInt32) { self.rawValue = rawValue }
}

/// An interned relationship type.
public struct RelationshipTypeID: Hashable, Comparable, Sendable {
    /// The raw symbol number.
    public let rawValue: UInt32
    @inlinable init(_ rawValue: UInt32) { self.rawValue = rawValue }
    /// Orders by symbol number, i.e. the order types were first seen (not alphabetical).
    @inlinable public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// An interned property key.
public struct PropertyKeyID: Hashable, Comparable, Sendable {
    /// The raw symbol number.
    public let rawValue: UInt32
    @inlinable init(_ rawValue: UInt32) { self.rawValue = rawValue }
    /// Orders by symbol number, i.e. the order keys were first seen (not alphabetical).
    @inlinable public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// Which way to follow relationships from a node.
public enum Direction: Sendable, Hashable {
    /// Relationships that start at the node.
    case outgoing
    /// Relationships that end at the node.
    case incoming
    /// Both; a self-loop is reported once per stored direction (twice).
    case both
}
