// What are the first-line options for metastatic TNBC with PD-L1 CPS >= 10 (22C3), by guideline, with grades and the trial cited? (Options whose PD-L1 threshold is on another assay/scale, e.g. atezolizumab with SP142 IC >= 1%, are left out.)
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(reg:Regimen),
      (rec)-[:FOR_DISEASE]->(:Disease {id: 'triple-negative-mbc'}),
      (rec)-[q:REQUIRES_BIOMARKER]->(:Biomarker {id: 'pd-l1'})
WHERE rec.minLine = 1 AND q.status = 'positive'
OPTIONAL MATCH (reg)-[rq:REQUIRES_BIOMARKER]->(:Biomarker {id: 'pd-l1'})
WITH g, rec, reg, q, rq
WHERE (q.scale IS NULL OR q.scale = 'CPS') AND (rq IS NULL OR (rq.scale = 'CPS' AND rq.minScore <= 10))
OPTIONAL MATCH (rec)-[:CITES]->(t:Trial)
RETURN g.issuer AS issuer, reg.name AS regimen, rec.stance AS stance, rec.tier AS tier, rec.scores AS scores, rec.verified AS verified, rq.minScore AS cpsThreshold, t.acronym AS trial
ORDER BY issuer, regimen
