// Which trial supports olaparib, and which biomarkers did its population require?
MATCH (t:Trial)-[:HAS_ARM]->(:Arm)-[:USES_REGIMEN]->(:Regimen)-[:INCLUDES]->(:Drug {id: 'olaparib'})
MATCH (t)-[:HAS_POPULATION]->(:Population)-[q:REQUIRES_BIOMARKER]->(b:Biomarker)
RETURN DISTINCT t.acronym AS trial, t.nct AS nct, b.name AS biomarker, q.status AS status, q.testing AS testing
ORDER BY biomarker
