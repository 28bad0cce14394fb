import Testing
@testable import EvidenceGraphQuery

/// No input may crash or hang the front end: every input ends in a tree or a QueryError.
@Suite struct ParserRobustnessTests {
    /// Parses and analyzes; returns whether it succeeded (errors are fine, traps are not).
    @discardableResult
    static func compile(_ text: String) -> Bool {
        do {
            _ = try SemanticAnalyzer.analyze(try QueryParser.parse(text))
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
        // Moderate nesting, as in the TCK, is fine.
        #expect(Self.compile("RETURN " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60)))
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
