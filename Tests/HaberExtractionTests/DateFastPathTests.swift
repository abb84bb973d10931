@testable import HaberExtraction
import HaberText
import Testing

/// The fast paths of the date reader against the slow code they replace: the numeric shape
/// read byte by byte (``NumericShape``) against the text put together, split and parsed, and
/// the grammar kinds as bits (``GramKind``) against their names.
@Suite struct DateFastPathTests {
    /// What the numeric pattern read before ``NumericShape``: the stems put together, counted,
    /// split and parsed as strings; nil where it gave up.
    static func slowShape(_ stems: [String]) -> (numbers: [Int], lengths: [Int], separators: String)? {
        let text = stems.joined()
        let separatorCount = text.utf8.reduce(0) { $0 + ($1 == 0x2E || $1 == 0x2F || $1 == 0x2D ? 1 : 0) }
        guard separatorCount == 2 || (separatorCount == 1 && (6...9).contains(text.utf8.count)) else { return nil }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" })
        let separators = text.filter { $0 == "." || $0 == "/" || $0 == "-" }
        guard parts.allSatisfy({ NumberReader.isDigits(String($0)) }) else { return nil }
        return (parts.compactMap { Int($0) }, parts.map(\.count), separators)
    }

    static let stems: [[String]] = [
        ["21.07.2017"], ["21", "/", "07", "/", "2017"], ["21/04/16"], ["2017-07-21"], ["2014-2020"], ["2014", "-", "2020"],
        ["1.000"], ["2-3"], ["1.2.3.4"], ["12..2017"], [".12.2017"], ["12.2017."], ["2017"], ["12", ".", "2017"],
        ["1", "/", "2"], ["21.07.2017", "5"], ["٢١.٠٧.٢٠١٧"], ["21.07.2O17"], ["21.0\u{301}7.2017"], ["21.\u{301}07.2017"],
        ["001.002.0003"], ["99999999999999999999.1.1"], ["1.1.99999999999999999999"], ["0.0.0"], ["31/12/99"],
        ["2019/5/6"], ["2019.5.6"], ["5-6-2019"], ["1999/2000"], ["2000-1999"], ["12345-6789"], ["1234-56789"],
        ["", "1.2.3"], ["1.2.", "3"], ["a.b.c"], ["21–07–2017"], ["21", "-", "07", ".", "2017"], ["+1.2.3"], ["1 .2.3"],
        ["11/2016"], ["3/2015"], ["2016/11"], ["12345/6"], ["1/2"],
    ]

