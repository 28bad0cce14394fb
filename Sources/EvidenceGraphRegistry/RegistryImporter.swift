import EvidenceGraphCore
import Foundation

/// Imports ClinicalTrials.gov records into evidence XML, resolving interventions and
/// conditions against a loaded knowledge graph.
///
/// ```swift
/// let importer = RegistryImporter(graph: loaded.graph)
/// for result in try importer.importFile(at: "NCT01642004.xml") { print(result.xml) }
/// ```
public struct RegistryImporter: Sendable {
    public let vocabulary: GraphVocabulary

    /// An importer matching names against `graph`.
    public init(graph: Graph) {
        vocabulary = GraphVocabulary(graph: graph)
    }

    /// The records in the file at `path`, told apart by content: `<` starts a legacy
    /// `<clinical_study>` XML record, `{` an API v2 JSON study or search page.
    public static func readRecords(at path: String) throws(RegistryImportError) -> [RegistryRecord] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RegistryImportError(file: path, message: "cannot open the file")
        }
        let head = (try? handle.read(upToCount: 512)) ?? nil
        try? handle.close()
        let first = head?.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        switch first {
        case UInt8(ascii: "<"): return [try LegacyRecordReader.read(path: path)]
        case UInt8(ascii: "{"): return try APIv2RecordReader.read(path: path)
        default:
            throw RegistryImportError(file: path, location: SourceLocation(file: path, line: 1, column: 1),
                                      message: "neither a ClinicalTrials.gov XML record nor API v2 JSON")
        }
    }

    /// The evidence document of one record.
    public func evidence(for record: RegistryRecord) -> RegistryImport {
        var mapper = TrialMapper(record: record, vocabulary: vocabulary)
        return mapper.map()
    }

    /// Reads the file at `path` and maps each of its records.
    public func importFile(at path: String) throws(RegistryImportError) -> [RegistryImport] {
        try Self.readRecords(at: path).map(evidence(for:))
    }
}

extension RegistryImporter {
    /// The record files named by `paths`: files as given, and the `.xml` and `.json` files
    /// directly inside each folder, sorted by name.
    public static func inputFiles(_ paths: [String]) throws(RegistryImportError) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw RegistryImportError(file: path, message: "no such file or folder")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? [])
                .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted()
            files += names.map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }
}

extension RegistryImport {
    /// Writes the document to `folder/fileName` (the folder is created if needed) and
    /// returns the path written.
    @discardableResult
    public func write(into folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent(fileName)
        try Data(xml.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }
}
