// Which HER2-positive recommendations require prior trastuzumab (directly or as HER2-directed therapy), and how many prior lines?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[req:REQUIRES_PRIOR]->(x)
WHERE req.requirement = 'required' AND (x.id = 'trastuzumab' OR x.id = 'her2-directed-therapy')
MATCH (rec)-[:RECOMMENDS]->(reg:Regimen)
RETURN g.issuer AS issuer, rec.id AS recommendation, reg.name AS regimen, x.name AS priorTherapy,
       req.minCount AS minPriorLines, req.setting AS setting, req.progressionRequired AS progressionRequired,
       rec.minLine AS minLine, rec.verified AS verified
ORDER BY minLine, issuer, recommendation
