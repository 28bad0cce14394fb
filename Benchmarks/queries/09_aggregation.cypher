// Aggregation with grouping: outcomes per endpoint with their mean hazard ratio.
MATCH (:Trial)-[:REPORTS]->(o:Outcome) RETURN o.endpoint, count(*) AS outcomes, count(o.hazardRatio) AS withHR, min(o.hazardRatio), max(o.hazardRatio)
