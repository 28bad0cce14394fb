// Which guidelines endorse everolimus, with which partner, with what strength, and is the position only case-stated? (The Russian guideline endorses everolimus only with exemestane.)
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r:Regimen)-[:INCLUDES]->(:Drug {id: 'everolimus'})
RETURN g.issuer AS guideline, r.name AS regimen, [s IN coalesce(rec.scores, []) WHERE s STARTS WITH 'ASCO-strength:' | substring(s, 14)][0] AS strength,
       'case-issue4' IN rec.source AS caseStated
ORDER BY guideline, regimen
