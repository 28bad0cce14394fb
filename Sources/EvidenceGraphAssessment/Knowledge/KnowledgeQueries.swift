/// The Cypher-style queries through which the assessment reads the knowledge base. They are
/// the whole interface between the clinical mechanisms and `Graph/`: a new trial,
/// recommendation, rule or policy in the data changes the answers through these.
enum KnowledgeQueries {
    static let drugs = """
        MATCH (d:Drug)
        OPTIONAL MATCH (d)-[:IN_CLASS]->(c:DrugClass)
        RETURN d.id AS id, d.name AS name, d.inn AS inn, collect(c.id) AS classes
        """

    /// Conditions (comorbidities, findings) that rule a drug or class out.
    static let contraindications = """
        MATCH (d)-[x:CONTRAINDICATED_IN]->(c)
        RETURN d.id AS owner, c.id AS condition, x.severity AS severity, x.note AS note, x.source AS source
        """

    static let companions = """
        MATCH (d)-[x:REQUIRES_COMPANION]->(c)
        RETURN d.id AS owner, c.id AS companion, x.when AS when, x.note AS note, x.source AS source
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
        RETURN g.id AS id, coalesce(g.name, g.id) AS name, coalesce(g.issuer, g.id) AS issuer, g.version AS version,
               g.tierScheme AS tierScheme
        """

    static let recommendations = """
        MATCH (g:Guideline)-[:HAS_RECOMMENDATION]->(rec:Recommendation)-[:RECOMMENDS]->(r:Regimen)
        RETURN g.id AS guideline, rec.id AS id, r.id AS regimen, coalesce(rec.stance, 'recommended') AS stance,
               rec.line AS line, rec.tier AS tier, rec.scores AS scores, rec.verified AS verified, rec.source AS source
        """

    /// Line and ECOG bounds of recommendations and populations.
    static let eligibilityBounds = """
        MATCH (o) WHERE o:Recommendation OR o:Population
        RETURN o.id AS owner, o.minLine AS minLine, o.maxLine AS maxLine, o.ecogMin AS ecogMin, o.ecogMax AS ecogMax
        """

    /// Biomarker conditions of drugs, diseases, recommendations, populations and rules alike.
    static let biomarkerConditions = """
        MATCH (o)-[q:REQUIRES_BIOMARKER]->(b:Biomarker)
        RETURN o.id AS owner, b.id AS biomarker, q.status AS status, q.testing AS testing, q.anyOf AS anyOf,
               q.minScore AS minScore, q.maxScore AS maxScore, q.scale AS scale
        """

    static let findingConditions = """
        MATCH (o)-[q:REQUIRES_FINDING]->(f:Finding)
        RETURN o.id AS owner, f.id AS finding, q.anyOf AS anyOf
        """

    static let diseaseTargets = """
        MATCH (o)-[:FOR_DISEASE]->(d:Disease)
        RETURN o.id AS owner, d.id AS disease
        """

    static let exclusions = """
        MATCH (o)-[:EXCLUDED_BY|EXCLUDES]->(f)
        RETURN o.id AS owner, f.id AS finding
        """

    static let priorTherapies = """
        MATCH (o)-[x:PRIOR_THERAPY|REQUIRES_PRIOR]->(t)
        RETURN o.id AS owner, t.id AS therapy, x.requirement AS requirement, x.sharePercent AS share,
               x.progressionRequired AS progression, x.setting AS setting, x.minCount AS minCount,
               x.maxCount AS maxCount, x.withinMonths AS withinMonths, x.note AS note
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
        RETURN t.id AS trial, p.id AS id, coalesce(p.name, p.id) AS name
        """

    static let arms = """
        MATCH (t:Trial)-[:HAS_ARM]->(a:Arm)-[:USES_REGIMEN]->(r:Regimen)
        RETURN t.id AS trial, a.id AS id, r.id AS regimen, a.role AS role
        """

