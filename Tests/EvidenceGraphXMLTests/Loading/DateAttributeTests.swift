import EvidenceGraphCore
import Foundation
import Testing
@testable import EvidenceGraphXML

/// The evidence XML's date attributes (guideline `date`, a trial's registry dates) load as
/// date values at the precision written; a day that does not exist is an XSD error at its
/// line and column, never a silently wrong date.
@Suite struct DateAttributeTests {
    func write(_ body: String) throws -> String {
        let path = try Paths.temporaryDirectory() + "/dates.xml"
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <evidence xmlns="urn:evidencegraph:evidence:1" version="2">
            \(body)
            </evidence>
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func guidelineAndRegistryDatesAreDates() throws {
        let path = try write("""
              <guideline id="g-year" name="G1" issuer="ESMO" date="2021"/>
              <guideline id="g-day" name="G2" issuer="NCCN" date="2024-07-03"/>
              <trial id="t" name="T" nct="NCT00863655" startDate="2009-06" completionDate="2013-10-28"/>
            """)
        let g = try GraphLoader().load(path).graph
        func date(_ id: String, _ key: String) -> CalendarDate? { g.node(withID: id).flatMap { g.property(key, of: $0)?.dateValue } }
        #expect(date("g-year", "date")?.description == "2021" && date("g-year", "date")?.precision == .year)
        #expect(date("g-day", "date") == CalendarDate(year: 2024, month: 7, day: 3))
        #expect(date("t", "startDate")?.description == "2009-06")
        #expect(date("t", "completionDate")?.description == "2013-10-28")
    }

    @Test func aDayThatDoesNotExistIsAnXSDErrorAtItsPlace() throws {
        let path = try write("""
              <guideline id="g" name="G" issuer="ESMO" date="2023-02-29"/>
            """)
        let errors = loadErrors([path])
        #expect(errors.map(\.rule) == [.xsd])
        #expect(errors.first?.location?.line == 3)
        #expect(errors.first?.message.contains("2023-02-29") == true)
    }

    @Test func withoutTheSchemaAnUnreadableDateStaysText() throws {
        let path = try write("""
              <guideline id="g" name="G" issuer="ESMO" date="spring 2021"/>
            """)
        var options = LoadOptions()
        options.validatesSchema = false
        let g = try GraphLoader(options: options).load(path).graph
        #expect(g.node(withID: "g").flatMap { g.property("date", of: $0) } == .string("spring 2021"))
    }

    @Test func theKnowledgeBaseDatesAreAllDates() throws {
        let g = try GraphLoader().load(Paths.graph).graph
        var dated = 0
        for n in g.nodes {
            guard let v = g.property("date", of: NodeIndex(n)) else { continue }
            #expect(v.dateValue != nil, "\(g.id(of: NodeIndex(n))): \(v)")
            dated += 1
        }
        // As many as the files write: every `date="…"` attribute (only guidelines have one).
        let files = FileManager.default.enumerator(atPath: Paths.graph)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".xml") }
        let written = try files.reduce(0) { n, f in
            n + (try String(contentsOfFile: Paths.graph + "/" + f, encoding: .utf8)).components(separatedBy: " date=\"").count - 1
        }
        #expect(dated == written && dated > 0)
    }
}
