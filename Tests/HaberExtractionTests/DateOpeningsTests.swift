@testable import HaberExtraction
import Testing

/// The quick noes of the date extractor against the slow answers they stand in for: the
/// openings of number words (``NumberOpenings``) against `NumberWords`' own answer, and the
/// packed openings of date words (``DateOpenings``) against a set of substrings. A quick
/// answer may only say no where the slow one does.
@Suite struct DateOpeningsTests {
    static let numbers = NumberWords()

    /// Words of every kind: number words and their inflections, look-alikes, capitals,
    /// accents precomposed and combining, dotted and dotless i, one letter, other scripts.
    static let words: [String] = [
        "bir", "birlikte", "bine", "iki", "ikisi", "üç", "üçüncü", "dört", "dördünde", "beş", "altı", "yedi", "sekiz",
        "dokuz", "on", "onay", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "yetmişlerde", "seksen", "doksan",
        "yüz", "yüzde", "bin", "milyon", "milyar", "sıfır", "çeyrek", "çarşamba", "şubat", "ılık", "ısı", "ocak",
        "İki", "Bir", "BİN", "I", "ı", "i", "a", "y", "e", "o", "ü", "ç", "",
        "u\u{0308}c\u{0327}", "dü\u{0308}rt", "d\u{0307}", "e\u{0301}", "é", "ée", "\u{0130}ki", "i\u{0307}ki", "ß", "ſ",
        "two", "twenty", "tenant", "thousand", "one", "once", "eleven", "fifty-eight", "first", "hundred",
        "deux", "douze", "cent", "mille", "onze", "un", "une", "vingt", "premier", "troisième",
        "zwei", "zwölf", "hundert", "tausend", "einer", "eins", "einheit", "elf", "null",
        "dos", "doce", "cien", "mil", "uno", "una", "once", "veinte", "cincuenta", "y",
        "москва", "два", "ab", "zz", "q1", "2017", "x\r\ny", "\r\n",
    ]

    @Test("number-word openings never say no where NumberWords says yes",
          arguments: ["tr", "en", "fr", "de", "es"])
    func numberOpenings(_ language: String) {
        let openings = NumberOpenings(words: Self.numbers.words(language))
        let reader = Self.numbers.reader(language)
        let keys = Self.words + Self.numbers.words(language).sorted() + Self.numbers.words(language).sorted().map { $0 + "lerde" }
        for key in keys {
            if !openings.mayOpen(key) {
                #expect(!reader.mayStartNumber(key), "\(language): \(key)")
            }
        }
    }

    /// The openings of date words of every language in the models, against the substring set.
    @Test func dateOpeningsAgreeWithSubstrings() throws {
        let models = try Fixture.models.get()
        let calendar = models.calendar
        let names = Array(calendar.months.keys) + Array(calendar.shortMonths.keys) + Array(calendar.weekdays.keys)
        for language in calendar.languages {
            let words = Array(models.dateGrammar.words[language]?.keys ?? [:].keys) + names
            let substrings = Set(words.map { $0.prefix(3).prefix { $0 != " " } })
            let openings = DateOpenings(substrings)
            let keys = Self.words + words + words.map { $0 + "da" } + words.map { String($0.prefix(2)) } + words.map(\.localizedUppercase)
            for key in keys {
                let slow = substrings.contains(key.prefix(3)) || substrings.contains(key.prefix(2)) || substrings.contains(key.prefix(1))
                #expect(openings.opens(key) == slow, "\(language): \(key)")
            }
        }
    }

    /// Openings with combining marks are looked up as substrings, with the same answers.
    @Test(arguments: [["e\u{0301}t", "ab"], ["é", "ab"], ["a", "bc", "\r\n"], ["", "x"]])
    func dateOpeningsOfAnyShape(_ list: [String]) {
        let substrings = Set(list.map { Substring($0) })
        let openings = DateOpenings(substrings)
        for key in Self.words + list + ["ét", "e\u{0301}té", "abc", "bcd", "xyz"] {
            let slow = substrings.contains(key.prefix(3)) || substrings.contains(key.prefix(2)) || substrings.contains(key.prefix(1))
            #expect(openings.opens(key) == slow, "\(list): \(key)")
        }
    }

