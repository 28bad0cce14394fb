extension KuzuExport {
    /// What an export wrote.
    public struct Summary: Sendable, Hashable {
        /// Node tables (one per primary label).
        public var nodeTables = 0
        /// Rel tables (one per relationship type).
        public var relTables = 0
        /// Files written: the CSV files and `schema.cypher`.
        public var files = 0
        /// Columns exported as `STRING` text because their values were mixed or CSV-unsafe.
        public var warnings: [String] = []
    }
}
