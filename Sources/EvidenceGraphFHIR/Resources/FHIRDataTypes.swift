/// The FHIR R4 data types the patient reader decodes (https://hl7.org/fhir/R4/datatypes.html).
/// Only the elements the mapping reads are declared; JSON decoding ignores the rest.

/// A code of a terminology: `system` URI, `code`, `display`.
package struct FHIRCoding: Codable, Sendable, Hashable {
    package var system: String?
    package var code: String?
    package var display: String?
    /// `system|code`, the form diagnostics use.
    package var token: String { "\(system ?? "")|\(code ?? "")" }
}

/// One concept written as codings and/or text.
package struct FHIRCodeableConcept: Codable, Sendable, Hashable {
    package var coding: [FHIRCoding]?
    package var text: String?
    /// The text, else the first coding's display: the concept's human name.
    package var name: String? {
        if let t = text?.trimmed, !t.isEmpty { return t }
        return coding?.lazy.compactMap { $0.display?.trimmed }.first { !$0.isEmpty }
    }
}

/// A time interval; either end may be missing.
package struct FHIRPeriod: Codable, Sendable, Hashable {
    package var start: String?
    package var end: String?
}

/// A measured amount (also used for `Age` and `Duration`).
package struct FHIRQuantity: Codable, Sendable, Hashable {
    package var value: Double?
    package var unit: String?
    package var system: String?
    package var code: String?
}

/// A reference to another resource (`Condition/primary-1` or a bundle `fullUrl`).
package struct FHIRReference: Codable, Sendable, Hashable {
    package var reference: String?
    package var display: String?
}

/// A business identifier (here: `MedicationRequest.groupIdentifier`).
package struct FHIRIdentifier: Codable, Sendable, Hashable {
    package var system: String?
    package var value: String?
}

/// Resource metadata; `profile` names the profiles (mCODE, Genomics Reporting) it claims.
package struct FHIRMeta: Codable, Sendable, Hashable {
    package var profile: [String]?
}

/// An extension: `url` and one `value[x]` (the kinds the reader uses).
package struct FHIRExtension: Codable, Sendable, Hashable {
    package var url: String
    package var valueCode: String?
    package var valueString: String?
    package var valueInteger: Int?
    package var valuePositiveInt: Int?
    package var valueDuration: FHIRQuantity?
    package var valueQuantity: FHIRQuantity?
    package var valueCodeableConcept: FHIRCodeableConcept?
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
