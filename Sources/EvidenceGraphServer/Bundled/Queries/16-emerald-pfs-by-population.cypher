// What did EMERALD show for elacestrant, overall and in ESR1-mutated disease (PFS hazard ratios, 95% CI)?
MATCH (:Trial {id: 'emerald'})-[:REPORTS]->(o:Outcome {endpoint: 'PFS'})-[:IN_POPULATION]->(p:Population)
RETURN p.name AS population, o.analysis AS analysis, o.subgroup AS subgroup, o.hazardRatio AS hr, o.ciLow AS ciLow,
       o.ciHigh AS ciHigh, o.p AS p
ORDER BY hr DESC
