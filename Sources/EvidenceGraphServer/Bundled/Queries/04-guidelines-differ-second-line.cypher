// Where do ESMO, NCCN and the Russian guideline differ for second line? Regimens endorsed by some but not all three, with the guidelines that endorse them (everolimus + fulvestrant: ESMO and NCCN, not the Russian guideline; olaparib and talazoparib: ESMO only in the data, because the NCCN and Russian passages on PARP inhibitors were not read).
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(:Recommendation)-[:RECOMMENDS]->(r:Regimen)
WHERE g.issuer IN ['ESMO', 'NCCN', 'RU-MoH']
WITH r, count(DISTINCT g) AS endorsers
WHERE endorsers < 3
MATCH (g2:Guideline)-[:HAS_RECOMMENDATION]->(:Recommendation)-[:RECOMMENDS]->(r)
WHERE g2.issuer IN ['ESMO', 'NCCN', 'RU-MoH']
RETURN DISTINCT r.name AS regimen, g2.issuer AS endorsedBy
ORDER BY regimen, endorsedBy
