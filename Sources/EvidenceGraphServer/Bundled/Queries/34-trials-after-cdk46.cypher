// Which trials enrolled patients who had progressed on a CDK4/6 inhibitor (whole population, or a reported prior-CDK4/6 subgroup), and what did they show on PFS?
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)
OPTIONAL MATCH (p)-[x:PRIOR_THERAPY]->(:DrugClass {id: 'cdk46-inhibitor'})
MATCH (t)-[:REPORTS]->(o:Outcome)-[:IN_POPULATION]->(p)
WHERE o.endpoint IN ['PFS', 'PFS-rate-6-months']
  AND ((x.requirement IN ['required', 'reported'] AND x.progressionRequired = true) OR o.subgroup CONTAINS 'CDK4/6')
OPTIONAL MATCH (o)-[r:FOR_ARM]->(:Arm)-[:USES_REGIMEN]->(reg:Regimen)
RETURN t.acronym AS trial, t.phase AS phase, p.name AS population, o.subgroup AS subgroup,
       o.endpoint AS endpoint, o.analysis AS analysis, o.assessment AS assessment,
       o.hazardRatio AS hr, o.ciLow AS ciLow, o.ciHigh AS ciHigh,
       reg.name AS regimen, r.median AS medianMonths, r.ratePercent AS ratePercent
ORDER BY trial, population, subgroup, endpoint, analysis, assessment, regimen
