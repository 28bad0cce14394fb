/// One `ORDER BY` key.
struct SortKey {
    var expression: CompiledExpression
    var ascending: Bool
}

/// Orders rows by the global value order (`ValueOrdering`), stably. With `limit` it is
/// Top-K: it keeps only the best `limit` rows in a heap instead of sorting everything.
final class SortOperator: PhysicalOperator {
    let keys: [SortKey]
    private let keyNodes: [ExpressionNode]
    /// Top-K bound (SKIP + LIMIT), evaluated when opened; `nil` sorts everything.
    let limit: CompiledExpression?
    let text: String
    private var rows: [(keys: [Value], sequence: Int, row: Row)] = []
    private var position = 0
    private var consumed = false
    /// Bytes charged to the memory budget for the rows held.
    private var held = 0

    init(input: PhysicalOperator, keys: [SortKey], limit: CompiledExpression?, text: String) {
        self.keys = keys
        self.keyNodes = keys.map { ExpressionNode.lower($0.expression) }
        self.limit = limit
        self.text = text
        super.init(children: [input])
    }

    override var name: String { limit == nil ? "Sort" : "Top" }
    override var details: String { text }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        ctx.release(held)
        held = 0
        rows = []
        position = 0
        consumed = false
    }

    /// Whether `a` sorts before `b`.
    private func precedes(_ a: (keys: [Value], sequence: Int, row: Row), _ b: (keys: [Value], sequence: Int, row: Row)) -> Bool {
        precedes(a.keys, a.sequence, b.keys, b.sequence)
    }

    /// Whether the row with sort keys `a` and arrival number `sa` sorts before the one with `b`, `sb`.
    @inline(__always)
    private func precedes(_ a: [Value], _ sa: Int, _ b: [Value], _ sb: Int) -> Bool {
        for (i, k) in keys.enumerated() {
            let c = ValueOrdering.compare(a[i], b[i])
            if c != 0 { return k.ascending ? c < 0 : c > 0 }
        }
        return sa < sb
    }

    private func consume(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) {
        var bound: Int?
        if let limit {
            var scratch = row
            bound = try SkipLimitOperator.count(try limit.evaluate(&scratch, ctx), clause: "LIMIT")
        }
        var heap = BinaryHeap<(keys: [Value], sequence: Int, row: Row)>(before: { self.precedes($1, $0) })
        var sequence = 0
        // The keys are evaluated into one reused buffer; a row that does not beat the heap's
        // worst (most rows, once the heap is full) is dropped before its entry is built.
        var values: [Value] = []
        values.reserveCapacity(keys.count)
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            values.removeAll(keepingCapacity: true)
            for k in keyNodes { values.append(try k.evaluate(&row, ctx)) }
            defer { sequence += 1 }
            if let bound {
                if bound == 0 { continue }
                if heap.count < bound {
                    let entry = (keys: values, sequence: sequence, row: row)
                    try charge(entry, ctx)
                    heap.push(entry)
                } else if let worst = heap.top, precedes(values, sequence, worst.keys, worst.sequence) {
                    let entry = (keys: values, sequence: sequence, row: row)
                    try charge(entry, ctx)
                    uncharge(worst, ctx)
                    heap.replaceTop(entry)
                }
            } else {
                let entry = (keys: values, sequence: sequence, row: row)
                try charge(entry, ctx)
                rows.append(entry)
            }
        }
        if bound != nil { rows = heap.elements }
        rows.sort(by: precedes)
    }

    /// Charges a held entry (its keys and row) to the memory budget.
    private func charge(_ entry: (keys: [Value], sequence: Int, row: Row), _ ctx: ExecutionContext) throws(QueryError) {
        guard ctx.tracksMemory else { return }
        let bytes = MemoryEstimate.bytes(of: entry.keys) + MemoryEstimate.bytes(of: entry.row)
        held += bytes
        try ctx.hold(bytes)
    }

    /// Returns an evicted entry's bytes.
    private func uncharge(_ entry: (keys: [Value], sequence: Int, row: Row), _ ctx: ExecutionContext) {
        guard ctx.tracksMemory else { return }
        let bytes = MemoryEstimate.bytes(of: entry.keys) + MemoryEstimate.bytes(of: entry.row)
        held -= bytes
        ctx.release(bytes)
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        if !consumed {
            consumed = true
            try consume(&row, ctx)
        }
        guard position < rows.count else { return false }
        row = rows[position].row
        position += 1
        return true
    }
}

/// A binary heap whose top is the element for which `before` holds against all others.
struct BinaryHeap<Element> {
    private(set) var elements: [Element] = []
    let before: (Element, Element) -> Bool

    init(before: @escaping (Element, Element) -> Bool) { self.before = before }

    var count: Int { elements.count }
    var top: Element? { elements.first }

    mutating func push(_ e: Element) {
        elements.append(e)
        var i = elements.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard before(elements[i], elements[parent]) else { break }
            elements.swapAt(i, parent)
            i = parent
        }
    }

    mutating func replaceTop(_ e: Element) {
        elements[0] = e
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < elements.count, before(elements[l], elements[best]) { best = l }
            if r < elements.count, before(elements[r], elements[best]) { best = r }
            if best == i { return }
            elements.swapAt(i, best)
            i = best
        }
    }
}
