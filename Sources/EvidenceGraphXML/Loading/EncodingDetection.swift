/// Tells the encoding of an XML document's first bytes the way the XML specification's
/// Appendix F (and libxml2) does — by byte-order mark, or by how `<?` is laid out — so that
/// the loader can read the root element of UTF-16 and UTF-32 documents. libxml2 itself then
/// decodes the whole document.
enum EncodingDetection {
    /// The encodings told apart.
    enum Encoding: Equatable {
        case utf8
        case utf16(bigEndian: Bool)
        case utf32(bigEndian: Bool)
    }

    /// The encoding of a document starting with `bytes` and the length of its byte-order
    /// mark (0 without one). Anything unrecognised is UTF-8.
    static func detect(_ bytes: some Collection<UInt8>) -> (encoding: Encoding, bomLength: Int) {
        let b = Array(bytes.prefix(4))
        func starts(_ p: [UInt8]) -> Bool { b.count >= p.count && Array(b.prefix(p.count)) == p }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return (.utf32(bigEndian: true), 4) }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return (.utf32(bigEndian: false), 4) }
        if starts([0xFE, 0xFF]) { return (.utf16(bigEndian: true), 2) }
        if starts([0xFF, 0xFE]) { return (.utf16(bigEndian: false), 2) }
        if starts([0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if starts([0x00, 0x00, 0x00, 0x3C]) { return (.utf32(bigEndian: true), 0) }
        if starts([0x3C, 0x00, 0x00, 0x00]) { return (.utf32(bigEndian: false), 0) }
        if starts([0x00, 0x3C, 0x00, 0x3F]) { return (.utf16(bigEndian: true), 0) }
        if starts([0x3C, 0x00, 0x3F, 0x00]) { return (.utf16(bigEndian: false), 0) }
        return (.utf8, 0)
    }

    /// The first bytes of a document as UTF-8, without a byte-order mark (a partial last
    /// character is dropped; invalid units become U+FFFD).
    static func utf8Prefix(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let all = Array(bytes)
        let (encoding, bom) = detect(all)
        let body = all[bom...]
        switch encoding {
        case .utf8:
            return Array(body)
        case .utf16(let bigEndian):
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex
            while i + 1 < body.endIndex {
                let (hi, lo) = bigEndian ? (body[i], body[i + 1]) : (body[i + 1], body[i])
                units.append(UInt16(hi) << 8 | UInt16(lo))
                i += 2
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        case .utf32(let bigEndian):
            var text = String.UnicodeScalarView()
            var i = body.startIndex
            while i + 3 < body.endIndex {
                let q = body[i..<(i + 4)].map(UInt32.init)
                let value = bigEndian ? q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3] : q[3] << 24 | q[2] << 16 | q[1] << 8 | q[0]
                text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += 4
            }
            return Array(String(text).utf8)
        }
    }
}
