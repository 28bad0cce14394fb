import EvidenceGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the loader's paths: a file stands for itself, a directory for every `*.xml` and
/// `*.graphml` file below it (hidden files and directories skipped), sorted by path.
///
/// Nothing is skipped silently: a path that does not exist, a directory that cannot be
/// listed (at any depth), and a FIFO, socket or device inside a directory whose name says
/// it is a graph file are errors (`XMLInput/open(path:pipeIdleTimeout:)` refuses devices
/// given directly, and streams FIFOs given directly). Symbolic links to files are followed;
/// symbolic links to directories are not descended into (no cycles).
enum FileDiscovery {
    static let extensions: Set<String> = ["xml", "graphml"]

    /// The files to load, and a diagnostic for each path that cannot be used.
    static func files(for paths: [String]) -> (files: [String], errors: [Diagnostic]) {
        var files: [String] = []
        var errors: [Diagnostic] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                let reason = errno == ENOENT ? "no such file or directory" : XMLInput.errnoText(errno)
                errors.append(Diagnostic(rule: .io, severity: .error, message: "'\(EchoText.truncated(path))': \(reason)", location: nil))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                files.append(path)
                continue
            }
            var found: [String] = []
            let base = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            walk(base, into: &found, errors: &errors)
            files += found.sorted()
        }
        return (files, errors)
    }

    /// Adds the graph files below `directory` to `found`.
    private static func walk(_ directory: String, into found: inout [String], errors: inout [Diagnostic]) {
        guard let dir = opendir(directory) else {
            errors.append(Diagnostic(rule: .io, severity: .error,
                                     message: "cannot read directory: \(XMLInput.errnoText(errno))",
                                     location: SourceLocation(file: directory, line: 0, column: 0)))
            return
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(dir)
        for name in names.sorted() {
            let full = directory + "/" + name
            var link = stat()
            guard lstat(full, &link) == 0 else { continue }
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            var info = link
            let hasGraphExtension = name.lastIndex(of: ".").map { extensions.contains(name[name.index(after: $0)...].lowercased()) } ?? false
            if isLink, stat(full, &info) != 0 {
                if hasGraphExtension {
                    errors.append(Diagnostic(rule: .io, severity: .error,
                                             message: "cannot read: \(XMLInput.errnoText(errno)) (a symbolic link to a missing file?)",
                                             location: SourceLocation(file: full, line: 0, column: 0)))
                }
                continue
            }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                if !isLink { walk(full, into: &found, errors: &errors) }
                continue
            }
            guard hasGraphExtension else { continue }
            if kind == S_IFREG {
                found.append(full)
            } else {
                errors.append(Diagnostic(rule: .io, severity: .error,
                                         message: "not a regular file (\(typeName(kind))); a folder's graph files must be regular files",
                                         location: SourceLocation(file: full, line: 0, column: 0)))
            }
        }
    }

    /// The size a regular file declares (0 for anything else, or when it cannot be read).
    /// Only a cap for reservations: a sparse file declares far more than it holds.
    static func declaredSize(of path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return 0 }
        return Int(info.st_size)
    }

    /// A file type's name for messages.
    static func typeName(_ kind: mode_t) -> String {
        switch kind {
        case S_IFIFO: return "FIFO"
        case S_IFSOCK: return "socket"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFDIR: return "directory"
        default: return "special file"
        }
    }
}
