// Which trials excluded patients with which condition (so that their evidence does not directly cover such a patient)?
MATCH (t:Trial)-[:HAS_POPULATION]->(:Population)-[:EXCLUDES]->(f)
RETURN DISTINCT t.name AS trial, t.nct AS nct, f.id AS excluded
ORDER BY trial, excluded
