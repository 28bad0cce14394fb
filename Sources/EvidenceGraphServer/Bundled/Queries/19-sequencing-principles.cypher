// What sequencing principles does the graph hold: what is preferred over what, unless which finding?
MATCH (p:Principle {kind: 'sequencing'})-[:PREFERS]->(a), (p)-[:OVER]->(b), (p)-[:UNLESS]->(f:Finding)
RETURN p.id AS principle, a.name AS prefer, b.name AS over, f.name AS unless
ORDER BY principle, over, unless
