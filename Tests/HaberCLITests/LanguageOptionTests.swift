import Foundation
import Testing

/// `lang` on a JSON input line and `--lang` state the language and skip detection
/// (FORMAT.md, input lines); a language Haber has no data for is refused, never guessed.
@Suite("haber extract: stated languages")
struct LanguageOptionTests {
    /// Each row: the JSON lines, extra arguments, and the `lang` of each record (nil: the
    /// line is refused with one error line, the others still written).
    @Test("lang of a JSON line and --lang", arguments: [
        (#"{"id":"a","text":"Paris is in France.","lang":"de"}"#, [String](), ["de"]),
        (#"{"id":"a","text":"Paris is in France."}"#, [], ["en"]),
        (#"{"id":"a","text":"Paris is in France."}"#, ["--lang", "fr"], ["fr"]),
        (#"{"id":"a","text":"Paris is in France.","lang":"DE"}"#, ["--lang", "fr"], ["de"]),
        (#"{"id":"a","text":"Paris is in France.","lang":"xx"}"# + "\n" + #"{"id":"b","text":"Ankara'da."}"#, [], [nil, "tr"]),
        (#"{"id":"a","text":"Paris is in France.","lang":5}"#, [], [nil]),
    ] as [(String, [String], [String?])])
    func statedLanguage(lines: String, arguments: [String], expected: [String?]) throws {
        let result = try Haber.run(["extract", "--input-format", "jsonl", "-q"] + arguments + ["-"], stdin: lines + "\n")
        let languages = try result.records().map { $0["lang"] as? String }
        #expect(languages == expected.compactMap { $0 })
        let refused = expected.filter { $0 == nil }.count
        #expect(result.stderrLines.count == refused, "stderr: \(result.stderr)")
        #expect(result.status == (refused > 0 ? 1 : 0))
    }

    @Test func unknownLanguageOptionIsAUsageError() throws {
        let result = try Haber.run(["extract", "--lang", "xx", "-q", "-"], stdin: "Ankara'da.\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--lang xx"))
        #expect(result.stdout.isEmpty)
    }
}
