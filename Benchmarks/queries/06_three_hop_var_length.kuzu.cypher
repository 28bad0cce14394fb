MATCH (c:DrugClass {id: 'class-3'})<-[:SUBCLASS_OF* TRAIL 1..3]-(s:DrugClass) RETURN s.id, count(*) AS paths
