// FalkorDB does not apply openCypher's relationship uniqueness within a pattern: spelled out.
MATCH (d:Drug {id: 'drug-3'})-[r1:TARGETS]->(t:Target)<-[r2:TARGETS]-(o:Drug) WHERE id(r1) <> id(r2) RETURN o.id, t.id
