import HaberText
import Testing

/// `TextNormalizer`: what the normalized view reads, and that the offset map still points
/// at the original scalars.
@Suite("TextNormalizer")
struct TextNormalizerTests {
    // MARK: - Normalized text

    @Test("apostrophe look-alikes become '", arguments: [
        ("Fransa’da", "Fransa'da"),       // U+2019 right single quotation mark
        ("Fransa‘da", "Fransa'da"),       // U+2018 left single quotation mark
        ("Fransaʼda", "Fransa'da"),       // U+02BC modifier letter apostrophe
        ("Fransa`da", "Fransa'da"),       // U+0060 grave accent
        ("Fransa´da", "Fransa'da"),       // U+00B4 acute accent
        ("Fransa′da", "Fransa'da"),       // U+2032 prime
        ("Fransa'da", "Fransa'da"),       // already plain
    ])
    func apostrophes(input: String, expected: String) {
        #expect(visible(Fixture.normalizer.document(for: input).normalized) == visible(expected))
    }

    @Test("Unicode spaces become a space", arguments: [
        ("10\u{00A0}milyon", "10 milyon"),   // no-break space
        ("10\u{2009}milyon", "10 milyon"),   // thin space
        ("10\u{202F}milyon", "10 milyon"),   // narrow no-break space
        ("10\u{2002}milyon", "10 milyon"),   // en space
        ("10 milyon", "10 milyon"),
    ])
    func spaces(input: String, expected: String) {
        #expect(visible(Fixture.normalizer.document(for: input).normalized) == visible(expected))
    }

    @Test("soft hyphens and zero-width characters are dropped", arguments: [
        ("Kü\u{00AD}melenme", "Kümelenme"),  // soft hyphen
        ("Kü\u{200B}melenme", "Kümelenme"),  // zero-width space
        ("Kü\u{200C}melenme", "Kümelenme"),  // zero-width non-joiner
        ("Kü\u{200D}melenme", "Kümelenme"),  // zero-width joiner
        ("Kü\u{2060}melenme", "Kümelenme"),  // word joiner
        ("\u{FEFF}Ankara", "Ankara"),        // byte-order mark
    ])
    func ignorables(input: String, expected: String) {
        #expect(visible(Fixture.normalizer.document(for: input).normalized) == visible(expected))
    }

    @Test("line breaks and hyphenation", arguments: [
        ("geliş-\ntirme", "geliştirme"),           // a word hyphenated across a line break is joined
        ("geliş-\r\ntirme", "geliştirme"),         // also across CRLF
        ("geliş- \ntirme", "geliştirme"),          // and with a trailing space before the break
        ("Ar-Ge", "Ar-Ge"),                        // a real hyphen stays
        ("Kuzey-\nKore", "Kuzey-\nKore"),          // a capital after the break: no join
        ("2014–2020", "2014-2020"),                // en dash → hyphen
        ("satır\r\nsatır", "satır\nsatır"),        // CRLF → LF
        ("satır\rsatır", "satır\nsatır"),          // lone CR → LF
        ("satır\u{2028}satır", "satır\nsatır"),    // line separator → LF
    ])
    func lineBreaks(input: String, expected: String) {
        #expect(visible(Fixture.normalizer.document(for: input).normalized) == visible(expected))
    }

    @Test("run-together words are separated, numbers and abbreviations are not", arguments: [
        ("ediliyor,sektör", "ediliyor, sektör"),
        ("edildi.Sektör", "edildi. Sektör"),
        ("sağlanırken,sektör", "sağlanırken, sektör"),
        ("2,5", "2,5"),
        ("21.07.2017", "21.07.2017"),
        ("1.000", "1.000"),
        ("A.Ş.", "A.Ş."),
        ("www.haber.com", "www.haber.com"),
    ])
    func runTogetherWords(input: String, expected: String) {
        #expect(visible(Fixture.normalizer.document(for: input).normalized) == visible(expected))
    }

    @Test("decomposed text is composed to NFC", arguments: [
        ("Go\u{0308}kalp", "G\u{00F6}kalp"),
        ("I\u{0307}ŞI\u{0307}M", "\u{0130}Ş\u{0130}M"),
        ("e\u{0301}te\u{0301}", "\u{00E9}t\u{00E9}"),
        ("Gökalp", "Gökalp"),
        ("\u{0301}abc", "\u{0301}abc"),                  // a mark with no letter before it stays
        ("a\u{0301}\u{0300}b", "\u{00E1}\u{0300}b"),     // two marks after ASCII
        ("ç\u{0301}", "\u{1E09}"),                        // a mark after a two-byte letter composes
        ("s\u{0327}", "ş"),                                // cedilla composes
        ("\u{1100}\u{1161}", "\u{AC00}"),                // Hangul jamo compose
        ("x\u{00AD}\u{0301}", "x\u{00AD}\u{0301}"),      // a soft hyphen carrying a mark is composed, not dropped
        ("’\u{0301}", "\u{2019}\u{0301}"),               // a sequence is composed whole, apostrophe rule skipped
    ])
    func composition(input: String, expected: String) {
        #expect(visible(Fixture.normalizer.document(for: input).normalized) == visible(expected))
    }

    // MARK: - Offset map

