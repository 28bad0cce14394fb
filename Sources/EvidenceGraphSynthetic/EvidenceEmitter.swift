/// Writes records as evidence XML (`Graph/schema/evidence.xsd`), one entity after another.
struct EvidenceEmitter {
    static func header(_ out: inout ByteSink, nodes: Int, seed: UInt64) {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<!-- synthetic evidence graph: nodes=\(nodes) seed=\(seed) (evg generate) -->\n")
        out.write("<evidence xmlns=\"urn:evidencegraph:evidence:1\" version=\"1\">\n")
    }

    static func footer(_ out: inout ByteSink) { out.write("</evidence>\n") }

    static func write(_ r: SyntheticRecord, indent: String = "  ", to out: inout ByteSink) {
        out.write(indent + "<" + r.element + " id=\"" + r.id + "\"")
        for a in r.attributes {
            out.write(" " + a.name + "=\"")
            out.writeEscaped(a.value)
            out.write("\"")
        }
        guard !r.children.isEmpty else { out.write("/>\n"); return }
        out.write(">\n")
        let inner = indent + "  "
        for c in r.children {
            switch c {
            case .text(let element, _, _, let lang, let value):
                out.write(inner + "<" + element + (lang.map { " xml:lang=\"" + $0 + "\"" } ?? "") + ">")
                out.writeEscaped(value)
                out.write("</" + element + ">\n")
            case .ref(let element, _, let target, let attributes):
                out.write(inner + "<" + element + " ref=\"" + target + "\"")
                for a in attributes {
                    out.write(" " + a.name + "=\"")
                    out.writeEscaped(a.value)
                    out.write("\"")
                }
                out.write("/>\n")
            case .score(let scheme, let value):
                out.write(inner + "<score scheme=\"" + scheme + "\" value=\"" + value + "\"/>\n")
            case .nested(let child, _):
                write(child, indent: inner, to: &out)
            }
        }
        out.write(indent + "</" + r.element + ">\n")
    }
}
