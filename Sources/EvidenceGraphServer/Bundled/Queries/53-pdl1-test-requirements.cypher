// Which TNBC recommendations need a PD-L1 test, which result do they require (status, threshold, scale), and which assay does each threshold belong to?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[q:REQUIRES_BIOMARKER]->(b:Biomarker {id: 'pd-l1'}),
      (rec)-[:RECOMMENDS]->(reg:Regimen)
OPTIONAL MATCH (reg)-[rq:REQUIRES_BIOMARKER]->(b)
RETURN g.issuer AS issuer, reg.name AS regimen, rec.minLine AS minLine, q.status AS requiredStatus,
       coalesce(q.minScore, rq.minScore) AS minScore, coalesce(q.maxScore, rq.maxScore) AS maxScore,
       coalesce(q.scale, rq.scale) AS scale, rq.note AS regimenThresholdNote, b.description AS assays
ORDER BY issuer, regimen
