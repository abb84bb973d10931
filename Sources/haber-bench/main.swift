import Foundation
import HaberExtraction
import HaberICU
import HaberRecords
import HaberSystem
import HaberText

/// `haber-bench`: builds a deterministic corpus of 50 MB or more from `corpus/articles` (names
/// and numbers varied) and measures, each in a fresh process so that peak memory is its own:
/// (a) reading the files, (b) ICU word segmentation, (c) normalization and tokenization,
/// (d) full extraction with JSON Lines output, with one and two jobs; then start-up time.
///
///     swift run -c release haber-bench [--megabytes 50] [--runs 3] [--corpus DIR]
///     swift run -c release haber-bench memory [--megabytes 1024]
///     swift run -c release haber-bench startup [--runs 11]
///
/// Prints MB/s, articles/s and peak RSS per stage, medians of `--runs` runs; `memory` runs
/// only the full extraction with two jobs, once, over a larger corpus, for its peak RSS;
/// `startup` only the start-up times, with an empty cache and with a warm one.
enum Bench {
    static let usage = """
        usage: haber-bench [--megabytes 50] [--runs 3] [--corpus DIR]   all stages, medians
               haber-bench memory [--megabytes 1024]                    1 GB, two jobs, peak RSS
               haber-bench startup [--runs 11]                          first run and warm start-up
               haber-bench stage read|segment|tokenize|extract|models DIR [--jobs N]
               haber-bench check-segments DIR [--locale tr]             Latin word breaker against ICU
        """

    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        // A full run takes minutes and writes a 50 MB corpus: asking for help must not start one.
        if arguments.contains("--help") || arguments.contains("-h") {
            print(usage)
            return
        }
        if arguments.first == "stage" {
            arguments.removeFirst()
            try Stage.run(arguments)
            return
        }
        if arguments.first == "check-segments" {
            arguments.removeFirst()
            try CheckSegments.run(arguments)
            return
        }
        if arguments.first == "startup" {
            let runs = value(of: "--runs", in: arguments).flatMap(Int.init) ?? 11
            let (cold, warm) = try startupTimes(runs: runs)
            print(String(format: "start-up, first run on an empty cache (median of %d): %.0f ms", runs, cold * 1000))
            print(String(format: "start-up, warm cache (median of %d): %.1f ms", runs, warm * 1000))
            return
        }
        let memoryOnly = arguments.first == "memory"
        let megabytes = value(of: "--megabytes", in: arguments).flatMap(Int.init) ?? (memoryOnly ? 1024 : 50)
        let runs = value(of: "--runs", in: arguments).flatMap(Int.init) ?? 3
        let root = ModelDirectory.packageRoot
        let corpus = value(of: "--corpus", in: arguments)
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("haber-bench-\(megabytes)mb").path
        let (files, bytes) = try CorpusMaker(source: root.appendingPathComponent("corpus/articles"), megabytes: megabytes)
            .make(at: URL(fileURLWithPath: corpus))
        print("corpus: \(corpus): \(files) articles, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, ICU \(icuVersion)")
        if memoryOnly {
            // `haber-bench memory`: one full extraction with two jobs over a large corpus, for its peak RSS.
            let measurement = try spawn(stage: "extract", jobs: 2, corpus: corpus)
            print(String(format: "(d) full extraction, jsonl, 2 jobs: %.1f MB/s, %.0f articles/s, peak RSS %.1f MB",
                         measurement.megabytesPerSecond, measurement.articlesPerSecond, measurement.peakMegabytes))
            return
        }
        print(String(repeating: "-", count: 78))
        print("stage".padding(toLength: 34, withPad: " ", startingAt: 0) + "    MB/s  articles/s   peak RSS MB   (median of \(runs))")
        var results: [String: Measurement] = [:]
        for (name, stage, jobs) in [("(a) read files", "read", 1), ("(b) ICU word segmentation", "segment", 1),
                                    ("(c) normalize + tokenize", "tokenize", 1), ("(d) full extraction, jsonl, 1 job", "extract", 1),
                                    ("(d) full extraction, jsonl, 2 jobs", "extract", 2)] {
            let measurement = try median((0..<runs).map { _ in try spawn(stage: stage, jobs: jobs, corpus: corpus) })
            results["\(stage)\(jobs)"] = measurement
            print(name.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%8.1f %11.0f %13.1f", measurement.megabytesPerSecond, measurement.articlesPerSecond,
                         measurement.peakMegabytes))
        }
        print(String(repeating: "-", count: 78))
        if let segment = results["segment1"], let one = results["extract1"], let two = results["extract2"] {
            print(String(format: "(d) 1 job / (b): %.2f    (d) 2 jobs / 1 job: %.2f×",
                         one.megabytesPerSecond / segment.megabytesPerSecond, two.megabytesPerSecond / one.megabytesPerSecond))
        }
        print(String(format: "start-up (one small article on stdin, median of 11): %.1f ms", try startup() * 1000))
    }

    struct Measurement {
        var megabytesPerSecond: Double
        var articlesPerSecond: Double
        var peakMegabytes: Double
    }

    static func median(_ values: [Measurement]) -> Measurement {
        func middle(_ numbers: [Double]) -> Double { numbers.sorted()[numbers.count / 2] }
        return Measurement(megabytesPerSecond: middle(values.map(\.megabytesPerSecond)),
                           articlesPerSecond: middle(values.map(\.articlesPerSecond)),
                           peakMegabytes: middle(values.map(\.peakMegabytes)))
    }

    /// Runs one stage in a child process and reads its figures.
    static func spawn(stage: String, jobs: Int, corpus: String) throws -> Measurement {
        let output = try runChild([CommandLine.arguments[0], "stage", stage, corpus, "--jobs", String(jobs)])
        let fields = output.split(separator: " ").compactMap { Double($0) }
        guard fields.count == 4 else { throw BenchError("stage \(stage) printed '\(output)'") }
        let (bytes, articles, seconds, peak) = (fields[0], fields[1], fields[2], fields[3])
        return Measurement(megabytesPerSecond: bytes / 1_048_576 / seconds, articlesPerSecond: articles / seconds,
                           peakMegabytes: peak / 1024)
    }

    /// Median wall time of `haber extract -` on one small article.
    static func startup() throws -> Double {
        let haber = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("haber").path
        var times: [Double] = []
        for _ in 0..<11 {
            let started = Date()
            _ = try runChild([haber, "extract", "-"], input: "Ekleme Tarihi 21.07.2017\n\nAnkara’da yüzde 58’i büyüdü.\n")
            times.append(Date().timeIntervalSince(started))
        }
        return times.sorted()[times.count / 2]
    }

    /// Median wall times of `haber extract -` on one small article with an empty cache
    /// folder each time (the first run on a machine, which builds the indexes) and with
    /// the folder that the first of those runs filled (every later start).
    static func startupTimes(runs: Int) throws -> (cold: Double, warm: Double) {
        let haber = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("haber").path
        let input = "Ekleme Tarihi 21.07.2017\n\nAnkara’da yüzde 58’i büyüdü.\n"
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("haber-bench-startup-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: root) }
        func time(cache: URL) throws -> Double {
            let started = Date()
            _ = try runChild([haber, "extract", "-"], input: input, environment: ["HABER_CACHE": cache.path])
            return Date().timeIntervalSince(started)
        }
        var cold: [Double] = []
        for run in 0..<runs {
            let cache = root.appendingPathComponent("cold-\(run)")
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
            cold.append(try time(cache: cache))
        }
        let warmCache = root.appendingPathComponent("cold-0")
        let warm = try (0..<runs).map { _ in try time(cache: warmCache) }
        return (cold.sorted()[runs / 2], warm.sorted()[runs / 2])
    }

    static func runChild(_ command: [String], input: String? = nil, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        // `waitUntilExit` polls on Linux and adds tens of milliseconds: the start-up figure
        // waits on the termination handler instead.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        guard process.terminationStatus == 0 else { throw BenchError("\(command.joined(separator: " ")) exited \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

do {
    try Bench.main()
} catch {
    FileHandle.standardError.write(Data("haber-bench: \(error)\n".utf8))
    SystemProcess.exit(status: 1)
}
