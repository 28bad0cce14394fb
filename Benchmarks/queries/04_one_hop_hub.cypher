// One hop into a hub (a much-referenced toxicity), with a relationship property.
MATCH (t:Toxicity {id: 'toxicity-0'})<-[c:CAUSES]-(d:Drug) RETURN d.id, c.incidencePercent
