// In which trials does the overall-survival hazard ratio's 95% CI include 1 (no significant OS gain)?
MATCH (t:Trial)-[:REPORTS]->(o:Outcome {endpoint: 'OS'})
WHERE o.ciLow < 1 AND o.ciHigh > 1
RETURN t.acronym AS trial, o.id AS outcome, o.hazardRatio AS hr, o.ciLow AS ciLow, o.ciHigh AS ciHigh
ORDER BY trial, outcome
