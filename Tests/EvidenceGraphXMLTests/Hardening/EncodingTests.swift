import Foundation
import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// UTF-16 documents (byte-order mark or declaration) load as libxml2 reads them; UTF-32,
/// which this libxml2 cannot read, is a clear `encoding` error.
@Suite struct EncodingTests {
    static let body = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="labels" for="node" attr.name="labels" attr.type="string"/>
          <key id="name" for="node" attr.name="name" attr.type="string"/>
          <graph><node id="ru"><data key="labels">:Drug</data><data key="name">Эверолимус</data></node></graph>
        </graphml>
        """

    static func document(_ encodingName: String) -> String {
        "<?xml version=\"1.0\" encoding=\"\(encodingName)\"?>\n" + body
    }

    static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            out += bigEndian ? pair : pair.reversed()
        }
        return out
    }

    static func utf32(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var out: [UInt8] = []
        let scalars = (bom ? [Unicode.Scalar(0xFEFF)!] : []) + Array(text.unicodeScalars)
        for s in scalars {
            let v = s.value
            let quad = [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
            out += bigEndian ? quad : quad.reversed()
        }
        return out
    }

    @Test(arguments: [(true, true), (true, false), (false, true), (false, false)])
    func utf16Loads(_ bigEndian: Bool, _ bom: Bool) throws {
        let bytes = Self.utf16(Self.document("UTF-16"), bigEndian: bigEndian, bom: bom)
        let loaded = try GraphLoader().load(bytes: bytes, name: "utf16.graphml")
        let node = try #require(loaded.graph.node(withID: "ru"))
        #expect(loaded.graph.property("name", of: node) == .string("Эверолимус"))
        #expect(loaded.graph.labels(of: node) == ["Drug"])
    }

    @Test func utf16EvidenceFileValidatesAgainstTheSchema() throws {
        let text = try String(contentsOfFile: Paths.fixture("good/minimal.xml"), encoding: .utf8)
        let body = text.replacing(/<\?xml[^>]*\?>\s*/, with: "")
        let bytes = Self.utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + body, bigEndian: false, bom: true)
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/minimal-utf16.xml"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        var options = LoadOptions()
        options.schemaPath = Paths.schema
        let loaded = try GraphLoader(options: options).load([path])
        #expect(loaded.graph.nodeCount > 0)
    }

    @Test(arguments: [(true, true), (true, false), (false, true), (false, false)])
    func utf32IsAClearError(_ bigEndian: Bool, _ bom: Bool) throws {
        let bytes = Self.utf32(Self.document("UTF-32"), bigEndian: bigEndian, bom: bom)
        do {
            _ = try GraphLoader().load(bytes: bytes, name: "utf32.graphml")
            Issue.record("expected an encoding error")
        } catch {
            #expect(error.diagnostics.map(\.ruleID) == ["encoding"])
            #expect(error.diagnostics[0].message.contains("UTF-32"))
        }
    }

    @Test func detection() {
        #expect(EncodingDetection.detect([0xFF, 0xFE, 0x3C, 0x00]).encoding == .utf16(bigEndian: false))
        #expect(EncodingDetection.detect([0x3C, 0x00, 0x3F, 0x00]).encoding == .utf16(bigEndian: false))
        #expect(EncodingDetection.detect([0x00, 0x3C, 0x00, 0x3F]).encoding == .utf16(bigEndian: true))
        #expect(EncodingDetection.detect([0xFF, 0xFE, 0x00, 0x00]).encoding == .utf32(bigEndian: false))
        #expect(EncodingDetection.detect([0x00, 0x00, 0x00, 0x3C]).encoding == .utf32(bigEndian: true))
        #expect(EncodingDetection.detect(Array("<?xml".utf8)).encoding == .utf8)
        #expect(DocumentKind.sniff(Self.utf16(Self.document("UTF-16"), bigEndian: true, bom: false)) == .graphML)
    }
}
