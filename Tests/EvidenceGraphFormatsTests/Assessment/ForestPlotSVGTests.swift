import EvidenceGraphAssessment
@testable import EvidenceGraphFormats
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The forest plot's geometry: a log scale with HR 1 on the reference line, whiskers around
/// their squares, fitting populations filled; and its rows for the founding case.
@Suite struct ForestPlotSVGTests {
    static let rows = [
        ForestPlot.Row(label: "A · PFS", detail: "ITT", hazardRatio: 0.45, ciLow: 0.38, ciHigh: 0.54, fitsPatient: true),
        ForestPlot.Row(label: "A · OS", detail: "ITT", hazardRatio: 0.89, ciLow: 0.73, ciHigh: 1.1, fitsPatient: false),
        ForestPlot.Row(label: "B · PFS", detail: "<script>x</script>", hazardRatio: 1.6, fitsPatient: nil),
    ]

    @Test func theScaleIsLogarithmic() {
        let s = ForestPlotSVG.Scale(rows: Self.rows, left: 100, right: 500)
        #expect(s.domain.contains(0.38) && s.domain.contains(1.6) && s.domain.contains(1))
        // Equal ratios, equal distances.
        #expect(abs((s.x(1) - s.x(0.5)) - (s.x(2) - s.x(1))) < 1e-9)
        #expect(abs((s.x(0.25) - s.x(0.5)) - (s.x(0.5) - s.x(1))) < 1e-9)
        #expect(s.x(s.domain.lowerBound) == 100 && abs(s.x(s.domain.upperBound) - 500) < 1e-9)
        #expect(s.ticks.contains(1) && s.ticks == s.ticks.sorted())
    }

    /// `name="number"` of the first element of class `cls` in `svg`.
    func attribute(_ name: String, of cls: String, in svg: String) -> Double? {
        guard let r = svg.range(of: "class=\"\(cls)\"") else { return nil }
        let tail = svg[r.upperBound...]
        let end = tail.firstIndex(of: ">") ?? tail.endIndex
        let tag = tail[..<end]
        guard let a = tag.range(of: " \(name)=\"") else { return nil }
        return Double(tag[a.upperBound...].prefix { $0 != "\"" })
    }

    @Test func rowsSitOnTheScaleWithOrderedWhiskers() throws {
        let svg = ForestPlotSVG.render(ForestPlot(title: "x", rows: Self.rows))
        let scale = ForestPlotSVG.Scale(rows: Self.rows, left: ForestPlotSVG.plotLeft, right: ForestPlotSVG.plotRight)
        let reference = try #require(attribute("x1", of: "reference", in: svg))
        #expect(abs(reference - scale.x(1)) < 0.01, "HR 1 is at the reference line")
        #expect(attribute("x2", of: "reference", in: svg) == reference, "the reference line is vertical")
        let groups = svg.components(separatedBy: "<g class=\"row\"").dropFirst()
        #expect(groups.count == Self.rows.count)
        for (row, group) in zip(Self.rows, groups) {
            let squareX = try #require(attribute("x", of: "hr", in: group)), squareWidth = try #require(attribute("width", of: "hr", in: group))
            let square = squareX + squareWidth / 2
            #expect(abs(square - scale.x(row.hazardRatio)) < 0.01)
            #expect((square < reference) == (row.hazardRatio < 1), "below 1 left of the line")
            if let lo = row.ciLow, let hi = row.ciHigh {
                let x1 = try #require(attribute("x1", of: "ci", in: group)), x2 = try #require(attribute("x2", of: "ci", in: group))
                #expect(x1 < square && square < x2, "the whisker spans the square")
                #expect(abs(x1 - scale.x(lo)) < 0.01 && abs(x2 - scale.x(hi)) < 0.01)
            } else {
                #expect(!group.contains("class=\"ci\""), "no whisker without a CI")
            }
            #expect(group.contains("data-fits=\"\(row.fitsPatient == true)\""))
        }
        #expect(!svg.contains("<script>") && svg.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(XMLParser(data: Data(svg.utf8)).parse(), "well-formed SVG")
    }

    @Test func foundingCaseRowsComeFromTheTrials() throws {
        let c = try FoundingCase()
        let fit = try EvidenceFit(knowledge: c.knowledge, profile: c.profile)
        let plot = ForestPlot.of(try c.option("everolimus", "exemestane"), fit: fit)
        let bolero = plot.rows.filter { $0.label.hasPrefix("BOLERO-2") }
        let outcomes = try #require(c.knowledge.trials["bolero-2"]).outcomes.filter { $0.hazardRatio != nil }
        #expect(bolero.count == outcomes.count)
        let primary = try #require(bolero.first)
        let stored = try #require(outcomes.first { $0.primary && !$0.isInterim })
        #expect(primary.hazardRatio == stored.hazardRatio && primary.ciLow == stored.ciLow && primary.ciHigh == stored.ciHigh)
        #expect(primary.fitsPatient == true && primary.url?.hasPrefix("https://") == true)
        let ribociclib = ForestPlot.of(try c.option("ribociclib", "fulvestrant"), fit: fit)
        #expect(ribociclib.rows.contains { $0.label.hasPrefix("MAINTAIN") && $0.fitsPatient == false })
        #expect(ForestPlotSVG.render(ForestPlot(title: "none", rows: [])).contains("No hazard ratio recorded"))
    }
}
