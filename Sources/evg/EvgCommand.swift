import ArgumentParser
import EvidenceGraph

/// `evg`: load the evidence graph, validate it, query it, and assess patients.
@main
struct EvgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evg",
        abstract: "Answer clinical evidence questions from a knowledge graph.",
        discussion: """
            With no --graph, commands use the bundled Graph/ folder: the EVG_GRAPH environment \
            variable, else the nearest Graph/ folder at or above the current directory.
            """,
        version: EvidenceGraphVersion.current,
        subcommands: [ValidateCommand.self, StatsCommand.self, QueryCommand.self, ReplCommand.self, AssessCommand.self,
                      GenerateCommand.self, ExportCommand.self, ImportCommand.self, BenchQueryCommand.self, ServeCommand.self, MCPCommand.self]
    )
}
