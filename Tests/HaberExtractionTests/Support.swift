import Foundation
import HaberExtraction
import HaberText
import Testing

/// Models loaded once for the whole suite, from the package's own `models/` (found from this
/// file), and one pipeline behind a lock: a pipeline holds ICU iterators and Swift Testing
/// runs tests in parallel.
enum Fixture {
    /// `Tests/HaberExtractionTests/Support.swift` → the package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let modelDirectory = ModelDirectory(url: packageRoot.appendingPathComponent("models"))

    static let models: Result<ExtractionModels, any Error> = Result { try ExtractionModels.load(from: modelDirectory) }

    private static let pipeline: Result<Locked<Pipeline>, any Error> = models.flatMap { models in
        Result { Locked(try Pipeline(models: models)) }
    }

    static func analyze(_ text: String, referenceDate: CalendarDate? = nil, language: String? = nil) throws -> Pipeline.Analysis {
        try pipeline.get().withLock { pipeline in try pipeline.analyze(text, referenceDate: referenceDate, language: language) }
    }

    /// Turkish's ``SuffixGrammar``, from the models (``SuffixGrammar/none`` if they fail to load:
    /// the tests that read it then fail on their expectations).
    static var turkishSuffixes: SuffixGrammar { (try? models.get().languageProfiles["tr"].suffixes) ?? .none }

    static let corpus = packageRoot.appendingPathComponent("corpus")

    /// The development articles of issue 12 (`corpus/dev/`), scored apart.
    static let development = corpus.appendingPathComponent("dev")

    /// The ids of `articles/*.txt` in `set` (the corpus by default), sorted.
    static func articleIDs(in set: URL = corpus) -> [String] {
        let folder = set.appendingPathComponent("articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The ids of `corpus/articles/*.txt`, sorted.
    static var articleIDs: [String] { articleIDs() }

    static func article(_ id: String, in set: URL = corpus) throws -> String {
        try String(contentsOf: set.appendingPathComponent("articles/\(id).txt"), encoding: .utf8)
    }

    static func gold(_ id: String, in set: URL = corpus) throws -> [String: Any] {
        let data = try Data(contentsOf: set.appendingPathComponent("gold/\(id).json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

/// A value only one thread touches at a time.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

extension String {
    /// Scalars `range` of `self`, exactly as written (Python's `text[start:end]`).
    func scalars(_ range: Range<Int>) -> String? {
        let all = Array(unicodeScalars)
        guard range.lowerBound >= 0, range.upperBound <= all.count else { return nil }
        var text = String()
        text.unicodeScalars.append(contentsOf: all[range])
        return text
    }
}
