// A patient with metastatic TNBC carries a germline BRCA1/2 mutation: which options do guidelines and trials tie to gBRCA status (PARP inhibitors, platinum), and which first-line options are restricted to patients WITHOUT a gBRCA variant?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[q:REQUIRES_BIOMARKER]->(b:Biomarker),
      (rec)-[:RECOMMENDS]->(reg:Regimen), (rec)-[:FOR_DISEASE]->(d:Disease)
WHERE b.id IN ['brca1', 'brca2'] AND q.testing = ['germline'] AND d.id IN ['triple-negative-mbc', 'her2-negative-mbc']
OPTIONAL MATCH (rec)-[:CITES]->(t:Trial)
RETURN DISTINCT g.issuer AS issuer, reg.name AS regimen, d.id AS disease, q.status AS requiredBrcaStatus, rec.scores AS scores, rec.tier AS tier, t.acronym AS trial
ORDER BY requiredBrcaStatus, regimen, issuer
