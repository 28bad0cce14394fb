// For each metastatic TNBC trial, what did the PFS/OS analyses show (population, analysis stage, assessment, hazard ratio with 95% CI, arm medians where sourced)?
MATCH (t:Trial)-[:REPORTS]->(o:Outcome)-[:IN_POPULATION]->(p:Population)-[:FOR_DISEASE]->(:Disease {id: 'triple-negative-mbc'})
WHERE o.endpoint IN ['PFS', 'OS'] AND o.hazardRatio IS NOT NULL
OPTIONAL MATCH (o)-[r:FOR_ARM]->(a:Arm)
RETURN t.acronym AS trial, o.endpoint AS endpoint, p.name AS population, o.subgroup AS subgroup, o.analysis AS analysis, o.assessment AS assessment,
       o.hazardRatio AS hr, o.ciLow AS ciLow, o.ciHigh AS ciHigh, o.p AS p, a.role AS arm, a.name AS armName, r.median AS medianMonths
ORDER BY trial, endpoint, population, analysis, arm DESC
