// Which drugs need caution in coronary artery disease or heart failure, through which toxicity?
MATCH (d:Drug)-[:CAUSES]->(t:Toxicity)-[c:CAUTION_IN]->(m:Comorbidity)
WHERE m.id IN ['coronary-artery-disease', 'heart-failure']
RETURN d.name AS drug, t.name AS toxicity, m.name AS comorbidity, c.severity AS severity
ORDER BY drug, comorbidity
