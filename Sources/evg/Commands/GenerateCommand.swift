import ArgumentParser
import EvidenceGraphSynthetic

/// `evg generate`: write a synthetic knowledge-base-shaped graph for benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic graph shaped like the knowledge base (for benchmarks).",
        discussion: """
            The same labels, relationship types and property kinds as Graph/, a skewed degree \
            distribution, Latin and Cyrillic strings, some optional attributes absent. \
            Deterministic for a seed; streamed to disk. Evidence output validates against \
            Graph/schema/evidence.xsd; both formats of one seed hold the same graph.
            """
    )

    @Option(help: "Number of nodes (at least 100).")
    var nodes: Int

    @Option(name: .customLong("edge-factor"), help: "Relationships per node, about.")
    var edgeFactor: Double = 5

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Output format: evidence or graphml.")
    var format: SyntheticGraphGenerator.Format = .evidence

    @Option(help: "The file to write.")
    var out: String

    func run() throws {
        let generator: SyntheticGraphGenerator
        do {
            generator = try SyntheticGraphGenerator(nodes: nodes, edgeFactor: edgeFactor, seed: seed)
        } catch {
            throw ValidationError(error.description)
        }
        let start = monotonicSeconds()
        do {
            let s = try generator.write(format, toFile: out)
            printError("evg: wrote \(out): \(s.nodes) nodes, \(s.relationships) relationships, \(s.bytes) bytes in \(formatDuration(monotonicSeconds() - start))")
        } catch {
            printError("evg: \(error.description)")
            throw EvgExit.loadFailure
        }
    }
}

extension SyntheticGraphGenerator.Format: ExpressibleByArgument {}
