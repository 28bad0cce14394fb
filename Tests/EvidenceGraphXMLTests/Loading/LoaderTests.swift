import Testing
import Foundation
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// One good and one bad input per loader error kind, with exact locations.
@Suite struct LoaderTests {
    @Test func goodEvidenceFileLoadsWithTypedProperties() throws {
        let loaded = try GraphLoader().load(Paths.fixture("good/minimal.xml"))
        #expect(loaded.diagnostics.isEmpty)
        let g = loaded.graph
        #expect(g.nodeCount == 2 && g.relationshipCount == 1)
        let drug = try #require(g.node(withID: "everolimus"))
        #expect(g.labels(of: drug) == ["Drug"])
        #expect(g.property("id", of: drug) == .string("everolimus"))
        #expect(g.property("name", of: drug) == .string("Everolimus & friends"))
        #expect(g.property("source", of: drug) == .list([.string("PMID:1"), .string("NCT00000001")]))
        #expect(g.property("synonyms", of: drug) == .list([.string("эверолимус"), .string("RAD001")]))
        #expect(g.property("synonyms_ru", of: drug) == .list([.string("эверолимус")]))
        let inClass = try #require(g.relationshipType(named: "IN_CLASS"))
        let edge = try #require(g.adjacency(of: drug, .outgoing, type: inClass).first)
        #expect(g.id(of: edge.neighbor) == "mtor-inhibitor")
        #expect(g.location(of: drug) == SourceLocation(file: Paths.fixture("good/minimal.xml"), line: 4, column: 3))
        #expect(g.location(of: edge.relationship)?.line == 7)
    }

    @Test func goodGraphMLFileLoads() throws {
        let g = try GraphLoader().load(Paths.fixture("good/minimal.graphml")).graph
        let b = try #require(g.node(withID: "b"))
        #expect(g.labels(of: b) == ["B", "C"])
        let a = try #require(g.node(withID: "a"))
        #expect(g.property("n", of: a) == .int(1))
        #expect(g.property("id", of: a) == .string("a"), "the GraphML node id is also the id property")
        #expect(g.relationshipTypeNames == ["R"])
    }

    @Test func xmlSyntaxErrorIsLocated() {
        #expect(loadErrors([Paths.fixture("loader/xml-syntax.xml")]).map(place) == ["loader/xml-syntax.xml:4:11 [xml-syntax]"])
    }

    @Test func xsdViolationIsLocatedAtTheOffendingTag() throws {
        let errors = loadErrors([Paths.fixture("loader/xsd.xml")])
        #expect(errors.map(place) == ["loader/xsd.xml:4:5 [xsd]"])
        #expect(errors.first?.message == "Element 'drug', attribute 'colour': The attribute 'colour' is not allowed.")
    }

    @Test func doctypeIsRefused() {
        #expect(loadErrors([Paths.fixture("loader/doctype.xml")]).map(place) == ["loader/doctype.xml:2:1 [doctype-forbidden]"])
    }

    @Test func unknownRootIsRefused() {
        #expect(loadErrors([Paths.fixture("loader/unknown-root.xml")]).map(place) == ["loader/unknown-root.xml:2:1 [xsd]"])
        var options = LoadOptions()
        options.validatesSchema = false
        #expect(loadErrors([Paths.fixture("loader/unknown-root.xml")], options: options).map(place) == ["loader/unknown-root.xml:1:1 [unknown-root]"])
    }

    @Test func badGraphMLValueIsLocated() {
        #expect(loadErrors([Paths.fixture("loader/graphml-value.graphml")]).map(place) == ["loader/graphml-value.graphml:6:7 [graphml]"])
    }

    @Test func missingPathIsAnIOError() {
        let errors = loadErrors([Paths.fixture("loader/does-not-exist.xml")])
        #expect(errors.map(\.ruleID) == ["io"])
        #expect(errors.first?.message.contains("does-not-exist.xml") == true)
    }

    @Test func missingSchemaIsReported() {
        var options = LoadOptions()
        options.schemaPath = "/nonexistent/evidence.xsd"
        #expect(loadErrors([Paths.fixture("good/minimal.xml")], options: options).map(\.ruleID) == ["schema-not-found"])
    }

    @Test func allErrorsOfAllFilesAreListedAndNoGraphIsReturned() {
        let errors = loadErrors([Paths.fixture("loader/xml-syntax.xml"), Paths.fixture("good/minimal.xml"), Paths.fixture("loader/xsd.xml")])
        #expect(errors.map(place) == ["loader/xml-syntax.xml:4:11 [xml-syntax]", "loader/xsd.xml:4:5 [xsd]"])
    }

    @Test func errorsAreCapped() throws {
        var text = "<evidence xmlns=\"urn:evidencegraph:evidence:1\">\n"
        for i in 0..<20 { text += "<drug id=\"d\(i)\" colour=\"x\"/>\n" }
        text += "</evidence>\n"
        var options = LoadOptions()
        options.maxDiagnostics = 5
        do {
            _ = try GraphLoader(options: options).load(string: text, name: "many.xml")
            Issue.record("expected a load error")
        } catch {
            #expect(error.diagnostics.count == 5)
            #expect(error.diagnostics.first.map(place) == "many.xml:2:1 [xsd]")
        }
    }

    @Test func directoryLoadsXMLAndGraphMLInSortedOrder() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.fixture("good/minimal.graphml"), toPath: dir + "/sub/b.graphml")
        try FileManager.default.copyItem(atPath: Paths.fixture("good/minimal.xml"), toPath: dir + "/a.xml")
        try "not xml".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
        let loaded = try GraphLoader().load(dir)
        #expect(loaded.files == [dir + "/a.xml", dir + "/sub/b.graphml"])
        #expect(loaded.graph.nodeCount == 4)
        #expect(loaded.loadSeconds >= 0)
    }

    @Test func loadFromStringNamesTheDocument() throws {
        let loaded = try GraphLoader().load(string: """
            <evidence xmlns="urn:evidencegraph:evidence:1"><finding id="f" name="A &amp; B &#x3C; C"/></evidence>
            """, name: "inline.xml")
        let f = try #require(loaded.graph.node(withID: "f"))
        #expect(loaded.graph.property("name", of: f) == .string("A & B < C"))
        #expect(loaded.graph.location(of: f) == SourceLocation(file: "inline.xml", line: 1, column: 48))
    }

    @Test func duplicatesAndDanglingReferencesComeBackWithTheGraph() throws {
        let loaded = try GraphLoader().load(Paths.fixture("rules/duplicate-id"))
        #expect(loaded.diagnostics.map(place) == ["rules/duplicate-id/b.xml:3:3 [duplicate-id]"])
        let drug = try #require(loaded.graph.node(withID: "everolimus"))
        #expect(loaded.graph.property("name", of: drug) == .string("Everolimus"), "the first definition is kept")
    }

    @Test func loadingFromManyThreadsIsSafe() async throws {
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { try GraphLoader().load(Paths.graph).graph.nodeCount } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(Set(results).count == 1 && results.count == 8)
    }
}