    static let outcomes = """
        MATCH (t:Trial)-[:REPORTS]->(o:Outcome)
        OPTIONAL MATCH (o)-[:IN_POPULATION]->(p:Population)
        RETURN t.id AS trial, o.id AS id, o.endpoint AS endpoint, o.assessment AS assessment, o.analysis AS analysis,
               o.primary AS primary, o.hazardRatio AS hazardRatio, o.ciLow AS lo, o.subgroup AS subgroup,
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
        OPTIONAL MATCH (p)-[:APPLIES_TO]->(w:Finding)
        WITH p, prefers, over, unless, collect(DISTINCT w.id) AS findings
        OPTIONAL MATCH (p)-[:APPLIES_TO]->(d:Disease)
        WITH p, prefers, over, unless, findings, collect(DISTINCT d.id) AS diseases
        OPTIONAL MATCH (p)-[:STATED_BY]->(s)
        RETURN p.id AS id, coalesce(p.name, p.id) AS name, p.kind AS kind, prefers, over, unless, findings, diseases,
               collect(DISTINCT s.id) AS statedBy
        """

    static let toxicityCautions = """
        MATCH (d)-[c:CAUSES]->(t:Toxicity)-[x:CAUTION_IN]->(m)
        RETURN d.id AS owner, t.id AS toxicity, coalesce(t.name, t.id) AS toxicityName, m.id AS condition,
               c.incidencePercent AS incidence, c.note AS note, t.note AS toxicityNote, x.severity AS severity
        """

    static let directCautions = """
        MATCH (d)-[x:CAUTION_IN]->(m) WHERE d:Drug OR d:DrugClass
        RETURN d.id AS owner, m.id AS condition, x.note AS note, x.severity AS severity
        """

    static let diseases = """
        MATCH (d:Disease)
        OPTIONAL MATCH (d)-[:SUBTYPE_OF]->(p:Disease)
        RETURN d.id AS id, coalesce(d.name, d.id) AS name, collect(p.id) AS parents
        """

    static let findings = """
        MATCH (f:Finding)
        RETURN f.id AS id, coalesce(f.name, f.id) AS name, f.kind AS kind
        """

    static let statusDerivations = """
        MATCH (b:Biomarker)-[:DERIVES_STATUS]->(s:StatusDerivation)
        RETURN b.id AS biomarker, s.id AS id, s.status AS status, s.ihc AS ihc, s.ish AS ish
        """

    static let statusRules = """
        MATCH (r:StatusRule)
        OPTIONAL MATCH (r)-[:RULE_FOR]->(b:Biomarker)
        RETURN r.id AS id, r.status AS status, r.satisfies AS satisfies, r.mayBe AS mayBe, r.test AS test,
               collect(b.id) AS biomarkers
        """

    static let stateRules = """
        MATCH (r:StateRule)
        OPTIONAL MATCH (r)-[:DERIVES]->(f:Finding)
        WITH r, collect(DISTINCT f.id) AS derives
        OPTIONAL MATCH (r)-[:ABOUT_THERAPY]->(t)
        WITH r, derives, collect(DISTINCT t.id) AS therapies
        OPTIONAL MATCH (r)-[:STATED_BY]->(s)
        RETURN r.id AS id, coalesce(r.name, r.id) AS name, r.group AS group, r.precedence AS precedence,
               r.default AS isDefault, derives, therapies, r.setting AS setting, r.therapyLine AS therapyLine,
               r.outcome AS outcome, r.measure AS measure, r.minMonths AS minMonths, r.maxMonths AS maxMonths,
               r.belowMonths AS belowMonths, r.minAge AS minAge, r.maxAge AS maxAge, collect(DISTINCT s.id) AS statedBy
        """

    static let gradeSchemes = """
        MATCH (s:GradeScheme)
        RETURN s.id AS id, coalesce(s.name, s.id) AS name, s.kind AS kind, s.order AS order
        """

    static let rankingPolicies = """
        MATCH (p:RankingPolicy)
        RETURN p.id AS id, p.keys AS keys, p.preferredTies AS preferredTies
        """

    /// Everything a patient file or an `--option` may name, with all its names.
    static let namedEntities = """
        MATCH (n)
        WHERE n:Biomarker OR n:Comorbidity OR n:Finding OR n:MetastaticSite OR n:Drug OR n:Disease
        RETURN n.id AS id, labels(n) AS labels,
               [x IN [n.name] WHERE x IS NOT NULL] + coalesce(n.synonyms, []) + coalesce(n.brandNames, [])
                 + [x IN [n.gene, n.hgnc, n.inn] WHERE x IS NOT NULL] AS names
        """
}
