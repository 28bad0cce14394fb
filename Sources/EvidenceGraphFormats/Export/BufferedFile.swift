#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written through a 1 MiB stdio buffer; the first error is kept and reported on close.
final class BufferedFile {
    let path: String
    private let file: UnsafeMutablePointer<FILE>
    private var failed = false

    init?(path: String) {
        guard let f = fopen(path, "w") else { return nil }
        self.path = path
        file = f
        setvbuf(file, nil, _IOFBF, 1 << 20)
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if fwrite(bytes.baseAddress, 1, bytes.count, file) != bytes.count { failed = true }
        }
    }

    /// Closes the file; `false` when any write or the close failed.
    func close() -> Bool {
        let closed = fclose(file) == 0
        return closed && !failed
    }
}
