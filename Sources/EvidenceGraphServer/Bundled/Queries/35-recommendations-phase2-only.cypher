// Which guideline recommendations rest on phase 2 (or weaker) evidence only, i.e. cite no phase 3 trial?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:CITES]->(t:Trial)
MATCH (rec)-[:RECOMMENDS]->(reg:Regimen)
WITH g, rec, reg, collect(t.acronym) AS trials, sum(CASE WHEN t.phase = '3' THEN 1 ELSE 0 END) AS phase3Trials
WHERE phase3Trials = 0
RETURN g.issuer AS issuer, rec.id AS recommendation, reg.name AS regimen, rec.verified AS verified, trials
ORDER BY issuer, recommendation
