// Which chemotherapy regimens does the graph hold, and how many guideline recommendations endorse each?
MATCH (r:Regimen)-[:IN_CATEGORY]->(:RegimenCategory {id: 'chemotherapy'})
OPTIONAL MATCH (rec:Recommendation)-[:RECOMMENDS]->(r)
RETURN r.name AS regimen, count(rec) AS recommendations
ORDER BY regimen
