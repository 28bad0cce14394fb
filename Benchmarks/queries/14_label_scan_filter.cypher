// A label scan with a range filter and grouping.
MATCH (p:Publication) WHERE p.year >= 2020 RETURN p.year, count(*) ORDER BY p.year
