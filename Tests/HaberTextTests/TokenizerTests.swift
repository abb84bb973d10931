import Foundation
import HaberText
import Testing

/// `Tokenizer`: token boundaries, the forms tokens carry, and sentences.
@Suite("Tokenizer")
struct TokenizerTests {
    // MARK: - Case mapping and folding

    /// Each row: a word, the language, its lowercase.
    @Test("lowercase follows the language", arguments: [
        ("ISPARTA", "tr", "ısparta"),
        ("İŞİM", "tr", "işim"),
        ("IĞDIR", "tr", "ığdır"),
        ("İSTANBUL", "tr", "istanbul"),
        ("ISTANBUL", "en", "istanbul"),
        ("Ankara", "tr", "ankara"),
        ("ÇANAKKALE", "tr", "çanakkale"),
    ])
    func lowercase(word: String, language: String, expected: String) throws {
        let token = try onlyToken(word, language: language)
        #expect(token.lower == expected)
        #expect(token.key == expected)
    }

    /// Each row: a word and its ASCII-folded key.
    @Test("folded keys are ASCII", arguments: [
        ("gümüşhane", "gumushane"),
        ("Gümüşhane", "gumushane"),
        ("IĞDIR", "igdir"),
        ("Çağrı", "cagri"),
        ("İŞİM", "isim"),
        ("Ankara", "ankara"),
    ])
    func folded(word: String, expected: String) throws {
        #expect(try onlyToken(word, language: "tr").foldedKey == expected)
    }

    // MARK: - Stems and suffixes

    /// Each row: a word, then its stem, suffix, key and kind.
    @Test("apostrophe suffixes split into stem and suffix", arguments: [
        ("Fransa’daki", "Fransa", "daki", "fransa", Token.Kind.word),
        ("Fransa'daki", "Fransa", "daki", "fransa", .word),
        ("58’i", "58", "i", "58", .number),
        ("İŞİM'in", "İŞİM", "in", "işim", .word),
        ("İŞİM’in", "İŞİM", "in", "işim", .word),
        ("Ankara’da", "Ankara", "da", "ankara", .word),
        ("2005’te", "2005", "te", "2005", .number),
        ("Ankara", "Ankara", "", "ankara", .word),
    ])
    func suffixes(word: String, stem: String, suffix: String, key: String, kind: Token.Kind) throws {
        let token = try onlyToken(word, language: "tr")
        #expect(token.stem == stem)
        #expect(token.suffix == suffix)
        #expect(token.key == key)
        #expect(token.kind == kind)
        #expect(token.hasSuffix == !suffix.isEmpty)
    }

    /// Each row: a text and the tokens it must cut into.
    @Test("token boundaries", arguments: [
        ("%15'lik", ["%", "15'lik"]),
        ("%15’lik destek", ["%", "15'lik", "destek"]),
        ("21.07.2017", ["21.07.2017"]),
        ("Ekleme Tarihi 21.07.2017", ["Ekleme", "Tarihi", "21.07.2017"]),
        ("2,5", ["2,5"]),
        ("yüzde 2,5 arttı", ["yüzde", "2,5", "arttı"]),
        ("1.000.000", ["1.000.000"]),
        ("d’Alsace", ["d'", "Alsace"]),
        ("la région d’Alsace", ["la", "région", "d'", "Alsace"]),
        ("l’AMRC", ["l'", "AMRC"]),
        ("ediliyor,sektör", ["ediliyor", ",", "sektör"]),
        ("edildi.Sektör", ["edildi", ".", "Sektör"]),
        ("(İŞİM),", ["(", "İŞİM", ")", ","]),
        ("A.Ş.", ["A.Ş", "."]),
    ])
    func boundaries(text: String, expected: [String]) throws {
        #expect(try Fixture.tokenize(text).tokens.map(\.text) == expected)
    }

    /// Each row: a text, a token's text, then its kind and stem.
    @Test("token kinds and stems", arguments: [
        ("%15'lik", "%", Token.Kind.symbol, "%"),
        ("%15'lik", "15'lik", .number, "15"),
        ("21.07.2017", "21.07.2017", .number, "21.07.2017"),
        ("2,5", "2,5", .number, "2,5"),
        ("d’Alsace", "d'", .word, "d'"),
        ("d’Alsace", "Alsace", .word, "Alsace"),
        ("ediliyor,sektör", ",", .punctuation, ","),
    ])
    func kinds(text: String, token: String, kind: Token.Kind, stem: String) throws {
        let document = try Fixture.tokenize(text)
        let found = try #require(document.tokens.first { $0.text == token })
        #expect(found.kind == kind)
        #expect(found.stem == stem)
    }

    @Test("`%15'lik`: the number's stem is 15 and its suffix lik")
    func percentWithSuffix() throws {
        let tokens = try Fixture.tokenize("%15'lik").tokens
        try #require(tokens.count == 2)
        #expect(tokens[1].stem == "15")
        #expect(tokens[1].suffix == "lik")
        #expect(tokens[0].originalRange == 0..<1)
        #expect(tokens[1].originalRange == 1..<7)
    }

