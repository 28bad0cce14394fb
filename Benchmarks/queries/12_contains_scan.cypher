// A string CONTAINS scan over a Cyrillic phrase.
MATCH (d:Drug) WHERE d.mechanism CONTAINS 'осторожностью' RETURN count(*)
