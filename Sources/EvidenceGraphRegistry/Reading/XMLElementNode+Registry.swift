import EvidenceGraphXML

/// Navigation helpers for the legacy record's element tree.
extension XMLElementNode {
    /// The first child named `name`.
    func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// The children named `name`, in document order.
    func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    /// The element at the `/`-separated `path` below this one.
    func descendant(_ path: String) -> XMLElementNode? {
        var node: XMLElementNode? = self
        for step in path.split(separator: "/") { node = node?.child(String(step)) }
        return node
    }

    /// The trimmed text of the element at `path`, `nil` when absent or blank.
    func text(_ path: String) -> String? {
        guard let node = descendant(path) else { return nil }
        return RegistryText.trimmed(node.text)
    }

    /// The trimmed texts of the children named `name`.
    func texts(_ name: String) -> [String] { children(name).compactMap { RegistryText.trimmed($0.text) } }
}
