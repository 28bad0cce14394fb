// Which treatment options need an ESR1 test, and where does the requirement come from (drug label, regimen, guideline recommendation, trial population)?
MATCH (n)-[b:REQUIRES_BIOMARKER]->(:Biomarker {id: 'esr1'})
OPTIONAL MATCH (n)-[:RECOMMENDS]->(rr:Regimen)
OPTIONAL MATCH (n)<-[:INCLUDES]-(dr:Regimen)
OPTIONAL MATCH (t:Trial)-[:HAS_POPULATION]->(n)
RETURN labels(n)[0] AS requiredBy, n.id AS id, coalesce(rr.name, dr.name, n.name) AS option, t.acronym AS trial,
       b.status AS status, b.testing AS testing
ORDER BY requiredBy, option, id
