extension Neo4jExport {
    /// What an export wrote.
    public struct Summary: Sendable, Hashable {
        /// Node files (one per label set).
        public var nodeFiles = 0
        /// Relationship files (one per relationship type).
        public var relationshipFiles = 0
        /// Whether a field holds a line break, so that the command needs `--multiline-fields=true`.
        public var multilineFields = false
        /// The `neo4j-admin database import full` command, as `import.sh` runs it from the export folder.
        public var command = ""
        /// Columns exported as `string` text because their values were mixed or CSV-unsafe.
        public var warnings: [String] = []
    }
}
