/// The version of the EvidenceGraph library and the `evg` tool (semantic versioning).
/// `evg --version` prints it and `evg stats --format json` reports it as `"version"`.
public enum EvidenceGraphVersion {
    /// The one version constant: bump it here for a release.
    public static let current = "0.2.0"
}