    @Test func numericShapeAgreesWithTheStringReading() {
        for stems in Self.stems {
            let slow = Self.slowShape(stems)
            let fast = NumericShape(stems: stems)
            #expect((slow == nil) == (fast == nil), "\(stems)")
            guard let slow, let fast else { continue }
            #expect(slow.lengths.count == fast.count, "\(stems)")
            let separators = [fast.separators.0, fast.separators.1].prefix(fast.count - 1)
            #expect(String(decoding: separators, as: UTF8.self) == slow.separators, "\(stems)")
            #expect(fast.oneSeparator == (Set(slow.separators).count == 1), "\(stems)")
            for part in 0..<fast.count where fast.lengths[part] <= 4 {
                #expect(fast.lengths[part] == slow.lengths[part], "\(stems)")
                if slow.numbers.count == slow.lengths.count { #expect(fast.numbers[part] == slow.numbers[part], "\(stems)") }
            }
        }
    }

    @Test func gramKindsHaveOneBitEach() {
        var seen: GramKindSet = 0
        for kind in GramKind.all {
            #expect(kind.bit.nonzeroBitCount == 1, "\(kind.name)")
            #expect(seen & kind.bit == 0, "\(kind.name)")
            seen |= kind.bit
            #expect(GramKind.bits([kind.name]) == kind.bit, "\(kind.name)")
        }
        #expect(Set(GramKind.all.map(\.name)).count == GramKind.all.count)
        #expect(GramKind.bits(["no-such-kind", ""]) == 0)
        #expect(GramKind.bits(GramKind.all.map(\.name)) == seen)
    }

    /// Every kind the patterns ask for is a kind of the grammar tables.
    @Test func gramKindsAreKindsOfTheModels() throws {
        let models = try Fixture.models.get()
        let kinds = Set(models.dateGrammar.words.values.flatMap { $0.values.flatMap { $0.map(\.kind) } })
        for kind in GramKind.all { #expect(kinds.contains(kind.name), "\(kind.name)") }
    }
}

/// The month and weekday names a word is read against (``CalendarNames``) and the heads of
/// grammar lemmas (``DateGrammar/Lemma``), against the whole tables they stand for.
@Suite struct DateNameFastPathTests {
    static let words = [
        "temmuzda", "temmuz", "martta", "mart", "marka", "martı", "ocakta", "ocak", "ocağında", "şubatın", "şubat",
        "ağustosta", "eylülün", "ekimde", "kasımda", "aralıkta", "aralık", "aralıktaki", "mayısta", "nisanda", "hazirandan",
        "pazartesiden", "pazartesi", "pazardan", "pazar", "pazarlık", "cumartesi", "cumaya", "cuma", "cumhuriyet",
        "salıya", "salı", "çarşambaya", "perşembe", "perşembeden", "yılında", "haftası", "çeyreğinde", "günü", "dün",
        "dünkü", "ayında", "ay", "yıl", "sonunda", "başında", "ortasında", "önümüzdeki", "geçen", "bugün", "yarın",
        "march", "marches", "mai", "maison", "juli", "julia", "lundi", "lunes", "montag", "monday", "a", "ab", "",
    ]

    /// What ``DateReader`` read before: every split of the word into stem and case ending,
    /// the stem looked up among the months.
    static func slowMonth(_ key: String, calendar: CalendarLexicon) -> Int? {
        let suffixes = Fixture.turkishSuffixes
        for (stem, _) in suffixes.splits(of: key) {
            if let month = calendar.months[stem], suffixes.inflection(of: key, lemma: stem) != nil { return month }
        }
        return nil
    }

    @Test func monthHeadsHoldEveryInflectedMonth() throws {
        let calendar = try Fixture.models.get().calendar
        let names = CalendarNames(calendar: calendar)
        for key in Self.words {
            let heads = names.monthHeads(of: key)
            if Self.slowMonth(key, calendar: calendar) != nil { #expect(!heads.isEmpty, "\(key)") }
            for head in heads { #expect(key.hasPrefix(head.name) && key.count > head.name.count && calendar.months[head.name] == head.number) }
        }
    }

    @Test func weekdayHeadsAreTheTablesNamesInItsOrder() throws {
        let calendar = try Fixture.models.get().calendar
        let names = CalendarNames(calendar: calendar)
        for key in Self.words {
            let slow = Array(calendar.weekdays.lazy.filter { key.hasPrefix($0.key) && key.count > $0.key.count }.map(\.key))
            #expect(names.weekdayHeads(of: key).map(\.name) == slow, "\(key)")
        }
    }

    /// A word read as an inflected grammar word opens with the lemma's head.
    @Test func inflectedGrammarWordsOpenWithTheirLemmasHead() throws {
        let grammar = try Fixture.models.get().dateGrammar
        for key in Self.words {
            guard let first = key.unicodeScalars.first else { continue }
            for lemma in grammar.sortedWords(language: "tr", opening: first) {
                #expect(lemma.head == String(lemma.word.dropLast()))
                if Fixture.turkishSuffixes.inflection(of: key, lemma: lemma.word) != nil { #expect(key.hasPrefix(lemma.head), "\(key) \(lemma.word)") }
            }
        }
    }
}

/// ISO dates written as bytes (``ISOText``) against the padded strings they replace.
@Suite struct ISOTextTests {
    static let years = [0, 1, 9, 10, 99, 100, 999, 1000, 1900, 1999, 2017, 2100, 2999, 9999, 10_000, 123_456, -1, -2017]
    static let small = [0, 1, 9, 10, 12, 31, 99, 100, 123, -1, -12]

    @Test func daysMonthsAndYearsArePaddedAsBefore() {
        for year in Self.years {
            #expect(ISOText.year(year) == CalendarDate.pad(year, 4), "\(year)")
            for month in Self.small {
                #expect(ISOText.month(year, month) == "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))", "\(year) \(month)")
            }
        }
        for (year, month, day) in [(2017, 7, 21), (1, 1, 1), (999, 12, 31), (2000, 2, 29), (9999, 12, 31)] {
            guard let date = CalendarDate(year: year, month: month, day: day) else { continue }
            #expect(ISOText.day(date) == date.iso, "\(date.iso)")
        }
    }
}

/// The header's date run read only at the places it looks at
/// (``DateExtractor/candidates(in:context:startingAt:)``) against every date of the top: the
/// first candidate at each place, and so the header, are the same.
@Suite struct HeaderDatePlacesTests {
    static let texts = [
        "Ekleme Tarihi 21.07.2017\n\nBaşlık burada\n\nMetin.", "Yayın tarihi: 14 Mart 2019 Perşembe\n\nMetin burada.",
        "Published: 14 March 2019\n\nBody text.", "Bilbao, 7 de noviembre de 2023\n\nTexto.", "Stuttgart, 7. April 2022\n\nText.",
        "vom 1. bis 5. April 2019\n\nText.", "les 1er et 2 décembre 2023\n\nTexte.", "3-5 Mart 2018 tarihleri arasında\n\nMetin.",
        "21.07.2017\n\nMetin.", "2014-2020\n\nMetin.", "İki gün önce\n\nMetin.", "Dün\n\nMetin.", "5 Mart'tan 8 Mart'a kadar\n\nMetin.",
        "4 Eylül ile 8 Eylül arası\n\nMetin.", "Kasım 19-20 arası\n\nMetin.", "July 21-23, 2017\n\nBody.",
        "from July 21 to 23, 2017\n\nBody.", "3 kişi öldü\n\n12 Ocak 2016\n\nMetin.", "Başlık\nTarih: 2016 Kasım\n\nMetin.",
        "ikinci bir gün\n\nMetin.", "bir iki üç\n\nMetin.", "Cuma\n\nMetin.", "geçen yıl sonunda\n\nMetin.", "",
        "Başlık\n\n15'inde\n\nMetin.", "Expo ’23\n\nBody.", "2017, 4 Ocak'tan 22'sine kadar\n\nMetin.", "vom 1. bis 5.\n\nText.",
    ]

    @Test func placesReadAloneGiveTheHeaderOfAllDates() throws {
        let models = try Fixture.models.get()
        let pipeline = try Pipeline(models: models)
        let dates = DateExtractor(models: models)
        let reader = HeaderReader(calendar: models.calendar)
        for text in Self.texts {
            for reference in [nil, CalendarDate(year: 2026, month: 1, day: 1)] {
                let document = try pipeline.tokenize(text)
                let top = reader.top(of: document)
                let context = ExtractionContext(referenceDate: reference)
                let all = dates.candidates(in: top, context: context)
                var places: [Int] = []
                let header = reader.header(of: document) { positions in
                    places = positions
                    return dates.candidates(in: top, context: context, startingAt: positions)
                }
                #expect(header == reader.header(of: document, dates: all), "\(text)")
                let some = dates.candidates(in: top, context: context, startingAt: places)
                for place in places where place < top.tokens.count {
                    let start = top.tokens[place].range.lowerBound
                    #expect(some.first { $0.range.lowerBound == start } == all.first { $0.range.lowerBound == start }, "\(text) \(place)")
                }
            }
        }
    }
}

/// The shortcuts of reading a form for the first time against the general reading: a word
/// whose first letters open no date word is kept as no grammar word of any kind
/// (``DateReader/firstStarts(at:openings:spellout:)``), separators and heads read from bytes.
@Suite struct DateFirstSightTests {
    /// Where words take no case ending, every way a grammar word is read (as it is, with a plain
    /// ending after it, or the part before an apostrophe inside it: `aujourd'hui`) opens with an
    /// opening of the language: a word that opens none has no reading.
    @Test(arguments: ["en", "fr", "de", "es"])
    func everyReadingOfAGrammarWordOpens(_ language: String) throws {
        let models = try Fixture.models.get()
        #expect(!models.calendar.caseSuffixLanguages.contains(language))
        let openings = try #require(DateExtractor(models: models).openings[language])
        let rules = DateRules(language: language, grammar: models.dateGrammar, calendar: models.calendar)
        for key in rules.words.keys where !key.contains(" ") {
            #expect(openings.opens(key), "\(language): \(key)")
            for ending in rules.plainEndings.endings where key.count >= 4 {
                #expect(openings.opens(key + ending), "\(language): \(key)+\(ending)")
            }
            if let apostrophe = key.firstIndex(where: { $0 == "'" || $0 == "’" }), apostrophe != key.startIndex,
               key.index(after: apostrophe) != key.endIndex {
                #expect(openings.opens(String(key[..<apostrophe])), "\(language): \(key)")
            }
        }
    }

    static let stems = ["2017", "21.07.2017", "2014-2020", "1/2", "12", "", ".", "٢٠١٧", "1\u{0301}.2", "3–5", "a-b", "10 000"]

    @Test(arguments: stems)
    func separatorsAreReadAsTheViewReadsThem(_ stem: String) {
        let separators: Set<UInt8> = [0x2E, 0x2F, 0x2D]
        let slow: Bool = stem.utf8.contains(where: separators.contains)
        let reversed = String(stem.reversed())
        #expect(DateReader.holdsSeparator(stem) == slow)
        #expect(DateReader.holdsSeparator(reversed) == slow)
    }

    static let heads = ["", "a", "ay", "gü", "çeyre", "haftalı", "yesterda", "aujourd'hu", "décennie", "über", "u\u{0308}ber", "москва"]

    @Test(arguments: heads)
    func headsArePackedAsTheirFirstBytes(_ head: String) {
        var bytes: UInt64 = 0
        var mask: UInt64 = 0
        for (index, byte) in Array(head.utf8).prefix(8).enumerated() {
            bytes |= UInt64(byte) << (8 * UInt64(index))
            mask |= 0xFF << (8 * UInt64(index))
        }
        let packed = DateGrammar.Lemma.packed(head)
        #expect(packed.bytes == bytes && packed.mask == mask, "\(head)")
    }

    /// Words and heads beyond ASCII: Turkish and Latin letters (told by the bytes), combining
    /// marks, decomposed letters, letters that compose with a mark after them, a carriage
    /// return before a line feed, Cyrillic and emoji (told by `hasPrefix`).
    static let prefixPairs: [(key: String, head: String)] = [
        ("yüz", "yı"), ("yıl", "yı"), ("yılında", "yıl"), ("günü", "gün"), ("gün", "günü"), ("çeyreği", "çeyre"),
        ("şubat", "şu"), ("ağustos", "ağu"), ("öncesi", "önce"), ("dün", "dö"), ("", ""), ("a", ""), ("", "a"),
        ("año", "añ"), ("años", "año"), ("été", "ét"), ("über", "üb"), ("u\u{0308}ber", "üb"), ("über", "u\u{0308}b"),
        ("u\u{0308}ber", "u"), ("ü", "u"), ("a\u{0301}", "a"), ("e\u{0301}t", "é"), ("ét", "e\u{0301}"), ("x\r\ny", "x\r"),
        ("x\ry", "x\r"), ("москва", "мос"), ("москва", "мз"), ("ǆa", "ǆ"), ("ʼa", "ʼ"), ("a\u{00AD}b", "a"),
        ("👍🏽x", "👍"), ("ıi", "ı"), ("ÿ", "y"), ("aujourd'hui", "aujourd'hu"),
    ]

    @Test func headsAreComparedAsHasPrefixComparesThem() {
        for (key, head) in Self.prefixPairs {
            #expect(DateGrammar.Lemma.opens(key, with: head) == key.hasPrefix(head), "\(key) \(head)")
            #expect(DateGrammar.Lemma.opens(head, with: key) == head.hasPrefix(key), "\(head) \(key)")
        }
    }
}

/// The answers the date reader gives at a form's first sight without a lookup, against the
/// lookups they stand for: digits read in one pass, digits that no grammar word can be, and
/// the openings of the month, weekday and phrase tables.
@Suite struct DateFirstSightLookupTests {
    static let digits = [
        "2015", "7", "07", "0", "", "3,5", "1.000", "12:30", "1st", "+5", "-5", "٢٠١٥", "2O15", "9223372036854775807",
        "9223372036854775808", "99999999999999999999", "00000000000000000000001", "1\u{301}",
    ]

    @Test func digitsAgreeWithTheStringParse() {
        for text in Self.digits {
            #expect(DateReader.value(ofDigits: text) == (NumberReader.isDigits(text) ? Int(text) : nil), "\(text)")
        }
    }

    /// Whatever ``DateRules/isNoDigitWord(_:)`` refuses is no key of the language's grammar,
    /// and every key of it is let through.
    @Test func noDigitWordIsNoGrammarKey() throws {
        let models = try Fixture.models.get()
        let extractor = DateExtractor(models: models)
        let keys = Self.digits + ["1er", "10e", "1º", "2nd", "21st", "31", "2e", "1ro"]
        for (language, date) in extractor.languages {
            let rules = date.rules
            for key in keys where rules.isNoDigitWord(key) { #expect(rules.words[key] == nil, "\(language) \(key)") }
            for key in rules.words.keys { #expect(!rules.isNoDigitWord(key), "\(language) \(key)") }
        }
    }

    /// Every month name and abbreviation, weekday name and phrase opener opens as one.
    @Test func namesOpenWithTheirOpenings() throws {
        let models = try Fixture.models.get()
        let extractor = DateExtractor(models: models)
        for (language, date) in extractor.languages {
            for name in models.calendar.months.keys { #expect(date.monthOpenings.opens(name), "\(language) \(name)") }
            for name in date.rules.abbreviatedMonths.keys { #expect(date.monthOpenings.opens(name), "\(language) \(name)") }
            for name in models.calendar.weekdays.keys { #expect(date.weekdayOpenings.opens(name), "\(language) \(name)") }
            for word in date.rules.phrases.keys { #expect(date.phraseOpenings.opens(word), "\(language) \(word)") }
            #expect(!date.monthOpenings.opens("qqq") && !date.weekdayOpenings.opens("qqq"), "\(language)")
        }
    }
}

/// ``DateReader/hasGram(_:_:)`` and ``DateReader/hasExactGram(_:_:)`` answer from the kind bits
/// of a form what ``DateReader/gram(_:_:)`` and ``DateReader/exactGram(_:_:)`` answer by
/// reading it: asked before the form's kinds are known, then after.
@Suite struct DateGramKindTests {
    static let texts: [String: String] = [
        "tr": "Geçen yıl 3 gün önce bu ayın sonunda, yarından itibaren 2015'ten 2017'ye kadar Pazartesi günü ilk çeyrekte ve bir şirket.",
        "en": "From 3 to 5 May, between 2015 and 2017, last week, two days ago, the day after tomorrow and this year's end.",
        "fr": "Du 3 au 5 mai, entre 2015 et 2017, la semaine dernière, il y a deux jours, aujourd'hui et à la fin de l'année.",
        "de": "Vom 3. bis 5. Mai, zwischen 2015 und 2017, letzte Woche, vor zwei Tagen, heute und Ende des Jahres.",
        "es": "Del 3 al 5 de mayo, entre 2015 y 2017, la semana pasada, hace dos días, hoy y a finales del año próximo.",
    ]

    @Test(arguments: ["tr", "en", "fr", "de", "es"])
    func kindBitsAnswerAsTheReadings(_ language: String) throws {
        let models = try Fixture.models.get()
        let extractor = DateExtractor(models: models)
        let date = try #require(extractor.languages[language])
        let document = try Fixture.analyze(try #require(Self.texts[language]), language: language).document
        let setup = DateReader.Setup(language: language, models: date, openings: extractor.openings[language], numbers: models.numberWords)
        let reader = DateReader(document: document, setup: setup, reference: nil, facts: DateReader.DateFormFacts())
        var found = 0
        for i in document.tokens.indices {
            for kind in GramKind.all {
                let has = reader.hasGram(i, kind)
                let exact = reader.hasExactGram(i, kind)
                #expect(has == (reader.gram(i, kind) != nil), "\(language) \(document.tokens[i].text) \(kind.name)")
                #expect(exact == (reader.exactGram(i, kind) != nil), "\(language) \(document.tokens[i].text) \(kind.name)")
                #expect(reader.hasGram(i, kind) == has && reader.hasExactGram(i, kind) == exact)
                found += has ? 1 : 0
            }
        }
        // The texts hold grammar words: the test reads some.
        #expect(found > 5, "\(language)")
    }
}

/// The quick no of ``DateReader/rangesFrom(_:points:leadingMonth:gated:)`` (digits before a
/// word that joins no range, words that open no end, an opener before such a word), against the
/// ends read in full: at every start of every text, the same ranges; and the texts hold both
/// ranges and numbers the quick no answers.
@Suite struct DateRangeGateTests {
    static let texts: [String: String] = [
        "en": "From 3 to 5 May, 12 people came; 3 to 5 May 2019, 3-5 May, 2015 to 2017, between 2015 and 2017, "
            + "4 till 23 of this month, on the 1st and 2nd December, 7 days later, 20 firms, 2019 was good, 3 - 4 June, 4 and 5 June, "
            + "from the city to the coast, from today to 3 June, between the two, from experts, between them, from tomorrow.",
        "fr": "Du 3 au 5 mai, 12 personnes, les 1er et 2 décembre, 4 au 23 mois prochain, 2015 à 2017, 2016 fut bon, "
            + "entre 4 et 22 ce mois, 3-5 mai, 20 entreprises et 7 jours plus tard, 4 et 5 juin, "
            + "de la ville à la côte, d'aujourd'hui au 3 juin, entre les deux, de Paris, entre amis, du lundi.",
        "de": "Vom 3. bis 5. Mai, am 4. und 5. Oktober kamen 12 Leute, 2015 bis 2017, 2016 war gut, 3.-5. Mai, "
            + "zwischen 2015 und 2017, 20 Firmen und 7 Tage später, 4 und 5 Juni, "
            + "vom Haus bis zur Küste, von heute bis 3. Juni, zwischen den beiden, von Experten, zwischen uns.",
        "es": "Del 3 al 5 de mayo, 12 personas, 4 al 23 del próximo mes, 2015 a 2017, 2016 fue bueno, 3-5 de mayo, "
            + "entre 2015 y 2017, 20 empresas y 7 días después, 4 y 5 de junio, "
            + "de la ciudad a la costa, desde hoy hasta el 3 de junio, entre los dos, desde Madrid, entre amigos.",
    ]

    /// A text of ``texts`` read up to its points, as the extractor reads it before its ranges.
    struct Reading {
        let document: TokenizedDocument
        let reader: DateReader
        let reference: CalendarDate?
        var points: DatePoints

        init(_ language: String) throws {
            let models = try Fixture.models.get()
            let extractor = DateExtractor(models: models)
            document = try Fixture.analyze(try #require(DateRangeGateTests.texts[language]), language: language).document
            reference = CalendarDate(year: 2024, month: 6, day: 14)
            reader = extractor.reader(of: document, context: ExtractionContext(referenceDate: reference))
            points = DatePoints(count: document.tokens.count)
            for i in document.tokens.indices where reader.starts[i].opensAny {
                if let point = reader.point(at: i, starts: reader.starts[i]) { points[i] = point }
            }
        }

        /// Each mention's tokens, end and value, to compare two readings by.
        func described(_ mentions: [DateMention]) -> [String] {
            mentions.map { "\($0.tokens) \($0.end) \(DateExtractor.iso($0.value, reference: reference, end: nil) ?? "-")" }
        }
    }

    @Test(arguments: ["en", "fr", "de", "es"])
    func quickNoReadsTheSameRanges(_ language: String) throws {
        let reading = try Reading(language)
        let (document, reader, points) = (reading.document, reading.reader, reading.points)
        let described = reading.described
        var ranges = 0
        var skipped = 0
        for i in document.tokens.indices where reader.starts[i].opensAny {
            let full = reader.rangesFrom(i, points: points, gated: false)
            let gated = reader.rangesFrom(i, points: points)
            #expect(described(gated) == described(full), "\(language) \(document.tokens[i].text) at \(i)")
            ranges += full.count
            if document.tokens[i].kind == .number, !points.has(i), i + 1 < document.tokens.count,
               document.tokens[i + 1].kind == .word { skipped += 1 }
        }
        #expect(ranges >= 3, "\(language)")
        #expect(skipped >= 3, "\(language)")
    }

    /// The quick no of ``DateReader/ranges(at:points:gated:)`` (an opener before a word that
    /// opens no end), against the starts read in full: at every start the extractor reads a
    /// range at, the same ranges; and the texts hold such openers.
    @Test(arguments: ["en", "fr", "de", "es"])
    func openerQuickNoReadsTheSameRanges(_ language: String) throws {
        let reading = try Reading(language)
        let (tokens, reader, points) = (reading.document.tokens, reading.reader, reading.points)
        let described = reading.described
        var ranges = 0
        var openers = 0
        for i in tokens.indices where points.has(i) || !reader.starts[i].isDisjoint(with: .rangeStarts) {
            let full = reader.ranges(at: i, points: points, gated: false)
            #expect(described(reader.ranges(at: i, points: points)) == described(full), "\(language) \(tokens[i].text) at \(i)")
            ranges += full.count
            if reader.starts[i].contains(.opener), !points.has(i), i + 1 < tokens.count, tokens[i + 1].kind == .word,
               !points.has(i + 1) { openers += 1 }
        }
        #expect(ranges >= 3, "\(language)")
        #expect(openers >= 2, "\(language)")
    }
}

/// The starts a new form's grammar kinds give it (``DateStarts/init(readings:capitalized:)``,
/// ``DateStarts/init(exactEntries:)``), read from the kinds' bits, against the kinds' names
/// as ``DateReader/readStarts(_:)`` compared them: every kind alone, and kinds together.
@Suite struct DateStartsOfKindsTests {
    /// Kind name, the starts of a reading of that kind in a word written in lowercase and
    /// capitalized; a kind not here opens none.
    static let readings: [(String, DateStarts, DateStarts)] = [
        ("day", .relativeDay, .relativeDay),
        ("next-day", .relativeDay, .relativeDay),
        ("lower-day", .relativeDay, []),
        ("shift", .shift, .shift),
        ("unit", .unit, .unit),
        ("century", .unit, .unit),
        ("season", .season, .season),
        ("part", .part, .part),
        ("from", .opener, .opener),
        ("between", .opener, .opener),
        ("from-pair", .opener, .opener),
    ]
    /// Kind name, the starts of an entry of that kind written exactly.
    static let exactEntries: [(String, DateStarts)] = [
        ("own-unit", .ownUnit),
        ("count", .count),
        ("demonstrative", .demonstrative),
        ("numbered-century", .ordinal),
        ("decade-opener", .decadeNumber),
        ("decade-article", .decadeNumber),
        ("decade-word", .decadeNumber),
        ("offset-before", .phrase),
        ("offset-ahead", .phrase),
        ("weekday-abbreviation", .weekday),
        ("cued-weekday", .weekday),
        ("rest", .rest),
        ("part-unit", .part),
        ("duration-bound", .phrase),
        ("decade-century", .threeDigits),
    ]

    @Test func everyKindAloneOpensWhatItsNameSays() {
        // A name the kinds lack would leave its row untested.
        for name in Self.readings.map(\.0) + Self.exactEntries.map(\.0) {
            #expect(GramKind.all.contains { $0.name == name }, "\(name)")
        }
        for kind in GramKind.all {
            let row = Self.readings.first { $0.0 == kind.name }
            #expect(DateStarts(readings: kind.bit, capitalized: false) == row?.1 ?? [], "\(kind.name)")
            #expect(DateStarts(readings: kind.bit, capitalized: true) == row?.2 ?? [], "\(kind.name) capitalized")
            let exact = Self.exactEntries.first { $0.0 == kind.name }?.1 ?? []
            #expect(DateStarts(exactEntries: kind.bit) == exact, "\(kind.name)")
        }
    }

    @Test(arguments: [
        (["day", "shift", "unit"], false, DateStarts([.relativeDay, .shift, .unit])),
        (["lower-day", "season", "from"], true, DateStarts([.season, .opener])),
        (["lower-day", "part", "count"], false, DateStarts([.relativeDay, .part])),
        ([], false, DateStarts()),
    ])
    func kindsTogetherOpenEach(_ names: [String], _ capitalized: Bool, _ expected: DateStarts) {
        #expect(DateStarts(readings: GramKind.bits(names), capitalized: capitalized) == expected)
    }

    @Test(arguments: [
        (["count", "rest", "decade-century"], DateStarts([.count, .rest, .threeDigits])),
        (["offset-before", "duration-bound", "part-unit", "day"], DateStarts([.phrase, .part])),
    ])
    func exactKindsTogetherOpenEach(_ names: [String], _ expected: DateStarts) {
        #expect(DateStarts(exactEntries: GramKind.bits(names)) == expected)
    }
}
