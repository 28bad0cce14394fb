// Which guidelines, in which versions, does the graph hold?
MATCH (g:Guideline)
RETURN g.issuer AS issuer, g.name AS guideline, g.version AS version, g.language AS language
ORDER BY issuer
