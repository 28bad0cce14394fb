// Variable length 1..3: every path through the drug-class hierarchy below a class, by end node.
MATCH (c:DrugClass {id: 'class-3'})<-[:SUBCLASS_OF*1..3]-(s:DrugClass) RETURN s.id, count(*) AS paths
