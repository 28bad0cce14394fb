/// One row flowing between operators: a fixed array of slots, one per variable (and hidden
/// intermediate) of the query, resolved at plan time. Operators write into a single buffer
/// that is passed down the pipeline, so producing a row allocates nothing.
typealias Row = [Value]