    /// A key with an `i` and a combining dot above, or a dash or quotation mark from U+2010
    /// to U+2027, among its first characters is read as a run (`run`: its count; nil, looked
    /// up as substrings), and answers as the substrings do (`opens`).
    @Test(arguments: [
        (key: "i\u{0307}stanbul", openings: ["i", "is", "ist"], run: 1, opens: false),
        (key: "ki\u{0307}m", openings: ["k"], run: 2, opens: true),
        (key: "ki\u{0307}m", openings: ["ki", "kim"], run: 2, opens: false),
        (key: "abi\u{0307}", openings: ["abi"], run: 3, opens: false),
        (key: "abci\u{0307}", openings: ["abc"], run: 3, opens: true),
        (key: "ki\u{0307}\u{0301}m", openings: ["k"], run: 2, opens: true),
        (key: "ke\u{0307}m", openings: ["k", "kė"], run: nil, opens: true),
        (key: "e\u{0307}", openings: ["ė"], run: nil, opens: true),
        (key: "\u{0131}\u{0307}", openings: ["ı"], run: nil, opens: false),
        (key: "l\u{2019}année", openings: ["l"], run: 2, opens: true),
        (key: "l\u{2019}année", openings: ["la", "an"], run: 2, opens: false),
        (key: "ab\u{2019}c", openings: ["ab"], run: 3, opens: true),
        (key: "ab\u{2019}c", openings: ["abc"], run: 3, opens: false),
        (key: "abc\u{2019}", openings: ["abc"], run: 3, opens: true),
        (key: "abcd\u{2019}", openings: ["abc"], run: 3, opens: true),
        (key: "a\u{2019}\u{0301}b", openings: ["a"], run: 2, opens: true),
        (key: "ab\u{2013}c", openings: ["ab"], run: 3, opens: true),
        (key: "\u{2019}ab", openings: ["ab"], run: 1, opens: false),
        (key: "ab\u{2028}", openings: ["ab"], run: nil, opens: true),
        (key: "ab\u{200D}", openings: ["ab"], run: nil, opens: false),
        (key: "ab\u{0301}\u{2019}", openings: ["a"], run: nil, opens: true),
    ] as [(key: String, openings: [String], run: Int?, opens: Bool)])
    func dateOpeningsMarkingUnmatchable(_ example: (key: String, openings: [String], run: Int?, opens: Bool)) {
        let substrings = Set(example.openings.map { Substring($0) })
        #expect(DateOpenings.run(of: example.key)?.count == example.run, "\(example.key)")
        #expect(DateOpenings(substrings).opens(example.key) == example.opens, "\(example.key)")
        let key = example.key
        let slow = substrings.contains(key.prefix(3)) || substrings.contains(key.prefix(2)) || substrings.contains(key.prefix(1))
        #expect(slow == example.opens, "\(example.key)")
    }

    /// Every character read as unmatchable, at each of the first four places of a key,
    /// against the substring set.
    @Test func dateOpeningsMarkingUnmatchableAgreeWithSubstrings() throws {
        let openings: [Substring] = ["a", "ab", "abc", "b", "bc", "i", "ai", "abi", "bi", "ı"]
        let substrings = Set(openings)
        let dateOpenings = DateOpenings(substrings)
        var marks = ["i\u{0307}", "\u{0131}\u{0307}", "e\u{0307}", "i\u{0308}"]
        for value in UInt32(0x2010)...0x2027 { marks.append(String(try #require(Unicode.Scalar(value)))) }
        for mark in marks {
            for key in [mark, "a" + mark, "ab" + mark, "abc" + mark + "d", "bc" + mark + "\u{0301}", "x" + mark + "ab", mark + "abc"] {
                let slow = substrings.contains(key.prefix(3)) || substrings.contains(key.prefix(2)) || substrings.contains(key.prefix(1))
                #expect(dateOpenings.opens(key) == slow, "\(key.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    /// A packed run is the scalars it was read from, and a prefix of it the prefix.
    @Test(arguments: ["", "a", "ab", "abc", "çşğ", "ıöü", "abcd"])
    func scalarRuns(_ text: String) throws {
        let run = try #require(ScalarRun(whole: text))
        #expect(run.count == text.unicodeScalars.count)
        for count in 0...4 {
            let prefix = String(String.UnicodeScalarView(text.unicodeScalars.prefix(count)))
            #expect(run.prefix(count) == ScalarRun(whole: prefix))
        }
        #expect(ScalarRun(opening: text + "x", count: text.unicodeScalars.count) == run)
        #expect(ScalarRun(opening: text + "\u{0301}", count: text.unicodeScalars.count) == nil)
    }

    /// The opening read from a key's UTF-8 bytes is the one read from its scalars, for every
    /// word and count: two-byte scalars on both sides of U+0300, three- and four-byte ones,
    /// a carriage return among the first scalars or right after them.
    @Test(arguments: Self.words + ["ʼa", "ˇab", "\u{02FF}x", "a\u{0300}", "ab\u{0300}", "abc\u{0300}", "abcd\u{0300}",
                                   "€uro", "a😀", "ab\r", "abc\r", "abcd\r", "ĳk", "Ǆa", "ǿx"])
    func scalarRunsFromBytes(_ key: String) {
        for count in 0...4 {
            #expect(ScalarRun(openingBytesOf: key, count: count) == ScalarRun(opening: key, count: count), "\(key) \(count)")
        }
    }
}
