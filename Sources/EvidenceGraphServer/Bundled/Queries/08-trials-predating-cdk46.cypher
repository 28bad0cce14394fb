// Which trials enrolled patients before CDK4/6 inhibitors were standard, so that their evidence after a CDK4/6 inhibitor rests on guideline judgement?
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[x:PRIOR_THERAPY]->(:DrugClass {id: 'cdk46-inhibitor'})
WHERE x.note STARTS WITH 'predates'
RETURN t.acronym AS trial, t.phase AS phase, p.name AS population
ORDER BY trial
