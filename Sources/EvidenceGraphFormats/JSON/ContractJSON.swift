import Foundation

/// The one `JSONEncoder` set-up of every JSON contract (`evg query --format json`,
/// `evg assess --format json`): keys sorted, so the text is deterministic (`JSONEncoder`
/// otherwise writes object members in hash order), and `/` left unescaped. Embedders can
/// read a contract back with ``decoder()`` or any JSON reader.
public enum ContractJSON {
    /// The encoder; `pretty` indents with two spaces.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A decoder for the contracts' documents.
    public static func decoder() -> JSONDecoder { JSONDecoder() }

    /// The JSON text of a contract document. The contracts' types hold only strings, whole
    /// numbers, finite floats, booleans and nulls, so encoding them cannot fail; a failure is a
    /// programming error and stops the program.
    static func text<Document: Encodable>(_ document: Document, pretty: Bool, userInfo: [CodingUserInfoKey: Bool] = [:]) -> String {
        let encoder = encoder(pretty: pretty)
        for (key, value) in userInfo { encoder.userInfo[key] = value }
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        } catch {
            preconditionFailure("a JSON contract document failed to encode: \(error)")
        }
    }
}
