// Which guidelines keep endocrine monotherapy as a first-line option, with what stance and grade, and which first-line trial compared two endocrine monotherapies (FALCON)?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r:Regimen)-[:IN_CATEGORY]->(:RegimenCategory {id: 'endocrine-monotherapy'})
WHERE rec.minLine = 1
OPTIONAL MATCH (rec)-[:CITES]->(t:Trial)-[:HAS_ARM]->(a:Arm)-[:USES_REGIMEN]->(r)
RETURN g.issuer AS issuer, r.name AS regimen, rec.stance AS stance, rec.scores AS grades, rec.verified AS verified,
       collect(DISTINCT t.acronym + ' (' + a.role + ' arm)') AS trialArms
ORDER BY issuer, regimen
