// TROPiCS-02: PFS and OS (medians per arm, HR with 95% CI, p, assessment and analysis)
MATCH (t:Trial {id: 'tropics-02'})-[:REPORTS]->(o:Outcome)-[r:FOR_ARM]->(a:Arm)
RETURN o.endpoint AS endpoint, o.assessment AS assessment, o.analysis AS analysis, a.name AS arm, r.median AS median,
       r.unit AS unit, o.hazardRatio AS hr, o.ciLow AS ciLow, o.ciHigh AS ciHigh, o.p AS p
ORDER BY endpoint DESC, arm
