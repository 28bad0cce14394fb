import Testing
@testable import EvidenceGraphCore

/// The interned-string table: references are stable and dense, lookups find every string
/// (also after the lookup table is compacted at freeze), misses are misses.
@Suite struct StringTableTests {
    @Test func internsFindsAndCompacts() {
        var table = StringTable()
        let texts = (0..<100_000).map { i in i % 3 == 0 ? "узел-\(i)" : "node-\(i)-\(i * 7919)" }
        let refs = texts.map { table.intern($0) }
        #expect(refs == (0..<UInt32(texts.count)).map { $0 })
        #expect(table.intern(texts[42]) == 42)
        table.trim()
        for (i, t) in texts.enumerated() where i % 97 == 0 {
            #expect(table.find(t) == UInt32(i))
            #expect(table[UInt32(i)] == t)
        }
        #expect(table.find("absent") == nil)
        #expect(table.intern("") == UInt32(texts.count))
        #expect(table.find("") == UInt32(texts.count))
    }

    @Test func frozenGraphFindsEveryNodeByID() throws {
        var b = GraphBuilder()
        for i in 0..<20_000 { try b.addNode(id: "n\(i)", labels: ["N"]) }
        let g = b.freeze()
        for i in stride(from: 0, to: 20_000, by: 101) { #expect(g.node(withID: "n\(i)") != nil) }
        #expect(g.node(withID: "n20000") == nil)
    }
}
