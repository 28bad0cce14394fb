extension Array {
    /// The same elements in storage of exactly their count (a frozen array never grows, so
    /// the spare capacity left by appending is given back).
    func trimmed() -> [Element] {
        capacity > count ? withUnsafeBufferPointer { Array($0) } : self
    }
}

extension PropertyColumns {
    /// Gives back spare capacity (after the last append).
    mutating func trim() {
        offsets = offsets.trimmed()
        entries = entries.trimmed()
    }
}

extension ListStore {
    /// Gives back spare capacity (after the last append).
    mutating func trim() {
        offsets = offsets.trimmed()
        kinds = kinds.trimmed()
        bits = bits.trimmed()
    }
}

extension LocationColumn {
    /// Gives back spare capacity (after the last record).
    mutating func trim() {
        packed = packed.trimmed()
    }
}
