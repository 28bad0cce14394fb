import Foundation
import Testing

/// `evg assess --format dot|svg|html` and `evg query --format dot|svg` from the command line:
/// DOT without Graphviz, SVG and HTML with it (skipped when `dot` is not installed), and a
/// clear error naming the Debian package when `dot` is missing.
@Suite struct PictureFormatTests {
    static var hasDot: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: $0 + "/dot") }
    }

    /// A PATH with neither Graphviz nor anything else.
    static let noGraphviz = ["PATH": "/nonexistent"]

    @Test func dotNeedsNoGraphviz() throws {
        let assess = try CLIRunner.run(["assess", "Queries/patients/founding-case.xml", "--option", "everolimus+exemestane", "--format", "dot"],
                                       environment: Self.noGraphviz)
        #expect(assess.status == 0, "\(assess.stderr)")
        #expect(assess.stdout.hasPrefix("digraph ") && assess.stdout.contains("\"o1/trial:bolero-2\""))
        let query = try CLIRunner.run(["query", "--format", "dot", "MATCH (t:Trial {id: 'olympiad'})-[r:HAS_ARM]->(a) RETURN t, r, a"],
                                      environment: Self.noGraphviz)
        #expect(query.status == 0, "\(query.stderr)")
        #expect(query.stdout.contains("\"olympiad\" ->") && query.stdout.contains("\"label\"=\"HAS_ARM\""))
    }

    @Test func missingGraphvizIsAClearError() throws {
        for arguments in [["assess", "Queries/patients/founding-case.xml", "--option", "olaparib", "--format", "html"],
                          ["query", "--format", "svg", "MATCH (d:Drug) RETURN d LIMIT 1"]] {
            let r = try CLIRunner.run(arguments, environment: Self.noGraphviz)
            #expect(r.status == 1 && r.stdout.isEmpty, "\(arguments)")
            #expect(r.stderr.contains("apt-get install graphviz"), "\(r.stderr)")
        }
    }

    @Test(.enabled(if: hasDot, "Graphviz dot is not installed (Debian package graphviz)"))
    func svgAndHTMLAreLaidOutByGraphviz() throws {
        let svg = try CLIRunner.run(["assess", "Queries/patients/founding-case.xml", "--option", "olaparib", "--format", "svg"])
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(svg.stdout.contains("<svg") && svg.stdout.contains("OlympiAD") && svg.stdout.contains("https://clinicaltrials.gov/study/NCT02000622"))
        let html = try CLIRunner.run(["assess", "Queries/patients/founding-case.xml", "--option", "ribociclib+fulvestrant", "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("MAINTAIN") && html.stdout.contains("class=\"forest\""))
        let query = try CLIRunner.run(["query", "--format", "svg", "MATCH (d:Drug {id: 'everolimus'})-[r:TARGETS]->(t) RETURN d, r, t"])
        #expect(query.status == 0 && query.stdout.contains("<svg") && query.stdout.contains("TARGETS"), "\(query.stderr)")
    }
}
