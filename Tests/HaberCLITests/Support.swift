import Foundation
import Testing

/// Runs the built `haber` executable, as a person would.
enum Haber {
    /// `Tests/HaberCLITests/Support.swift` → the package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `haber` beside this test binary: the products folder of the build being tested,
    /// whatever its scratch path (`.build`, `.build-tests`). On Linux the test product is an
    /// executable in that folder; on macOS it is a bundle in it.
    static let executable: URL? = {
        var starts: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["HABER_EXECUTABLE"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        if let main = Bundle.main.executableURL { starts.append(main.resolvingSymlinksInPath().deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            starts.append(bundle.bundleURL.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for start in starts {
            var folder = start
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("haber")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
        }
        // Last resort: the usual scratch paths of this package.
        for scratch in [".build-tests", ".build"] {
            let candidate = packageRoot.appendingPathComponent("\(scratch)/debug/haber")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Non-empty lines of standard output, parsed as JSON objects.
        func records() throws -> [[String: Any]] {
            try stdout.split(separator: "\n").map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a record: \(line)")
            }
        }

        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    /// Runs `haber arguments` in `directory`, with `stdin` as standard input (empty when nil),
    /// `environment` added to the test's own, and standard output to `stdoutPath` when given
    /// (e.g. `/dev/full`). Output goes through files, so a large output cannot block on a full pipe.
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                    environment: [String: String] = [:], stdoutPath: String? = nil) throws -> Result {
        try run(executable: try #require(executable, "no built `haber` beside the test binary; run `swift build` first"),
                arguments, stdin: stdin, in: directory, environment: environment, stdoutPath: stdoutPath)
    }

    /// Runs `/bin/sh -c script` with `$0` the built `haber`, as `run` does.
    static func shell(_ script: String, in directory: URL? = nil) throws -> Result {
        let haber = try #require(executable, "no built `haber` beside the test binary; run `swift build` first")
        return try run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", script, haber.path], in: directory)
    }

    private static func run(executable: URL, _ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                            environment: [String: String] = [:], stdoutPath: String? = nil) throws -> Result {
        let scratch = try TemporaryFolder()
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        let inURL = scratch.url.appendingPathComponent("stdin")
        try Data((stdin ?? "").utf8).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: stdoutPath.map { URL(fileURLWithPath: $0) } ?? outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer {
            try? out.close()
            try? err.close()
            try? input.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// An article from the package's own corpus.
    static func corpusArticle(_ id: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("corpus/articles/\(id).txt"), encoding: .utf8)
    }
}

/// A folder below the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("haber-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` at `path` below the folder, creating folders on the way.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Re-serializes JSON with sorted keys, so two parsed values compare as text.
func canonicalJSON(_ value: Any) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
}

/// The corpus articles of the package, sorted.
enum Fixtures {
    static let corpusIDs: [String] = {
        let folder = Haber.packageRoot.appendingPathComponent("corpus/articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()
}

/// A JSON object on one line, keys sorted.
func jsonLine(_ object: [String: String]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
}

/// The rows `sqlite3` prints for `sql` on `out.db` in `folder`.
func sqlite3(_ folder: TemporaryFolder, _ sql: String) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [folder.url.appendingPathComponent("out.db").path, sql]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "sqlite3 failed on \(sql)")
    return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
}
