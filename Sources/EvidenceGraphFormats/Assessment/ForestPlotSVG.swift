import Foundation

/// A forest plot drawn as SVG by this library (no Graphviz): per row a square at the hazard
/// ratio and a whisker over its 95% CI on a logarithmic axis, a dashed reference line at
/// HR 1, the populations that fit the patient filled, the others hollow.
public enum ForestPlotSVG {
    /// The log-scale axis: HR `domain` mapped onto x from `left` to `right`.
    public struct Scale: Sendable, Hashable {
        /// The hazard ratios the axis spans, from its left end to its right end.
        public var domain: ClosedRange<Double>
        /// The x position of the domain's lower bound.
        public var left: Double
        /// The x position of the domain's upper bound.
        public var right: Double

        /// The axis for `rows`: every HR, CI bound and 1 inside, with some margin.
        public init(rows: [ForestPlot.Row], left: Double, right: Double) {
            let values = rows.flatMap { [$0.hazardRatio, $0.ciLow, $0.ciHigh].compactMap { $0 } }.filter { $0 > 0 && $0.isFinite } + [1]
            let lo = values.min()! / 1.25, hi = values.max()! * 1.25
            self.domain = lo...hi
            self.left = left
            self.right = right
        }

        /// The x position of hazard ratio `hr`.
        public func x(_ hr: Double) -> Double {
            let a = Self.ln(domain.lowerBound), b = Self.ln(domain.upperBound)
            return left + (Self.ln(hr) - a) / (b - a) * (right - left)
        }

        /// Tick values inside the domain, from the usual 0.1 … 10 series.
        public var ticks: [Double] {
            [0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 20].filter { domain.contains($0) }
        }

        static func ln(_ v: Double) -> Double { Foundation.log(v) }
    }

    static let width = 820.0
    static let labelWidth = 330.0
    static let plotLeft = 345.0
    static let plotRight = 640.0
    static let rowHeight = 30.0
    static let top = 34.0

    /// The plot as an `<svg>` element (for inlining in HTML, or on its own).
    public static func render(_ plot: ForestPlot) -> String {
        let e = DrawingText.escaped
        let n = DrawingText.number
        guard !plot.rows.isEmpty else {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"forest\" width=\"\(Int(width))\" height=\"30\" role=\"img\">"
                + "<text x=\"4\" y=\"20\" class=\"empty\">No hazard ratio recorded for \(e(plot.title)).</text></svg>"
        }
        let scale = Scale(rows: plot.rows, left: plotLeft, right: plotRight)
        let bottom = top + Double(plot.rows.count) * rowHeight
        let height = bottom + 58
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"forest\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(e("Forest plot: " + plot.title))\" "
            + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">"
        s += "<title>\(e("Hazard ratios (95% CI, log scale): " + plot.title))</title>"
        s += "<text x=\"0\" y=\"16\" font-weight=\"bold\">Trial · endpoint</text>"
        s += "<text x=\"\(n(plotRight + 12))\" y=\"16\" font-weight=\"bold\">HR (95% CI)</text>"
        for t in scale.ticks {
            let x = n(scale.x(t))
            s += "<line class=\"tick\" x1=\"\(x)\" y1=\"\(n(top - 6))\" x2=\"\(x)\" y2=\"\(n(bottom))\" stroke=\"#e2e8f0\"/>"
            s += "<text class=\"tick-label\" x=\"\(x)\" y=\"\(n(bottom + 16))\" text-anchor=\"middle\" fill=\"#475569\">\(n(t))</text>"
        }
        let one = n(scale.x(1))
        s += "<line class=\"reference\" x1=\"\(one)\" y1=\"\(n(top - 8))\" x2=\"\(one)\" y2=\"\(n(bottom))\" stroke=\"#334155\" stroke-dasharray=\"4 3\"/>"
        s += "<line class=\"axis\" x1=\"\(n(plotLeft))\" y1=\"\(n(bottom))\" x2=\"\(n(plotRight))\" y2=\"\(n(bottom))\" stroke=\"#334155\"/>"
        s += "<text x=\"\(n(scale.x(1) - 6))\" y=\"\(n(bottom + 34))\" text-anchor=\"end\" fill=\"#475569\">← favours experimental arm</text>"
        s += "<text x=\"\(n(scale.x(1) + 6))\" y=\"\(n(bottom + 34))\" fill=\"#475569\">favours control →</text>"
        for (i, row) in plot.rows.enumerated() {
            let y = top + Double(i) * rowHeight + rowHeight / 2
            let fits = row.fitsPatient == true
            let color = fits ? "#15803d" : "#475569"
            s += "<g class=\"row\" data-hr=\"\(n(row.hazardRatio))\" data-fits=\"\(fits)\">"
            var label = "<text x=\"0\" y=\"\(n(y - 2))\" fill=\"#0f172a\">\(e(row.label))</text>"
                + "<text x=\"0\" y=\"\(n(y + 11))\" font-size=\"10\" fill=\"#64748b\">\(e(row.detail + (fits ? " · fits this patient" : "") + (row.optionIsControl ? " · option is the control arm" : "")))</text>"
            if let url = row.url { label = "<a href=\"\(e(url))\" target=\"_blank\">" + label + "</a>" }
            s += label
            if let lo = row.ciLow, let hi = row.ciHigh, lo > 0, hi > 0 {
                s += "<line class=\"ci\" x1=\"\(n(scale.x(lo)))\" y1=\"\(n(y))\" x2=\"\(n(scale.x(hi)))\" y2=\"\(n(y))\" stroke=\"\(color)\" stroke-width=\"2\"/>"
            }
            let size = 9.0, x = scale.x(row.hazardRatio)
            s += "<rect class=\"hr\" x=\"\(n(x - size / 2))\" y=\"\(n(y - size / 2))\" width=\"\(n(size))\" height=\"\(n(size))\" "
                + "fill=\"\(fits ? color : "#ffffff")\" stroke=\"\(color)\" stroke-width=\"2\"/>"
            let ci = row.ciLow.flatMap { lo in row.ciHigh.map { " (" + n(lo) + "–" + n($0) + ")" } } ?? " (CI not recorded)"
            s += "<text x=\"\(n(plotRight + 12))\" y=\"\(n(y + 4))\">\(e(n(row.hazardRatio) + ci))</text>"
            s += "</g>"
        }
        let legendY = bottom + 50
        s += "<rect x=\"0\" y=\"\(n(legendY - 9))\" width=\"9\" height=\"9\" fill=\"#15803d\" stroke=\"#15803d\"/>"
        s += "<text x=\"14\" y=\"\(n(legendY))\" font-size=\"10\">population fits this patient</text>"
        s += "<rect x=\"170\" y=\"\(n(legendY - 9))\" width=\"9\" height=\"9\" fill=\"#ffffff\" stroke=\"#475569\" stroke-width=\"2\"/>"
        s += "<text x=\"184\" y=\"\(n(legendY))\" font-size=\"10\">population differs or not stated</text>"
        return s + "</svg>"
    }
}
