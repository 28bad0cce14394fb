extension CypherExport {
    /// What an export wrote.
    public struct Summary: Sendable, Hashable {
        /// Nodes created by the script.
        public var nodes = 0
        /// Relationships created by the script.
        public var relationships = 0
        /// `UNWIND … CREATE` statements.
        public var statements = 0
        /// Properties written as their text because a property cannot hold them.
        public var warnings: [String] = []
    }
}
