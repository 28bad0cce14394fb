// Point lookup by id (the primary key in Kùzu).
MATCH (d:Drug {id: 'drug-42'}) RETURN d.id, d.name, d.inn, d.route
