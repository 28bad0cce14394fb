// Which options need caution in a patient with type 2 diabetes, through which drug and toxicity, with incidence (%) where sourced?
MATCH (r:Regimen)-[:INCLUDES]->(d:Drug)-[c:CAUSES]->(t:Toxicity)-[:CAUTION_IN]->(:Comorbidity {id: 'type-2-diabetes'})
RETURN r.name AS regimen, d.name AS drug, t.name AS toxicity, c.incidencePercent AS anyGradePercent,
       c.grade3plusPercent AS grade3plusPercent
ORDER BY regimen, drug
