// Which recommended regimens require which biomarker status, and in which guideline?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r:Regimen),
      (rec)-[q:REQUIRES_BIOMARKER]->(b:Biomarker)
RETURN DISTINCT r.name AS regimen, b.name AS biomarker, q.status AS status, g.issuer AS guideline
ORDER BY regimen, biomarker
