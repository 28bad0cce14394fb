// Which endocrine drugs does the graph hold, and in which class?
MATCH (d:Drug)-[:IN_CLASS]->(c:DrugClass)-[:SUBCLASS_OF*1..3]->(:DrugClass {id: 'endocrine-therapy'})
RETURN DISTINCT d.name AS drug, c.name AS class
ORDER BY drug
