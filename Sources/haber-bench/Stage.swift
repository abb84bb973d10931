import Foundation
import HaberExtraction
import HaberICU
import HaberRecords
import HaberText

/// One measured stage, run in its own process: prints `bytes articles seconds peakKB`.
enum Stage {
    static func run(_ arguments: [String]) throws {
        guard arguments.count >= 2 else { throw BenchError("usage: haber-bench stage read|segment|tokenize|extract|models DIR [--jobs N]") }
        let stage = arguments[0], folder = arguments[1]
        let jobs = Bench.value(of: "--jobs", in: arguments).flatMap(Int.init) ?? 1
        let reader = ArticleReader()
        // Stages (a) to (c) time the work on files already listed; (d) walks the folder
        // lazily, as `haber extract` does, since a list of every path grows with the folder.
        let walker = reader.inputs(for: [folder])
        let inputs = stage == "extract" ? [] : Array(walker)
        var bytes = 0, articles = 0
        let started: Date
        switch stage {
        case "read":
            started = Date()
            for case .file(let path, _) in inputs {
                bytes += FileManager.default.contents(atPath: path)?.count ?? 0
                articles += 1
            }
        case "segment":
            let breaker = try WordBreaker(locale: "tr")
            started = Date()
            var segments = 0
            for case .file(let path, _) in inputs {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                bytes += data.count
                articles += 1
                let units = Array(String(decoding: data, as: UTF8.self).utf16)
                try units.withUnsafeBufferPointer { buffer in
                    try breaker.forEachSegment(in: buffer) { _, _, _ in segments += 1 }
                }
            }
            if segments < 0 { print(segments) }
        case "tokenize":
            let models = try ExtractionModels.load(from: ModelDirectory.locate())
            let tokenizer = try Tokenizer(resources: models.text)
            let normalizer = TextNormalizer()
            started = Date()
            for case .file(let path, _) in inputs {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                bytes += data.count
                articles += 1
                _ = try tokenizer.tokenize(normalizer.document(for: String(decoding: data, as: UTF8.self)))
            }
        case "models":
            // `stage models CACHE`: model loading alone, with the given cache folder (an empty
            // one for a first run), for a profile of start-up (`valgrind --tool=callgrind`).
            started = Date()
            let models = try ExtractionModels.load(from: ModelDirectory.locate(), cache: ModelCache(folder: URL(fileURLWithPath: folder)))
            articles = models.places.maxWords > 0 ? 1 : 0
        case "extract":
            let models = try ExtractionModels.load(from: ModelDirectory.locate())
            let batch = BatchExtractor(models: models, options: .init(jobs: jobs, reader: reader))
            let output = try TextOutput(path: "/dev/null")
            var sink = JSONLinesWriter.Sink(output: output)
            started = Date()
            try batch.run(walker) { outcomes in
                for case .record(let record, let size, _) in outcomes {
                    try sink.write(record)
                    bytes += size
                    articles += 1
                }
            }
            try output.flush()
            output.discard()
        default:
            throw BenchError("unknown stage \(stage)")
        }
        let seconds = Date().timeIntervalSince(started)
        print("\(bytes) \(articles) \(seconds) \(peakKilobytes())")
    }

    /// The process's peak resident set (`VmHWM`), in kB.
    static func peakKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
