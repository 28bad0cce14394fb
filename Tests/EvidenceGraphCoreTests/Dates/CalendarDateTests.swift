import EvidenceGraphCore
import Foundation
import Testing

/// Calendar dates as clinical sources write them: a year, a month or a day, each a real day
/// of the proleptic Gregorian calendar, written back at the precision they were read.
@Suite struct CalendarDateTests {
    @Test func readsTheThreePrecisionsAndWritesThemBack() throws {
        for text in ["2021", "2024-07", "2024-07-03", "0001-01-01", "9999-12-31"] {
            let d = try #require(CalendarDate(iso: text))
            #expect(d.description == text)
        }
        #expect(CalendarDate(iso: "2021")?.precision == .year)
        #expect(CalendarDate(iso: "2024-07")?.precision == .month)
        #expect(CalendarDate(iso: "2024-07")?.isoDay == "2024-07-01")
    }

    @Test func knowsEpochDaysAcrossLeapYearsAndCenturies() {
        #expect(CalendarDate(iso: "1970-01-01")?.epochDay == 0)
        #expect(CalendarDate(iso: "2000-03-01")?.epochDay == 11_017)
        #expect(CalendarDate(iso: "1969-12-31")?.epochDay == -1)
        #expect(CalendarDate(epochDay: 19_907).description == "2024-07-03")
        #expect(CalendarDate(iso: "2024-02-29") != nil, "2024 is a leap year")
        #expect(CalendarDate(iso: "1900-02-29") == nil, "1900 is not")
        #expect(CalendarDate(iso: "2000-02-29") != nil, "2000 is")
    }

    @Test func refusesTextThatIsNoDay() {
        for text in ["", "21", "2021-1", "2021-13", "2021-00", "2021-02-30", "2021-04-31", "2021-01-01T10:00", "+2021", "２０２１", "0000", "2021-01-01-01", " 2021"] {
            #expect(CalendarDate(iso: text) == nil, "\(text)")
        }
    }

    @Test func equalityAndOrderLookAtTheDayOnly() {
        let year = CalendarDate(iso: "2021")!, day = CalendarDate(iso: "2021-01-01")!
        #expect(year == day && year.hashValue == day.hashValue && year.description != day.description)
        #expect(CalendarDate(iso: "2020-12-31")! < year)
        #expect(PropertyValue.date(year) == PropertyValue.date(day))
    }

    @Test func countsMonthsWithDaysOnlyWhenBothStateThem() {
        let start = CalendarDate(iso: "2023-01-15")!
        #expect(CalendarDate(iso: "2023-07-15")!.months(since: start) == 6)
        #expect(abs(CalendarDate(iso: "2023-07-30")!.months(since: start) - (6 + 15 / 30.44)) < 1e-9)
        #expect(CalendarDate(iso: "2023-07")!.months(since: start) == 6, "a month-precision end counts whole months")
    }

    @Test func codesAsItsText() throws {
        let dates = [CalendarDate(iso: "2021")!, CalendarDate(iso: "2021-03-04")!]
        let data = try JSONEncoder().encode(dates)
        #expect(String(decoding: data, as: UTF8.self) == #"["2021","2021-03-04"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data).map(\.description) == ["2021", "2021-03-04"])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2021-02-30"]"#.utf8)) }
    }

    @Test func survivesTheGraphBuilder() throws {
        var b = GraphBuilder()
        _ = try b.addNode(id: "g", labels: ["Guideline"], properties: ["date": .date(CalendarDate(iso: "2024-07")!), "dates": .list([.date(CalendarDate(iso: "2021")!)])])
        let g = b.freeze()
        let n = try #require(g.node(withID: "g"))
        let date = try #require(g.property("date", of: n)?.dateValue)
        #expect(date.description == "2024-07" && date.precision == .month)
        #expect(g.property("dates", of: n) == .list([.date(CalendarDate(iso: "2021-01-01")!)]))
        #expect(g.property("date", of: n)?.description == "date('2024-07')")
    }
}
