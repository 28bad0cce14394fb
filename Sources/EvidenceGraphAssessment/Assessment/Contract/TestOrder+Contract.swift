/// A test to order in the assessment contract: `{"test", "cites", "decides"}`.
/// ``TestOrder/biomarker`` and ``TestOrder/sources`` are not in it (read back nil and empty).
extension TestOrder {
    enum CodingKeys: String, CodingKey {
        case test, cites, decides
    }

    /// Writes `{"test", "cites", "decides"}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(test, forKey: .test)
        try c.encode(cites, forKey: .cites)
        try c.encode(decides, forKey: .decides)
    }

    /// Reads a test written by ``encode(to:)``; ``biomarker`` reads back nil and ``sources`` empty.
    /// - Throws: `DecodingError` for a missing or mistyped field.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            test: try c.decode(String.self, forKey: .test),
            cites: try c.decode([String].self, forKey: .cites),
            decides: try c.decode([String].self, forKey: .decides))
    }
}
