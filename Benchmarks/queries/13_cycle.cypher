// A cycle-closing pattern: trial → arm ← outcome ← the same trial.
MATCH (t:Trial)-[:HAS_ARM]->(a:Arm)<-[:FOR_ARM]-(o:Outcome)<-[:REPORTS]-(t) RETURN count(*)
