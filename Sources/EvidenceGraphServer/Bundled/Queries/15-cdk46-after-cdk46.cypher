// Which trials tested a CDK4/6 inhibitor after progression on a CDK4/6 inhibitor, with investigator-assessed PFS?
MATCH (t:Trial)-[:HAS_POPULATION]->(:Population)-[:PRIOR_THERAPY {requirement: 'required'}]->(:DrugClass {id: 'cdk46-inhibitor'})
MATCH (t)-[:HAS_ARM]->(a:Arm {role: 'experimental'})-[:USES_REGIMEN]->(r:Regimen)-[:INCLUDES]->(:Drug)-[:IN_CLASS]->(:DrugClass {id: 'cdk46-inhibitor'})
MATCH (t)-[:REPORTS]->(o:Outcome {endpoint: 'PFS', assessment: 'investigator'})-[x:FOR_ARM]->(a)
RETURN DISTINCT t.acronym AS trial, t.phase AS phase, r.name AS regimen, x.median AS medianMonths, o.hazardRatio AS hr,
       o.ciLow AS ciLow, o.ciHigh AS ciHigh
ORDER BY trial
