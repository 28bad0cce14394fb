import ArgumentParser

/// `evg`'s exit statuses.
enum EvgExit {
    /// Validation findings (errors), or a query that failed.
    static let findings = ExitCode(1)
    /// The graph could not be loaded.
    static let loadFailure = ExitCode(2)
}
