import Testing
@testable import EvidenceGraphQuery

/// No input may crash or hang the front end: every input ends in a tree or a QueryError.
@Suite struct ParserRobustnessTests {
    /// Parses and analyzes; returns whether it succeeded (errors are fine, traps are not).
    @discardableResult
    static func compile(_ text: String) -> Bool {
        do {
            _ = try SemanticAnalyzer.compile(text)
            return true
        } catch {
            #expect(error.phase == .compileTime)
            #expect(error.line >= 1 && error.column >= 1, "error without position for \(text.debugDescription): \(error)")
            return false
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        for opener in ["(", "[", "{a: ", "-", "NOT ", "[x IN ", "CASE WHEN "] {
            let text = "RETURN " + String(repeating: opener, count: 2_000) + "1"
            #expect(!Self.compile(text))
        }
        // Long operator and postfix chains build deep trees too.
        for link in [" + 1", " AND true", " < 1", " IS NULL", ".k", "[0]", " ^ 2", " STARTS WITH 'a'"] {
            #expect(!Self.compile("WITH {k: 1} AS m RETURN m" + String(repeating: link, count: 5_000)))
            Self.compile("WITH {k: 1} AS m RETURN m" + String(repeating: link, count: 100))
        }
        // Moderate nesting, as in the TCK, is fine.
        #expect(Self.compile("RETURN " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60)))
    }

    /// Nested speculative parses (is this `(` a pattern or an expression?) stay fast.
    @Test func nestedSpeculationIsNotExponential() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for (open, close) in [("({x: ", "})"), ("[({x: ", "})]"), ("[(", ")]"), ("((", ")"), ("(a)-[{x: (", ")}]->(b)")] {
                for depth in [20, 60] {
                    let text = "RETURN " + String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
                    Self.compile(text)
                    Self.compile(String(text.dropLast(3)))
                }
            }
        }
        #expect(elapsed < .seconds(10))
        #expect(Self.compile("RETURN " + String(repeating: "({x: ", count: 30) + "1" + String(repeating: "})", count: 30)))
    }

    @Test func truncatedTCKQueriesFailCleanly() throws {
        guard TCKCorpus.isAvailable else { return }
        var checked = 0
        for (n, q) in TCKCorpus.queries().enumerated() where n % 3 == 0 {
            let scalars = Array(q.query.unicodeScalars)
            for cut in stride(from: 0, to: scalars.count, by: max(1, scalars.count / 12)) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[..<cut])
                Self.compile(String(view))
                checked += 1
            }
        }
        #expect(checked > 5_000)
    }

    @Test func mutatedTCKQueriesFailCleanly() throws {
        guard TCKCorpus.isAvailable else { return }
        var generator = SplitMix64(seed: 0xE71D)
        let alphabet = Array("()[]{}<>-=:|.,*$'\"`\\/ \naZ09λЖ".unicodeScalars)
        for (n, q) in TCKCorpus.queries().enumerated() where n % 5 == 0 {
            var scalars = Array(q.query.unicodeScalars)
            guard !scalars.isEmpty else { continue }
            for _ in 0..<4 {
                let index = Int(generator.next() % UInt64(scalars.count))
                switch generator.next() % 3 {
                case 0: scalars[index] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                case 1: scalars.remove(at: index)
                default: scalars.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: index)
                }
                if scalars.isEmpty { break }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            Self.compile(String(view))
        }
    }
}

/// A small deterministic random number generator for reproducible fuzzing.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
