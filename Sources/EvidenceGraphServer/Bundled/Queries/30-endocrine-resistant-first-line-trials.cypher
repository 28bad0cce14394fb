// Which trials enrolled patients with endocrine resistance in the first line? First-line populations that require the endocrine-resistance finding or progression on adjuvant endocrine therapy, with biomarker requirements and the primary PFS result
MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)
WHERE p.minLine = 1
  AND (EXISTS { MATCH (p)-[:REQUIRES_FINDING]->(:Finding {id: 'endocrine-resistance'}) }
       OR EXISTS { MATCH (p)-[x:PRIOR_THERAPY]->(:DrugClass {id: 'endocrine-therapy'}) WHERE x.requirement = 'required' AND x.setting = 'adjuvant' AND x.progressionRequired = true })
OPTIONAL MATCH (p)-[b:REQUIRES_BIOMARKER]->(bm:Biomarker) WHERE NOT bm.id IN ['hr', 'her2', 'er']
OPTIONAL MATCH (t)-[:REPORTS]->(o:Outcome {endpoint: 'PFS'})-[:IN_POPULATION]->(p)
RETURN t.acronym AS trial, t.nct AS nct, p.description AS population, collect(DISTINCT bm.name + ' ' + b.status) AS biomarkers,
       collect(DISTINCT o.analysis + ': HR ' + toString(o.hazardRatio) + ' (' + toString(o.ciLow) + '-' + toString(o.ciHigh) + ')') AS pfs
ORDER BY trial
