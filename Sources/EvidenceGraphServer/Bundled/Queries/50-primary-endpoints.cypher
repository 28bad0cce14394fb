// HER2-positive pivotal trials: primary-endpoint analysis (median by arm, HR, 95% CI, p) and the publication it comes from
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[:FOR_DISEASE]->(:Disease {id: 'her2-positive-mbc'})
MATCH (t)-[:REPORTS]->(o:Outcome)-[:IN_POPULATION]->(p)
WHERE o.endpoint = 'PFS' AND (o.analysis = 'final' OR o.analysis = 'interim') AND (o.assessment = 'BICR' OR o.assessment IS NULL) AND o.subgroup IS NULL
OPTIONAL MATCH (o)-[:REPORTED_IN]->(pub:Publication)
OPTIONAL MATCH (o)-[r:FOR_ARM]->(a:Arm)
RETURN t.acronym AS trial, p.minLine AS minLine, p.name AS population, o.analysis AS analysis, o.hazardRatio AS hr,
       o.ciLow AS ciLow, o.ciHigh AS ciHigh, o.p AS p, a.role AS armRole, a.name AS arm, r.median AS median,
       pub.pmid AS pmid, pub.doi AS doi
ORDER BY minLine, trial, population, armRole DESC
