MATCH (d:Drug {id: 'drug-1'})-[r]->(x) RETURN label(r), x.id
