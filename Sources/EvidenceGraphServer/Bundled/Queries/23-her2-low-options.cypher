// Which option was studied specifically in HER2-low disease, and in which populations?
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[:REQUIRES_BIOMARKER {status: 'low'}]->(:Biomarker {id: 'her2'})
MATCH (t)-[:HAS_ARM]->(:Arm {role: 'experimental'})-[:USES_REGIMEN]->(r:Regimen)
RETURN t.acronym AS trial, p.name AS population, r.name AS regimen
ORDER BY population
