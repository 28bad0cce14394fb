import EvidenceGraphCore

/// The building side of an evidence file read: maps each entity of the batches an
/// `EvidenceBatcher` sends into the graph under construction, through an `EvidenceMapper`.
struct EvidenceReader {
    private let assembly: GraphAssembly
    private var mapper: EvidenceMapper
    private let rootCode: Int32

    /// A reader for one parse of `parser` over the file shown as `displayPath`; registers
    /// the names it needs with `parser` (before the parse starts).
    init(assembly: GraphAssembly, parser: SAXParser, displayPath: String) {
        self.assembly = assembly
        rootCode = parser.registerName(EvidenceModel.rootElement)
        mapper = assembly.withBuilder { b in
            EvidenceMapper(file: b.fileSymbol(displayPath), displayPath: displayPath, parser: parser, builder: &b)
        }
    }

    /// Adds every entity of `batch` (in document order).
    mutating func add(_ batch: EntityBatchChannel.Batch) {
        let root = rootCode
        assembly.withBuilder { b in
            for index in batch.buffer.entities {
                let top = batch.buffer.elements[Int(index)]
                if case let .entity(label, _) = mapper.roles.child(top.name, in: root, names: batch.names, builder: &b) {
                    mapper.addEntity(batch.buffer, at: Int(index), label: label, names: batch.names, into: &b)
                }
            }
        }
    }

    /// Hands the skipped duplicate definitions to the assembly (call once, at the end).
    func finish() {
        for d in mapper.duplicates { assembly.recordDuplicate(id: d.id, at: d.location, error: d.error) }
    }
}
