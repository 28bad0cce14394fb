import Testing
@testable import EvidenceGraphQuery

@Suite struct SemanticAnalyzerTests {
    @Test(arguments: [
        // (query, detail, line, column)
        ("MATCH (n) RETURN m", "UndefinedVariable", 1, 18),
        ("MATCH (n)\nWITH n.x AS x\nRETURN n", "UndefinedVariable", 3, 8),
        ("MATCH (n) WHERE (n)-->(m) RETURN n", "UndefinedVariable", 1, 24),
        ("RETURN {k1: k2} AS literal", "UndefinedVariable", 1, 13),
        ("MATCH (a) CREATE (a)", "VariableAlreadyBound", 1, 19),
        ("MATCH (a) CREATE (a:L)-[:T]->(b)", "VariableAlreadyBound", 1, 19),
        ("MATCH ()-[r]->() CREATE ()-[r:T]->()", "VariableAlreadyBound", 1, 29),
        ("MATCH (a) MATCH p = (a)-->() MATCH p = ()-->() RETURN p", "VariableAlreadyBound", 1, 36),
        ("UNWIND [1] AS x UNWIND [2] AS x RETURN x", "VariableAlreadyBound", 1, 31),
        ("MATCH ()-[r]-(r) RETURN r", "VariableTypeConflict", 1, 15),
        ("MATCH p = ()-->(), (p) RETURN p", "VariableTypeConflict", 1, 21),
        ("WITH 1 AS n MATCH (n) RETURN n", "VariableTypeConflict", 1, 20),
        ("MATCH (n) WITH [n] AS users MATCH (users)-->(m) RETURN m", "VariableTypeConflict", 1, 36),
        ("MATCH (a)-[r]->()-[r]->(a) RETURN r", "RelationshipUniquenessViolation", 1, 20),
        ("MATCH (n) WITH n.x RETURN 1", "NoExpressionAlias", 1, 16),
        ("MATCH (n) WITH count(*) AS c WHERE n.x > c RETURN c", "UndefinedVariable", 1, 36),
        ("MATCH (n) RETURN n.x AS a, n.y AS a", "ColumnNameConflict", 1, 28),
        ("RETURN 1 AS a UNION RETURN 2 AS b", "DifferentColumnsInUnion", 1, 15),
        ("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", "InvalidClauseComposition", 1, 35),
        ("MATCH (n) RETURN n MATCH (m) RETURN m", "InvalidClauseComposition", 1, 11),
        ("MATCH (n)", "InvalidClauseComposition", 1, 1),
        ("MATCH (n) WHERE count(n) > 1 RETURN n", "InvalidAggregation", 1, 17),
        ("MATCH (n) RETURN n.x ORDER BY max(n.y)", "InvalidAggregation", 1, 31),
        ("MATCH (n) RETURN [x IN [1] | count(*)]", "InvalidAggregation", 1, 30),
        ("RETURN count(count(*))", "NestedAggregation", 1, 14),
        ("RETURN count(rand())", "NonConstantExpression", 1, 14),
        ("MATCH (n) RETURN n SKIP n.x", "NonConstantExpression", 1, 25),
        ("MATCH (n) RETURN n LIMIT -1", "NegativeIntegerArgument", 1, 26),
        ("MATCH (n) RETURN n LIMIT 1.5", "InvalidArgumentType", 1, 26),
        ("MATCH (a)--(b) RETURN a.x + count(b.x)", "AmbiguousAggregationExpression", 1, 23),
        ("MATCH (a)--(b) RETURN a.x + b.x, a.x + b.x + count(*)", "AmbiguousAggregationExpression", 1, 34),
        ("RETURN nosuchfunction(1)", "UnknownFunction", 1, 8),
        ("RETURN toLower()", "InvalidNumberOfArguments", 1, 8),
        ("RETURN NOT 1", "InvalidArgumentType", 1, 12),
        ("RETURN 1 IN 'abc'", "InvalidArgumentType", 1, 13),
        ("RETURN none(x IN ['a'] WHERE x % 2 = 0)", "InvalidArgumentType", 1, 30),
        ("MATCH (n) WHERE (n) RETURN n", "InvalidArgumentType", 1, 17),
        ("MATCH (r) RETURN type(r)", "InvalidArgumentType", 1, 23),
        ("MATCH p = (a)-->(b) RETURN p.name", "InvalidArgumentType", 1, 28),
        ("CREATE ()-[]->()", "NoSingleRelationshipType", 1, 10),
        ("CREATE ()-[:A|B]->()", "NoSingleRelationshipType", 1, 10),
        ("CREATE ()-[:T]-()", "RequiresDirectedRelationship", 1, 10),
        ("CREATE ()-[:T*2]->()", "CreatingVarLength", 1, 10),
        ("MATCH (n $param) RETURN n", "InvalidParameterUse", 1, 10),
        ("MATCH (n) DELETE n:L", "InvalidDelete", 1, 18),
        ("RETURN *", "NoVariablesInScope", 1, 8),
        ("MATCH (n) RETURN (n)-->()", "UnexpectedSyntax", 1, 18),
        ("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) SET m.x = 1 } RETURN n", "InvalidClauseComposition", 1, 42),
    ])
    func errorCodes(query: String, detail: String, line: Int, column: Int) {
        expectCompileError(compileError(query), detail, at: line, column, query: query)
    }

