import Foundation
import HaberExtraction
import HaberServer
import HaberText
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import Testing

/// Models loaded once for the suite from the package's own `models/`; each test builds a
/// service of its own (the router test framework shuts the service's pool down at its end).
enum Fixture {
    /// `Tests/HaberServerTests/Support.swift` → the package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let models: Result<ExtractionModels, any Error> = Result {
        try ExtractionModels.load(from: ModelDirectory(url: packageRoot.appendingPathComponent("models")))
    }

    static func article(_ id: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("corpus/articles/\(id).txt"), encoding: .utf8)
    }

    /// Runs `test` against a service with `configuration`, through the router (no socket);
    /// `logs` collects what the service logs.
    static func withService<Value>(
        _ configuration: ServerConfiguration = ServerConfiguration(version: "test"), logs: LogCapture? = nil,
        _ test: @Sendable (HaberService, any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let service = try HaberService(models: try models.get(), configuration: configuration)
        var logger = Logger(label: "haber.test") { _ in logs.map { $0 as any LogHandler } ?? SwiftLogNoOpLogHandler() }
        logger.logLevel = .info
        return try await service.application(logger: logger).test(.router) { client in try await test(service, client) }
    }

    /// The `haber` executable built beside this test binary, for comparing bytes with the CLI.
    static let executable: URL? = {
        let start = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = start.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("haber")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// Standard output of `haber ARGUMENTS` with `input` on standard input.
    static func haber(_ arguments: [String], input: String) throws -> String {
        let executable = try #require(executable, "no built `haber` beside the test binary; run `swift build` first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haber-server-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inURL = folder.appendingPathComponent("in"), outURL = folder.appendingPathComponent("out")
        try Data(input.utf8).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = FileHandle.nullDevice
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["HABER_MODELS": packageRoot.appendingPathComponent("models").path]) { _, new in new }
        try process.run()
        process.waitUntilExit()
        return try String(contentsOf: outURL, encoding: .utf8)
    }

    /// One JSON input line, as `haber extract --input-format jsonl` reads them.
    static func jsonLine(id: String, text: String, published: String? = nil) throws -> String {
        var object: [String: String] = ["id": id, "text": text]
        if let published { object["published"] = published }
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as a JSON object.
    func object() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }
}

/// Keeps every message logged through it.
final class LogCapture: LogHandler, @unchecked Sendable {
    private let lines = NIOLockedValueBox<[String]>([])
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.withLockedValue { $0.append("\(event.level) \(event.message)") }
    }

    var messages: [String] { lines.withLockedValue { $0 } }
}
