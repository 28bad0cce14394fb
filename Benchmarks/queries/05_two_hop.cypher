// Two hops over one type: drugs sharing a target with drug-3 (relationship uniqueness: r1 <> r2).
MATCH (d:Drug {id: 'drug-3'})-[:TARGETS]->(t:Target)<-[:TARGETS]-(o:Drug) RETURN o.id, t.id
