/// Renders an operator tree as indented text for `EXPLAIN` and `PROFILE`. With profiling,
/// each line carries the rows produced and the operator's own time (excluding its
/// children), and the operator with the largest own time is marked `◀ hottest`.
enum PlanDescription {
    static func render(_ roots: [(PhysicalOperator, columns: [String])], profiled: Bool) -> String {
        var lines: [String] = []
        var hottest: (line: Int, nanos: Int64)?
        func selfTime(_ op: PhysicalOperator) -> Int64 {
            max(0, op.nanoseconds - op.children.reduce(0) { $0 + $1.nanoseconds })
        }
        func walk(_ op: PhysicalOperator, _ depth: Int) {
            var line = String(repeating: "  ", count: depth) + "+" + op.name
            if !op.details.isEmpty { line += " " + op.details }
            if profiled {
                let t = selfTime(op)
                line += "  [rows=\(op.rowsProduced), time=\(format(t))]"
                if hottest == nil || t > hottest!.nanos { hottest = (lines.count, t) }
            }
            lines.append(line)
            for c in op.children { walk(c, depth + 1) }
        }
        for (i, root) in roots.enumerated() {
            if roots.count > 1 { lines.append("UNION branch \(i + 1)") }
            var header = "+ProduceResults " + root.columns.joined(separator: ", ")
            if profiled { header += "  [rows=\(root.0.rowsProduced)]" }
            lines.append(header)
            walk(root.0, 1)
        }
        if let hottest { lines[hottest.line] += "  ◀ hottest" }
        if profiled {
            let total = roots.reduce(Int64(0)) { $0 + $1.0.nanoseconds }
            lines.append("Total time: \(format(total))")
        }
        return lines.joined(separator: "\n")
    }

    private static func format(_ nanos: Int64) -> String {
        let ms = Double(nanos) / 1e6
        let hundredths = (ms * 100).rounded() / 100
        return "\(hundredths) ms"
    }
}
