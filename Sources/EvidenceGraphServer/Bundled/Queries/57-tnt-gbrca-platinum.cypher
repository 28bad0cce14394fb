// What is the evidence for platinum (carboplatin) in gBRCA-mutated metastatic TNBC: TNT response rates overall and in germline BRCA1/2 carriers?
MATCH (t:Trial {id: 'tnt'})-[:REPORTS]->(o:Outcome)-[:IN_POPULATION]->(p:Population),
      (o)-[r:FOR_ARM]->(a:Arm)-[:USES_REGIMEN]->(reg:Regimen)
RETURN p.name AS population, o.endpoint AS endpoint, o.analysis AS analysis, reg.name AS regimen, r.ratePercent AS ratePercent, o.p AS p
ORDER BY population, regimen
