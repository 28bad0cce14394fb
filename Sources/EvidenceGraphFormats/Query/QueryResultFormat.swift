import EvidenceGraphQuery

/// The formats a query result prints in: an aligned text table, the JSON contract
/// (``QueryResultDocument``), CSV, or a Graphviz DOT drawing of the nodes, relationships and
/// paths it returns (``ResultDOT``; lay it out with ``Graphviz``).
public enum QueryResultFormat: String, Sendable, CaseIterable {
    case table, json, csv, dot

    /// The result in this format. `EXPLAIN` gives its plan (no empty table); `PROFILE` gives
    /// the plan above the table, and in JSON as `"profile"`; CSV has no room for a plan, so a
    /// `PROFILE` result's plan is ``aside(_:)`` instead.
    public func render(_ result: QueryResult, pretty: Bool = false) -> String {
        switch self {
        case .json:
            return ResultJSON.text(result, pretty: pretty)
        case .table:
            guard let plan = result.plan else { return ResultTable.text(result) }
            return result.profiled ? plan + "\n" + ResultTable.text(result) : plan
        case .csv:
            guard let plan = result.plan, !result.profiled else { return ResultTable.csv(result) }
            return plan
        case .dot:
            guard let plan = result.plan, !result.profiled else { return ResultDOT.text(result) }
            return plan
        }
    }

    /// What ``render(_:pretty:)`` leaves out and belongs beside it (the CLI writes it to
    /// standard error): the plan of a `PROFILE` result in CSV or DOT; otherwise nil.
    public func aside(_ result: QueryResult) -> String? {
        (self == .csv || self == .dot) && result.profiled ? result.plan : nil
    }
}
