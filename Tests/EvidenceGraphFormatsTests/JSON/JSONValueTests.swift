import EvidenceGraphFormats
import Foundation
import Testing

/// JSONValue: JSON's equality (member order and number spelling aside), its own ordered
/// serializer, and Codable round trips through JSONEncoder/JSONDecoder.
@Suite struct JSONValueTests {
    @Test func equalityIsJSONs() {
        let a = JSONValue.object([("x", .int(1)), ("y", .array([.string("a"), .null]))])
        let b = JSONValue.object([("y", .array([.string("a"), .null])), ("x", .double(1.0))])
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(JSONValue.int(1) != .double(1.5))
        #expect(JSONValue.array([.int(1), .int(2)]) != .array([.int(2), .int(1)]), "arrays keep their order")
        #expect(JSONValue.object([("x", .int(1))]) != .object([("x", .int(1)), ("y", .null)]))
        #expect(JSONValue.string("1") != .int(1) && JSONValue.bool(false) != .null)
    }

    @Test func serializerKeepsMemberOrder() {
        let value = JSONValue.object([("b", .double(2)), ("a", .string("x\n\"/\u{1}")), ("c", .double(.nan))])
        #expect(value.serialized() == #"{"b":2.0,"a":"x\n\"/\u0001","c":null}"#)
    }

    @Test func readsBackWhatJSONEncoderWrites() throws {
        let value = JSONValue.object([
            ("text", .string("Эверолимус / 10 mg")), ("n", .int(-42)), ("big", .int(Int64.max)), ("f", .double(0.25)),
            ("yes", .bool(true)), ("none", .null), ("list", .array([.int(1), .array([]), .object([])])),
        ])
        let data = try ContractJSON.encoder().encode(value)
        #expect(try ContractJSON.decoder().decode(JSONValue.self, from: data) == value)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix(#"{"big":9223372036854775807,"f":0.25,"list":[1,[],{}],"#))
    }
}
