import EvidenceGraphCore

/// The temporal functions: the constructors `date`, `localtime`, `time`, `localdatetime`,
/// `datetime` and `duration` (from a string, a map, another temporal, or — without an
/// argument — the statement's clock), their `.truncate`, `.realtime`, `.statement` and
/// `.transaction` forms, `datetime.fromepoch(millis)` and `duration.between` / `inMonths` /
/// `inDays` / `inSeconds`. The default time zone is UTC.
extension ScalarFunction {
    static let temporalFunctions: [ScalarFunction] = {
        var out: [ScalarFunction] = []
        for kind in ["date", "localtime", "time", "localdatetime", "datetime"] {
            out.append(ScalarFunction(kind, 0...1) { args, _ throws(QueryError) in try TemporalFunctionBodies.construct(kind, args.first) })
            for clock in ["realtime", "statement", "transaction"] {
                out.append(ScalarFunction(kind + "." + clock, 0...1) { args, _ throws(QueryError) in
                    try TemporalFunctionBodies.current(kind, args.first)
                })
            }
            out.append(ScalarFunction(kind + ".truncate", 2...3) { args, _ throws(QueryError) in
                try TemporalFunctionBodies.truncate(kind, args)
            })
        }
        out.append(ScalarFunction("datetime.fromepoch", 2...2) { args, _ throws(QueryError) in
            if args.contains(where: \.isNull) { return .null }
            let s = try integerArgument("datetime.fromepoch", args[0]), n = try integerArgument("datetime.fromepoch", args[1])
            return .temporal(try TemporalMath.fromEpoch(seconds: s, nanos: n, zone: .offset(0)))
        })
        out.append(ScalarFunction("datetime.fromepochmillis", 1...1) { args, _ throws(QueryError) in
            if args[0].isNull { return .null }
            let ms = try integerArgument("datetime.fromepochmillis", args[0])
            return .temporal(try TemporalMath.fromEpoch(seconds: floorDiv(ms, 1000), nanos: floorMod(ms, 1000) * 1_000_000, zone: .offset(0)))
        })
        out.append(ScalarFunction("duration", 1...1) { args, _ throws(QueryError) in try TemporalFunctionBodies.duration(args[0]) })
        let units: [(String, DurationBetween.Unit)] = [("between", .all), ("inMonths", .months), ("inDays", .days), ("inSeconds", .seconds)]
        for (name, unit) in units {
            out.append(ScalarFunction("duration." + name, 2...2) { args, _ throws(QueryError) in
                if args[0].isNull || args[1].isNull { return .null }
                guard case .temporal(let a) = args[0], case .temporal(let b) = args[1] else {
                    throw wrongType("duration.\(name)", args[0].isTemporal ? args[1] : args[0])
                }
                return .temporal(.duration(try DurationBetween.between(a, b, unit)))
            })
        }
        return out
    }()

    /// The function with its runtime errors located at the call (`line:column`).
    func locatingErrors(at span: SourceSpan) -> ScalarFunction {
        let body = self.body
        return ScalarFunction(name, arity) { args, graph throws(QueryError) in
            do throws(QueryError) { return try body(args, graph) } catch { throw error.located(at: span) }
        }
    }

    /// Names whose value is the statement's clock when called without arguments.
    static func readsStatementClock(_ lowercasedName: String, argumentCount: Int) -> Bool {
        let kinds: Set<String> = ["date", "localtime", "time", "localdatetime", "datetime"]
        if argumentCount == 0, kinds.contains(lowercasedName) { return true }
        let parts = lowercasedName.split(separator: ".")
        return parts.count == 2 && kinds.contains(String(parts[0])) && (parts[1] == "statement" || parts[1] == "transaction")
    }
}

/// The bodies of the temporal functions.
enum TemporalFunctionBodies {
    static let defaultZone = TimeZones.Zone.offset(0)

    static func construct(_ kind: String, _ argument: Value?) throws(QueryError) -> Value {
        guard let argument else { return .temporal(try TemporalClock.current(kind, zone: defaultZone)) }
        switch argument {
        case .null: return .null
        case .string(let s): return .temporal(try parse(kind, s))
        case .map(let entries):
            if entries.count == 1, entries[0].key.lowercased() == "timezone", case .string(let z) = entries[0].value {
                return .temporal(try TemporalClock.current(kind, zone: try TimeZones.parse(z)))
            }
            let f = try TemporalConstruction.Fields(entries)
            switch kind {
            case "date": return .temporal(try TemporalConstruction.makeDate(f))
            case "localtime": return .temporal(try TemporalConstruction.makeLocalTime(f))
            case "time": return .temporal(try TemporalConstruction.makeTime(f, defaultZone: defaultZone))
            case "localdatetime": return .temporal(try TemporalConstruction.makeLocalDateTime(f))
            default: return .temporal(try TemporalConstruction.makeDateTime(f, defaultZone: defaultZone))
            }
        case .temporal(let t): return .temporal(try convert(kind, t))
        default: throw ScalarFunction.wrongType(kind, argument)
        }
    }

    /// A statement-clock function (`date()`, `time.statement('+01:00')`) at `clock`.
    static func atStatementClock(_ name: String, _ args: [Value], clock: (seconds: Int64, nanos: Int64)) throws(QueryError) -> Value {
        let kind = String(name.split(separator: ".")[0])
        if args.isEmpty { return .temporal(try TemporalClock.current(kind, zone: defaultZone, at: clock)) }
        return try current(kind, args[0], at: clock)
    }

