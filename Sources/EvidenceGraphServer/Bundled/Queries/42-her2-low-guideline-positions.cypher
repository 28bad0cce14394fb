// Where do ESMO, NCCN, ASCO and the Russian guideline agree or disagree on trastuzumab deruxtecan for HER2-low / HER2-ultralow disease (stance, tier, grades, line, verified)?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(r:Recommendation)-[:RECOMMENDS]->(:Regimen)-[:INCLUDES]->(:Drug {id: 'trastuzumab-deruxtecan'})
OPTIONAL MATCH (r)-[q:REQUIRES_BIOMARKER]->(:Biomarker {id: 'her2'})
RETURN g.issuer AS issuer, r.id AS recommendation, r.stance AS stance, r.tier AS tier, r.scores AS scores,
       r.minLine AS minLine, q.status AS her2Status, r.verified AS verified
ORDER BY issuer, recommendation
