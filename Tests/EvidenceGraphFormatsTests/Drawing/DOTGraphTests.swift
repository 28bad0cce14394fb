import EvidenceGraphFormats
import Testing

/// The DOT builder: structure as written, and quoting that no id or label can break.
@Suite struct DOTGraphTests {
    static let hostile = [
        #"evil" -> "x" [label="pwn"#, #"back\slash\"#, "\\N \\l \\G", "line\nbreak", "tab\tand\u{1}control", "{ } [ ] ; = ->", "<b>&amp;</b>",
        "Клинические «рекомендации»",
    ]

    @Test func writesNodesEdgesAndClustersThatReadBack() throws {
        var g = DOTGraph(name: "g", attributes: ["rankdir": "LR"])
        g.node("a", ["label": "A", "URL": "https://example.org/a?x=1&y=2"])
        g.node("a", ["color": "red"])
        g.edge("a", "b", ["label": "to b"])
        g.edge("a", "b", ["label": "twice"])
        var cluster = DOTGraph(name: "cluster_1", attributes: ["label": "box"])
        cluster.node("c")
        cluster.edge("c", "a")
        g.subgraphs.append(cluster)
        g.sameRank = [["a", "c"]]
        let doc = try DOTDocument(g.text)
        #expect(doc.graphAttributes == ["rankdir": "LR"])
        #expect(doc.nodes["a"] == ["label": "A", "URL": "https://example.org/a?x=1&y=2", "color": "red"])
        #expect(doc.edges.map { "\($0.from)->\($0.to)" }.sorted() == ["a->b", "c->a"], "a repeated edge is written once")
        #expect(doc.edges.first { $0.from == "a" }?.attributes["label"] == "to b")
        #expect(g.text.hasPrefix("digraph \"g\" {\n") && g.text.contains("subgraph \"cluster_1\" {"))
    }

    @Test(arguments: hostile)
    func hostileNamesStayInsideTheirQuotes(name: String) throws {
        var g = DOTGraph(name: name)
        g.node(name, ["label": name, "tooltip": name])
        g.edge(name, "other", ["label": name])
        let doc = try DOTDocument(g.text)
        #expect(doc.nodes.count == 2, "exactly the two nodes: \(g.text)")
        let expected = String(String.UnicodeScalarView(name.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" ? " " : $0 }))
        #expect(doc.nodes[expected]?["label"] == expected)
        #expect(doc.edges.count == 1 && doc.edges[0].from == expected && doc.edges[0].to == "other")
    }

    @Test func quotingEscapesQuotesBackslashesAndLineBreaks() {
        #expect(DOTGraph.quoted(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(DOTGraph.quoted("one\ntwo\r") == #""one\ntwo""#)
        #expect(DOTGraph.quoted("x\u{7}y") == "\"x y\"")
        #expect(DOTGraph.wrapped("aaa bbb ccc ddd", width: 7) == "aaa bbb\nccc ddd")
    }
}
