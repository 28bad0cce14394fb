// HER2-positive metastatic breast cancer: which regimens does each guideline recommend by line, with the pivotal trial's primary-endpoint and OS results?
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:FOR_DISEASE]->(:Disease {id: 'her2-positive-mbc'}),
      (rec)-[:RECOMMENDS]->(reg:Regimen)
OPTIONAL MATCH (rec)-[:CITES]->(t:Trial)-[:REPORTS]->(o:Outcome {endpoint: 'OS'}), (o)-[:IN_POPULATION]->(p:Population)
WHERE o.analysis = 'final' OR o.analysis = 'interim'
RETURN rec.minLine AS minLine, rec.maxLine AS maxLine, reg.name AS regimen, g.issuer AS issuer,
       rec.stance AS stance, rec.tier AS tier, rec.scores AS scores, rec.verified AS verified,
       t.acronym AS trial, o.analysis AS osAnalysis, o.hazardRatio AS osHR, o.ciLow AS osCiLow, o.ciHigh AS osCiHigh
ORDER BY minLine, regimen, issuer, osAnalysis
