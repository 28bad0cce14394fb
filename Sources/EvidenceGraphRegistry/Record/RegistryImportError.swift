import EvidenceGraphCore

/// Why a registry record could not be read: a location (`file:line:column` for XML, the
/// JSON path for API v2 records) and a message.
public struct RegistryImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the error is in.
    public var file: String
    /// For XML: where in the file; `nil` for JSON errors and I/O errors.
    public var location: SourceLocation?
    /// For JSON: the path of the offending value (`$.protocolSection.identificationModule.nctId`).
    public var jsonPath: String?
    public var message: String

    public init(file: String, location: SourceLocation? = nil, jsonPath: String? = nil, message: String) {
        self.file = file
        self.location = location
        self.jsonPath = jsonPath
        self.message = message
    }

    /// `file:line:column: error: message` or `file: $.path: error: message`.
    public var description: String {
        if let location { return "\(location.file):\(location.line):\(location.column): error: \(message)" }
        if let jsonPath { return "\(file): \(jsonPath): error: \(message)" }
        return "\(file): error: \(message)"
    }
}
