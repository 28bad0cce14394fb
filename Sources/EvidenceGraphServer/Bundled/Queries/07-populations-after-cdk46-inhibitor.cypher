// Which trial populations received a CDK4/6 inhibitor before (required or with a reported share), and was progression on it required? Populations that merely predate CDK4/6 inhibitors are left out.
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[x:PRIOR_THERAPY]->(:DrugClass {id: 'cdk46-inhibitor'})
WHERE x.requirement IN ['required', 'reported'] AND (x.note IS NULL OR NOT x.note STARTS WITH 'predates')
RETURN t.name AS trial, p.name AS population, x.requirement AS requirement, x.sharePercent AS sharePercent,
       x.progressionRequired AS progressionRequired
ORDER BY trial, population
