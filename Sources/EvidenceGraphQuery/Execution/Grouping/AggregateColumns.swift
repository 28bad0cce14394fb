/// The running aggregates of every group, in flat columns: `count(*)` and non-distinct
/// `count(x)` keep one `Int64` per group; every other aggregate keeps an `AggregateState`.
/// Group `g`'s values sit at `g * width + column`, so adding a row touches one cache line
/// per column kind and a new group allocates nothing for its counts.
struct AggregateColumns {
    private enum Place {
        case countRows(Int)
        case countValues(Int)
        case state(Int)
    }

    private let specs: [AggregateSpec]
    private let places: [Place]
    private let countWidth: Int
    private let stateWidth: Int
    private var counts: [Int64] = []
    private var states: [AggregateState] = []
    private(set) var groupCount = 0

    init(_ specs: [AggregateSpec]) {
        self.specs = specs
        var places: [Place] = []
        var c = 0, s = 0
        for spec in specs {
            switch (spec.function, spec.isDistinct) {
            case (.countStar, _): places.append(.countRows(c)); c += 1
            case (.count, false): places.append(.countValues(c)); c += 1
            default: places.append(.state(s)); s += 1
            }
        }
        self.places = places
        countWidth = c
        stateWidth = s
    }

    /// Adds a group with empty aggregates; returns its number.
    @discardableResult
    mutating func addGroup() -> Int {
        counts.append(contentsOf: repeatElement(0, count: countWidth))
        for (spec, place) in zip(specs, places) {
            if case .state = place { states.append(AggregateState(spec.function, distinct: spec.isDistinct)) }
        }
        groupCount += 1
        return groupCount - 1
    }

    /// Feeds aggregate `i` of group `g` one argument value (`count(*)` ignores it).
    @inline(__always)
    mutating func add(_ i: Int, group g: Int, _ v: Value, parameter: Value) throws(QueryError) {
        switch places[i] {
        case .countRows(let c): counts[g * countWidth + c] += 1
        case .countValues(let c): if !v.isNull { counts[g * countWidth + c] += 1 }
        case .state(let s): try states[g * stateWidth + s].add(v, parameter: parameter)
        }
    }

    /// Whether aggregate `i` reads its argument.
    func needsArgument(_ i: Int) -> Bool {
        if case .countRows = places[i] { return false }
        return true
    }

    /// The value of aggregate `i` for group `g`.
    func result(_ i: Int, group g: Int) -> Value {
        switch places[i] {
        case .countRows(let c), .countValues(let c): return .int(counts[g * countWidth + c])
        case .state(let s): return states[g * stateWidth + s].result
        }
    }
}
