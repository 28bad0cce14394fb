// Which guideline versions in the knowledge base are dated 2024 or later, newest first, and in which year? (Dates are date values: compared with date(), with fields such as .year.)
MATCH (g:Guideline)
WHERE g.date >= date('2024-01-01')
RETURN g.id AS guideline, g.issuer AS issuer, g.date AS dated, g.date.year AS year
ORDER BY dated DESC, guideline