    static func current(_ kind: String, _ zoneArgument: Value?, at clock: (seconds: Int64, nanos: Int64)? = nil) throws(QueryError) -> Value {
        var zone = defaultZone
        if zoneArgument?.isNull == true { return .null }
        if let zoneArgument {
            guard case .string(let z) = zoneArgument else { throw ScalarFunction.wrongType(kind, zoneArgument) }
            zone = try TimeZones.parse(z)
        }
        return .temporal(try TemporalClock.current(kind, zone: zone, at: clock))
    }

    static func truncate(_ kind: String, _ args: [Value]) throws(QueryError) -> Value {
        if args[1].isNull { return .null }
        guard case .string(let unit) = args[0] else { throw ScalarFunction.wrongType(kind + ".truncate", args[0]) }
        guard case .temporal(let t) = args[1] else { throw ScalarFunction.wrongType(kind + ".truncate", args[1]) }
        var entries: [(key: String, value: Value)] = []
        if args.count == 3 {
            switch args[2] {
            case .map(let m): entries = m
            case .null: break
            default: throw ScalarFunction.wrongType(kind + ".truncate", args[2])
            }
        }
        return .temporal(try TemporalTruncation.truncate(kind, unitName: unit, t, entries, defaultZone: defaultZone))
    }

    static func duration(_ v: Value) throws(QueryError) -> Value {
        switch v {
        case .null: return .null
        case .string(let s): return .temporal(.duration(try TemporalParsing.duration(s)))
        case .map(let m): return .temporal(.duration(try DurationFields.make(m)))
        case .temporal(.duration(let d)): return .temporal(.duration(d))
        default: throw ScalarFunction.wrongType("duration", v)
        }
    }

    private static func parse(_ kind: String, _ s: String) throws(QueryError) -> TemporalValue {
        let timeOnly = kind == "localtime" || kind == "time"
        let p = try TemporalParsing.parse(s, timeOnly: timeOnly, kind: kind)
        switch kind {
        case "date":
            guard p.nanoOfDay == nil, let d = p.epochDay else { throw TemporalParsing.invalid(s, kind) }
            return .date(epochDay: d)
        case "localtime": return .localTime(nanoOfDay: p.nanoOfDay ?? 0)
        case "time":
            let t = p.nanoOfDay ?? 0
            return .time(nanoOfDay: t, offset: TimeZones.resolve(p.zone ?? defaultZone, epochDay: TemporalClock.today(), nanoOfDay: t).offset)
        case "localdatetime": return .localDateTime(epochDay: p.epochDay ?? 0, nanoOfDay: p.nanoOfDay ?? 0)
        default: return TemporalMath.zoned(epochDay: p.epochDay ?? 0, nanoOfDay: p.nanoOfDay ?? 0, zone: p.zone ?? defaultZone)
        }
    }

    /// `date(datetime)`, `time(localtime)` and the like: the fields the target type has.
    private static func convert(_ kind: String, _ t: TemporalValue) throws(QueryError) -> TemporalValue {
        func fail() -> QueryError { .typeError("\(kind)() cannot take a \(t.typeName)", detail: .invalidArgumentType) }
        if case .duration = t { throw fail() }
        switch kind {
        case "date":
            guard let d = t.epochDay else { throw fail() }
            return .date(epochDay: d)
        case "localtime":
            guard let n = t.nanoOfDay else { throw fail() }
            return .localTime(nanoOfDay: n)
        case "time":
            guard let n = t.nanoOfDay else { throw fail() }
            return .time(nanoOfDay: n, offset: t.zone?.offset ?? 0)
        case "localdatetime":
            guard let d = t.epochDay else { throw fail() }
            return .localDateTime(epochDay: d, nanoOfDay: t.nanoOfDay ?? 0)
        default:
            guard let d = t.epochDay else { throw fail() }
            if case .dateTime = t { return t }
            return TemporalMath.zoned(epochDay: d, nanoOfDay: t.nanoOfDay ?? 0, zone: defaultZone)
        }
    }
}

/// `duration({years: 1, days: 1.5, …})`: integer amounts add exactly; any fraction makes the
/// whole duration cascade (a fraction of a month into days and seconds by the average month).
enum DurationFields {
    static func make(_ entries: [(key: String, value: Value)]) throws(QueryError) -> TemporalDuration {
        let scale: [String: (Int, Double)] = [
            "years": (0, 12), "quarters": (0, 3), "months": (0, 1), "weeks": (1, 7), "days": (1, 1),
            "hours": (2, 3600), "minutes": (2, 60), "seconds": (2, 1),
            "milliseconds": (3, 1e6), "microseconds": (3, 1e3), "nanoseconds": (3, 1),
        ]
        var exact: [Int64] = [0, 0, 0, 0]
        var approximate: [Double] = [0, 0, 0, 0]
        var fractional = false
        for (key, value) in entries {
            guard let (slot, factor) = scale[key.lowercased()] else {
                throw .argumentError("'\(key)' is not a duration field", detail: .invalidArgumentValue)
            }
            switch value {
            case .int(let i):
                exact[slot] = try Checked.add(exact[slot], try Checked.multiply(i, Int64(factor)))
                approximate[slot] += Double(i) * factor
            case .float(let d):
                if d != d.rounded() { fractional = true }
                approximate[slot] += d * factor
                if d == d.rounded(), abs(d) < 9e15 { exact[slot] = try Checked.add(exact[slot], try Checked.multiply(Int64(d), Int64(factor))) }
                else { fractional = true }
            case .null: continue
            default: throw .typeError("duration field '\(key)' must be a number, got \(value.typeName)", detail: .invalidArgumentType)
            }
        }
        if !fractional { return TemporalDuration(months: exact[0], days: exact[1], seconds: exact[2], nanos: exact[3]) }
        return try TemporalDuration.approximate(months: approximate[0], days: approximate[1], seconds: approximate[2], nanos: approximate[3])
    }
}
