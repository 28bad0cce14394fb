// What label cautions and contraindications do the HER2-directed drugs carry (heart failure / LVEF, pregnancy, hepatotoxicity)?
MATCH (d:Drug)-[:IN_CLASS]->(:DrugClass)-[:SUBCLASS_OF*0..2]->(:DrugClass {id: 'her2-directed-therapy'})
OPTIONAL MATCH (d)-[c:CAUTION_IN]->(cm:Comorbidity)
OPTIONAL MATCH (d)-[ci:CONTRAINDICATED_IN]->(f)
OPTIONAL MATCH (d)-[tx:CAUSES]->(t:Toxicity)
RETURN d.name AS drug, collect(DISTINCT cm.name + ' (' + c.severity + ')') AS cautions,
       collect(DISTINCT f.name + ' (' + ci.severity + ')') AS contraindications,
       collect(DISTINCT t.name) AS toxicities
ORDER BY drug
