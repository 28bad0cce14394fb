// Which drugs need caution in interstitial lung disease, and how often did the toxicity occur?
MATCH (d:Drug)-[c:CAUSES]->(t:Toxicity)-[:CAUTION_IN]->(:Comorbidity {id: 'interstitial-lung-disease'})
RETURN d.name AS drug, t.name AS toxicity, c.incidencePercent AS anyGradePercent, c.trial AS trial
ORDER BY drug