    /// Each row: input, a token's normalized text, and the original scalar range it must map to.
    @Test("tokens map back to their original scalars", arguments: [
        ("Fransa’daki", "Fransa'daki", 0..<11),
        ("x geliş-\ntirme y", "geliştirme", 2..<14),
        ("Go\u{0308}kalp geldi", "Gökalp", 0..<7),
        ("ediliyor,sektör", "sektör", 9..<15),
        ("edildi.Sektör", "Sektör", 7..<13),
        ("10\u{00A0}milyon", "milyon", 3..<9),
        ("Kü\u{00AD}melenme", "Kümelenme", 0..<10),
        ("a\r\nAnkara", "Ankara", 3..<9),
        ("👍 Ankara", "Ankara", 2..<8),
        ("\u{FEFF}Ankara", "Ankara", 1..<7),
        ("İŞİM’in", "İŞİM'in", 0..<7),
        ("la région d’Alsace", "Alsace", 12..<18),
        ("e\u{0301}te\u{0301} 2017", "été", 0..<5),
        ("“Ankara” 👍 İzmir’de", "İzmir'de", 11..<19),    // after three- and four-byte scalars
        ("Ağrı, Muş\u{00A0}ve Iğdır", "Iğdır", 13..<18),
        ("çç\r\nşş çğüöı", "çğüöı", 7..<12),
    ] as [(String, String, Range<Int>)])
    func offsetMap(input: String, token: String, expected: Range<Int>) throws {
        let document = try Fixture.tokenize(input)
        let found = try #require(document.tokens.first { $0.text.scalarArray == token.scalarArray },
                                 "no token \(visible(token)) in \(document.tokens.map(\.text))")
        #expect(found.originalRange == expected)
        #expect(visible(document.document.originalText(found.originalRange)) == visible(input.scalars(expected)))
    }

    /// The scalar index finds a range's bytes from its block of 64 scalars: every range of
    /// texts whose multi-byte scalars fall before, inside, across and after block edges.
    @Test("the original text of every scalar range", arguments: [
        "İŞİM, Ankara’da 21.07.2017 tarihinde yüzde 58’i ile büyüdü; Eskişehir ve Çorum ortaklığı güçlendi.",
        String(repeating: "a", count: 63) + "ş" + String(repeating: "b", count: 64) + "ğü" + String(repeating: "c", count: 130) + "ö",
        "ASCII only, no entry at all: " + String(repeating: "x", count: 150),
        "😀" + String(repeating: "é", count: 70) + "日本語" + String(repeating: "z", count: 65) + "€",
    ])
    func originalTextOfEveryRange(text: String) {
        let document = Fixture.normalizer.document(for: text)
        let scalars = Array(text.unicodeScalars)
        #expect(document.scalarCount == scalars.count)
        var wrong = 0
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[lower..<upper])
                if document.originalText(lower..<upper) != String(expected) { wrong += 1 }
            }
        }
        #expect(wrong == 0)
    }

    @Test("an inserted space maps to an empty range at the next scalar")
    func insertedSpace() {
        let document = Fixture.normalizer.document(for: "ediliyor,sektör")
        #expect(document.normalized == "ediliyor, sektör")
        #expect(document.originalRange(of: 9..<10) == 9..<9)
        #expect(document.originalRange(of: 10..<16) == 9..<15)
        #expect(document.originalRange(of: 0..<16) == 0..<15)
    }

    /// The offset map keeps runs, not a pair per unit: every unit of a text that drops,
    /// inserts, doubles and copies must still map to its own scalars.
    @Test("every unit maps to its scalars across runs", arguments: [
        (0, 0..<1),    // a
        (1, 1..<2),    // 👍, first of two units
        (2, 1..<2),    // 👍, second unit
        (3, 2..<3),    // b
        (4, 4..<5),    // c, after a dropped soft hyphen
        (5, 5..<6),    // ,
        (6, 6..<6),    // inserted space
        (7, 6..<7),    // d
        (8, 8..<9),    // \n, its \r dropped
        (9, 9..<10),   // e
    ] as [(Int, Range<Int>)])
    func unitsAcrossRuns(unit: Int, expected: Range<Int>) {
        let document = Fixture.normalizer.document(for: "a👍b\u{AD}c,d\r\ne")
        #expect(document.units.count == 10)
        #expect(document.originalRange(of: unit..<(unit + 1)) == expected)
    }

    /// A record's entities are located through one cursor, in text order; a range before the
    /// cursor must still be found. Every unit range of texts with dropped, inserted, doubled
    /// and composed units, in ascending, descending and interleaved order, against the search.
    @Test("a cursor finds every range the search finds, in any order", arguments: [
        "a👍b\u{AD}c,d\r\ne",
        "ediliyor,sektör ve Go\u{0308}kalp’ın\r\n10\u{00A0}milyon geliş-\ntirme",
        "İstanbul'da 58’i aştı.Yeni dönem",
    ])
    func cursorRanges(text: String) {
        let document = Fixture.normalizer.document(for: text)
        let count = document.units.count
        var ranges: [Range<Int>] = []
        for start in 0...count {
            for end in start...min(count, start + 6) { ranges.append(start..<end) }
        }
        let interleaved = ranges.indices.map { $0.isMultiple(of: 2) ? ranges[$0 / 2] : ranges[ranges.count - 1 - $0 / 2] }
        for order in [ranges, ranges.reversed(), interleaved] {
            var cursor = Document.RangeCursor()
            var wrong = 0
            for range in order where document.originalRange(of: range, cursor: &cursor) != document.originalRange(of: range) {
                wrong += 1
            }
            #expect(wrong == 0)
        }
    }

    @Test("the original text is kept exactly")
    func originalKept() {
        let input = "Go\u{0308}kalp’ın\r\n10\u{00A0}milyon"
        let document = Fixture.normalizer.document(for: input)
        #expect(document.original.scalarArray == input.scalarArray)
        #expect(document.scalars == input.scalarArray)
    }
}

/// Escapes everything outside printable ASCII, so failures show which scalar differs.
func visible(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        if scalar.isASCII, scalar.value >= 0x20 {
            out.unicodeScalars.append(scalar)
        } else {
            out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
    return out
}
