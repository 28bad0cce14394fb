// Which first-line CDK4/6 inhibitor trials showed an overall survival benefit? Trials adding a CDK4/6 inhibitor to endocrine therapy (control arm without one) in a population including first line (minLine 1): OS analysis type, medians, HR with 95% CI and p; ciExcludes1 = upper CI bound below 1
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)<-[:IN_POPULATION]-(o:Outcome {endpoint: 'OS'}), (t)-[:REPORTS]->(o)
WHERE p.minLine = 1 AND o.subgroup IS NULL
MATCH (t)-[:HAS_ARM]->(a:Arm {role: 'experimental'})-[:USES_REGIMEN]->(r:Regimen)-[:INCLUDES]->(:Drug)-[:IN_CLASS]->(:DrugClass {id: 'cdk46-inhibitor'})
WHERE NOT EXISTS { MATCH (t)-[:HAS_ARM]->(:Arm {role: 'control'})-[:USES_REGIMEN]->(:Regimen)-[:INCLUDES]->(:Drug)-[:IN_CLASS]->(:DrugClass {id: 'cdk46-inhibitor'}) }
OPTIONAL MATCH (o)-[e:FOR_ARM]->(a)
OPTIONAL MATCH (o)-[c:FOR_ARM]->(ca:Arm {role: 'control'})
RETURN t.acronym AS trial, p.name AS population, r.name AS experimental, o.analysis AS analysis,
       e.median AS medianExperimental, c.median AS medianControl, o.hazardRatio AS hr, o.ciLow AS ciLow, o.ciHigh AS ciHigh, o.p AS p,
       o.ciHigh < 1 AS ciExcludes1
ORDER BY ciExcludes1 DESC, trial, analysis
