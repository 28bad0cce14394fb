// OPTIONAL MATCH: 28-day regimens with their required biomarkers, if any.
MATCH (r:Regimen) WHERE r.cycleDays = 28
OPTIONAL MATCH (r)-[:REQUIRES_BIOMARKER]->(b:Biomarker)
RETURN r.id, b.id
