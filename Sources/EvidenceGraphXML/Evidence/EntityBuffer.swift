/// A batch of top-level evidence entities as they were read: flat element trees whose
/// attribute values and texts live in one byte arena, reused from batch to batch (no
/// allocation once warm).
///
/// The mapper needs a whole entity at once (an entity's properties come before the
/// relationships of its children), and entities are small, so buffering them is cheap;
/// batches let the parser and the graph builder run on two cores.
struct EntityBuffer {
    struct Element {
        /// Name code (`SAXNameTable`).
        var name: Int32
        var line: Int32
        var column: Int32
        var firstAttribute: Int32
        var attributeCount: Int32
        /// The element's own text (only kept for elements that asked for it), in `bytes`.
        var textStart: Int32 = 0
        var textCount: Int32 = 0
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        var keepsText: Bool
    }

    struct Attribute {
        var name: Int32
        var prefix: Int32
        /// The decoded value in `bytes` (followed by a NUL byte).
        var start: Int32
        var count: Int32
    }

    private(set) var elements: [Element] = []
    private(set) var attributes: [Attribute] = []
    /// Decoded attribute values and texts.
    private(set) var bytes: [UInt8] = []
    /// The element index of each complete top-level entity, in document order.
    private(set) var entities: [Int32] = []
    private var open: [Int32] = []

    /// Forgets the previous batch, keeping the storage.
    mutating func reset() {
        entities.removeAll(keepingCapacity: true)
        elements.removeAll(keepingCapacity: true)
        attributes.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
    }

    /// Opens an element (one opened while none is open starts a top-level entity).
    mutating func start(_ name: Int32, attributes raw: UnsafeBufferPointer<SAXAttribute>, line: Int, column: Int, keepsText: Bool) {
        let index = Int32(elements.count)
        elements.append(Element(
            name: name, line: Int32(clamping: line), column: Int32(clamping: column),
            firstAttribute: Int32(attributes.count), attributeCount: Int32(raw.count), keepsText: keepsText))
        for a in raw {
            let start = bytes.count
            CharacterReferences.decode(a.value, appendingTo: &bytes)
            attributes.append(Attribute(name: a.name, prefix: a.prefix, start: Int32(start), count: Int32(bytes.count - start)))
            bytes.append(0)
        }
        if let parent = open.last {
            let p = Int(parent)
            if elements[p].lastChild >= 0 {
                elements[Int(elements[p].lastChild)].nextSibling = index
            } else {
                elements[p].firstChild = index
            }
            elements[p].lastChild = index
        }
        open.append(index)
    }

    /// Closes the innermost element; returns `true` when that completed a top-level entity.
    mutating func end() -> Bool {
        guard let closed = open.popLast() else { return false }
        if open.isEmpty { entities.append(closed) }
        return open.isEmpty
    }

    /// Whether the innermost open element keeps its text.
    var innermostKeepsText: Bool { open.last.map { elements[Int($0)].keepsText } ?? false }

    /// Bytes held (to decide when a batch is full).
    var size: Int { bytes.count + elements.count * MemoryLayout<Element>.stride + attributes.count * MemoryLayout<Attribute>.stride }

    /// Adds text to the innermost element, if it keeps text.
    mutating func text(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let top = open.last else { return }
        let i = Int(top)
        guard elements[i].keepsText else { return }
        let e = elements[i]
        if e.textCount > 0 && Int(e.textStart + e.textCount) != bytes.count {
            // Text resumed after a child element: move what we have to the end first.
            let moved = Array(bytes[Int(e.textStart)..<Int(e.textStart + e.textCount)])
            elements[i].textStart = Int32(bytes.count)
            bytes.append(contentsOf: moved)
        } else if e.textCount == 0 {
            elements[i].textStart = Int32(bytes.count)
        }
        bytes.append(contentsOf: piece)
        elements[i].textCount += Int32(piece.count)
    }

    /// Calls `body` with the bytes of attribute `a`; the byte after them is a NUL.
    @inline(__always)
    func withValue<R>(_ a: Attribute, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[Int(a.start)..<Int(a.start + a.count)])) }
    }

    /// Calls `body` with the text of element `e`.
    @inline(__always)
    func withText<R>(_ e: Element, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[Int(e.textStart)..<Int(e.textStart + e.textCount)])) }
    }

    /// The first attribute of element `e` named `name` (unprefixed).
    @inline(__always)
    func attribute(_ name: Int32, of e: Element) -> Attribute? {
        var i = Int(e.firstAttribute)
        let end = i + Int(e.attributeCount)
        while i < end {
            if attributes[i].name == name && attributes[i].prefix < 0 { return attributes[i] }
            i += 1
        }
        return nil
    }
}
