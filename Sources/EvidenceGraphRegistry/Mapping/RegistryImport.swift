/// The evidence document for one registry record and what the curator must look at.
public struct RegistryImport: Sendable, Hashable {
    /// The record's NCT id.
    public var nctID: String
    /// The trial's id in the document (`ctgov-nct01642004`).
    public var trialID: String
    /// The evidence XML (validates against evidence.xsd).
    public var xml: String
    /// Drug interventions that name no drug of the graph (reported, not added as drugs).
    public var unresolved: [UnresolvedIntervention]

    /// The file name the CLI writes the document to (`ctgov-nct01642004.xml`).
    public var fileName: String { trialID + ".xml" }
}

/// A drug or biological intervention the graph has no drug for.
public struct UnresolvedIntervention: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var type: String
    public var otherNames: [String]
    public var arms: [String]
    /// Drugs that share the name when it is ambiguous; empty when no drug has it.
    public var candidates: [String]

    /// `intervention 'Nivolumab' (Biological; also BMS-936558) in arm 'Arm A: Nivolumab': no drug …`
    public var description: String {
        var s = "intervention '\(name)' (\(type)"
        if !otherNames.isEmpty { s += "; also " + otherNames.joined(separator: ", ") }
        s += ")"
        if !arms.isEmpty { s += " in arm " + arms.map { "'\($0)'" }.joined(separator: ", ") }
        s += candidates.isEmpty ? ": no drug of the graph has this INN, name or synonym"
                                : ": ambiguous, the name fits drugs " + candidates.joined(separator: ", ")
        return s
    }
}
