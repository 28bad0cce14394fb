// Which immune checkpoint inhibitors used in metastatic TNBC need caution in a patient with autoimmune disease, what toxicity drives it, and is there any label contraindication recorded?
MATCH (d:Drug)-[:IN_CLASS]->(:DrugClass {id: 'immune-checkpoint-inhibitor'})
OPTIONAL MATCH (d)-[c:CAUTION_IN]->(m:Comorbidity)
OPTIONAL MATCH (d)-[:CAUSES]->(t:Toxicity)
OPTIONAL MATCH (d)-[:CONTRAINDICATED_IN]->(ci)
RETURN d.name AS drug, d.brandNames AS brands, d.synonyms_ru AS russian, m.name AS caution, c.note AS cautionNote, t.name AS toxicity, ci.id AS contraindication
ORDER BY drug
