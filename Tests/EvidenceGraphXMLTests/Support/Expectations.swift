import EvidenceGraphCore
@testable import EvidenceGraphXML

/// Loads `paths`, expecting failure, and returns the errors.
func loadErrors(_ paths: [String], options: LoadOptions = .init()) -> [Diagnostic] {
    do {
        _ = try GraphLoader(options: options).load(paths)
        return []
    } catch {
        return error.diagnostics
    }
}

/// `file:line:column [rule]` of a diagnostic with the fixture directory removed, for exact
/// comparisons.
func place(_ d: Diagnostic) -> String {
    let file = d.location.map { $0.file.replacing(Paths.fixture(""), with: "") } ?? "-"
    return "\(file):\(d.location?.line ?? 0):\(d.location?.column ?? 0) [\(d.ruleID)]"
}
