/// A guideline position in the assessment contract:
/// `{"issuer", "stance", "tier", "grades": [{"scheme", "value"}], "cites", "text"}`, with
/// `"tier": null` when the guideline prints none (the synthesized conformance would leave it out).
extension GuidelinePosition {
    enum CodingKeys: String, CodingKey {
        case issuer, stance, tier, grades, cites, text
    }

    /// Writes `{"issuer", "stance", "tier", "grades", "cites", "text"}`, with `"tier": null` when there
    /// is none.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(stance, forKey: .stance)
        try c.encode(tier, forKey: .tier)
        try c.encode(grades, forKey: .grades)
        try c.encode(cites, forKey: .cites)
        try c.encode(text, forKey: .text)
    }

    /// Reads a position written by ``encode(to:)``.
    /// - Throws: `DecodingError` for a missing or mistyped field (`tier` may be null).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            issuer: try c.decode(String.self, forKey: .issuer),
            stance: try c.decode(Stance.self, forKey: .stance),
            tier: try c.decode(String?.self, forKey: .tier),
            grades: try c.decode([Grade].self, forKey: .grades),
            text: try c.decode(String.self, forKey: .text),
            cites: try c.decode([String].self, forKey: .cites))
    }
}
