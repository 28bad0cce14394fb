import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// GraphML `<key id>` values are unique: a second declaration is a load error (it used to
/// replace the first silently, retyping every later `<data>`).
@Suite struct GraphMLKeyTests {
    @Test func duplicateKeyIDIsALoadError() throws {
        let text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="year" attr.type="int"/>
              <key id="d0" for="node" attr.name="name" attr.type="string"/>
              <graph><node id="a"><data key="d0">2009</data></node></graph>
            </graphml>
            """
        do {
            _ = try GraphLoader().load(string: text, name: "dup.graphml")
            Issue.record("expected a load error")
        } catch {
            let d = try #require(error.diagnostics.first)
            #expect(d.ruleID == "graphml")
            #expect(d.message.contains("duplicate <key id='d0'> (first declared at 2:3)"), "\(d)")
            #expect(d.location == SourceLocation(file: "dup.graphml", line: 3, column: 3))
        }
    }

    @Test func sameAttributeNameUnderDifferentIDsIsFine() throws {
        let text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="n1" for="node" attr.name="name" attr.type="string"/>
              <key id="e1" for="edge" attr.name="name" attr.type="string"/>
              <graph><node id="a"><data key="n1">x</data></node></graph>
            </graphml>
            """
        let loaded = try GraphLoader().load(string: text)
        #expect(loaded.graph.nodeCount == 1)
    }
}
