// Loads the bundled knowledge base, asks it one question and assesses the founding-case patient.
//
//   swift run --package-path Examples/EmbeddingExample EmbeddingExample [REPOSITORY]
//
// REPOSITORY is the EvidenceGraph checkout holding Graph/ and Queries/ (default: the one this
// example lives in, found from this file's path).
import EvidenceGraph
import Foundation

let repository = CommandLine.arguments.dropFirst().first
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()   // Sources/EmbeddingExample
        .appendingPathComponent("../../../..").standardizedFileURL.path

do {
    // 1. Load: all or nothing, every error with its file:line:column.
    let loaded = try GraphLoader().load(repository + "/Graph")
    print("loaded \(loaded.files.count) files: \(loaded.graph.nodeCount) nodes, \(loaded.graph.relationshipCount) relationships")

    // 2. Query, with a parameter and limits.
    let result = try loaded.graph.query(
        """
        MATCH (d:Drug)-[:TARGETS]->(:Target)-[:IN_PATHWAY]->(:Pathway {id: $pathway})
        RETURN DISTINCT d.name AS drug ORDER BY drug
        """,
        parameters: ["pathway": .string("pi3k-akt-mtor")],
        options: QueryOptions(timeout: 10, maxRows: 1_000))
    print("\ndrugs acting on the PI3K-AKT-mTOR pathway (\(result.columns.joined(separator: ", "))):")
    for row in result.rows { print("  \(row[0])") }

    // 3. Assess the founding case.
    let knowledge = try ClinicalKnowledge(graph: loaded.graph)
    let profile = try PatientFile.read(repository + "/Queries/patients/founding-case.xml")
    let assessment = try Assessor(knowledge: knowledge).assess(
        profile,
        options: ["everolimus+exemestane", "paclitaxel", "docetaxel", "ribociclib+fulvestrant", "doxorubicin", "olaparib"])
    print("\npatient \(assessment.patient): line \(assessment.derived.currentLine); \(assessment.derived.findings.joined(separator: ", "))")
    for test in assessment.tests { print("  order: \(test.test)") }
    for option in assessment.options {
        print("\(option.rank)  \(option.verdict.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(option.name)")
        if let reason = option.reasons.first { print("     \(reason.text)") }
    }
} catch let error as LoadError {
    for diagnostic in error.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
    exit(1)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
