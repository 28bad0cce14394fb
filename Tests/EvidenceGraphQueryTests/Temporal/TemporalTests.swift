import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

@Suite struct TemporalTests {
    func one(_ query: String, _ graph: Graph = Graph()) throws -> String {
        let result = try graph.query(query)
        return result.rows.map { $0.map { $0.render(result.graph) }.joined(separator: " | ") }.joined(separator: "\n")
    }

    @Test func constructorsFromStringsAndMaps() throws {
        #expect(try one("RETURN date('2015-W30-2'), date('2015202'), date({year: 1984, quarter: 3, dayOfQuarter: 45})")
                == "'2015-07-21' | '2015-07-21' | '1984-08-14'")
        #expect(try one("RETURN localtime('214032.142'), time('2140-02'), localdatetime('2015-W30T2140')")
                == "'21:40:32.142' | '21:40-02:00' | '2015-07-20T21:40'")
        #expect(try one("RETURN datetime({year: 1984, ordinalDay: 202, hour: 12, timezone: 'Europe/Stockholm'})")
                == "'1984-07-20T12:00+02:00[Europe/Stockholm]'")
        #expect(try one("RETURN duration('P0.75M'), duration({minutes: 1.5, seconds: 1}), duration('PT-0.001S')")
                == "'P22DT19H51M49.5S' | 'PT1M31S' | 'PT-0.001S'")
        #expect(try one("RETURN date('+999999999-12-31'), date('-0001-01-01')") == "'+999999999-12-31' | '-0001-01-01'")
    }

    @Test func daylightSavingOverlapAndGap() throws {
        // 2017-10-29 02:30 happens twice in Stockholm: the earlier offset wins.
        #expect(try one("RETURN datetime('2017-10-29T02:30[Europe/Stockholm]')") == "'2017-10-29T02:30+02:00[Europe/Stockholm]'")
        // 2017-03-26 02:30 does not exist: it moves forward by the gap.
        #expect(try one("RETURN datetime('2017-03-26T02:30[Europe/Stockholm]')") == "'2017-03-26T03:30+02:00[Europe/Stockholm]'")
        #expect(try one("RETURN duration.inSeconds(datetime('2017-10-28T23:00+02:00[Europe/Stockholm]'), datetime('2017-10-29T04:00[Europe/Stockholm]'))")
                == "'PT6H'")
    }

    @Test func arithmeticAndBetween() throws {
        #expect(try one("RETURN date('1984-10-11') + duration('P1M-14D'), localtime('23:00') + duration('PT2H')")
                == "'1984-10-28' | '01:00'")
        #expect(try one("RETURN duration('P1D') * 1.5, duration('PT1H') / 2, duration('P1Y') - duration('P1M')")
                == "'P1DT12H' | 'PT30M' | 'P11M'")
        #expect(try one("RETURN duration.between(date('1984-10-11'), date('2015-06-24')), duration.inDays(date('2015-01-01'), date('2016-01-01'))")
                == "'P30Y8M13D' | 'P365D'")
        #expect(throws: QueryError.self) { try one("RETURN date('2015-01-01') + 1") }
        #expect(try one("UNWIND [duration('PT1H'), duration('PT30M')] AS d RETURN sum(d), avg(d), max(d)")
                == "'PT1H30M' | 'PT45M' | 'PT1H'")
        #expect(throws: QueryError.self) { try one("UNWIND [duration('PT1H'), 1] AS d RETURN sum(d)") }
    }

    @Test func accessorsAndTruncation() throws {
        #expect(try one("WITH date('1984-01-01') AS d RETURN d.year, d.weekYear, d.week, d.weekDay, d.ordinalDay")
                == "1984 | 1983 | 52 | 7 | 1")
        #expect(try one("WITH datetime('1984-11-11T12:31:14.645876123+01:00') AS d RETURN d.epochMillis, d.offsetMinutes, d.nanosecond")
                == "469020674645 | 60 | 645876123")
        #expect(try one("WITH time('12:00Z') AS t RETURN t.timezone, t.offset, t.offsetSeconds") == "'Z' | 'Z' | 0")
        #expect(try one("RETURN date.truncate('weekYear', date('1984-02-01')), localtime.truncate('millisecond', localtime('12:31:14.645876123'), {nanosecond: 2})")
                == "'1984-01-02' | '12:31:14.645000002'")
    }

    @Test func comparisonEqualityAndOrdering() throws {
        #expect(try one("RETURN time('10:00+01:00') < time('09:30Z'), date('2015-01-01') < localdatetime('2015-01-01T00:00'), duration('PT1H') < duration('PT2H')")
                == "true | null | null")
        #expect(try one("RETURN duration('PT60M') = duration('PT1H'), duration('P1D') = duration('PT24H'), date('2015-01-01') = '2015-01-01'")
                == "true | false | false")
        let sorted = try one("""
            UNWIND [duration('PT1S'), localtime('12:00'), time('12:00Z'), date('2015-01-01'), localdatetime('2015-01-01T00:00'),
                    datetime('2015-01-01T00:00Z'), 'text', 1] AS x
            RETURN x ORDER BY x
            """)
        #expect(sorted.split(separator: "\n") == ["'2015-01-01T00:00Z'", "'2015-01-01T00:00'", "'2015-01-01'", "'12:00Z'",
                                                   "'12:00'", "'PT1S'", "'text'", "1"])
    }

    @Test func storedTemporalsReadBackAsTemporals() throws {
        let g = try Graph().query("""
            CREATE (:E {at: datetime('2017-08-08T12:31:14+02:00[Europe/Stockholm]'), on: [date('2015-01-02'), date('2015-01-01')], d: duration('PT90M')}),
                   (:E {on: [date('2015-01-01')], d: duration('PT1H30M')})
            """).graph
        #expect(try one("MATCH (e:E) WHERE e.at IS NOT NULL RETURN e.at.hour, e.at, e.d.minutes", g)
                == "12 | '2017-08-08T12:31:14+02:00[Europe/Stockholm]' | 90")
        #expect(try one("MATCH (e:E) RETURN e.d AS d, count(*) AS n", g) == "'PT1H30M' | 2")
        #expect(try one("MATCH (e:E {d: duration('PT90M')}) RETURN count(e)", g) == "2")
        #expect(try one("MATCH (e:E) UNWIND e.on AS day RETURN day ORDER BY day DESC LIMIT 1", g) == "'2015-01-02'")
        #expect(try one("MATCH (e:E) WHERE e.at IS NOT NULL RETURN keys(e), properties(e).d", g) == "['at', 'on', 'd'] | 'PT1H30M'")
    }

    @Test func storedTemporalsSortAndFilterByValueNotByText() throws {
        let g = try Graph().query("UNWIND ['1970-01-20', '1969-12-01', '1970-01-05', '1969-12-31'] AS t CREATE (:D {on: date(t)})").graph
        #expect(try one("MATCH (n:D) RETURN n.on ORDER BY n.on", g).split(separator: "\n")
                == ["'1969-12-01'", "'1969-12-31'", "'1970-01-05'", "'1970-01-20'"])
        #expect(try one("MATCH (n:D) WHERE n.on < date('1970-01-01') RETURN count(*), min(n.on), max(n.on)", g)
                == "2 | '1969-12-01' | '1969-12-31'")
        #expect(try one("MATCH (n:D) RETURN DISTINCT n.on.year AS y ORDER BY y", g) == "1969\n1970")
    }

    @Test func invalidValuesAreArgumentErrors() {
        for query in ["RETURN date({year: 2015, month: 13})", "RETURN date('2015-02-30')", "RETURN time('25:00')",
                      "RETURN datetime({year: 2015, timezone: 'Mars/Olympus'})", "RETURN duration('P1X')",
                      "RETURN date({year: 2015, hour: 1})", "RETURN date.truncate('fortnight', date('2015-01-01'))"] {
            #expect(throws: QueryError.self, "\(query)") { try one(query) }
        }
        do {
            _ = try one("RETURN\n  date('2015-13-01')")
            Issue.record("expected an error")
        } catch let e as QueryError {
            #expect(e.errorClass == "ArgumentError")
            #expect(e.line == 2 && e.column == 3)
        } catch { Issue.record("\(error)") }
    }
}

@Suite struct TemporalLayoutTests {
    /// Rows are arrays of `Value`: temporals must not widen every value.
    @Test func valueStaysThreeWords() {
        #expect(MemoryLayout<Value>.stride == 24)
    }
}