    // MARK: - Sentences

    /// Each row: a text and its sentences, as the original text of their tokens.
    @Test("sentences", arguments: [
        ("Prof. Dr. Ayşe Demir geldi. Sonra gitti.", ["Prof. Dr. Ayşe Demir geldi.", "Sonra gitti."]),
        ("Koç Holding A.Ş. bugün açıkladı. Sonra gitti.", ["Koç Holding A.Ş. bugün açıkladı.", "Sonra gitti."]),
        ("Doç. Dr. Ali Veli ve M. Kemal geldi.", ["Doç. Dr. Ali Veli ve M. Kemal geldi."]),
        ("Toplandı! Karar alındı mı? Evet.", ["Toplandı!", "Karar alındı mı?", "Evet."]),
        ("Başlık\n\nmetin burada.", ["Başlık", "metin burada."]),
        ("Birinci satır,\nDevamı burada.", ["Birinci satır,\nDevamı burada."]),
        ("Kümenin onayladığı firmaya\nDevlet desteği verildi.", ["Kümenin onayladığı firmaya", "Devlet desteği verildi."]),
        ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
        ("Oran 2,5 oldu. Sonra 3.5 oldu.", ["Oran 2,5 oldu.", "Sonra 3.5 oldu."]),
    ])
    func sentences(text: String, expected: [String]) throws {
        let document = try Fixture.tokenize(text)
        #expect(document.sentences.map { document.originalText(ofTokens: $0) } == expected)
        // Sentence indices on tokens agree with the ranges.
        for (index, range) in document.sentences.enumerated() {
            for token in range { #expect(document.tokens[token].sentence == index) }
        }
    }

    /// Line breaks saturate at 255 in a token; what callers ask (none, one, two or more)
    /// stays true.
    @Test("line breaks before a token", arguments: [1, 2, 3, 254, 255, 256, 70_000])
    func newlines(count: Int) throws {
        let document = try Fixture.tokenize("Bir" + String(repeating: "\n", count: count) + "İki", language: "tr")
        #expect(document.tokens.map(\.newlinesBefore) == [0, min(count, 255)])
    }

    // MARK: - Offsets

    /// Every extractor walks the token array: its size is memory traffic everywhere.
    @Test("a token takes 32 bytes")
    func tokenSize() {
        #expect(MemoryLayout<Token>.stride == 32)
    }

    static let awkwardTexts: [String] = [
        "İŞİM’in “Avrupa turu” Fransa’da başladı.",
        "10\u{00A0}milyon avro, yüzde\u{202F}58’i ve %15’lik pay.",
        "Emoji 👍🏽 ve 🇹🇷 bayrağı; Ankara’da 🎉 kutlama.",
        "Go\u{0308}kalp ve e\u{0301}te\u{0301} I\u{0307}ŞI\u{0307}M'in.",
        "Satır bir\r\nSatır iki\r\n\r\nSatır üç geliş-\r\ntirme.",
        "Kü\u{00AD}me\u{200B}lenme ediliyor,sektör edildi.Sektör \u{FEFF}son.",
        "la région d’Alsace et l’AMRC à Lyon – 2014–2020.",
        "",
        "   \n\n  ",
        "‘’ʼ`´′ tek",
    ]

    @Test("token ranges are in bounds, increasing, and slice to text that normalizes to the token", arguments: awkwardTexts)
    func offsetRoundTrip(text: String) throws {
        try checkRoundTrip(text)
    }

    @Test("offset round trip over the corpus", arguments: Fixture.articles)
    func corpusRoundTrip(article: URL) throws {
        try checkRoundTrip(String(contentsOf: article, encoding: .utf8))
    }

    private func checkRoundTrip(_ text: String) throws {
        let document = try Fixture.tokenize(text)
        let count = text.unicodeScalars.count
        var previousEnd = 0
        for token in document.tokens {
            let range = token.originalRange
            #expect(range.lowerBound >= previousEnd, "\(token) overlaps or precedes the token before")
            #expect(range.upperBound <= count, "\(token) ends past the text (\(count) scalars)")
            #expect(!range.isEmpty, "\(token) has an empty original range")
            previousEnd = range.upperBound
            let slice = text.scalars(range)
            let renormalized = Fixture.normalizer.document(for: slice).normalized
            #expect(visible(renormalized) == visible(token.text), "original \(visible(slice)) of \(token)")
        }
    }

    // MARK: - Helpers

    private func onlyToken(_ word: String, language: String) throws -> Token {
        let tokens = try Fixture.tokenize(word, language: language).tokens
        try #require(tokens.count == 1, "\(word) gave \(tokens.map(\.text))")
        return tokens[0]
    }
}
