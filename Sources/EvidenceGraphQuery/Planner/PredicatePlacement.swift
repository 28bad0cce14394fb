/// Places one predicate on top of a plan: an existential subquery or pattern predicate
/// becomes SemiApply (its negation AntiSemiApply), which stops at the first inner match;
/// `n.key op constant` directly on the scan of `n` is tested inside the scan, on the packed
/// property; anything else becomes a Filter.
enum PredicatePlacement {
    static func place(_ predicate: CompiledExpression, text: String, on plan: PhysicalOperator) -> PhysicalOperator {
        if let scan = plan as? NodeScanOperator, scan.fuse(predicate, text: text) { return scan }
        switch predicate {
        case .exists(let sub): return ApplyOperator(outer: plan, inner: sub.root, mode: .semi)
        case .not(.exists(let sub)): return ApplyOperator(outer: plan, inner: sub.root, mode: .antiSemi)
        default: return FilterOperator(input: plan, predicate: predicate, text: text)
        }
    }
}
