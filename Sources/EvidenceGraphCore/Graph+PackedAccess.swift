/// Access to stored values without materialising them, for the query engine's hot paths
/// (grouping, `DISTINCT`). Package-internal: the packed form is
/// not public API.
extension Graph {
    /// The packed value of `key` on `node`, or `nil` when absent.
    @inline(__always)
    package func packedProperty(_ key: PropertyKeyID, of node: NodeIndex) -> PackedValue? {
        storage.nodeProperties.find(key.rawValue, in: node.int)
    }

    /// The packed value of `key` on `rel`, or `nil` when absent.
    @inline(__always)
    package func packedProperty(_ key: PropertyKeyID, of rel: RelationshipIndex) -> PackedValue? {
        storage.relProperties.find(key.rawValue, in: rel.int)
    }

    /// The property value a packed value stands for.
    package func materialize(_ value: PackedValue) -> PropertyValue { storage.materialize(value) }

    /// The reference of an interned string with exactly these UTF-8 bytes, if the graph has it.
    /// Interned strings are unique, so two references are equal exactly when their bytes are.
    package func stringReference(_ utf8: UnsafeRawBufferPointer) -> UInt32? { storage.strings.find(utf8) }

    /// Calls `body` with the UTF-8 bytes of interned string `ref` (a string value's reference).
    @inline(__always)
    package func withStringBytes<R>(_ ref: UInt32, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try storage.strings.withBytes(ref, body)
    }
}
