import EvidenceGraph

/// How `evg query` and the REPL print a result in each format. `EXPLAIN` prints its plan
/// (no empty table); `PROFILE` prints the plan above the table, and in JSON adds it as
/// `"profile"` (see ``ResultJSON``); CSV has no room for a plan, so `PROFILE` then writes
/// it to standard error.
enum QueryOutput {
    static func render(_ result: QueryResult, format: QueryCommand.Format, pretty: Bool = false) -> String {
        switch format {
        case .json:
            return ResultJSON.document(result).serialized(pretty: pretty)
        case .table:
            guard let plan = result.plan else { return ResultTable.text(result) }
            return result.profiled ? plan + "\n" + ResultTable.text(result) : plan
        case .csv:
            guard let plan = result.plan else { return ResultTable.csv(result) }
            if !result.profiled { return plan }
            printError(plan)
            return ResultTable.csv(result)
        }
    }
}
