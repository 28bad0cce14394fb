// Which trials' populations included prior abemaciclib (a reported share)? None in the stored shares: the only population with an abemaciclib prior-therapy edge is MAINTAIN's, whose share is not stored — the JCO abstract read did not report it, and a conference summary of the 2022 abstract giving 2 (2%) is recorded in the note only (see docs/knowledge-base/sources.md).
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[x:PRIOR_THERAPY]->(:Drug {id: 'abemaciclib'})
RETURN t.acronym AS trial, p.name AS population, x.requirement AS requirement, x.sharePercent AS sharePercent, x.note AS note
ORDER BY trial, population
