// Which trials' populations included prior abemaciclib (a reported share)? None does: the only population with an abemaciclib prior-therapy edge is MAINTAIN's, and its share is not reported.
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[x:PRIOR_THERAPY]->(:Drug {id: 'abemaciclib'})
RETURN t.acronym AS trial, p.name AS population, x.requirement AS requirement, x.sharePercent AS sharePercent, x.note AS note
ORDER BY trial, population
