// First-line options for PIK3CA-mutated HR+/HER2- MBC relapsing during or within 12 months of adjuvant endocrine therapy: recommendations requiring a PIK3CA mutation and endocrine resistance in line 1, their verification state, and the supporting trial results
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r:Regimen),
      (rec)-[q:REQUIRES_BIOMARKER]->(:Biomarker {id: 'pik3ca'})
WHERE rec.minLine = 1 AND q.status = 'mutated'
  AND EXISTS { MATCH (rec)-[:REQUIRES_FINDING]->(:Finding {id: 'endocrine-resistance'}) }
OPTIONAL MATCH (rec)-[:CITES]->(t:Trial)-[:REPORTS]->(o:Outcome)
RETURN g.issuer AS issuer, r.name AS regimen, rec.verified AS verified, t.acronym AS trial,
       collect(o.endpoint + ' ' + o.analysis + ': HR ' + toString(o.hazardRatio) + ' (' + toString(o.ciLow) + '-' + toString(o.ciHigh) + '), p ' + o.p) AS results
ORDER BY issuer
