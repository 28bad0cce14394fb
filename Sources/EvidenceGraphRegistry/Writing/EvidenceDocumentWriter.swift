import Foundation
import EvidenceGraphXML

/// Writes an evidence document the way the hand-written files of Graph/ are laid out: one
/// element per line with all its attributes, two-space indentation, `<x … />` for empty
/// elements, text children on their element's line. The output depends only on its input.
enum EvidenceDocumentWriter {
    /// The whole document: declaration, header comment, `<evidence>` with `entities`.
    static func document(header: String, entities: [OutputElement]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n\(commentText(header))\n-->\n"
        out += "<evidence xmlns=\"\(EvidenceModel.namespace)\" version=\"1\">\n"
        for e in entities { write(e, depth: 1, into: &out) }
        out += "</evidence>\n"
        return out
    }

    private static func write(_ e: OutputElement, depth: Int, into out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        if let comment = e.comment {
            out += "\(indent)<!-- \(commentText(comment)) -->\n"
            return
        }
        out += indent + "<" + e.name
        for a in e.attributes { out += " \(a.name)=\"\(XMLEscaping.attribute(a.value))\"" }
        if let text = e.text {
            out += ">\(XMLEscaping.text(text))</\(e.name)>\n"
        } else if e.children.isEmpty {
            out += " />\n"
        } else {
            out += ">\n"
            for c in e.children { write(c, depth: depth + 1, into: &out) }
            out += "\(indent)</\(e.name)>\n"
        }
    }

    /// Text that is safe inside `<!-- -->`: no `--`, no trailing `-`.
    static func commentText(_ text: String) -> String {
        var t = text
        while t.contains("--") { t = t.replacingOccurrences(of: "--", with: "- -") }
        if t.hasSuffix("-") { t += " " }
        return t
    }
}
