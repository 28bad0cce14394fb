import EvidenceGraphCore

/// Where a graph node's evidence can be read: a trial's ClinicalTrials.gov page, a
/// publication's PubMed, DOI or web address, or the first such address among the tokens of a
/// node's `source` (`NCT…`, `PMID:n`, `DOI:x`, `URL:…`, or a publication id).
struct SourceLinks {
    let graph: Graph

    /// A web address for node `id`, or nil when neither it nor its sources have one.
    func url(forNode id: String) -> String? {
        guard let n = graph.node(withID: id) else { return Self.url(forToken: id) }
        if let nct = string("nct", of: n) { return Self.trialURL(nct) }
        if let own = publicationURL(n) { return own }
        return url(forSources: sources(ofNode: id).filter { $0 != id })
    }

    /// The first address among source tokens: one a token names by itself, or a publication's.
    func url(forSources tokens: [String]) -> String? {
        for token in tokens {
            if let u = Self.url(forToken: token) { return u }
            if let p = graph.node(withID: token), let u = publicationURL(p) { return u }
        }
        return nil
    }

    /// The tokens of node `id`'s `source` property (empty when it has none).
    func sources(ofNode id: String) -> [String] {
        guard let n = graph.node(withID: id), let v = graph.property("source", of: n) else { return [] }
        switch v {
        case .string(let s): return s.split(whereSeparator: \.isWhitespace).map(String.init)
        case .list(let items): return items.flatMap { item -> [String] in
            if case .string(let s) = item { return s.split(whereSeparator: \.isWhitespace).map(String.init) }
            return []
        }
        default: return []
        }
    }

    /// "source: NCT00863655 PMID:22149876" for a tooltip, or nil.
    func sourceNote(ofNode id: String) -> String? {
        let s = sources(ofNode: id)
        return s.isEmpty ? nil : "source: " + s.joined(separator: " ")
    }

    /// The address of a source token that names one by itself.
    static func url(forToken token: String) -> String? {
        let upper = token.uppercased()
        if upper.hasPrefix("NCT"), token.count > 3, token.dropFirst(3).allSatisfy(\.isNumber) { return trialURL(token) }
        if upper.hasPrefix("PMID:") { return pubmedURL(String(token.dropFirst(5))) }
        if upper.hasPrefix("DOI:") { return doiURL(String(token.dropFirst(4))) }
        if upper.hasPrefix("URL:") {
            let u = String(token.dropFirst(4))
            return DrawingText.isWebLink(u) ? u : nil
        }
        return DrawingText.isWebLink(token) ? token : nil
    }

    static func trialURL(_ nct: String) -> String { "https://clinicaltrials.gov/study/" + percentEncoded(nct) }
    static func pubmedURL(_ pmid: String) -> String { "https://pubmed.ncbi.nlm.nih.gov/" + percentEncoded(pmid) + "/" }
    static func doiURL(_ doi: String) -> String { "https://doi.org/" + percentEncoded(doi, keeping: "/") }

    private func publicationURL(_ n: NodeIndex) -> String? {
        if let pmid = string("pmid", of: n) { return Self.pubmedURL(pmid) }
        if let doi = string("doi", of: n) { return Self.doiURL(doi) }
        if let url = string("url", of: n), DrawingText.isWebLink(url) { return url }
        return nil
    }

    private func string(_ key: String, of n: NodeIndex) -> String? {
        switch graph.property(key, of: n) {
        case .string(let s)? where !s.isEmpty: return s
        case .int(let i)?: return String(i)
        default: return nil
        }
    }

    /// Letters, digits and `-._~` (and `keeping`) as they are; every other byte as `%XX`.
    static func percentEncoded(_ s: String, keeping: String = "") -> String {
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "-._~".contains(c) || keeping.contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
