/// The FHIR R4 data types the patient reader decodes (https://hl7.org/fhir/R4/datatypes.html).
/// Only the elements the mapping reads are declared; JSON decoding ignores the rest.

/// A code of a terminology: `system` URI, `code`, `display`.
public struct FHIRCoding: Codable, Sendable, Hashable {
    public var system: String?
    public var code: String?
    public var display: String?
    /// `system|code`, the form diagnostics use.
    public var token: String { "\(system ?? "")|\(code ?? "")" }
}

/// One concept written as codings and/or text.
public struct FHIRCodeableConcept: Codable, Sendable, Hashable {
    public var coding: [FHIRCoding]?
    public var text: String?
    /// The text, else the first coding's display: the concept's human name.
    public var name: String? {
        if let t = text?.trimmed, !t.isEmpty { return t }
        return coding?.lazy.compactMap { $0.display?.trimmed }.first { !$0.isEmpty }
    }
}

/// A time interval; either end may be missing.
public struct FHIRPeriod: Codable, Sendable, Hashable {
    public var start: String?
    public var end: String?
}

/// A measured amount (also used for `Age` and `Duration`).
public struct FHIRQuantity: Codable, Sendable, Hashable {
    public var value: Double?
    public var unit: String?
    public var system: String?
    public var code: String?
}

/// A reference to another resource (`Condition/primary-1` or a bundle `fullUrl`).
public struct FHIRReference: Codable, Sendable, Hashable {
    public var reference: String?
    public var display: String?
}

/// A business identifier (here: `MedicationRequest.groupIdentifier`).
public struct FHIRIdentifier: Codable, Sendable, Hashable {
    public var system: String?
    public var value: String?
}

/// Resource metadata; `profile` names the profiles (mCODE, Genomics Reporting) it claims.
public struct FHIRMeta: Codable, Sendable, Hashable {
    public var profile: [String]?
}

/// An extension: `url` and one `value[x]` (the kinds the reader uses).
public struct FHIRExtension: Codable, Sendable, Hashable {
    public var url: String
    public var valueCode: String?
    public var valueString: String?
    public var valueInteger: Int?
    public var valuePositiveInt: Int?
    public var valueDuration: FHIRQuantity?
    public var valueQuantity: FHIRQuantity?
    public var valueCodeableConcept: FHIRCodeableConcept?
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
