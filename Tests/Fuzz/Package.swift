// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for EvidenceGraph, kept out of the main package so that ordinary builds
// never need libFuzzer. Build and run with Scripts/fuzz (see docs/reliability.md):
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
let package = Package(
    name: "EvidenceGraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "EvidenceGraph", path: "../..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "FuzzQuery", dependencies: ["CFuzzDriver", .product(name: "EvidenceGraph", package: "EvidenceGraph")],
                          swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(name: "FuzzLoad", dependencies: ["CFuzzDriver", .product(name: "EvidenceGraph", package: "EvidenceGraph")],
                          swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
)
