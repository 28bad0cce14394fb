// A negative pattern: drugs in no drug class.
MATCH (d:Drug) WHERE NOT (d)-[:IN_CLASS]->(:DrugClass) RETURN count(d)
