// DISTINCT: the (setting, site) pairs populations are reported with.
MATCH (p:Population)-[:HAS_SITE]->(s:MetastaticSite) RETURN DISTINCT p.setting, s.id
