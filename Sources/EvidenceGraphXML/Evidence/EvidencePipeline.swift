import Dispatch

/// Reads one evidence file on two cores: libxml2 parses (and validates) on a worker thread
/// into entity batches, while the calling thread maps them into the graph builder.
enum EvidencePipeline {
    /// What the worker thread owns while it runs; the calling thread does not touch these
    /// until the worker has finished.
    private struct WorkerJob: @unchecked Sendable {
        let parser: SAXParser
        let batcher: EvidenceBatcher
        let input: XMLInput
        let schema: OpaquePointer?
    }

    /// Parses `input` with `parser` (diagnostics stay on the parser) and adds its entities to
    /// `assembly`. `afterBatch` runs on the calling thread after each batch is added.
    static func read(_ input: XMLInput, parser: SAXParser, schema: OpaquePointer?, into assembly: GraphAssembly, displayPath: String,
                     afterBatch: () -> Void = {}) {
        var reader = EvidenceReader(assembly: assembly, parser: parser, displayPath: displayPath)
        let channel = EntityBatchChannel()
        let job = WorkerJob(parser: parser, batcher: EvidenceBatcher(channel: channel), input: input, schema: schema)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async {
            job.parser.parse(job.input, rawHandler: job.batcher, schema: job.schema)
            job.batcher.finish(job.parser)
            done.signal()
        }
        while let batch = channel.receive() {
            reader.add(batch)
            channel.recycle(batch)
            afterBatch()
        }
        done.wait()
        reader.finish()
    }
}
