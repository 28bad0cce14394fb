import ArgumentParser

/// The `--graph PATH` option shared by commands that load a graph.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A graph file or folder to load (repeatable). Default: the bundled Graph/.", valueName: "path"))
    var graph: [String] = []

    @Flag(name: .customLong("no-schema"), help: "Skip XSD validation of evidence files (well-formedness and references are still checked).")
    var noSchema = false
}
