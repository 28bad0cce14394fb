/// The two formats the loader reads, told apart by the root element.
enum DocumentKind {
    case evidence
    case graphML

    /// How many of a document's first bytes are read to tell its kind.
    static let sniffLength = 65536

    /// The kind named by the first element of a document's first bytes (after the XML
    /// declaration, comments, processing instructions and any DOCTYPE); `nil` when the
    /// bytes do not show one. UTF-16 and UTF-32 documents (with a byte-order mark or an
    /// XML declaration) are decoded first (`EncodingDetection`).
    static func sniff(_ bytes: some Collection<UInt8>) -> DocumentKind? {
        var s = EncodingDetection.utf8Prefix(bytes)[...]
        while true {
            while let c = s.first, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { s = s.dropFirst() }
            guard s.first == UInt8(ascii: "<") else { return nil }
            if s.starts(with: Array("<?".utf8)) {
                guard let end = find(Array("?>".utf8), in: s) else { return nil }
                s = s[end...]
            } else if s.starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: s) else { return nil }
                s = s[end...]
            } else if s.starts(with: Array("<!".utf8)) {
                guard let end = s.firstIndex(of: UInt8(ascii: ">")) else { return nil }
                s = s[(end + 1)...]
            } else {
                let nameBytes = s.dropFirst().prefix { c in
                    !(c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == UInt8(ascii: ">") || c == UInt8(ascii: "/"))
                }
                var name = String(decoding: nameBytes, as: UTF8.self)
                if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
                switch name {
                case EvidenceModel.rootElement: return .evidence
                case "graphml": return .graphML
                default: return nil
                }
            }
        }
    }

    /// The index just past the first occurrence of `needle` in `haystack`.
    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = haystack.startIndex
        while i + needle.count <= haystack.endIndex {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i + needle.count }
            i += 1
        }
        return nil
    }
}
