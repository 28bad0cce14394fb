// Which drugs are contraindicated in which patient conditions, and on what basis (the source and its wording)?
MATCH (d:Drug)-[c:CONTRAINDICATED_IN]->(x)
RETURN d.name AS drug, x.name AS condition, labels(x) AS kind, c.source AS source, c.note AS basis
ORDER BY drug, condition
