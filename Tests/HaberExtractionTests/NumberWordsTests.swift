import HaberExtraction
import Testing

/// Spelled-out numbers: a phrase ICU would spell word for word is read without its lenient
/// parser, a phrase that is no sequence of spell-out words is refused without it, and the
/// rest still goes to the parser. Each row: language, phrase, expected value (nil: no number).
@Suite struct NumberWordsTests {
    static let numbers = NumberWords()

    @Test("spelled-out numbers, their look-alikes and the parser's cases", arguments: [
        // Written as ICU spells them: read word by word, confirmed by spelling out again.
        ("tr", "elli sekiz", 58.0), ("tr", "iki yüz elli", 250), ("tr", "iki bin on yedi", 2017),
        ("tr", "bir milyon", 1_000_000), ("tr", "yüz", 100), ("tr", "bin", 1000), ("tr", "Beş", 5),
        ("en", "fifty-eight", 58), ("en", "one hundred", 100), ("en", "two thousand", 2000),
        ("fr", "cinquante-huit", 58), ("de", "achtundfünfzig", 58), ("es", "cincuenta y ocho", 58),
        // Words that only open like a number: refused before the parser.
        ("tr", "birlikte", nil), ("tr", "onay", nil), ("tr", "yüzde", nil), ("tr", "altyapı", nil),
        ("en", "tenant", nil), ("de", "einheit", nil),
        // Not ICU's own spelling, or another rule set: the parser's answer.
        ("tr", "üçüncü", 3), ("tr", "onuncu", 10), ("fr", "troisième", 3), ("de", "einer", 1),
        ("de", "zweiten", 2), ("en", "fifty eight", 58), ("tr", "milyon", nil),
    ] as [(String, String, Double?)])
    func value(language: String, phrase: String, expected: Double?) {
        #expect(Self.numbers.reader(language).value(of: phrase) == expected)
    }
}
