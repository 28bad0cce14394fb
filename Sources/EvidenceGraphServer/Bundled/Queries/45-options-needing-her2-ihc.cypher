// Which treatment options need a HER2 IHC score (HER2-low or HER2-ultralow rather than plain HER2-negative), and through which recommendation or trial population?
MATCH (o)-[q:REQUIRES_BIOMARKER]->(:Biomarker {id: 'her2'})
WHERE (o:Recommendation OR o:Population) AND (q.status = 'low' OR q.status = 'ultralow' OR q.status = 'low ultralow')
OPTIONAL MATCH (o)-[:RECOMMENDS]->(rr:Regimen)
OPTIONAL MATCH (t:Trial)-[:HAS_POPULATION]->(o)
OPTIONAL MATCH (t)-[:HAS_ARM]->(a:Arm {role: 'experimental'})-[:USES_REGIMEN]->(ar:Regimen)
RETURN coalesce(rr.name, ar.name) AS option, o.id AS requiredBy, q.status AS her2Status, t.acronym AS trial
ORDER BY option, requiredBy
