// Which trials support everolimus combinations, with median PFS per arm (months) and HR (95% CI)? One row per PFS analysis.
MATCH (t:Trial)-[:HAS_ARM]->(a:Arm)-[:USES_REGIMEN]->(r:Regimen)-[:INCLUDES]->(:Drug {id: 'everolimus'})
MATCH (t)-[:REPORTS]->(o:Outcome {endpoint: 'PFS'})-[x:FOR_ARM]->(a)
MATCH (o)-[y:FOR_ARM]->(c:Arm)
WHERE c <> a
RETURN t.acronym AS trial, t.phase AS phase, r.name AS regimen, o.id AS analysis, o.assessment AS assessment,
       x.median AS medianEverolimus, y.median AS medianControl, o.hazardRatio AS hr, o.ciLow AS ciLow, o.ciHigh AS ciHigh
ORDER BY trial, analysis
