extension Neo4jExport {
    /// The `neo4j-admin database import full` command for the given `--nodes`/`--relationships`
    /// arguments, run from the export folder, into the database `$1` (default `neo4j`).
    static func command(arguments: [String], multiline: Bool) -> String {
        var parts = ["neo4j-admin database import full", "--overwrite-destination", "--id-type=string", "--array-delimiter=';'"]
        if multiline { parts.append("--multiline-fields=true") }
        return (parts + arguments.map(shellQuoted) + ["\"${1:-neo4j}\""]).joined(separator: " \\\n  ")
    }

    /// `import.sh`: the command, run from the folder the script is in.
    static func importScript(_ command: String) -> String {
        """
        #!/bin/sh
        # Written by `evg export --format neo4j`: loads the CSV files beside this script into a new
        # Neo4j 5 database (default name neo4j; an existing one of that name is overwritten, so
        # stop it first). Usage: sh import.sh [DATABASE]
        set -e
        cd "$(dirname "$0")"
        \(command)

        """
    }

    /// `s` as one shell word: as it is when it holds only safe characters, else single-quoted.
    static func shellQuoted(_ s: String) -> String {
        if s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_=./,:".contains($0)) }) { return s }
        return "'" + s.replacing("'", with: "'\\''") + "'"
    }
}
