// How strong is each guideline's recommendation in its own scheme (ESMO LoE/GoR, ESMO-MCBS, ESCAT; ASCO evidence quality and strength), where the strength was sourced?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r:Regimen)
WHERE rec.scores IS NOT NULL
RETURN g.issuer AS guideline, r.name AS regimen, rec.scores AS strength
ORDER BY guideline, regimen
