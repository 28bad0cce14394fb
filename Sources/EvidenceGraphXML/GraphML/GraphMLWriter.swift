import EvidenceGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a `Graph` as GraphML in the Neo4j APOC convention, streaming (output is flushed
/// in 64 KiB chunks): nodes carry `labels=":A:B"` and a `labels` data value, edges carry
/// `label="TYPE"` and a `label` data value, and every property is a `<data>` whose `<key>`
/// declares its `attr.name` and `attr.type` (`string`, `long`, `double`, `boolean`; lists
/// add APOC's `attr.list` and are written as JSON arrays; dates are ISO text in a string key
/// marked `evg.type="date"`). Node ids are the graph's ids.
///
/// ```swift
/// try GraphMLWriter().write(loaded.graph, toFile: "graph.graphml")
/// let text = GraphMLWriter().string(loaded.graph)
/// ```
public struct GraphMLWriter: Sendable {
    /// Why writing failed.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        /// The file written.
        public var path: String
        /// The system error number.
        public var code: Int32
        /// `cannot write 'path' (errno N)`.
        public var description: String { "cannot write '\(path)' (errno \(code))" }
    }

    /// A writer.
    public init() {}

    /// Writes `graph` to the file at `path` (created or truncated).
    public func write(_ graph: Graph, toFile path: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, code: errno) }
        var failure: Int32 = 0
        write(graph) { chunk in
            guard failure == 0 else { return }
            chunk.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc_write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += n
                }
            }
        }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw WriteError(path: path, code: failure) }
    }

    /// The GraphML text of `graph`.
    public func string(_ graph: Graph) -> String {
        var bytes: [UInt8] = []
        write(graph) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Streams the GraphML of `graph` to `sink` in chunks.
    public func write(_ graph: Graph, to sink: ([UInt8]) -> Void) {
        withoutActuallyEscaping(sink) { sink in writeEscaping(graph, to: sink) }
    }

    private func writeEscaping(_ graph: Graph, to sink: @escaping ([UInt8]) -> Void) {
        var out = ChunkedOutput(sink: sink)
        let keys = GraphMLKeyTable(graph)
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        out.append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        out.append("<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>\n")
        out.append("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n")
        for key in keys.declarations {
            let isDate = key.type == .date || key.listType == .date
            func spelled(_ t: GraphMLKey.ValueType) -> String { t == .date ? GraphMLKey.ValueType.string.rawValue : t.rawValue }
            out.append("<key id=\"\(XMLEscaping.attribute(key.id))\" for=\"\(key.domain)\" attr.name=\"\(XMLEscaping.attribute(key.name))\" attr.type=\"\(spelled(key.type))\"")
            if let list = key.listType { out.append(" attr.list=\"\(spelled(list))\"") }
            if isDate { out.append(" evg.type=\"\(GraphMLKey.dateMarker)\"") }
            out.append("/>\n")
        }
        out.append("<graph id=\"G\" edgedefault=\"directed\">\n")
        for i in graph.nodes {
            let n = NodeIndex(i)
            let labels = graph.labels(of: n).map { ":" + $0 }.joined()
            out.append("<node id=\"\(XMLEscaping.attribute(graph.id(of: n)))\"")
            if !labels.isEmpty { out.append(" labels=\"\(XMLEscaping.attribute(labels))\"") }
            out.append(">")
            if !labels.isEmpty { out.append("<data key=\"labels\">\(XMLEscaping.text(labels))</data>") }
            for (key, value) in graph.properties(of: n) {
                writeData(key, value, domain: "node", keys: keys, to: &out)
            }
            out.append("</node>\n")
        }
        for r in 0..<graph.relationshipCount {
            let rel = RelationshipIndex(r)
            let type = XMLEscaping.attribute(graph.typeName(of: rel))
            out.append("<edge id=\"e\(r)\" source=\"\(XMLEscaping.attribute(graph.id(of: graph.startNode(of: rel))))\"")
            out.append(" target=\"\(XMLEscaping.attribute(graph.id(of: graph.endNode(of: rel))))\" label=\"\(type)\">")
            out.append("<data key=\"label\">\(type)</data>")
            for (key, value) in graph.properties(of: rel) {
                writeData(key, value, domain: "edge", keys: keys, to: &out)
            }
            out.append("</edge>\n")
        }
        out.append("</graph>\n</graphml>\n")
        out.flush()
    }

    private func writeData(_ name: String, _ value: PropertyValue, domain: String, keys: GraphMLKeyTable, to out: inout ChunkedOutput) {
        guard let key = keys.key(domain: domain, name: name, value: value) else { return }
        out.append("<data key=\"\(XMLEscaping.attribute(key))\">\(XMLEscaping.text(GraphMLKeyTable.text(of: value)))</data>")
    }
}

@inline(__always) private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, p, n)
    #else
    Darwin.write(fd, p, n)
    #endif
}

/// A byte buffer handed to a sink every 64 KiB.
struct ChunkedOutput {
    let sink: ([UInt8]) -> Void
    var buffer: [UInt8] = []

    init(sink: @escaping ([UInt8]) -> Void) {
        self.sink = sink
        buffer.reserveCapacity(1 << 16)
    }

    mutating func append(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
