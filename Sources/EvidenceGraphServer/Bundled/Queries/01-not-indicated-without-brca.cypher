// Which options are not indicated without a (germline) BRCA mutation? Regimens whose recommendations require BRCA1 or BRCA2 to be mutated, with the testing source.
MATCH (rec:Recommendation)-[:RECOMMENDS]->(r:Regimen),
      (rec)-[q:REQUIRES_BIOMARKER]->(b:Biomarker)
WHERE b.id IN ['brca1', 'brca2'] AND q.status = 'mutated'
RETURN DISTINCT r.name AS regimen, b.name AS biomarker, q.testing AS testing
ORDER BY regimen, biomarker
