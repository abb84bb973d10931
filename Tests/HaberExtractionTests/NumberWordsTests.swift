import Foundation
@testable import HaberExtraction
import HaberICU
import HaberText
import Synchronization
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
        // Another rule set: read from the tables of spellings, as the parser reads them.
        ("tr", "üçüncü", 3), ("tr", "onuncu", 10), ("fr", "troisième", 3), ("de", "einer", 1),
        ("de", "zweiten", 2),
        // Not ICU's own spelling: the parser's answer.
        ("en", "fifty eight", 58), ("tr", "milyon", nil), ("tr", "Onuncu", 10), ("de", "Einer", 1),
        // Each hundred is a word of its own; a power multiplies the smaller groups before it.
        ("es", "quinientos treinta y cinco", 535), ("es", "ciento treinta", 130), ("es", "ciento uno", 101), ("es", "novecientos", 900), ("es", "setecientos mil", 700_000),
        ("es", "tres billones doscientos mil", 3_000_000_200_000), ("es", "cuatrocientos mil doscientos millones", 400_200_000_000),
        ("es", "un millón", 1_000_000), ("fr", "trois cent vingt", 320), ("fr", "neuf cents", 900), ("de", "neunhundert", 900),
        ("tr", "beş yüz", 500), ("tr", "üç trilyon", 3_000_000_000_000), ("en", "nine hundred", 900),
        // A link word inside a number, never at its ends.
        ("en", "one hundred and twenty", 120), ("en", "two thousand and five", 2005), ("en", "and", nil), ("en", "hundred and", nil),
        // Confirmed from the spell-outs kept with the tables, and past them by a formatter.
        ("en", "five million", 5_000_000), ("fr", "cinq millions", 5_000_000), ("tr", "yedi yüz bin", 700_000),
        ("en", "three thousand four hundred", 3400),
    ] as [(String, String, Double?)])
    func value(language: String, phrase: String, expected: Double?) {
        #expect(Self.numbers.reader(language).value(of: phrase) == expected)
    }

    /// The languages of `models/languages/` (`all` holds what every language shares).
    static let languages: [String] = {
        let folder = Fixture.packageRoot.appendingPathComponent("models/languages")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0 != "all" && !$0.hasPrefix(".") }.sorted()
    }()

    @Test("the languages of the models are found")
    func languagesFound() {
        #expect(Self.languages.count >= 6 && Self.languages.contains("tr"))
    }

    /// Every text of the tables that the reader answers without ICU's parser is read by ICU's
    /// lenient parsing as the reader reads it (ICU does not read back all it writes: those
    /// texts must not get through the reader's filters).
    @Test("every spelling in the tables that the reader answers is read by ICU alike", arguments: languages)
    func spellingsAgreeWithICU(language: String) throws {
        let spellings = NumberWords.Spellings(rows: NumberWords.Spellings.rows(of: language).map { $0.map { Substring($0) } })
        #expect(spellings.values.count > 100, "\(language): \(spellings.values.count) spellings")
        let reader = NumberWords().reader(language)
        let parser = try SpelloutParser(locale: language)
        var answered = 0
        for (text, _) in spellings.values {
            guard let tabled = reader.words.tabledValue(of: text) else { continue }
            answered += 1
            #expect(parser.value(of: text) == tabled, "\(language): \(text)")
        }
        #expect(answered > 50, "\(language): \(answered) answered")
    }

    /// The numbers both readers are compared on: 0…10,000, the powers of ten and a sample of
    /// larger numbers.
    static let comparedNumbers: [Int] = {
        var numbers = Array(0...10_000)
        var power = 100_000
        while power <= 1_000_000_000_000 {
            numbers += [power, 2 * power, 7 * power + 1]
            power *= 10
        }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            numbers.append(Int((seed >> 20) % 2_000_000_000_000))
        }
        return numbers
    }()

    /// Each number spelled by ICU in every public rule set: wherever the reader answers
    /// without ICU's parser (word by word, or from the tables), ICU's lenient parsing gives
    /// the same value.
    @Test("the reader without the parser agrees with ICU on numbers spelled out in every rule set", arguments: languages)
    func readersAgreeOnSpelledNumbers(language: String) throws {
        let reader = NumberWords().reader(language)
        let parser = try SpelloutParser(locale: language)
        let formatter = try SpelloutFormatter(locale: language)
        var compared = 0
        for ruleSet in formatter.ruleSets {
            try formatter.use(ruleSet: ruleSet)
            for number in Self.comparedNumbers {
                guard let text = formatter.text(for: number), let tabled = reader.words.tabledValue(of: text) else { continue }
                compared += 1
                #expect(tabled == parser.value(of: text), "\(language) \(ruleSet) \(number): \(text)")
            }
        }
        #expect(compared > 500, "\(language): \(compared) compared")
    }

    /// Runs of up to four words of the corpus articles, as the extractors join them (texts,
    /// stems, keys), read with the tables and with ICU's parser alone: the same answers.
    @Test("the reader with tables and with the parser alone agree on phrases of the corpus")
    func readersAgreeOnCorpusPhrases() throws {
        let pipeline = try Pipeline(models: Fixture.models.get())
        let numbers = NumberWords()
        var phrases: [String: Set<String>] = [:]
        for folder in ["articles", "holdout/articles", "holdout-2/articles"] {
            let url = Fixture.corpus.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".txt") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                let document = try pipeline.tokenize(text)
                let reader = numbers.reader(document.language)
                let tokens = document.tokens
                for start in tokens.indices where tokens[start].kind == .word && reader.mayStartNumber(tokens[start].lower) {
                    for end in (start + 1)...min(tokens.count, start + 4) {
                        let run = tokens[start..<end]
                        guard run.allSatisfy({ $0.kind == .word }) else { break }
                        for words in [run.map(\.text), run.map(\.stem), run.map(\.key)] {
                            phrases[document.language, default: []].insert(words.joined(separator: " "))
                        }
                    }
                }
            }
        }
        var compared = 0
        for (language, found) in phrases {
            let reader = numbers.reader(language)
            for phrase in found {
                compared += 1
                #expect(reader.value(of: phrase) == reader.words.parsedOnlyValue(of: phrase), "\(language): \(phrase)")
            }
        }
        #expect(compared > 1000, "\(compared) phrases compared")
    }

    /// Every word of the corpus articles, as written, lowercased and capitalized, in every
    /// language, and words made to test the shortcut of two letters below U+0300: ``mayStartNumber``
    /// answers as the reading without shortcuts does.
    @Test("the letter-pair shortcut of mayStartNumber refuses only words that open like no number word", arguments: languages)
    func letterPairShortcut(language: String) throws {
        var words: Set<String> = ["Bİr", "bi\u{307}r", "BIR", "Bir", "ON", "oN", "o", "", "é", "e\u{301}lli", "El", "Mi", "tw", "TWO",
                                  "Üç", "ÜÇ", "üçüncü", "u\u{308}ç", "Dört", "DÖRT", "Do\u{308}rt", "dö\u{301}rt", "İki", "İKİ", "ıki",
                                  "Kırk", "KIRK", "Sıfır", "SIFIR", "çok", "geçen", "Über", "ÉTÉ", "été", "Élf", "ǅa", "ǆwa", "ñu", "Ñ"]
        for folder in ["articles", "holdout/articles", "holdout-2/articles"] {
            let url = Fixture.corpus.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".txt") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                for word in text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }) {
                    words.formUnion([String(word), word.lowercased(), word.prefix(1).uppercased() + word.dropFirst()])
                }
            }
        }
        let reader = NumberWords().reader(language)
        let differing = words.filter { reader.mayStartNumber($0) != reader.words.opensLikeNumberWord($0) }
        #expect(words.count > 10_000)
        #expect(differing.isEmpty, "\(language): \(differing.prefix(20))")
    }

    /// Phrases made of spell-out words that ICU's lenient parsing does not read: refused
    /// from the tables (``NumberWords/Language/mayBeRead(_:parts:)``) as the parser refuses
    /// them; and phrases the conditions let through to it. Each row: language, phrase, whether
    /// the phrase may be read, ICU's answer.
    @Test("phrases that open like no spelling or join pieces are refused without the parser", arguments: [
        ("tr", "milyon", false, nil), ("tr", "milyar", false, nil), ("tr", "Milyon", false, nil), ("tr", "ondokuz", false, nil),
        ("tr", "biriki", false, nil), ("tr", "yirmibeş", false, nil), ("de", "millionen", false, nil),
        ("de", "milliarden", false, nil), ("fr", "et", false, nil), ("fr", "millions", false, nil), ("en", "million", false, nil),
        ("tr", "bir bin", true, 1000), ("en", "fiftyeight", true, 58), ("fr", "dixsept", true, 17), ("fr", "deuxcents", true, 200), ("tr", "bir yüz", true, 100), ("de", "zweihundertfünfzig", true, 250),
        ("en", "fifty eight", true, 58),
    ] as [(String, String, Bool, Double?)])
    func refusedWithoutParser(language: String, phrase: String, mayBeRead: Bool, expected: Double?) throws {
        let reader = Self.numbers.reader(language)
        let parts = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        #expect(reader.words.mayBeRead(phrase, parts: parts) == mayBeRead)
        #expect(reader.value(of: phrase) == expected)
        #expect(reader.words.parsedOnlyValue(of: phrase) == expected)
    }

    /// Phrases answered from the tables without the parser, as it answers them: a word no
    /// spelling opens with, alone, and two words in a row that no rule set writes so (the
    /// second no multiplier); and pairs lenient parsing reads though no rule set writes
    /// them (`bin milyon`, `yirmi yüz`), which go to the parser. Each row: language, phrase,
    /// whether the tables refuse a pair, ICU's answer.
    @Test("words alone and pairs of words are answered from the tables as the parser answers", arguments: [
        ("es", "millones", false, nil), ("es", "millón", false, nil), ("fr", "cents", false, nil), ("tr", "ikinci bir", true, nil),
        ("tr", "bir birinci", true, nil), ("tr", "iki ikinci", true, nil), ("tr", "iki onuncu", true, nil), ("tr", "yedi bir", true, nil),
        ("tr", "bin milyon", false, 1e9), ("tr", "yirmi yüz", false, 2000), ("tr", "yüz sıfır", false, 100), ("tr", "iki yüz", false, 200),
        ("tr", "Yedi bir", false, nil),
    ] as [(String, String, Bool, Double?)])
    func answeredFromTables(language: String, phrase: String, refusedPair: Bool, expected: Double?) throws {
        let reader = Self.numbers.reader(language)
        let parts = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        #expect(reader.words.hasUnreadPair(phrase, parts: parts) == refusedPair)
        #expect(reader.value(of: phrase) == expected)
        #expect(reader.words.parsedOnlyValue(of: phrase) == expected)
    }

    /// Phrases of spell-out words checked against ICU's spell-out rules as a grammar
    /// (``NumberWords/Grammar``): refused where the rules derive them not (`un quince`, read
    /// by lenient parsing as far as `un`), left to the parser where they do, though no rule
    /// set writes them so (`one one`, 101 as a year; `dos cientos`). Each row: language,
    /// phrase, whether the rules may read it, ICU's answer.
    @Test("the spell-out rules refuse phrases lenient parsing cannot read whole", arguments: [
        ("es", "un quince", false, nil), ("es", "diez y un quince", false, nil), ("es", "un diez y un quince", false, nil),
        ("es", "veinte y uno", false, nil), ("fr", "un quinze", false, nil), ("de", "ein fünfzehn", false, nil),
        ("tr", "bir on beş", false, nil), ("en", "one and", false, nil),
        ("es", "dos cientos", true, 200), ("es", "un mil", true, 1000), ("en", "one one", true, 101), ("en", "one fifteen", true, 115),
        ("en", "twenty one hundred", true, 2100), ("en", "fiftyeight", true, 58), ("fr", "dixsept", true, 17), ("tr", "bir bin", true, 1000),
    ] as [(String, String, Bool, Double?)])
    func refusedByRules(language: String, phrase: String, mayRead: Bool, expected: Double?) throws {
        let reader = Self.numbers.reader(language)
        #expect(reader.words.rulesMayRead(phrase) == mayRead)
        #expect(reader.value(of: phrase) == expected)
        #expect(reader.words.parsedOnlyValue(of: phrase) == expected)
    }

    /// The numbers spelled out for ``rulesAgreeWithParser(language:)``: every one to 130 (the
    /// irregular words), then a step prime to ten through the hundreds and thousands, and large
    /// ones. Every number to 1,100 in every rule set took over ten minutes in a debug build.
    static let sampledNumbers = Array(0...130) + Array(stride(from: 131, through: 1100, by: 37))
        + [1000, 1001, 1100, 2000, 2021, 10_000, 123_456, 1_000_000, 2_500_000, 1_000_000_000]

    /// The grammar of every language's rules derives every number spelled out in every public
    /// rule set, and lenient parsing reads none of the phrases of two to four spell-out words
    /// that it refuses.
    @Test("the spell-out rules derive every spelling and refuse only what the parser refuses", arguments: languages)
    func rulesAgreeWithParser(language: String) throws {
        let formatter = try SpelloutFormatter(locale: language)
        let grammar = try #require(formatter.rules.flatMap { NumberWords.Grammar(rules: $0) }, "\(language): rules not modelled")
        let parser = try SpelloutParser(locale: language)
        var words: Set<String> = []
        for ruleSet in formatter.ruleSets {
            try formatter.use(ruleSet: ruleSet)
            for number in Self.sampledNumbers {
                guard let text = formatter.text(for: number) else { continue }
                #expect(grammar.mayRead(NumberWords.Language.folded(text)), "\(language) \(ruleSet) \(number): \(text)")
                words.formUnion(NumberWords.Language.words(of: text))
            }
        }
        let sorted = words.sorted()
        var refused = 0
        for (index, first) in sorted.enumerated() {
            // Each word with the next few, and in runs of three and four: a fixed sample of the
            // pairs and runs, for the test's time.
            let following = (1...6).map { sorted[(index + $0 * 7) % sorted.count] }
            let phrases = following.map { first + " " + $0 } + [first + " " + following[0] + " " + following[1],
                                                               first + " " + following[2] + " " + following[3] + " " + following[4]]
            // ICU's lenient parse costs milliseconds a phrase: the first 150 refused are asked.
            for phrase in phrases where refused < 150 && !grammar.mayRead(NumberWords.Language.folded(phrase)) {
                refused += 1
                #expect(parser.value(of: phrase) == nil, "\(language): \(phrase)")
            }
        }
        #expect(refused > 100, "\(language): \(refused) refused")
    }

    /// Every spell-out word alone, and, where the spell-out never joins pieces, every two
    /// words of the default spell-out written together: the reader answers as ICU's parser.
    @Test("the reader and the parser agree on words alone and on words joined", arguments: languages)
    func readersAgreeOnJoinedWords(language: String) throws {
        let rows = NumberWords.Spellings.rows(of: language)
        let spellings = NumberWords.Spellings(rows: rows.map { $0.map { Substring($0) } })
        let reader = NumberWords().reader(language)
        var phrases = Set(rows.filter { $0.first == "word" || $0.first == "piece" || $0.first == "opener" }.map { $0[1] })
        if !spellings.joinsPieces {
            for first in spellings.words {
                for second in spellings.words { phrases.insert(first + second) }
            }
            // Every two words of the spelled pairs, apart: those no rule set writes in a row
            // are refused from the tables (``NumberWords/Language/hasUnreadPair(_:parts:)``).
            let pairWords = Set(rows.filter { $0.first == "pair" }.flatMap { $0.dropFirst() })
            for first in pairWords {
                for second in pairWords { phrases.insert(first + " " + second) }
            }
        }
        var refused = 0
        for phrase in phrases {
            let parts = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            if !reader.words.mayBeRead(phrase, parts: parts) { refused += 1 }
            #expect(reader.value(of: phrase) == reader.words.parsedOnlyValue(of: phrase), "\(language): \(phrase)")
        }
        #expect(refused > 0, "\(language): none refused")
    }

    /// A phrase whose scalars are all below U+0300 is folded letter by letter, each letter
    /// beyond ASCII once a run (``NumberWords/Language/folded(_:)``): the same letters as
    /// lowercasing, decomposing and filtering it whole. The last row holds every scalar from
    /// U+0080 to U+02FF.
    @Test("a phrase below U+0300 folds letter by letter as it folds whole", arguments: [
        "Dördüncü", "ÜÇ YÜZ ELLİ", "İkinci", "ışık", "quinientos ochenta", "ÇEYREK-ÖN", "Ǆemal ǅ ŉ Ÿ ß Ø Æ", "dix-sept 17,5",
        "señor Ñandú", "ʼn ˆ ¨ ´ ª º µ", String(String.UnicodeScalarView((0x80..<0x300).compactMap(Unicode.Scalar.init))),
    ])
    func foldedLetterByLetter(phrase: String) {
        let whole = phrase.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if scalar == "ı" { return "i" }
            let properties = scalar.properties
            return properties.isAlphabetic && !properties.isDiacritic && properties.generalCategory != .nonspacingMark ? scalar : nil
        }
        #expect(NumberWords.Language.folded(phrase) == whole)
    }

    /// A word that opens like no number word: neither it nor any head of it of two letters or
    /// more may start a number (percentages stop reading there). Each row: language, word.
    @Test("a word without a number word's opening has no head that may start a number", arguments: [
        ("tr", "onay"), ("tr", "yüzde"), ("tr", "Kapsamında"), ("tr", "İkinci"), ("tr", "ışık"), ("tr", "x"), ("tr", "birlikte"),
        ("en", "percent"), ("en", "Tenant"), ("fr", "Étoile"), ("de", "Übersicht"), ("es", "ñandú"), ("tr", "Çeyrek"),
    ] as [(String, String)])
    func openings(language: String, word: String) {
        let reader = Self.numbers.reader(language)
        let characters = Array(word)
        let heads = (2...max(2, characters.count)).map { String(characters.prefix($0)) }
        if !reader.hasNumberWordOpening(word) {
            #expect(heads.allSatisfy { !reader.mayStartNumber($0) && reader.value(of: "elli " + $0) == nil }, "\(language): \(word)")
        }
    }

    /// The default spell-outs and the rules kept with the tables are what a formatter just
    /// opened writes: the reader confirms phrases and builds its grammar from them.
    @Test("the spell-outs and rules kept with the tables are the formatter's", arguments: languages)
    func keptSpellouts(language: String) throws {
        let spellings = NumberWords.Spellings(rows: NumberWords.Spellings.rows(of: language).map { $0.map { Substring($0) } })
        let formatter = try SpelloutFormatter(locale: language)
        let separator = Character(Unicode.Scalar(NumberWords.Spellings.separator))
        let texts = try #require(spellings.defaultTexts).split(separator: separator, omittingEmptySubsequences: false)
        #expect(texts.count == NumberWords.Spellings.spelledNumbers.count, "\(language)")
        #expect(texts.filter(\.isEmpty).count < 10, "\(language)")
        for (number, text) in zip(NumberWords.Spellings.spelledNumbers, texts) where !text.isEmpty {
            #expect(String(text) == formatter.text(for: number), "\(language): \(number)")
        }
        let rules = try #require(spellings.rules)
        #expect(rules.replacingOccurrences(of: String(separator), with: "\n") == formatter.rules, "\(language)")
    }

    @Test("the tables are kept in the model cache and read back the same")
    func cachedSpellings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haber-numbers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ModelCache(folder: folder)
        let built = NumberWords.Spellings(language: "tr", cache: cache)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1 && files[0].hasPrefix("numbers-tr-"))
        let read = NumberWords.Spellings(language: "tr", cache: cache)
        #expect(read.words == built.words && read.wordValues == built.wordValues && read.values == built.values)
        #expect(read.pieces == built.pieces && read.longestPiece == built.longestPiece)
        #expect(read.openers == built.openers && read.longestOpener == built.longestOpener && read.joinsPieces == built.joinsPieces)
        #expect(read.defaultTexts == built.defaultTexts && read.rules == built.rules && read.defaultTexts != nil)
        #expect(NumberWords(cache: cache).reader("tr").value(of: "üçüncü") == 3)
        // A language code that is no file name is not cached.
        _ = NumberWords.Spellings(language: "../tr", cache: cache)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
    }
}
