// What are the Russian names of the drugs in the founding case's five options?
MATCH (d:Drug)
WHERE d.id IN ['everolimus', 'exemestane', 'paclitaxel', 'docetaxel', 'ribociclib', 'fulvestrant', 'doxorubicin', 'olaparib']
RETURN d.name AS drug, d.synonyms_ru AS russian
ORDER BY drug
