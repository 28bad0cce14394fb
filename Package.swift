// swift-tools-version:6.0
import PackageDescription

// Layering (each target may import only the ones listed under it):
//   CLibXML2                 — libxml2 system library + shim header
//   CLibEdit                 — libedit (BSD editline) system library + shim header, for the REPL
//   EvidenceGraphCore        — the in-memory property graph (no XML, no CLI)
//   EvidenceGraphXML         — evidence XML / GraphML readers and writers, loader, validator  (Core, CLibXML2)
//   EvidenceGraphQuery       — the Cypher-style query language                            (Core)
//   EvidenceGraphAssessment  — patient-aware clinical assessment                           (Core, XML, Query)
//   EvidenceGraphFormats     — presentation: result tables, CSV, the JSON contracts, Kùzu export (Core, Query, Assessment)
//   EvidenceGraphFHIR        — FHIR R4 (mCODE) patient bundles → PatientProfile           (Core, Assessment)
//   EvidenceGraphServer      — `evg serve` (Hummingbird HTTP) and `evg mcp` (MCP over stdio)   (Core, XML, Query, Assessment, Formats)
//   EvidenceGraph            — the library product: re-exports the layers above
//   EvidenceGraphRegistry    — ClinicalTrials.gov records (legacy XML, API v2 JSON) to evidence XML (Core, XML)
//   EvidenceGraphSynthetic   — synthetic knowledge-base-shaped graphs for benchmarks         (nothing)
//   evg                      — the command-line tool                                       (EvidenceGraph, EvidenceGraphFHIR, EvidenceGraphServer, EvidenceGraphSynthetic, EvidenceGraphRegistry, CLibEdit)
//   EvidenceGraphTCK         — openCypher TCK runner (Gherkin, expected values, comparison) (Core, Query)
//   evg-tck                  — runs the TCK, prints the pass table, updates the passing list (EvidenceGraphTCK)
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

let package = Package(
    name: "EvidenceGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EvidenceGraph", targets: ["EvidenceGraph"]),
        .executable(name: "evg", targets: ["evg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation` (Scripts/docs-check); a plugin, linked into nothing.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(name: "EvidenceGraphCore", swiftSettings: strict),
        .target(
            name: "EvidenceGraphXML",
            dependencies: ["EvidenceGraphCore", "CLibXML2"],
            resources: [.copy("Schemas")],   // copies of Graph/schema/*.xsd, kept equal by SchemaResourceTests
            swiftSettings: strict
        ),
        .target(name: "EvidenceGraphQuery", dependencies: ["EvidenceGraphCore"], swiftSettings: strict),
        .target(name: "EvidenceGraphSynthetic", swiftSettings: strict),
        .target(
            name: "EvidenceGraphRegistry",
            dependencies: ["EvidenceGraphCore", "EvidenceGraphXML"],
            swiftSettings: strict
        ),
        .target(
            name: "EvidenceGraphAssessment",
            dependencies: ["EvidenceGraphCore", "EvidenceGraphXML", "EvidenceGraphQuery"],
            swiftSettings: strict
        ),
        .target(
            name: "EvidenceGraphFormats",
            dependencies: ["EvidenceGraphCore", "EvidenceGraphQuery", "EvidenceGraphAssessment"],
            swiftSettings: strict
        ),
        .target(
            name: "EvidenceGraphFHIR",
            dependencies: ["EvidenceGraphCore", "EvidenceGraphAssessment"],
            swiftSettings: strict
        ),
        .target(
            name: "EvidenceGraphServer",
            dependencies: [
                "EvidenceGraphCore", "EvidenceGraphXML", "EvidenceGraphQuery", "EvidenceGraphAssessment", "EvidenceGraphFormats",
                "EvidenceGraphFHIR",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MCP", package: "swift-sdk"),
            ],
            resources: [.copy("Bundled")],   // the web page; copies of docs/graph-model.md and Queries/*.cypher, kept equal by BundledResourceTests
            swiftSettings: strict
        ),
        .target(
            name: "EvidenceGraph",
            dependencies: ["EvidenceGraphCore", "EvidenceGraphXML", "EvidenceGraphQuery", "EvidenceGraphAssessment", "EvidenceGraphFormats", "EvidenceGraphFHIR"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "evg",
            dependencies: [
                "EvidenceGraph",
                "EvidenceGraphFHIR",
                "EvidenceGraphServer",
                "EvidenceGraphSynthetic",
                "EvidenceGraphRegistry",
                "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .target(name: "EvidenceGraphTCK", dependencies: ["EvidenceGraphCore", "EvidenceGraphQuery"], swiftSettings: strict),
        .executableTarget(name: "evg-tck", dependencies: ["EvidenceGraphTCK"], swiftSettings: strict),
        .testTarget(name: "EvidenceGraphCoreTests", dependencies: ["EvidenceGraphCore"], swiftSettings: strict),
        .testTarget(
            name: "EvidenceGraphXMLTests",
            dependencies: ["EvidenceGraphXML", "EvidenceGraphCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EvidenceGraphQueryTests",
            dependencies: ["EvidenceGraphQuery", "EvidenceGraphCore", "EvidenceGraphXML"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EvidenceGraphAssessmentTests",
            dependencies: ["EvidenceGraphAssessment", "EvidenceGraph"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EvidenceGraphFormatsTests",
            dependencies: ["EvidenceGraphFormats", "EvidenceGraphAssessment", "EvidenceGraphQuery", "EvidenceGraphXML", "EvidenceGraphCore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EvidenceGraphFHIRTests",
            dependencies: ["EvidenceGraphFHIR", "EvidenceGraph"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EvidenceGraphTCKTests",
            dependencies: ["EvidenceGraphTCK", "EvidenceGraphQuery", "EvidenceGraphCore", "evg-tck"],
            exclude: ["tck-passing.txt", "tck-unsupported.txt"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EvidenceGraphSyntheticTests",
            dependencies: ["EvidenceGraphSynthetic", "EvidenceGraphXML", "EvidenceGraphCore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EvidenceGraphRegistryTests",
            dependencies: ["EvidenceGraphRegistry", "EvidenceGraphXML", "EvidenceGraphCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EvidenceGraphServerTests",
            dependencies: [
                "EvidenceGraphServer", "EvidenceGraphFormats", "EvidenceGraphAssessment", "EvidenceGraphQuery", "EvidenceGraphXML", "EvidenceGraphCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "MCP", package: "swift-sdk"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "EvgCLITests", dependencies: ["evg", "EvidenceGraph"], swiftSettings: strict),
    ]
)

// `EVG_LEAN_BUILD=1` leaves out the servers (Hummingbird, the MCP SDK and what they bring,
// about two thirds of a clean build) and the targets that need them (`evg`, its tests): for
// the ThreadSanitizer run of the engine's concurrency test in `.ci/run`, which would otherwise
// compile the whole HTTP stack again under the sanitizer. Never set for ordinary builds.
if Context.environment["EVG_LEAN_BUILD"] == "1" {
    let serverOnly: Set<String> = ["EvidenceGraphServer", "EvidenceGraphServerTests", "evg", "EvgCLITests"]
    package.targets.removeAll { serverOnly.contains($0.name) }
    package.products.removeAll { $0.name == "evg" }
    package.dependencies.removeAll { dependency in
        guard case .sourceControl(_, let location, _) = dependency.kind else { return false }
        return ["hummingbird", "swift-sdk"].contains { location.hasSuffix("/" + $0) }
    }
}

