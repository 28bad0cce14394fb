/// The Cypher-style queries through which the assessment reads the knowledge base. They are
/// the whole interface between the clinical mechanisms and `Graph/`: a new trial,
/// recommendation or principle in the data changes the answers through these.
enum KnowledgeQueries {
    static let drugs = """
        MATCH (d:Drug)
        OPTIONAL MATCH (d)-[:IN_CLASS]->(c:DrugClass)
        RETURN d.id AS id, d.name AS name, d.inn AS inn, collect(c.id) AS classes
        """

    /// Conditions (comorbidities, findings) that rule a drug out.
    static let contraindications = """
        MATCH (d:Drug)-[x:CONTRAINDICATED_IN]->(c)
        RETURN d.id AS drug, c.id AS condition, x.note AS note
        """

    static let classParents = """
        MATCH (c:DrugClass)
        OPTIONAL MATCH (c)-[:SUBCLASS_OF]->(p:DrugClass)
        RETURN c.id AS id, collect(p.id) AS parents
        """

    static let regimens = """
        MATCH (r:Regimen)
        OPTIONAL MATCH (r)-[:INCLUDES]->(d:Drug)
        WITH r, collect(DISTINCT d.id) AS drugs
        OPTIONAL MATCH (r)-[:IN_CATEGORY]->(c:RegimenCategory)
        RETURN r.id AS id, coalesce(r.name, r.id) AS name, drugs, collect(DISTINCT c.id) AS categories
        """

    static let guidelines = """
        MATCH (g:Guideline)
        RETURN g.id AS id, coalesce(g.name, g.id) AS name, coalesce(g.issuer, g.id) AS issuer, g.version AS version
        """

    static let recommendations = """
        MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r:Regimen)
        RETURN g.id AS guideline, rec.id AS id, r.id AS regimen, coalesce(rec.stance, 'recommended') AS stance,
               rec.line AS line, properties(rec) AS props
        """

    /// Biomarker conditions of drugs, recommendations and trial populations alike.
    static let biomarkerConditions = """
        MATCH (o)-[q:REQUIRES_BIOMARKER]->(b:Biomarker)
        RETURN o.id AS owner, b.id AS biomarker, q.status AS status, q.testing AS testing, q.anyOf AS anyOf
        """

    static let exclusions = """
        MATCH (o)-[:EXCLUDED_BY|EXCLUDES]->(f)
        RETURN o.id AS owner, f.id AS finding
        """

    static let priorTherapies = """
        MATCH (o)-[x:PRIOR_THERAPY|REQUIRES_PRIOR]->(t)
        RETURN o.id AS owner, t.id AS therapy, x.requirement AS requirement, x.sharePercent AS share,
               x.progressionRequired AS progression, x.note AS note
        """

    static let citations = """
        MATCH (rec:Recommendation)-[:CITES]->(t)
        RETURN rec.id AS owner, t.id AS cited
        """

    static let trials = """
        MATCH (t:Trial)
        RETURN t.id AS id, coalesce(t.acronym, t.name, t.id) AS name, t.nct AS nct, t.phase AS phase
        """

    static let populations = """
        MATCH (t:Trial)-[:HAS_POPULATION]->(p:Population)
        RETURN t.id AS trial, p.id AS id
        """

    static let arms = """
        MATCH (t:Trial)-[:HAS_ARM]->(a:Arm)-[:USES_REGIMEN]->(r:Regimen)
        RETURN t.id AS trial, a.id AS id, r.id AS regimen, a.role AS role
        """

    static let outcomes = """
        MATCH (t:Trial)-[:REPORTS]->(o:Outcome)
        OPTIONAL MATCH (o)-[:IN_POPULATION]->(p:Population)
        RETURN t.id AS trial, o.id AS id, o.endpoint AS endpoint, o.assessment AS assessment, o.analysis AS analysis,
               o.hazardRatio AS hr, o.ciLow AS lo,
               o.ciHigh AS hi, toString(o.p) AS p, p.id AS population
        """

    static let armResults = """
        MATCH (o:Outcome)-[x:FOR_ARM]->(a:Arm)
        RETURN o.id AS outcome, a.id AS arm, x.median AS median, x.unit AS unit, x.ratePercent AS rate
        """

    static let principles = """
        MATCH (p:Principle)
        OPTIONAL MATCH (p)-[:PREFERS]->(a)
        WITH p, collect(DISTINCT a.id) AS prefers
        OPTIONAL MATCH (p)-[:OVER]->(b)
        WITH p, prefers, collect(DISTINCT b.id) AS over
        OPTIONAL MATCH (p)-[:UNLESS]->(c)
        WITH p, prefers, over, collect(DISTINCT c.id) AS unless
        OPTIONAL MATCH (p)-[:STATED_BY]->(s)
        RETURN p.id AS id, coalesce(p.name, p.id) AS name, p.kind AS kind, prefers, over, unless,
               collect(DISTINCT s.id) AS statedBy
        """

    static let toxicityCautions = """
        MATCH (d:Drug)-[c:CAUSES]->(t:Toxicity)-[:CAUTION_IN]->(m:Comorbidity)
        RETURN d.id AS drug, t.id AS toxicity, coalesce(t.name, t.id) AS toxicityName, m.id AS comorbidity,
               c.incidencePercent AS incidence, c.note AS note, t.note AS toxicityNote
        """

    static let drugCautions = """
        MATCH (d:Drug)-[:CAUTION_IN]->(m:Comorbidity)
        RETURN d.id AS drug, m.id AS comorbidity
        """

    /// Everything a patient file or an `--option` may name, with all its names.
    static let namedEntities = """
        MATCH (n)
        WHERE n:Biomarker OR n:Comorbidity OR n:Finding OR n:MetastaticSite OR n:Drug OR n:Disease
        RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.synonyms AS synonyms, n.brandNames AS brands,
               n.gene AS gene, n.hgnc AS hgnc, n.inn AS inn
        """
}
