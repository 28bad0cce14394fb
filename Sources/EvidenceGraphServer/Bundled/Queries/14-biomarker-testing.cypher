// How is each biomarker tested (tumour, ctDNA, germline)?
MATCH (b:Biomarker)
RETURN b.name AS biomarker, b.kind AS kind, b.testing AS testing
ORDER BY biomarker
