import ArgumentParser
import EvidenceGraph

/// Bounds the names `evg assess` resolves: an unknown name gets a did-you-mean search whose
/// cost grows with the name's length (a 9 MB name took 18 s), so names longer than
/// ``maximumLength`` are refused before the search.
enum NameLengthCheck {
    /// The longest name accepted, in characters.
    static let maximumLength = 1000

    /// Throws a usage error naming the first over-long name among `names`.
    static func check(_ names: [String], what: String) throws {
        for name in names where name.unicodeScalars.count > maximumLength {
            throw ValidationError("\(what) has a name of \(name.unicodeScalars.count) characters; at most \(maximumLength) are accepted: \(EchoText.truncated(name))")
        }
    }

    /// The names in a patient profile that are matched against the knowledge base.
    static func names(in profile: PatientProfile) -> [String] {
        profile.therapies.flatMap(\.drugs) + profile.medications + profile.comorbidities
            + profile.metastaticSites + profile.biomarkers.map(\.name) + [profile.disease ?? ""]
    }
}
