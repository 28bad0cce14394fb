// What supports olaparib for a patient with a germline PALB2 mutation: which trial populations (phase, n, response and PFS) and which guideline positions (verified or not)?
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[b:REQUIRES_BIOMARKER]->(:Biomarker {id: 'palb2'})
MATCH (t)-[:REPORTS]->(o:Outcome)-[:IN_POPULATION]->(p)
MATCH (o)-[r:FOR_ARM]->(:Arm)-[:USES_REGIMEN]->(:Regimen {id: 'olaparib-monotherapy'})
RETURN 'trial' AS kind, t.acronym AS source, t.phase AS phase, p.name AS population, p.n AS n,
       o.endpoint AS endpoint, r.ratePercent AS ratePercent, r.median AS medianMonths, null AS stance, null AS verified
UNION ALL
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:REQUIRES_BIOMARKER]->(:Biomarker {id: 'palb2'})
MATCH (rec)-[:RECOMMENDS]->(:Regimen {id: 'olaparib-monotherapy'})
RETURN 'guideline' AS kind, g.issuer AS source, null AS phase, rec.id AS population, null AS n,
       null AS endpoint, null AS ratePercent, null AS medianMonths, rec.stance AS stance, rec.verified AS verified
