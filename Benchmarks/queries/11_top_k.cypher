// ORDER BY … LIMIT: the ten drugs in most regimens (ties broken by id).
MATCH (d:Drug)<-[:INCLUDES]-(r:Regimen) RETURN d.id, count(r) AS regimens ORDER BY regimens DESC, d.id LIMIT 10
