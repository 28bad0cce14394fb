// Which drugs of the graph have a label contraindication in heart failure, and how strong is it (with the source)?
MATCH (d:Drug)-[c:CONTRAINDICATED_IN]->(x {id: 'heart-failure'})
RETURN d.name AS drug, c.severity AS severity, c.source AS source, c.note AS basis
ORDER BY drug
