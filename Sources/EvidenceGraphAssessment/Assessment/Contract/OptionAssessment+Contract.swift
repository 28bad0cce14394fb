/// An option in the assessment contract (see ``Assessment``'s conformance): `drugs` are the
/// INNs (``OptionAssessment/inns``), `drugIds` the ids (``OptionAssessment/drugs``),
/// `positions` the guideline positions and `guidelines` their texts by issuer (written only;
/// read back from `positions`); `moreEvidence` only when the encoder's `userInfo` sets
/// ``OptionAssessment/moreEvidenceKey``.
extension OptionAssessment {
    /// Set to `true` in an encoder's `userInfo` to write each option's `moreEvidence`.
    public static let moreEvidenceKey = CodingUserInfoKey(rawValue: "EvidenceGraph.OptionAssessment.moreEvidence")!

    enum CodingKeys: String, CodingKey {
        case drugs, drugIds, regimen, name, verdict, rank, reasons, guidelines, positions, companions, cautions, moreEvidence
    }

    /// Writes the option's contract object; `moreEvidence` only when the encoder's `userInfo` sets
    /// ``moreEvidenceKey`` to `true`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(inns, forKey: .drugs)
        try c.encode(drugs, forKey: .drugIds)
        try c.encode(regimen, forKey: .regimen)
        try c.encode(name, forKey: .name)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(rank, forKey: .rank)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(Dictionary(guidelines.map { ($0.issuer, $0.text) }, uniquingKeysWith: { first, _ in first }), forKey: .guidelines)
        try c.encode(guidelines, forKey: .positions)
        try c.encode(companions, forKey: .companions)
        try c.encode(cautions, forKey: .cautions)
        if encoder.userInfo[Self.moreEvidenceKey] as? Bool == true { try c.encode(moreEvidence, forKey: .moreEvidence) }
    }

    /// Reads an option written by ``encode(to:)``: `guidelines` is ignored (``guidelines`` comes from
    /// `positions`), an absent `moreEvidence` reads as empty.
    /// - Throws: `DecodingError` for a missing or mistyped field.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            drugs: try c.decode([String].self, forKey: .drugIds),
            inns: try c.decode([String].self, forKey: .drugs),
            regimen: try c.decode(String?.self, forKey: .regimen),
            name: try c.decode(String.self, forKey: .name),
            verdict: try c.decode(Verdict.self, forKey: .verdict),
            rank: try c.decode(Int.self, forKey: .rank),
            reasons: try c.decode([Reason].self, forKey: .reasons),
            guidelines: try c.decode([GuidelinePosition].self, forKey: .positions),
            cautions: try c.decode([Reason].self, forKey: .cautions),
            companions: try c.decode([Companion].self, forKey: .companions),
            moreEvidence: try c.decodeIfPresent([Reason].self, forKey: .moreEvidence) ?? [])
    }
}
