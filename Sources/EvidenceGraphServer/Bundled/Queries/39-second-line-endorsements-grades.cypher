// Second line after a CDK4/6 inhibitor (HR+/HER2-): which regimens does each guideline endorse for line 2, with the grades as printed (scores), the biomarker they need, and whether the position was verified against the guideline text?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r:Regimen)
MATCH (rec)-[:FOR_DISEASE]->(d:Disease)
WHERE d.id IN ['hr-positive-her2-negative-advanced-breast-cancer', 'her2-negative-mbc']
  AND (rec.minLine IS NULL OR toInteger(rec.minLine) <= 2) AND (rec.maxLine IS NULL OR toInteger(rec.maxLine) >= 2)
OPTIONAL MATCH (rec)-[:REQUIRES_BIOMARKER]->(b:Biomarker)
WITH g, rec, r, collect(DISTINCT b.name) AS biomarkers
RETURN r.name AS regimen, g.issuer AS issuer, rec.stance AS stance, rec.scores AS scores, biomarkers, rec.verified AS verified
ORDER BY regimen, issuer
