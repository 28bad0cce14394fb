/// Dense integer codes for the element and attribute names of one parse.
///
/// libxml2 interns names in its dictionary, so a name arrives as the same pointer every
/// time; the table maps that pointer to a code with one probe of a small open-addressing
/// array, and makes the `String` of each distinct name once. Codes are unique per text
/// (two pointers with the same text get the same code).
struct SAXNameTable {
    /// The text of each code.
    private(set) var names: [String] = []
    private var codeOfName: [String: Int32] = [:]
    private var slotKeys: [UInt] = Array(repeating: 0, count: 256)
    private var slotCodes: [Int32] = Array(repeating: -1, count: 256)
    private var used = 0

    /// The code of the NUL-terminated name at `pointer`.
    @inline(__always)
    mutating func code(_ pointer: UnsafePointer<UInt8>) -> Int32 {
        let key = UInt(bitPattern: pointer)
        let mask = slotKeys.count - 1
        var i = Self.slot(key, mask)
        while true {
            let k = slotKeys[i]
            if k == key { return slotCodes[i] }
            if k == 0 { return insert(key, pointer) }
            i = (i + 1) & mask
        }
    }

    /// The code of `name`, adding it when new (for names that do not come from libxml2).
    mutating func code(of name: String) -> Int32 {
        if let c = codeOfName[name] { return c }
        let c = Int32(names.count)
        names.append(name)
        codeOfName[name] = c
        return c
    }

    @inline(__always)
    private static func slot(_ key: UInt, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) >> 3) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
    }

    private mutating func insert(_ key: UInt, _ pointer: UnsafePointer<UInt8>) -> Int32 {
        let c = code(of: String(cString: pointer))
        if (used + 1) * 2 > slotKeys.count { grow() }
        let mask = slotKeys.count - 1
        var i = Self.slot(key, mask)
        while slotKeys[i] != 0 { i = (i + 1) & mask }
        slotKeys[i] = key
        slotCodes[i] = c
        used += 1
        return c
    }

    private mutating func grow() {
        let oldKeys = slotKeys, oldCodes = slotCodes
        slotKeys = Array(repeating: 0, count: oldKeys.count * 2)
        slotCodes = Array(repeating: -1, count: oldKeys.count * 2)
        let mask = slotKeys.count - 1
        for (k, c) in zip(oldKeys, oldCodes) where k != 0 {
            var i = Self.slot(k, mask)
            while slotKeys[i] != 0 { i = (i + 1) & mask }
            slotKeys[i] = k
            slotCodes[i] = c
        }
    }
}

/// One attribute of a start tag as libxml2 hands it over: name codes and the raw value bytes
/// (valid until the start-element callback returns). Values may still hold character
/// references (`&#38;` for `&`): see `CharacterReferences`.
struct SAXAttribute {
    /// Code of the local name.
    var name: Int32
    /// Code of the prefix (`xml` in `xml:lang`), or -1.
    var prefix: Int32
    /// The value's UTF-8 bytes, undecoded.
    var value: UnsafeBufferPointer<UInt8>
}

/// Receives a `SAXParser`'s events as name codes and byte buffers, without allocating.
protocol RawSAXContentHandler: AnyObject {
    /// A start tag; `attributes` are valid during the call only.
    func startElement(_ name: Int32, attributes: UnsafeBufferPointer<SAXAttribute>, parser: SAXParser)
    /// An end tag (also sent for an empty element `<x/>`).
    func endElement(_ name: Int32, parser: SAXParser)
    /// Text content (possibly in several pieces), UTF-8, entities decoded.
    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: SAXParser)
}
