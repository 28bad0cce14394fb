import EvidenceGraphCore

/// State shared while planning one statement: the graph (for symbols and statistics), the
/// parameters (folded in as constants) and the slot allocator.
final class PlannerContext {
    let graph: Graph
    let parameters: [String: Value]
    private(set) var slotCount = 0
    /// The statement's clock (`date()`, `datetime.statement()`, …): read once, when first asked.
    lazy var statementClock: (seconds: Int64, nanos: Int64) = TemporalClock.now()
    private let scalars: [Unicode.Scalar]

    init(graph: Graph, parameters: [String: Value], text: String) {
        self.graph = graph
        self.parameters = parameters
        self.scalars = Array(text.unicodeScalars)
    }

    /// The query text a span covers (for plan descriptions).
    func text(of span: SourceSpan) -> String {
        let lo = max(0, min(span.start.offset, scalars.count)), hi = max(lo, min(span.end.offset, scalars.count))
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }

    /// A fresh slot in the row.
    func allocateSlot() -> Int {
        defer { slotCount += 1 }
        return slotCount
    }

    /// The value of `$name`.
    func parameter(_ name: String, at span: SourceSpan) throws(QueryError) -> Value {
        guard let v = parameters[name] else {
            throw QueryError(code: .parameterMissing, detail: .missingParameter, phase: .compileTime,
                             message: "expected a parameter named \(name)", line: span.start.line, column: span.start.column)
        }
        return v
    }
}

/// The variables visible at a point of the query, by name, with their slots.
struct Scope {
    var slots: [String: Int] = [:]

    subscript(name: String) -> Int? {
        get { slots[name] }
        set { slots[name] = newValue }
    }

    /// Visible variable names, sorted (the order of `RETURN *`).
    var sortedNames: [String] { slots.keys.sorted() }

    /// The union of two scopes; `overlay` wins on conflicts.
    func overlaid(with overlay: Scope) -> Scope {
        Scope(slots: slots.merging(overlay.slots) { _, new in new })
    }
}

extension QueryError {
    /// A compile-time error located at `span`.
    static func compile(_ code: Code, _ detail: DetailCode, _ message: String, at span: SourceSpan) -> QueryError {
        QueryError(code: code, detail: detail, phase: .compileTime, message: message,
                   line: span.start.line, column: span.start.column)
    }
}
