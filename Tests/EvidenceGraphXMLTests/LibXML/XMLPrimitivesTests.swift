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

    /// Typed values read from bytes: text that does not fit stays unconverted (`nil`).
    @Test func byteValuesParseOnlyWhatFits() {
        func bytes<R>(_ s: String, _ f: (UnsafeRawBufferPointer) -> R) -> R { Array(s.utf8).withUnsafeBytes(f) }
        #expect(bytes(" 42 ") { ByteValues.int64($0) } == 42)
        #expect(bytes("-9223372036854775808") { ByteValues.int64($0) } == Int64.min)
        #expect(bytes("9223372036854775808") { ByteValues.int64($0) } == nil, "overflow")
        #expect(bytes("4 2") { ByteValues.int64($0) } == nil)
        #expect(bytes("-") { ByteValues.int64($0) } == nil)
        #expect(bytes("0.61") { ByteValues.double($0) } == 0.61)
        #expect(bytes(" 1e-3\n") { ByteValues.double($0) } == 0.001)
        #expect(bytes("0.6x") { ByteValues.double($0) } == nil)
        #expect(bytes("") { ByteValues.double($0) } == nil)
        #expect(bytes(String(repeating: "1", count: 200)) { ByteValues.double($0) } == 1.1111111111111111e199, "long text takes the String path")
        #expect(bytes("true") { ByteValues.bool($0) } == true)
        #expect(bytes("True") { ByteValues.bool($0) } == nil)
        #expect(bytes("True") { ByteValues.bool($0, caseInsensitive: true) } == true)
        #expect(bytes(" 0 ") { ByteValues.bool($0) } == false)
        var out: [UInt8] = []
        bytes("  a \n\t b  ") { ByteValues.appendNormalized($0, to: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "a b")
    }

    /// GraphML that breaks the convention is refused with a located error, not half-loaded.
    @Test(arguments: [
        ("<node id=\"a\"><data key=\"nokey\">1</data></node>", "undeclared key 'nokey'"),
        ("<node id=\"a\"><node id=\"b\"/></node>", "nested <node>"),
        ("<edge source=\"a\"/>", "without source or target"),
        ("<node/>", "<node> without id"),
        ("<node id=\"a\"><data key=\"n\">x</data></node>", "is not a valid int"),
    ])
    func malformedGraphMLIsLocated(_ body: String, _ message: String) throws {
        let doc = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="n" for="node" attr.name="n" attr.type="int"/>
            <graph>\(body)</graph></graphml>
            """
        do {
            _ = try GraphLoader().load(string: doc, name: "bad.graphml")
            Issue.record("loaded: \(body)")
        } catch {
            let d = try #require(error.diagnostics.first)
            #expect(d.message.contains(message), "\(d.message)")
            #expect(d.ruleID == "graphml")
            #expect(d.location?.file == "bad.graphml" && d.location?.line == 3)
        }
    }
}
