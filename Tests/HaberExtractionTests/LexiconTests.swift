import HaberExtraction
import HaberText
import Testing

/// The word classes the shared lexicon gives a word, from every file of `models/` at once:
/// what an extractor may ask of a word that its own lexicon does not hold.
@Suite("Lexicon: word classes")
struct LexiconTests {
    /// A word in a one-word article of `language`, the classes it must have, and those it must not.
    struct Row: Sendable, CustomTestStringConvertible {
        var word: String
        var language: String
        var has: WordClasses
        var lacks: WordClasses
        var testDescription: String { "\(word) (\(language))" }

        init(_ word: String, _ language: String, has: WordClasses, lacks: WordClasses = []) {
            self.word = word
            self.language = language
            self.has = has
            self.lacks = lacks
        }
    }

    static let rows: [Row] = [
        Row("Ankara", "tr", has: [.place, .majorCity, .largePlace, .placeInCapitals], lacks: [.givenName, .role]),
        Row("Fransa", "tr", has: [.place, .largePlace, .placeInCapitals], lacks: [.majorCity]),
        Row("Çankaya", "tr", has: [.place, .majorCity], lacks: [.givenName]),
        Row("Lyon", "fr", has: [.place, .majorCity, .largePlace]),
        Row("Ahmet", "tr", has: [.givenName], lacks: [.place, .role, .organizationWord]),
        Row("Yılmaz", "tr", has: [.surname], lacks: [.place]),
        Row("Koordinatörü", "tr", has: [.role], lacks: [.title, .givenName]),
        Row("Başkanı", "tr", has: [.role]),
        Row("Herr", "de", has: [.title], lacks: [.abbreviatedTitle, .role]),
        Row("Dr", "tr", has: [.abbreviatedTitle], lacks: [.role, .givenName]),
        Row("Kümelenmesi", "tr", has: [.organizationWord], lacks: [.role, .place]),
        Row("Odası", "tr", has: [.organizationWord]),
        Row("Fakültesi", "tr", has: [.organizationWord]),
        Row("Université", "fr", has: [.organizationWord]),
        Row("TÜBİTAK", "tr", has: [.knownAcronym], lacks: [.place]),
        Row("avro", "tr", has: [.currencyName], lacks: [.place]),
        Row("euro", "en", has: [.currencyName]),
        Row("Bursa", "tr", has: [.place, .majorCity]),
        Row("Company", "en", has: [.organizationWord], lacks: [.place, .givenName, .role]),
        Row("meeting", "en", has: [], lacks: [.place, .givenName, .surname, .organizationWord, .role, .currencyName]),
    ]

    @Test("classes of one word", arguments: rows)
    func classes(_ row: Row) throws {
        let models = try Fixture.models.get()
        let tokenizer = try Tokenizer(resources: models.text)
        let document = try tokenizer.tokenize(TextNormalizer().document(for: row.word), language: row.language)
        let token = try #require(document.tokens.first)
        let facts = Lexicon(models: models).facts(of: token.form, kind: token.kind, language: row.language)
        #expect(facts.classes.isSuperset(of: row.has), "has \(facts.classes.rawValue)")
        #expect(facts.classes.isDisjoint(with: row.lacks), "has \(facts.classes.rawValue)")
    }

    /// A Turkish word inflected for case, whose stem is an ordinary word or a place, is never
    /// inside a name; a place itself, a word with an apostrophe suffix or an English word is not such a word.
    @Test("inflected words", arguments: [
        ("Çalışmayı", "tr", true), ("Bursada", "tr", true), ("Heyete", "tr", true), ("Bursa", "tr", false),
        ("Ankara'da", "tr", false), ("Kümelenme", "tr", false), ("meeting", "en", false), ("Bursada", "en", false),
    ])
    func inflected(_ word: String, _ language: String, _ expected: Bool) throws {
        let models = try Fixture.models.get()
        let tokenizer = try Tokenizer(resources: models.text)
        let token = try #require(try tokenizer.tokenize(TextNormalizer().document(for: word), language: language).tokens.first)
        #expect(Lexicon(models: models).isInflected(token.form, kind: token.kind, language: language) == expected)
    }

    /// A compound whose last part is a role ending, with three letters or more before it,
    /// compared by bytes as `hasSuffix` compared it by characters.
    @Test("compounds that end in a role", arguments: [
        ("erdemir-vorstandsmitglied", true), ("außenhandelsexpertin", true), ("pressesprecherin", true),
        ("pressesprecher", true), ("vorstandsmitglied", true), ("mitglied", false), ("abcmitglied", true),
        ("abmitglied", false), ("sprecherinnen", false), ("ankara", false), ("", false), ("é", false),
        ("çalışmayı", false), ("i̇stanbul", false), ("bereichsleiterin", true),
    ])
    func endsInRole(_ key: String, _ expected: Bool) throws {
        let people = try Fixture.models.get().people
        #expect(people.endsInRole(key) == expected)
        #expect(people.endsInRole(key) == people.roleEndings.contains { key.utf8.count >= $0.utf8.count + 3 && key.hasSuffix($0) })
    }

    @Test("frequency of ordinary words, per language")
    func frequency() throws {
        let models = try Fixture.models.get()
        let tokenizer = try Tokenizer(resources: models.text)
        let lexicon = Lexicon(models: models)
        for (word, language) in [("the", "en"), ("ve", "tr"), ("und", "de"), ("et", "fr"), ("y", "es")] {
            let token = try #require(try tokenizer.tokenize(TextNormalizer().document(for: word), language: language).tokens.first)
            #expect(lexicon.facts(of: token.form, kind: token.kind, language: language).zipf >= 6, "\(word)")
        }
    }
}
