/// Interns strings to dense `UInt32` symbols (labels, relationship types, property keys).
struct SymbolTable: Sendable {
    private(set) var names: [String] = []
    private var lookup: [String: UInt32] = [:]

    init() {}

    init(names: [String]) {
        self.names = names
        for (i, n) in names.enumerated() { lookup[n] = UInt32(i) }
    }

    /// The symbol for `name`, adding it when new.
    mutating func intern(_ name: String) -> UInt32 {
        if let s = lookup[name] { return s }
        let s = UInt32(names.count)
        names.append(name)
        lookup[name] = s
        return s
    }

    /// The symbol for `name` if interned.
    func symbol(_ name: String) -> UInt32? { lookup[name] }

    var count: Int { names.count }
}

/// A source location packed into 12 bytes: file number, line, column.
struct PackedLocation: Sendable, Hashable {
    var file: UInt32
    var line: UInt32
    var column: UInt32
}
