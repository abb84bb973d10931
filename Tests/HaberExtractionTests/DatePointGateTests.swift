import Foundation
@testable import HaberExtraction
import HaberText
import Testing

/// The gates of ``DateReader/point(at:starts:gated:)`` (a mark after a number, a case ending on a
/// bare day) and the starts that open no point (``DateStarts/opensPoint``), against every pattern
/// tried: at every start of the corpus, its development articles, both holdouts and the peer
/// conformance suites (all five languages), the same point. Each row is one set of texts; a
/// row with no texts (the suites live outside the package) reads nothing.
@Suite struct DatePointGateTests {
    /// The texts of a row: `articles:` folders of the corpus, `suite:` a conformance file's inputs.
    static func texts(_ row: String) throws -> [(text: String, language: String?)] {
        let parts = row.split(separator: ":", maxSplits: 1).map(String.init)
        if parts[0] == "articles" {
            let set = parts[1] == "corpus" ? Fixture.corpus : Fixture.corpus.appendingPathComponent(parts[1])
            return try Fixture.articleIDs(in: set).map { (try Fixture.article($0, in: set), nil) }
        }
        let shared = ProcessInfo.processInfo.environment["HABER_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? Fixture.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let url = shared.appendingPathComponent("peer-suites/recognizers-text/\(parts[1])")
        guard let data = try? Data(contentsOf: url) else { return [] }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let cases = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let language = parts[1].contains("/") ? String(parts[1].prefix(2)) : "tr"
        return cases.compactMap { ($0["Input"] as? String).map { ($0, language) } }
    }

    static let rows: [String] = ["articles:corpus", "articles:dev", "articles:holdout", "articles:holdout-2"]
        + ["DateExtractor", "DateParser", "DatePeriodExtractor", "DatePeriodParser"].flatMap { suite in
            ["suite:DateTime_Turkish_\(suite).json"]
                + [("en", "English"), ("fr", "French"), ("de", "German"), ("es", "Spanish")].map { "suite:\($0)/DateTime_\($1)_\(suite).json" }
        }

    @Test(arguments: rows)
    func gatedPointsAreThePointsOfEveryPattern(_ row: String) throws {
        let models = try Fixture.models.get()
        let extractor = DateExtractor(models: models)
        let context = ExtractionContext(referenceDate: CalendarDate(year: 2024, month: 6, day: 14))
        func described(_ mention: DateMention?) -> String {
            mention.map { "\($0.tokens) \($0.end) \(DateExtractor.iso($0.value, reference: context.referenceDate, end: nil) ?? "-")" } ?? "none"
        }
        var points = 0
        var gatedOut = 0
        var differences: [String] = []
        for (text, language) in try Self.texts(row) {
            let document = try Fixture.analyze(text, language: language).document
            let reader = extractor.reader(of: document, context: context)
            let tokens = document.tokens
            for i in tokens.indices where reader.starts[i].opensAny {
                let starts = reader.starts[i]
                let full = reader.point(at: i, starts: starts, gated: false)
                let gated = starts.opensPoint ? reader.point(at: i, starts: starts) : nil
                if described(gated) != described(full) {
                    differences.append("\(document.language) `\(tokens[i].text)` at \(i): \(described(gated)) ≠ \(described(full))")
                }
                points += full == nil ? 0 : 1
                if !starts.opensPoint || starts.contains(.number) && i + 1 < tokens.count && tokens[i + 1].kind == .word { gatedOut += 1 }
            }
        }
        #expect(differences.isEmpty, "\(row): \(differences.prefix(10))")
        // Not vacuous where there are texts: points are read, and starts are gated out.
        if row.hasPrefix("articles:") {
            #expect(points >= 5, "\(row)")
            #expect(gatedOut >= 5, "\(row)")
        }
    }
}
