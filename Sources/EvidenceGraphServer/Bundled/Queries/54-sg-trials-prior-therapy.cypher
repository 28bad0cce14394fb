// Which trials tested sacituzumab govitecan (alone or with pembrolizumab) in TNBC, in which line, and what prior therapy did each population require or exclude?
MATCH (t:Trial)-[:HAS_ARM]->(a:Arm)-[:USES_REGIMEN]->(reg:Regimen)-[:INCLUDES]->(:Drug {id: 'sacituzumab-govitecan'}),
      (t)-[:HAS_POPULATION]->(p:Population)-[:FOR_DISEASE]->(:Disease {id: 'triple-negative-mbc'})
OPTIONAL MATCH (p)-[pt:PRIOR_THERAPY]->(x)
RETURN t.acronym AS trial, reg.name AS regimen, p.name AS population, p.minLine AS minLine, p.maxLine AS maxLine,
       x.id AS priorTherapy, pt.requirement AS requirement, pt.minCount AS minCount, pt.setting AS setting, pt.withinMonths AS withinMonths, pt.note AS note
ORDER BY trial, population, priorTherapy, setting
