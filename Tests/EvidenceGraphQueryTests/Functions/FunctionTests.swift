import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

@Suite struct FunctionTests {
    let graph = ExecutionFixtures.drugs()

    func call(_ name: String, _ args: Value...) throws -> Value {
        guard let f = ScalarFunction.named(name) else { throw QueryError.unsupported(name) }
        return try f.body(args, graph)
    }

    @Test func caseMappingIsUnicodeAware() throws {
        #expect(try call("toLower", .string("ЭВЕРОЛИМУС")) == .string("эверолимус"))
        #expect(try call("toUpper", .string("эверолимус")) == .string("ЭВЕРОЛИМУС"))
        #expect(try call("TOLOWER", .string("MiXeD")) == .string("mixed"))
        #expect(try call("toLower", .null) == .null)
    }

    @Test func stringFunctions() throws {
        #expect(try call("trim", .string("  a b  ")) == .string("a b"))
        #expect(try call("ltrim", .string("  a ")) == .string("a "))
        #expect(try call("rtrim", .string(" a  ")) == .string(" a"))
        #expect(try call("substring", .string("hello"), .int(1), .int(3)) == .string("ell"))
        #expect(try call("substring", .string("hello"), .int(2)) == .string("llo"))
        #expect(try call("substring", .string("hi"), .int(5)) == .string(""))
        #expect(try call("replace", .string("a-b-c"), .string("-"), .string("+")) == .string("a+b+c"))
        #expect(try call("split", .string("a,b,,c"), .string(",")) == .list([.string("a"), .string("b"), .string(""), .string("c")]))
        #expect(try call("left", .string("hello"), .int(2)) == .string("he"))
        #expect(try call("right", .string("hello"), .int(2)) == .string("lo"))
        #expect(try call("reverse", .string("abc")) == .string("cba"))
        #expect(try call("size", .string("Эверолимус")) == .int(10))
        #expect(throws: QueryError.self) { try call("substring", .string("a"), .int(-1)) }
    }

    @Test func conversions() throws {
        #expect(try call("toString", .int(42)) == .string("42"))
        #expect(try call("toString", .float(1)) == .string("1.0"))
        #expect(try call("toString", .bool(true)) == .string("true"))
        #expect(try call("toInteger", .string("42")) == .int(42))
        #expect(try call("toInteger", .string("4.9")) == .int(4))
        #expect(try call("toInteger", .string("x")) == .null)
        #expect(try call("toInteger", .float(-3.7)) == .int(-3))
        #expect(try call("toFloat", .string("2.5")) == .float(2.5))
        #expect(try call("toFloat", .int(2)) == .float(2))
        #expect(try call("toBoolean", .string("TRUE")) == .bool(true))
        #expect(try call("toBoolean", .string("maybe")) == .null)
        #expect(throws: QueryError.self) { try call("toInteger", .list([])) }
    }

    @Test func numericFunctions() throws {
        #expect(try call("abs", .int(-3)) == .int(3))
        #expect(try call("abs", .float(-3.5)) == .float(3.5))
        #expect(try call("sign", .float(-0.5)) == .int(-1))
        #expect(try call("round", .float(2.5)) == .float(3))
        #expect(try call("round", .float(-2.5)) == .float(-2))
        #expect(try call("ceil", .float(1.1)) == .float(2))
        #expect(try call("floor", .float(-1.1)) == .float(-2))
        #expect(try call("sqrt", .int(16)) == .float(4))
        #expect(throws: QueryError.self) { try call("sqrt", .string("x")) }
    }

    @Test func listFunctions() throws {
        let l: Value = .list([.int(1), .int(2), .int(3)])
        #expect(try call("head", l) == .int(1))
        #expect(try call("last", l) == .int(3))
        #expect(try call("tail", l) == .list([.int(2), .int(3)]))
        #expect(try call("head", .list([])) == .null)
        #expect(try call("size", l) == .int(3))
        #expect(try call("reverse", l) == .list([.int(3), .int(2), .int(1)]))
        #expect(try call("coalesce", .null, .null, .int(7)) == .int(7))
        #expect(try call("range", .int(1), .int(4)) == .list([.int(1), .int(2), .int(3), .int(4)]))
        #expect(try call("range", .int(5), .int(0), .int(-2)) == .list([.int(5), .int(3), .int(1)]))
        #expect(try call("range", .int(1), .int(0)) == .list([]))
        #expect(throws: QueryError.self) { try call("range", .int(1), .int(3), .int(0)) }
        #expect(try call("range", .int(0), .int(10), .int(5)) == .list([.int(0), .int(5), .int(10)]))
        #expect(try call("range", .int(3), .int(3)) == .list([.int(3)]))
        do {
            _ = try call("range", .int(0), .int(Int64.max))
            Issue.record("a huge range must be refused")
        } catch let error as QueryError {
            #expect(error.errorClass == "LimitExceeded")
        }
    }

    @Test func graphFunctions() throws {
        let e = graph.node(withID: "everolimus")!
        let rel = graph.adjacency(of: e, .outgoing)[graph.adjacency(of: e, .outgoing).startIndex].relationship
        #expect(try call("id", .node(e)) == .int(Int64(e.rawValue)))
        #expect(try call("labels", .node(e)) == .list([.string("Drug")]))
        #expect(try call("type", .relationship(rel)) == .string("INHIBITS"))
        #expect(try call("keys", .node(e)) == .list([.string("name"), .string("year")]))
        #expect(try call("properties", .relationship(rel)) == .map([("strength", .float(0.9))]))
        #expect(try call("startNode", .relationship(rel)) == .node(e))
        #expect(try call("endNode", .relationship(rel)) == .node(graph.node(withID: "mtor")!))
        let path = Value.path(PathValue(nodes: [e, graph.node(withID: "mtor")!], relationships: [rel]))
        #expect(try call("length", path) == .int(1))
        #expect(try call("nodes", path) == .list([.node(e), .node(graph.node(withID: "mtor")!)]))
        #expect(try call("relationships", path) == .list([.relationship(rel)]))
        #expect(try call("exists", .null) == .bool(false))
        #expect(throws: QueryError.self) { try call("labels", .int(1)) }
    }

    @Test func aggregates() throws {
        func run(_ f: AggregateFunction, distinct: Bool = false, _ values: [Value]) throws -> Value {
            var s = AggregateState(f, distinct: distinct)
            for v in values { try s.add(v) }
            return s.result
        }
        let values: [Value] = [.int(1), .int(2), .null, .int(2)]
        #expect(try run(.countStar, values) == .int(4))
        #expect(try run(.count, values) == .int(3))
        #expect(try run(.count, distinct: true, values) == .int(2))
        #expect(try run(.sum, values) == .int(5))
        #expect(try run(.sum, distinct: true, values) == .int(3))
        #expect(try run(.sum, [.int(1), .float(0.5)]) == .float(1.5))
        #expect(try run(.sum, []) == .int(0))
        #expect(try run(.avg, values) == .float(5.0 / 3.0))
        #expect(try run(.avg, []) == .null)
        #expect(try run(.min, values) == .int(1))
        #expect(try run(.max, values) == .int(2))
        #expect(try run(.max, [.string("a"), .int(1)]) == .int(1))
        #expect(try run(.collect, values) == .list([.int(1), .int(2), .int(2)]))
        #expect(try run(.collect, distinct: true, values) == .list([.int(1), .int(2)]))
        #expect(throws: QueryError.self) { try run(.sum, [.string("x")]) }
    }
}
