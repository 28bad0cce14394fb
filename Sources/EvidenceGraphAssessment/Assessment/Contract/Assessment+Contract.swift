/// ``Assessment``'s `Codable` conformance is the `evg assess --format json` contract,
/// version 2 (every version-1 field kept) — the one place that defines it; the CLI and
/// embedders encode it with `JSONEncoder` (EvidenceGraphFormats' `AssessmentJSON` and
/// `ContractJSON` set the encoder up: sorted keys), and read it back with `JSONDecoder`:
///
/// `{"derived": {…}, "options": [{"cautions": [{"text", "cites"}], "companions": [{"id", "name",
///   "because", "cites"}], "drugIds": […], "drugs": [INN…], "guidelines": {"ESMO": "…", …},
///   "name", "positions": [{"issuer", "stance", "tier", "grades": [{"scheme", "value"}], "cites",
///   "text"}], "rank", "reasons": [{"text", "cites"}], "regimen", "verdict"}], "patient": id,
///   "tests": [{"test", "cites", "decides"}], "version": 2}`
///
/// `derived` is ``DerivedState`` as it is (its synthesized conformance), as are ``Reason``,
/// ``Companion``, ``Grade`` and ``Verdict`` (its raw values). Options come by rank, drugs sorted;
/// `drugs` are the INNs as written, lower case (`trastuzumab deruxtecan`), `drugIds` the
/// knowledge base's ids. With ``OptionAssessment/moreEvidenceKey`` set to `true` in the
/// encoder's `userInfo` (`--verbose`), each option also has `moreEvidence`.
/// Left out: ``TestOrder/biomarker`` and ``TestOrder/sources`` (they read back nil and empty).
extension Assessment {
    /// The contract's version: `version` in every document written, and the only one read.
    public static let contractVersion = 2

    enum CodingKeys: String, CodingKey {
        case version, patient, derived, tests, options
    }

    /// Writes the version-2 contract document: `version`, `patient`, `derived`, `tests`, `options`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.contractVersion, forKey: .version)
        try c.encode(patient, forKey: .patient)
        try c.encode(derived, forKey: .derived)
        try c.encode(tests, forKey: .tests)
        try c.encode(options, forKey: .options)
    }

    /// Reads a version-2 document.
    /// - Throws: `DecodingError` for another version or a missing or mistyped field.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .version)
        guard version == Self.contractVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: c,
                debugDescription: "assessment contract version \(version); this library reads version \(Self.contractVersion)")
        }
        self.init(
            patient: try c.decode(String.self, forKey: .patient),
            derived: try c.decode(DerivedState.self, forKey: .derived),
            tests: try c.decode([TestOrder].self, forKey: .tests),
            options: try c.decode([OptionAssessment].self, forKey: .options))
    }
}
