// In the 1999 docetaxel vs doxorubicin trial (PMID 10561296), what were the response rates (%) and in which population? The case's 46% vs 29% is the visceral-metastases subgroup; the overall rates are 47.8% vs 33.3%.
MATCH (:Trial {id: 'docetaxel-vs-doxorubicin-1999'})-[:REPORTS]->(o:Outcome {endpoint: 'ORR'})-[:IN_POPULATION]->(p:Population)
MATCH (o)-[d:FOR_ARM]->(:Arm {id: 'docdox-docetaxel'})
MATCH (o)-[x:FOR_ARM]->(:Arm {id: 'docdox-doxorubicin'})
RETURN p.name AS population, d.ratePercent AS docetaxelPercent, x.ratePercent AS doxorubicinPercent, o.p AS p
ORDER BY docetaxelPercent DESC
