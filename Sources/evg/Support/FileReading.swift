import Foundation

/// The UTF-8 text of a file, or `nil` when it cannot be read.
func readTextFile(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(decoding: data, as: UTF8.self)
}
