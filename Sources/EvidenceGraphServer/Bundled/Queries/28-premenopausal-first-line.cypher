// First-line options for a premenopausal woman with HR+/HER2- MBC and what must accompany them: first-line recommendations not restricted to postmenopausal women (and not biomarker-directed), whether the regimen contains an aromatase inhibitor (which needs ovarian function suppression before menopause), the GnRH agonist already in the regimen, any companion rule stored on the drug classes, and the grades
MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r:Regimen)
WHERE rec.minLine = 1 AND rec.stance <> 'not-recommended'
  AND NOT EXISTS { MATCH (rec)-[:REQUIRES_FINDING]->(:Finding {id: 'postmenopausal'}) }
  AND NOT EXISTS { MATCH (rec)-[:REQUIRES_BIOMARKER]->(:Biomarker) }
OPTIONAL MATCH (r)-[:INCLUDES]->(ai:Drug)-[:IN_CLASS]->(:DrugClass)-[:SUBCLASS_OF*0..3]->(:DrugClass {id: 'aromatase-inhibitor'})
OPTIONAL MATCH (r)-[:INCLUDES]->(gn:Drug)-[:IN_CLASS]->(:DrugClass {id: 'gnrh-agonist'})
OPTIONAL MATCH (r)-[:INCLUDES]->(:Drug)-[:IN_CLASS]->(:DrugClass)-[:SUBCLASS_OF*0..3]->(:DrugClass)-[rc:REQUIRES_COMPANION]->(comp)
RETURN g.issuer AS issuer, r.name AS regimen, rec.scores AS grades, rec.verified AS verified,
       count(DISTINCT ai) > 0 AS containsAromataseInhibitor,
       collect(DISTINCT gn.name) AS gnrhAgonistInRegimen,
       collect(DISTINCT comp.id) AS storedCompanionRule
ORDER BY issuer, regimen
