// Which first-line trials enrolled premenopausal women, with what endocrine partner, and what were PFS and OS? Populations requiring the premenopausal finding, the arms' regimens (with the GnRH agonist) and every PFS/OS outcome
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[:REQUIRES_FINDING]->(:Finding {id: 'premenopausal'})
WHERE p.minLine = 1
MATCH (t)-[:REPORTS]->(o:Outcome)-[:IN_POPULATION]->(p)
WHERE o.endpoint IN ['PFS', 'OS']
OPTIONAL MATCH (o)-[e:FOR_ARM]->(a:Arm {role: 'experimental'})
OPTIONAL MATCH (o)-[c:FOR_ARM]->(:Arm {role: 'control'})
OPTIONAL MATCH (a)-[:USES_REGIMEN]->(:Regimen)-[:INCLUDES]->(g:Drug)-[:IN_CLASS]->(:DrugClass {id: 'gnrh-agonist'})
RETURN t.acronym AS trial, p.name AS population, p.n AS n, o.endpoint AS endpoint, o.analysis AS analysis,
       e.median AS medianExperimental, e.ratePercent AS rateExperimental, c.median AS medianControl, c.ratePercent AS rateControl,
       o.hazardRatio AS hr, o.ciLow AS ciLow, o.ciHigh AS ciHigh, o.p AS p, collect(DISTINCT g.name) AS gnrhAgonist
ORDER BY trial, population, endpoint DESC, analysis
