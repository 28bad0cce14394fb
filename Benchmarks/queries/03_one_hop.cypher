// One hop out of one node, any type and end label.
MATCH (d:Drug {id: 'drug-1'})-[r]->(x) RETURN type(r), x.id
