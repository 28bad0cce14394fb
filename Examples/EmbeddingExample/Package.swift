// swift-tools-version:6.0
// An application that embeds EvidenceGraph: it depends on the library product by path, exactly
// as a package elsewhere would depend on it by URL, and uses only its public API.
import PackageDescription

let package = Package(
    name: "EmbeddingExample",
    platforms: [.macOS(.v13)],
    dependencies: [
        // `name:` because a path dependency's identity is its folder's name (a checkout may be
        // called anything); the product below refers to it as "EvidenceGraph".
        .package(name: "EvidenceGraph", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "EmbeddingExample",
            dependencies: [.product(name: "EvidenceGraph", package: "EvidenceGraph")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "EmbeddingExampleTests",
            dependencies: [.product(name: "EvidenceGraph", package: "EvidenceGraph")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
