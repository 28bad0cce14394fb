import Testing
@testable import EvidenceGraphXML

@Suite struct XMLPrimitivesTests {
    @Test func characterReferencesInAttributesAreDecoded() {
        #expect(CharacterReferences.decode("a &#38; b") == "a & b")
        #expect(CharacterReferences.decode("&#x3C;0.001") == "<0.001")
        #expect(CharacterReferences.decode("&#38;#38;") == "&#38;", "an escaped reference stays literal")
        #expect(CharacterReferences.decode("no refs") == "no refs")
        #expect(CharacterReferences.decode("&#xD800;") == "&#xD800;", "an invalid scalar is kept as text")
    }

    @Test func rootElementTellsTheKind() {
        #expect(DocumentKind.sniff(Array("<?xml version=\"1.0\"?>\n<!-- c -->\n<evidence xmlns=\"x\">".utf8)) == .evidence)
        #expect(DocumentKind.sniff(Array("\u{FEFF}<g:graphml xmlns:g=\"x\">".utf8)) == .graphML)
        #expect(DocumentKind.sniff(Array("<catalog/>".utf8)) == nil)
        #expect(DocumentKind.sniff(Array("not xml".utf8)) == nil)
    }

    @Test func escapingForOutput() {
        #expect(XMLEscaping.attribute("a\"<&>\n") == "a&quot;&lt;&amp;&gt;&#10;")
        #expect(XMLEscaping.text("a<b\u{0}") == "a&lt;b\u{FFFD}")
    }
}
