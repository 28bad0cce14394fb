#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EvidenceGraphCore

extension ScalarFunction {
    /// Mathematical functions.
    static let numericFunctions: [ScalarFunction] = [
        ScalarFunction("abs", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .int(let i):
                guard i != .min else { throw .overflow("abs") }
                return .int(Swift.abs(i))
            case .float(let d): return .float(Swift.abs(d))
            default: throw wrongType("abs", args[0])
            }
        },
        ScalarFunction("sign", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .int(let i): return .int(i.signum())
            case .float(let d): return .int(d > 0 ? 1 : (d < 0 ? -1 : 0))
            default: throw wrongType("sign", args[0])
            }
        },
        floatMap("round") { ($0 < 0 && $0 - $0.rounded(.towardZero) == -0.5) ? $0.rounded(.towardZero) : $0.rounded(.toNearestOrAwayFromZero) },
        floatMap("ceil") { $0.rounded(.up) },
        floatMap("floor") { $0.rounded(.down) },
        floatMap("sqrt") { $0.squareRoot() },
        floatMap("exp") { exp($0) },
        floatMap("log") { log($0) },
        floatMap("log10") { log10($0) },
        floatMap("sin") { sin($0) },
        floatMap("cos") { cos($0) },
        floatMap("tan") { tan($0) },
        ScalarFunction("rand", 0...0) { _, _ throws(QueryError) in .float(Double.random(in: 0..<1)) },
        ScalarFunction("pi", 0...0) { _, _ throws(QueryError) in .float(Double.pi) },
        ScalarFunction("e", 0...0) { _, _ throws(QueryError) in .float(exp(1.0)) },
    ]

    /// A function of one number returning a float (null in, null out).
    private static func floatMap(_ name: String, _ f: @escaping @Sendable (Double) -> Double) -> ScalarFunction {
        ScalarFunction(name, 1...1) { args, _ throws(QueryError) in
            if args[0].isNull { return .null }
            return .float(f(try numberArgument(name, args[0])))
        }
    }
}
