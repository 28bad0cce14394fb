import Foundation

/// Folders and files of an export, with failures as ``ExportError``.
enum ExportFiles {
    /// Opens `path` for writing (created or truncated).
    static func open(_ path: String) throws(ExportError) -> BufferedFile {
        guard let f = BufferedFile(path: path) else { throw ExportError("cannot create \(path)") }
        return f
    }

    /// Closes `file`; a failed write or close is an error naming the file.
    static func close(_ file: BufferedFile) throws(ExportError) {
        guard file.close() else { throw ExportError("cannot write \(file.path)") }
    }

    /// Creates the folder `path` (and its parents) unless it exists; a file in its place is an error.
    static func makeDirectory(_ path: String) throws(ExportError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw ExportError("\(path) exists and is not a folder") }
            return
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw ExportError("cannot create folder \(path)")
        }
    }
}
