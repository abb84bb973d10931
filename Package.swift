// swift-tools-version: 6.0
import PackageDescription

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
    ],
    targets: [
        // The only place that sees ICU's C API.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(name: "HaberICU", dependencies: ["CICU"]),
        // Stage 1–2: text → normalized document → tokens and sentences.
        .target(name: "HaberText", dependencies: ["HaberICU"]),
        // Stage 3–4: models, candidate extractors, resolver.
        .target(name: "HaberExtraction", dependencies: ["HaberText", "HaberICU"]),
        // Stage 5: records and writers.
        .target(name: "HaberRecords", dependencies: ["HaberExtraction", .product(name: "GRDB", package: "GRDB.swift")]),
        // Scoring against gold, as FORMAT.md defines it.
        .target(name: "HaberEvaluation", dependencies: ["HaberExtraction"]),
        .executableTarget(
            name: "haber",
            dependencies: [
                "HaberRecords",
                "HaberEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: `swift run -c release haber-bench` (see BENCHMARKS.md).
        .executableTarget(name: "haber-bench", dependencies: ["HaberRecords"]),
        // libFuzzer target over the whole pipeline; built only with -sanitize=fuzzer (see BENCHMARKS.md).
        .executableTarget(name: "haber-fuzz", dependencies: ["HaberExtraction"]),
        .testTarget(name: "HaberTextTests", dependencies: ["HaberText"]),
        .testTarget(name: "HaberExtractionTests", dependencies: ["HaberExtraction", "HaberRecords", "HaberEvaluation"]),
        .testTarget(name: "HaberCLITests", dependencies: ["HaberRecords"]),
    ]
)
