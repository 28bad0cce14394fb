// Which trials enrolled (or analysed) patients with brain metastases, and what did they show in that population?
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[s:HAS_SITE]->(:MetastaticSite {id: 'brain'})
WHERE s.requirement = 'required'
OPTIONAL MATCH (t)-[:REPORTS]->(o:Outcome)-[:IN_POPULATION]->(p)
OPTIONAL MATCH (o)-[r:FOR_ARM]->(a:Arm)
RETURN t.acronym AS trial, t.phase AS phase, p.name AS population, p.n AS n, o.endpoint AS endpoint,
       o.assessment AS assessment, o.analysis AS analysis, o.hazardRatio AS hr, o.ciLow AS ciLow, o.ciHigh AS ciHigh,
       a.name AS arm, r.median AS median, r.ratePercent AS ratePercent
ORDER BY trial, population, endpoint, arm
