// swift-tools-version: 6.0
import PackageDescription

/// The pipeline's own code is single-threaded per document and shares no mutable state
/// between threads except through locks and atomics, so the run-time exclusivity checks
/// (about 7% of extraction's instructions, by callgrind) buy nothing in release builds.
/// Debug builds, which the tests use, keep them.
///
/// `-disable-type-layout`: with type-layout lowering, the compiler copied and destroyed values
/// such as an optional date mention or `(value: Int, inflection: TurkishInflection?)?` through
/// their type's metadata and the runtime's generic value witnesses (instantiate the metadata,
/// call the witness, walk the layout), some 70 instructions to destroy a nil. Lowered per type,
/// the same destroy is a test and a few releases: 1.8% of extraction's instructions on the
/// bench articles (callgrind, BENCHMARKS.md), for 1% more code.
let hotPath: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-disable-type-layout"], .when(configuration: .release))
]

let package = Package(
    name: "Haber",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "haber", targets: ["haber"]),
        .library(name: "HaberKit", targets: ["HaberText", "HaberExtraction", "HaberRecords", "HaberEvaluation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // `haber serve` only (HaberServer and its tests).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The only place that sees ICU's C API.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(name: "HaberICU", dependencies: ["CICU"]),
        // The only Swift code that calls the C library (files, signals, terminals), wrapped
        // once as CICU is for ICU.
        .target(name: "HaberSystem"),
        // Stage 1–2: text → normalized document → tokens and sentences.
        .target(name: "HaberText", dependencies: ["HaberICU", "HaberSystem"], swiftSettings: hotPath),
        // Stage 3–4: models, candidate extractors, resolver.
        .target(name: "HaberExtraction", dependencies: ["HaberText", "HaberICU", "HaberSystem"], swiftSettings: hotPath),
        // Stage 5: records and writers.
        .target(
            name: "HaberRecords", dependencies: ["HaberExtraction", "HaberSystem", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: hotPath
        ),
        // Scoring against gold, as FORMAT.md defines it.
        .target(name: "HaberEvaluation", dependencies: ["HaberExtraction"]),
        // `haber serve`: the HTTP service over the same pipeline and JSON writer.
        .target(
            name: "HaberServer",
            dependencies: [
                "HaberRecords",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("openapi.yaml")]
        ),
        .executableTarget(
            name: "haber",
            dependencies: [
                "HaberRecords",
                "HaberEvaluation",
                "HaberServer",
                "HaberSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Benchmarks: `swift run -c release haber-bench` (see BENCHMARKS.md).
        .executableTarget(name: "haber-bench", dependencies: ["HaberRecords", "HaberSystem"]),
        // libFuzzer target over the whole pipeline; built only with -sanitize=fuzzer (see BENCHMARKS.md).
        .executableTarget(name: "haber-fuzz", dependencies: ["HaberExtraction"]),
        .testTarget(name: "HaberSystemTests", dependencies: ["HaberSystem"]),
        .testTarget(name: "HaberTextTests", dependencies: ["HaberText"]),
        .testTarget(name: "HaberExtractionTests", dependencies: ["HaberExtraction", "HaberRecords", "HaberEvaluation"]),
        .testTarget(name: "HaberCLITests", dependencies: ["HaberRecords"]),
        .testTarget(
            name: "HaberServerTests",
            dependencies: [
                "HaberServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
    ]
)
