import EvidenceGraphAssessment
import EvidenceGraphFormats
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The HTML report: one self-contained page (nothing fetched), everything escaped, the
/// drawings and forest plots of every option. The page is checked with stand-in drawings;
/// the full render, laid out by Graphviz, when `dot` is installed.
@Suite struct AssessmentHTMLTests {
    func page(_ c: FoundingCase, assessment: Assessment? = nil, profile: PatientProfile? = nil, drawing: String = "<svg></svg>") throws -> String {
        let a = assessment ?? c.assessment
        let fit = try EvidenceFit(knowledge: c.knowledge, profile: profile ?? c.profile)
        return AssessmentHTML.page(a, patient: profile ?? c.profile, fit: fit, drawings: a.options.map { _ in drawing })
    }

    /// Every `attr="value"` (or single-quoted) in `html`, with the tag it is in.
    func attributes(_ names: [String], in html: String) -> [(tag: String, value: String)] {
        var out: [(String, String)] = []
        let pattern = try! NSRegularExpression(pattern: "<([a-zA-Z:]+)[^>]*?\\s(" + names.joined(separator: "|") + ")\\s*=\\s*[\"']([^\"']*)[\"']")
        for m in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            out.append((String(html[Range(m.range(at: 1), in: html)!]), String(html[Range(m.range(at: 3), in: html)!])))
        }
        return out
    }

    /// The page fetches nothing: no script or stylesheet files, no image or frame sources,
    /// no CSS imports or url(); web addresses only in links.
    func expectSelfContained(_ html: String) {
        let lower = html.lowercased()
        #expect(!lower.contains("<script"), "no scripts at all")
        #expect(!lower.contains("<link"), "no linked stylesheets or fonts")
        #expect(!lower.contains("@import") && !lower.contains("url("), "no CSS fetches")
        #expect(!lower.contains("<img") && !lower.contains("<iframe") && !lower.contains("<object") && !lower.contains("<embed"))
        for (tag, value) in attributes(["src", "srcset", "data", "poster", "action"], in: html) {
            #expect(!value.contains("//"), "<\(tag)> fetches \(value)")
        }
        for (tag, value) in attributes(["href", "xlink:href"], in: html) where value.contains("//") {
            #expect(tag == "a", "only links point at the web: <\(tag) href=\(value)>")
        }
    }

    @Test func foundingCasePageIsSelfContainedAndComplete() throws {
        let c = try FoundingCase()
        let html = try page(c)
        expectSelfContained(html)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<style>"))
        for name in ["BOLERO-2", "OlympiAD", "MAINTAIN"] { #expect(html.contains(name)) }
        #expect(html.components(separatedBy: "<section class=\"option\"").count - 1 == c.assessment.options.count)
        #expect(html.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"forest\"").count - 1 == c.assessment.options.count)
        for t in c.assessment.tests { #expect(html.contains(t.test.replacingOccurrences(of: "&", with: "&amp;"))) }
        #expect(html.contains("href=\"https://clinicaltrials.gov/study/NCT00863655\""), "citations link to their sources")
        #expect(html.contains("Derived state") && html.contains("Tests to order first") == !c.assessment.tests.isEmpty)
    }

    @Test func hostileNamesAreEscaped() throws {
        let c = try FoundingCase()
        var profile = c.profile
        profile.id = "<script>alert('id')</script>\"&"
        profile.comorbidities.append("<img src=x onerror=alert(1)>")
        var a = c.assessment
        a.patient = profile.id
        a.options[0].name = "<iframe src=\"https://evil.example\"></iframe>"
        a.options[0].reasons[0].text = "a < b & c > d \"quoted\" 'single'"
        let fit = try EvidenceFit(knowledge: c.knowledge, profile: c.profile)
        let html = AssessmentHTML.page(a, patient: profile, fit: fit, drawings: a.options.map { _ in "" })
        expectSelfContained(html)
        #expect(html.contains("&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;&quot;&amp;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;"))
        #expect(html.contains("a &lt; b &amp; c &gt; d &quot;quoted&quot; &#39;single&#39;"))
    }

    @Test(.enabled(if: Graphviz().isAvailable, "Graphviz dot is not installed (Debian package graphviz)"))
    func renderInlinesGraphvizDrawings() throws {
        let c = try FoundingCase()
        let html = try AssessmentHTML.render(c.assessment, knowledge: c.knowledge, patient: c.profile)
        expectSelfContained(html)
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg") && !html.contains("<!--"), "SVG inlined without prolog or comments")
        let drawings = html.components(separatedBy: "<figure class=\"drawing\">").dropFirst()
        #expect(drawings.count == c.assessment.options.count)
        #expect(drawings.allSatisfy { $0.contains("<svg") && $0.contains("class=\"graph\"") })
        #expect(html.contains("xlink:href=\"https://clinicaltrials.gov/study/NCT00863655\""), "drawn nodes link to their sources")
        // The inlined SVG is well-formed XML.
        for d in drawings {
            let svg = String(d[d.range(of: "<svg")!.lowerBound..<d.range(of: "</svg>")!.upperBound])
            #expect(XMLParser(data: Data(svg.utf8)).parse())
        }
    }

    @Test func missingGraphvizIsAClearError() throws {
        let c = try FoundingCase()
        #expect(throws: GraphvizError.notInstalled("/nonexistent/dot")) {
            try AssessmentHTML.render(c.assessment, knowledge: c.knowledge, patient: c.profile, graphviz: Graphviz(executable: "/nonexistent/dot"))
        }
    }
}
