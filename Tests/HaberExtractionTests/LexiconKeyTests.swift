@testable import HaberExtraction
import Testing

/// The leading word of a lexicon key: the key a name of several tokens is filed under, so
/// that a lookup tries longer spans only after a word that opens some name.
@Suite("Lexicon keys")
struct LexiconKeyTests {
    /// Each row: a lowercase key and its leading word.
    @Test("the leading word of a key", arguments: [
        ("ankara", "ankara"),
        ("new york", "new"),
        ("abd doları", "abd"),
        ("saint-étienne", "saint"),
        ("st. petersburg", "st"),
        ("c$", "c"),
        ("hk $", "hk"),
        ("$", "$"),
        ("d'euros", "d'"),
        ("çin yuanı", "çin"),
        ("10 numara", "10"),
        ("", ""),
    ])
    func leading(key: String, expected: String) {
        #expect(leadingWord(of: key) == expected)
    }

    /// Each row: a word and whether some currency name of several tokens opens with it.
    @Test("currency names of several tokens", arguments: [
        ("abd", true),
        ("kanada", true),
        ("hollanda", true),
        ("dolar", false),
        ("avro", false),
        ("ve", false),
    ])
    func currencyOpenings(word: String, expected: Bool) throws {
        let models = try Fixture.models.get()
        #expect(models.currencies.opensLongerName(word) == expected)
    }

    /// Each row: a word and whether some place name of several tokens opens with it.
    @Test("place names of several tokens", arguments: [
        ("new", true),
        ("rio", true),
        ("kuzey", true),
        ("saint", true),
        ("xqzw", false),
    ])
    func placeOpenings(word: String, expected: Bool) throws {
        let models = try Fixture.models.get()
        #expect(models.places.opensLongerName(word) == expected)
    }
}
