// After how many chemotherapy lines was each ADC or later-line chemotherapy tested (trial populations, line bounds and prior-chemotherapy counts)?
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)-[x:PRIOR_THERAPY]->(:DrugClass {id: 'cytotoxic-chemotherapy'})
WHERE p.minLine IS NOT NULL
MATCH (t)-[:HAS_ARM]->(:Arm {role: 'experimental'})-[:USES_REGIMEN]->(reg:Regimen)
RETURN t.acronym AS trial, reg.name AS regimen, p.id AS population, p.minLine AS minLine, p.maxLine AS maxLine,
       x.requirement AS priorChemo, x.minCount AS minCount, x.maxCount AS maxCount, x.setting AS setting
ORDER BY minLine, trial, population
