/// The tests to order first: every open criterion of the shown options, merged by test (a plain
/// biomarker test by biomarker, with its sample sources joined), with the options each one
/// decides — only for options a test could still make eligible (`needs-testing`), or that a
/// companion question concerns (indicated options).
enum TestsToOrder {
    static func collect(_ drafts: [OptionDraft], names: (String) -> String) -> [TestOrder] {
        var order: [String] = []
        var merged: [String: TestOrder] = [:]
        // Drafts are never `preferred` (the ranking decides that), so this is: indicated,
        // deferred, or waiting for a test — not gaps, exclusions or contraindications.
        for d in drafts where d.verdict <= .notPreferred || d.verdict == .needsTesting {
            for t in d.tests {
                let key = t.biomarker.map { "biomarker:" + $0 } ?? t.test
                if merged[key] == nil { order.append(key); merged[key] = TestOrder(test: t.test, cites: [], decides: [], biomarker: t.biomarker, sources: []) }
                var m = merged[key]!
                for c in t.cites where !m.cites.contains(c) { m.cites.append(c) }
                if !m.decides.contains(d.name) { m.decides.append(d.name) }
                for s in t.sources where !m.sources.contains(s) { m.sources.append(s) }
                if let b = m.biomarker {
                    m.test = names(b) + (m.sources.isEmpty ? "" : " (" + m.sources.sorted().joined(separator: "/") + " testing)")
                }
                merged[key] = m
            }
        }
        return order.map { merged[$0]! }.sorted { ($0.decides.count, $1.test) > ($1.decides.count, $0.test) }
    }
}
