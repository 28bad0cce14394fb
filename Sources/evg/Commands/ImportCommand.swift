import ArgumentParser
import EvidenceGraph
import EvidenceGraphRegistry

/// `evg import`: bring trials from outside sources into evidence XML for review.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import trials from a registry into evidence XML for a curator to review.",
        subcommands: [ImportCTGovCommand.self]
    )
}

/// `evg import ctgov FILE|DIR… --out DIR`: ClinicalTrials.gov records to evidence XML.
struct ImportCTGovCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ctgov",
        abstract: "Import ClinicalTrials.gov records (legacy <clinical_study> XML or API v2 JSON).",
        discussion: """
            Writes one evidence file per trial, OUT/ctgov-<nct>.xml, with the trial, its \
            registry population, arms and posted outcome measures; interventions are linked to \
            the drugs of the graph by INN, name or synonym. Unresolved drug interventions are \
            listed on stderr and in the file's header comment. See docs/import.md.
            Exit status: 0 all records imported, 2 a record or the graph could not be read.
            """
    )

    @OptionGroup var graphOptions: GraphOptions

    @Argument(help: "Record files, or folders of .xml/.json records.")
    var paths: [String]

    @Option(help: "The folder to write (created if needed).")
    var out: String

    func run() throws {
        let loaded = try GraphLoading.loadOrExit(graphOptions.graph, validatesSchema: !graphOptions.noSchema)
        let importer = RegistryImporter(graph: loaded.graph)
        var failed = false
        let files: [String]
        do {
            files = try RegistryImporter.inputFiles(paths)
        } catch {
            printError("evg: \(error.description)")
            throw EvgExit.loadFailure
        }
        for file in files {
            do {
                for result in try importer.importFile(at: file) {
                    let written = try result.write(into: out)
                    for u in result.unresolved { printError("evg: \(result.nctID): \(u.description)") }
                    printError("evg: wrote \(written)")
                }
            } catch let error as RegistryImportError {
                printError(error.description)
                failed = true
            } catch {
                printError("evg: \(file): cannot write the output: \(error)")
                failed = true
            }
        }
        if failed { throw EvgExit.loadFailure }
    }
}
