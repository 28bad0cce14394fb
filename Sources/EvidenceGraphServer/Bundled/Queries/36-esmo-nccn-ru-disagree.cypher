// Where do ESMO, NCCN and the Russian MoH guideline disagree for HR+/HER2- disease after a CDK4/6 inhibitor? Regimens that some but not all three endorse, with who endorses them, for which biomarker, and whether the position was verified against the guideline text.
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(:Recommendation)-[:RECOMMENDS]->(r:Regimen)
WHERE g.issuer IN ['ESMO', 'NCCN', 'RU-MoH']
WITH r, count(DISTINCT g.issuer) AS endorsers
WHERE endorsers < 3
MATCH (g2:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r)
WHERE g2.issuer IN ['ESMO', 'NCCN', 'RU-MoH']
OPTIONAL MATCH (rec)-[:REQUIRES_BIOMARKER]->(b:Biomarker)
WITH r, endorsers, g2, rec, collect(DISTINCT b.name) AS biomarkers
RETURN r.name AS regimen, endorsers, g2.issuer AS endorsedBy, rec.id AS recommendation, rec.stance AS stance,
       biomarkers, rec.verified AS verified
ORDER BY regimen, endorsedBy, recommendation
