#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import EvidenceGraph

/// The graph every input is queried against: a few labelled nodes with properties of each
/// kind and relationships of two types, including a self-loop.
enum Fixture {
    static let graph: Graph = {
    var b = GraphBuilder()
    let a = try! b.addNode(id: "a", labels: ["Drug"], properties: ["name": .string("Everolimus"), "year": .int(2009), "w": .float(0.5)])
    let t = try! b.addNode(id: "t", labels: ["Target", "Protein"], properties: ["name": .string("mTOR"), "tags": .list([.string("x"), .string("y")])])
    let p = try! b.addNode(id: "p", labels: ["Pathway"], properties: ["name": .string("PI3K"), "ok": .bool(true)])
    b.addRelationship(type: "INHIBITS", from: a, to: t, properties: [("strength", .float(0.9))])
    b.addRelationship(type: "IN_PATHWAY", from: t, to: p)
    b.addRelationship(type: "IN_PATHWAY", from: p, to: p)
    return b.freeze()
    }()

    /// Every input is a query text run under a budget: any outcome but a crash is fine.
    static let budget = QueryOptions(timeout: 1, maxRows: 10_000, maxMemory: 64_000_000)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let result = try? Fixture.graph.query(text, parameters: ["p": .int(1), "s": .string("x")], options: Fixture.budget) {
        _ = ResultTable.text(result)
        _ = ResultJSON.text(result)
    }
    return 0
}

// libFuzzer's loop, driven from this executable's main.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv) { data, size in fuzzQuery(data!, size) })
