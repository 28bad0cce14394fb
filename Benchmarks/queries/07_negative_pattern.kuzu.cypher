MATCH (d:Drug) WHERE NOT EXISTS { MATCH (d)-[:IN_CLASS]->(:DrugClass) } RETURN count(d)