    @Test func propertyAccessOnAScalarIsATypeError() {
        let error = compileError("WITH 123 AS x RETURN x.num")
        #expect(error?.errorClass == "TypeError")
        #expect(error?.detail == "InvalidArgumentType")
    }

    @Test(arguments: [
        "MATCH (n) WITH n, n.x AS x ORDER BY n.y RETURN x",
        "MATCH (a) WITH DISTINCT a.name AS name WHERE a.name = 'B' RETURN name",
        "MATCH (me)--(you) RETURN me.age AS age, count(you.age) AS cnt ORDER BY age + count(you.age)",
        "MATCH (me)--(you) RETURN me.age AS age, count(you.age) AS cnt ORDER BY me.age + count(you.age)",
        "MATCH (n) RETURN n.division, max(n.age) ORDER BY max(n.age)",
        "MATCH (n) RETURN n, count(*) ORDER BY count(*)",
        "MATCH (n) RETURN [x IN collect(n.x) WHERE x > 1 | x * 2] AS xs",
        "MATCH (a)-[r]->(b) MATCH (a)-[r]->(c) RETURN c",
        "MATCH (n) WHERE exists((n)-->()) OR (n)<--() RETURN n",
        "MATCH (n) RETURN [(n)-->(m) WHERE m.x > 1 | m.name] AS names, [p = (n)--() | p] AS ps",
        "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WITH m, count(*) AS c WHERE c > 1 RETURN m } RETURN n",
        "MATCH (a), (b) CREATE (a)-[:T]->(b)",
        "CREATE (a {x: 1}), (b {x: a.x})",
        "WITH 1 AS x MATCH (n) WHERE n.x = x RETURN n",
        "UNWIND $list AS item RETURN item",
        "MATCH (n) RETURN n{.name, .*, k: 1} AS m",
        "MATCH (d:Препарат) WHERE toLower(d.имя) CONTAINS 'ёж' RETURN d.имя",
        "RETURN reduce(acc = 0, x IN [1, 2] | acc + x) AS total",
        "RETURN date('2020-01-01') AS d, duration.between(date(), date()) AS dur",
    ])
    func acceptedQueries(query: String) {
        let error = compileError(query)
        #expect(error == nil, "\(query): \(error.map(String.init(describing:)) ?? "")")
    }

    @Test func columnsAndKinds() throws {
        let analyzed = try SemanticAnalyzer.analyze(try QueryParser.parse(
            "MATCH p = (a:A)-[r]->(b)-[rs*]->(c) WITH * RETURN *, a.name, count(*) AS n"))
        #expect(analyzed.columns == ["a", "b", "c", "p", "r", "rs", "a.name", "n"])
        let kinds = Set(analyzed.variableKinds.values)
        #expect(kinds.isSuperset(of: [.node, .relationship, .relationshipList, .path]))
        #expect(analyzed.variableKinds[11] == .node) // `a` at offset 11
        #expect(analyzed.variableKinds[6] == .path)  // `p` at offset 6
    }

    @Test func unionColumnsComeFromTheFirstPart() throws {
        let analyzed = try SemanticAnalyzer.analyze(try QueryParser.parse("RETURN 1 AS x UNION ALL RETURN 2 AS x"))
        #expect(analyzed.columns == ["x"])
    }

    @Test func aggregateDetection() throws {
        let statement = try QueryParser.parse("RETURN count(*) + 1 AS a, sum(x) AS b, 1 + size([x IN l | x]) AS c")
        guard case .return(let r) = statement.body.first.clauses[0] else { return }
        #expect(r.projection.items.map(\.expression.containsAggregate) == [true, true, false])
        #expect(FunctionCatalog.isAggregate("COLLECT"))
        #expect(!FunctionCatalog.isAggregate("toLower"))
    }
}
