import Foundation
import HaberText

/// What every text test needs: the package's own `models/`, found from this file, and one
/// tokenizer behind a lock (it holds ICU iterators, and Swift Testing runs tests in parallel).
enum Fixture {
    /// `Tests/HaberTextTests/Support.swift` → the package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let models = ModelDirectory(url: packageRoot.appendingPathComponent("models"))

    static let resources: Result<TextResources, any Error> = Result { try TextResources(models: models) }

    private static let tokenizer: Result<Locked<Tokenizer>, any Error> = resources.flatMap { resources in
        Result { Locked(try Tokenizer(resources: resources)) }
    }

    static let normalizer = TextNormalizer()

    /// Normalizes and tokenizes `text`; the language is detected unless given.
    static func tokenize(_ text: String, language: String? = nil) throws -> TokenizedDocument {
        let document = normalizer.document(for: text)
        return try tokenizer.get().withLock { tokenizer in try tokenizer.tokenize(document, language: language) }
    }

    /// The articles of `corpus/articles`, sorted by name.
    static var articles: [URL] {
        let folder = packageRoot.appendingPathComponent("corpus/articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
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
    /// The scalars of `self`, for comparisons that must not treat `o` + U+0308 and `ö` alike.
    var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }

    /// Scalars `range` of `self`, exactly as written.
    func scalars(_ range: Range<Int>) -> String {
        let all = Array(unicodeScalars)
        var text = String()
        text.unicodeScalars.append(contentsOf: all[range.clamped(to: 0..<all.count)])
        return text
    }
}
