import EvidenceGraphFormats
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The Graphviz runner: a clear error without `dot`, SVG with it (skipped when Graphviz is not
/// installed: Debian package `graphviz`).
@Suite struct GraphvizTests {
    @Test func missingDotNamesTheDebianPackage() {
        let runner = Graphviz(executable: "/nonexistent/dot")
        #expect(!runner.isAvailable)
        #expect(throws: GraphvizError.notInstalled("/nonexistent/dot")) { try runner.svg("digraph { a }") }
        #expect(GraphvizError.notInstalled("dot").description.contains("apt-get install graphviz"))
    }

    @Test(.enabled(if: Graphviz().isAvailable, "Graphviz dot is not installed (Debian package graphviz)"))
    func laysOutHostileLabelsAsValidSVG() throws {
        var g = DOTGraph(name: "g")
        for (i, name) in DOTGraphTests.hostile.enumerated() { g.node("n\(i)", ["label": name, "URL": "https://example.org/?a=1&b=\(i)"]) }
        g.edge("n0", "n1")
        let svg = try Graphviz().svg(g.text)
        #expect(svg.contains("<svg") && svg.contains("</svg>"))
        #expect(svg.contains("evil&quot; &#45;&gt; &quot;x&quot; [label=&quot;pwn") || svg.contains("evil&quot; -&gt; &quot;x&quot; [label=&quot;pwn"),
                "the hostile label is text, escaped by Graphviz")
        #expect(svg.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"))
        #expect(svg.contains("https://example.org/?a=1&amp;b=1"), "links are kept")
        let parsed = XMLParser(data: Data(svg.utf8))
        #expect(parsed.parse(), "well-formed XML")
    }

    @Test(.enabled(if: Graphviz().isAvailable, "Graphviz dot is not installed (Debian package graphviz)"))
    func invalidDOTIsAnErrorWithDotsMessage() {
        #expect {
            try Graphviz().svg("digraph { a -> }")
        } throws: { error in
            guard case GraphvizError.failed(let status, let message)? = error as? GraphvizError else { return false }
            return status != 0 && message.contains("syntax error")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/sleep"), "needs /bin/sleep"))
    func aHangingLayoutTimesOut() throws {
        // A stand-in `dot` that never finishes.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-fake-dot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("dot")
        try "#!/bin/sh\nexec /bin/sleep 30\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let start = Date()
        #expect(throws: GraphvizError.timedOut(seconds: 0.5)) { try Graphviz(executable: fake.path, timeout: 0.5).svg("digraph { a }") }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
