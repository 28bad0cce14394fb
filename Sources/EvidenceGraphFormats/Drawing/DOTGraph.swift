/// A Graphviz DOT drawing as a value: attributes, nodes, edges and nested subgraphs
/// (clusters), written by ``text`` one statement per line with every id and value quoted
/// (``DOTGraph/quoted(_:)``), so that no name from the graph can break the file.
///
/// ```swift
/// var g = DOTGraph(name: "evidence", attributes: ["rankdir": "LR"])
/// g.node("trial:bolero-2", ["label": "BOLERO-2", "URL": "https://clinicaltrials.gov/study/NCT00863655"])
/// g.edge("option", "trial:bolero-2", ["label": "tested in"])
/// print(g.text)
/// ```
public struct DOTGraph: Sendable, Hashable {
    /// An attribute list in the order written (`label`, `URL`, `color`, …).
    public typealias Attributes = KeyValuePairs<String, String>

    /// A node statement: its id and its attributes in the order set.
    public struct Node: Sendable, Hashable {
        /// The node's id (written quoted).
        public var id: String
        /// The node's attributes, one per key, in the order first set.
        public var attributes: [Attribute]
    }

    /// An edge statement `from -> to` with its attributes.
    public struct Edge: Sendable, Hashable {
        /// The id of the edge's tail node.
        public var from: String
        /// The id of the edge's head node.
        public var to: String
        /// The edge's attributes in the order given.
        public var attributes: [Attribute]
    }

    /// One `key="value"` pair.
    public struct Attribute: Sendable, Hashable {
        /// The attribute's name (`label`, `URL`, …).
        public var key: String
        /// The attribute's value, unescaped (``DOTGraph`` quotes it when writing).
        public var value: String
        /// The pair `key="value"`.
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The graph's (or subgraph's) name; a subgraph whose name starts with `cluster` is drawn
    /// boxed.
    public var name: String
    /// The graph's own attributes (`rankdir`, `label`, …), written as `key="value";` statements.
    public var attributes: [Attribute]
    /// Attributes every node of this graph gets unless it sets its own (a `node [...]` statement).
    public var nodeDefaults: [Attribute] = []
    /// Attributes every edge of this graph gets unless it sets its own (an `edge [...]` statement).
    public var edgeDefaults: [Attribute] = []
    /// The nodes in the order first added; add them with ``node(_:_:)``.
    public private(set) var nodes: [Node] = []
    /// The edges in the order added, each `from -> to` pair once; add them with ``edge(_:_:_:)``.
    public private(set) var edges: [Edge] = []
    /// Nested subgraphs, written before this graph's nodes and edges.
    public var subgraphs: [DOTGraph] = []
    /// Groups of node ids drawn on one rank (a row top to bottom, a column left to right).
    public var sameRank: [[String]] = []
    private var nodeIndex: [String: Int] = [:]

    /// An empty graph named `name` with the graph attributes `attributes`.
    public init(name: String, attributes: Attributes = [:]) {
        self.name = name
        self.attributes = attributes.map { Attribute($0.key, $0.value) }
    }

    /// Adds a node, or merges `attributes` into the node of that id (later values win).
    public mutating func node(_ id: String, _ attributes: Attributes = [:]) {
        if nodeIndex[id] == nil {
            nodeIndex[id] = nodes.count
            nodes.append(Node(id: id, attributes: []))
        }
        for (key, value) in attributes { setAttribute(Attribute(key, value), ofNode: id) }
    }

    /// Sets one attribute of node `id` (adding the node when it is not there).
    public mutating func setAttribute(_ attribute: Attribute, ofNode id: String) {
        if nodeIndex[id] == nil { node(id) }
        let i = nodeIndex[id]!
        if let j = nodes[i].attributes.firstIndex(where: { $0.key == attribute.key }) { nodes[i].attributes[j] = attribute } else { nodes[i].attributes.append(attribute) }
    }

    /// Whether this graph itself (not a subgraph) has a node `id`.
    public func hasNode(_ id: String) -> Bool { nodeIndex[id] != nil }

    /// Adds an edge `from -> to` unless the same edge is already there.
    public mutating func edge(_ from: String, _ to: String, _ attributes: Attributes = [:]) {
        guard !edges.contains(where: { $0.from == from && $0.to == to }) else { return }
        edges.append(Edge(from: from, to: to, attributes: attributes.map { Attribute($0.key, $0.value) }))
    }

    /// The drawing as a DOT `digraph`.
    public var text: String {
        var lines: [String] = []
        write(into: &lines, indent: "", keyword: "digraph")
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(into lines: inout [String], indent: String, keyword: String) {
        lines.append(indent + keyword + " " + Self.quoted(name) + " {")
        let inner = indent + "  "
        for a in attributes { lines.append(inner + Self.quoted(a.key) + "=" + Self.quoted(Self.graphvizValue(a.value, of: a.key)) + ";") }
        if !nodeDefaults.isEmpty { lines.append(inner + "node " + Self.list(nodeDefaults) + ";") }
        if !edgeDefaults.isEmpty { lines.append(inner + "edge " + Self.list(edgeDefaults) + ";") }
        for s in subgraphs { s.write(into: &lines, indent: inner, keyword: "subgraph") }
        for group in sameRank where !group.isEmpty {
            lines.append(inner + "{ rank=same; " + group.map { Self.quoted($0) + ";" }.joined(separator: " ") + " }")
        }
        for n in nodes { lines.append(inner + Self.quoted(n.id) + (n.attributes.isEmpty ? "" : " " + Self.list(n.attributes)) + ";") }
        for e in edges {
            lines.append(inner + Self.quoted(e.from) + " -> " + Self.quoted(e.to) + (e.attributes.isEmpty ? "" : " " + Self.list(e.attributes)) + ";")
        }
        lines.append(indent + "}")
    }

    static func list(_ attributes: [Attribute]) -> String {
        "[" + attributes.map { Self.quoted($0.key) + "=" + Self.quoted(Self.graphvizValue($0.value, of: $0.key)) }.joined(separator: ", ") + "]"
    }
}
