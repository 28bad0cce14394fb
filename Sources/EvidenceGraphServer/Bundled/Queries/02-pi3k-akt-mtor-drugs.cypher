// Which drugs act on the PI3K–AKT–mTOR pathway, and on which member?
MATCH (d:Drug)-[:TARGETS]->(t:Target)-[:IN_PATHWAY]->(p:Pathway {id: 'pi3k-akt-mtor'})
RETURN d.name AS drug, t.name AS target
ORDER BY drug, target
