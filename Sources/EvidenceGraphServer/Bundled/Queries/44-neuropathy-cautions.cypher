// Which drugs carry a caution for a patient with peripheral neuropathy, reduced UGT1A1 activity (UGT1A1*28/*28) or interstitial lung disease, directly or through a toxicity they cause?
MATCH (d:Drug)-[c:CAUTION_IN]->(m:Comorbidity)
WHERE m.id IN ['peripheral-neuropathy', 'ugt1a1-poor-metabolizer', 'interstitial-lung-disease']
RETURN m.id AS comorbidity, d.name AS drug, c.severity AS severity, 'direct' AS via
UNION
MATCH (d:Drug)-[:CAUSES]->(tox:Toxicity)-[c:CAUTION_IN]->(m:Comorbidity)
WHERE m.id IN ['peripheral-neuropathy', 'ugt1a1-poor-metabolizer', 'interstitial-lung-disease']
RETURN m.id AS comorbidity, d.name AS drug, c.severity AS severity, tox.id AS via
