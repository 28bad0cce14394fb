// Which label contraindications (absolute or relative) do the chemotherapy and ADC drugs of the graph carry, and on which condition?
MATCH (d:Drug)-[c:CONTRAINDICATED_IN]->(x)
RETURN d.name AS drug, x.id AS condition, labels(x) AS kind, c.severity AS severity, c.source AS source
ORDER BY drug, condition
