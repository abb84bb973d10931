import Foundation
@testable import HaberExtraction
import HaberText
import Testing

/// The fast paths of the name extractors against the slow paths they replace, on many
/// inputs: a byte-keyed word list against `Set<String>`, the word-list classes against the
/// full classes, a place summary against the decoded entries, a one-word key against
/// `leadingWord(of:)`.
@Suite("Names: fast paths agree with the slow ones")
struct NameFastPathTests {
    /// Words of several scripts, cases and spellings, with canonically equivalent pairs
    /// (precomposed and decomposed `é`, `İ` and `I` + U+0307) and near misses.
    static let words: [String] = [
        "", "a", "A", "ve", "of", "de", "van", "von der", "la", "d'", "l'", "-", ".", ",", "'", "(",
        "ankara", "Ankara", "ANKARA", "ankara'da", "istanbul", "İstanbul", "i\u{307}stanbul", "I\u{307}stanbul",
        "ığdır", "Iğdır", "çankaya", "şanlıurfa", "gümüşhane", "gumushane", "kümelenmesi", "odası", "bakanlığı",
        "bakanlığınca", "fakültesi", "université", "universite\u{301}", "ministère", "ministe\u{300}re",
        "koordinatörü", "başkanı", "başkan yardımcısı", "dr", "dr.", "prof", "prof.", "herr", "m.", "président",
        "lira", "euro", "avro", "dolar", "abd doları", "tübitak", "TÜBİTAK", "İŞİM", "işim", "ab", "AB",
        "company", "gmbh", "inc", "inc.", "a.ş", "ltd", "şti", "san", "tic", "project", "projesi", "projekt",
        "rue", "road", "street", "straße", "strasse", "ahmet", "mehmet", "yılmaz", "kılınç", "gökalp",
        "the", "und", "et", "y", "meeting", "Union", "union", "réunion", "Réunion", "baden-württemberg",
        "new york", "saint-étienne", "3M", "2026", "12,5", "€", "$", "c$", "日本", "москва", "ελλάδα",
        "e\u{301}", "\u{e9}", "ﬁ", "fi", "ǅ", "Ǆ", "ǆ", "ß", "ẞ", "ﬀ", "ǰ", "j\u{30c}",
    ]

    // MARK: - KeyBits

    struct Word: OptionSet, Sendable {
        let rawValue: UInt8
        static let listed = Word(rawValue: 1)
        static let other = Word(rawValue: 2)
    }

    /// Every word against a table and a `Set<String>` of the same strings: every other word
    /// listed, so that each lookup meets both equal and unequal keys.
    @Test("KeyBits answers as Set<String> does", arguments: [0, 1, 2])
    func keyBits(_ offset: Int) {
        let listed = Self.words.enumerated().filter { ($0.offset + offset) % 3 == 0 }.map(\.element)
        let others = Self.words.enumerated().filter { ($0.offset + offset) % 3 == 1 }.map(\.element)
        var table = KeyBits<Word>()
        table.insert(contentsOf: listed, .listed)
        table.insert(contentsOf: others, .other)
        let (listedSet, otherSet) = (Set(listed), Set(others))
        for word in Self.words + Self.words.map { $0.uppercased() } + Self.words.map { $0 + "x" } {
            #expect(table[word].contains(.listed) == listedSet.contains(word), "\(word.unicodeScalars.map(\.value))")
            #expect(table[word].contains(.other) == otherSet.contains(word), "\(word.unicodeScalars.map(\.value))")
        }
    }

    /// Keys that ``LookupKey/needsNormalizing(_:)`` lets through unnormalized (the dot of
    /// Turkish `i̇` among them) are their own NFC; the others with marks are sent to it.
    @Test("a key let through without normalizing is in NFC")
    func needsNormalizing() {
        let dotted = ["i\u{307}", "i\u{307}stanbul", "di\u{307}yarbakir", "i\u{307}i\u{307}", "I\u{307}stanbul",
                      "i\u{307}\u{301}", "i\u{307}\u{323}", "i\u{323}\u{307}", "a\u{307}", "\u{307}", "i\u{307}e\u{301}"]
        for word in Self.words + dotted + Self.words.map({ $0.lowercased() }) {
            let bytes = Array(word.utf8)
            let normalized = Array(word.precomposedStringWithCanonicalMapping.utf8)
            let needs = bytes.withUnsafeBufferPointer { LookupKey.needsNormalizing($0) }
            if !needs { #expect(bytes == normalized, "\(word.unicodeScalars.map(\.value))") }
            if bytes != normalized { #expect(needs, "\(word.unicodeScalars.map(\.value))") }
        }
        #expect(!Array("i\u{307}stanbul".utf8).withUnsafeBufferPointer { LookupKey.needsNormalizing($0) })
        #expect(Array("I\u{307}stanbul".utf8).withUnsafeBufferPointer { LookupKey.needsNormalizing($0) })
    }

    @Test("an empty KeyBits has no bits")
    func emptyKeyBits() {
        let table = KeyBits<Word>()
        #expect(table.isEmpty)
        for word in Self.words { #expect(table[word].isEmpty) }
    }

    // MARK: - Keys of numbers and ASCII keys

    /// The words and some spelled with a digit first, a mark after the digit or a carriage return.
    static let keys: [String] = words + ["3", "3\u{301}", "٣", "３", "1st", "12.000", "a\r\nb", "\r\n", "abc\r"]

    /// A table of words none of which opens with a digit is not asked a key that opens with
    /// one: no string equal to such a key opens otherwise.
    @Test("keys equal as strings open alike with a digit")
    func digitOpening() {
        for key in Self.keys {
            for other in Self.keys where other == key {
                #expect(opensWithDigit(key) == opensWithDigit(other), "\(key.unicodeScalars.map(\.value))")
            }
        }
        #expect(opensWithDigit("2026") && opensWithDigit("3M") && !opensWithDigit("٣") && !opensWithDigit(""))
    }

    /// An ASCII key without a carriage return has one character a byte, as the place
    /// extractor reads it instead of counting characters.
    @Test("a plain ASCII key has a character a byte")
    func plainASCII() {
        for key in Self.keys where PlaceExtractor.isPlainASCII(key) {
            #expect(key.count == key.utf8.count, "\(key.unicodeScalars.map(\.value))")
        }
        #expect(PlaceExtractor.isPlainASCII("gumushane") && !PlaceExtractor.isPlainASCII("gümüşhane")
            && !PlaceExtractor.isPlainASCII("a\r\nb"))
    }

    /// Keys longer than eight bytes, read eight bytes at a time: a byte from 0x80 or a CR
    /// in any place of a word or of the tail.
    @Test("a long key is plain ASCII unless some byte is not", arguments: [
        ("kahramanmaras", true), ("abcdefgh", true), ("abcdefghi\r", false), ("\rbcdefghij", false), ("abcdefg\r", false),
        ("abcdefgh\rijklmnop", false), ("abcdéfghijk", false), ("abcdefghijklmnoü", false), ("sanliurfa\u{7F}", true),
        ("\u{0C}\u{0E}bcdefgh", true), ("\u{8D}abcdefgh", false),
    ])
    func plainASCIILong(_ key: String, _ expected: Bool) {
        #expect(PlaceExtractor.isPlainASCII(key) == expected, "\(key.unicodeScalars.map(\.value))")
    }

    // MARK: - Lexicon

    /// The word-list classes are the full classes restricted to what the word lists give,
    /// and the full classes are those `facts(of:kind:language:)` gave from the decoded
    /// entries; `isPlace` is `!entries(forKey:).isEmpty`.
    @Test("listed classes, place summary and place test agree with the entries", arguments: ["tr", "en", "fr", "de"])
    func classes(_ language: String) throws {
        let models = try Fixture.models.get()
        let tokenizer = try Tokenizer(resources: models.text)
        let lexicon = Lexicon(models: models)
        let text = Self.words.joined(separator: " ") + " " + Self.words.map { $0.capitalized }.joined(separator: " ")
        let document = try tokenizer.tokenize(TextNormalizer().document(for: text), language: language)
        let listedMask: WordClasses = [.role, .title, .abbreviatedTitle, .currencyName, .organizationWord, .knownAcronym]
        for token in document.tokens {
            let form = token.form
            let classes = lexicon.classes(of: form)
            #expect(lexicon.listedClasses(of: form) == classes.intersection(listedMask), "\(token.text)")
            // The classes as the decoded entries and the word sets give them.
            let entries = models.places.entries(forKey: form.key)
            var expected: WordClasses = []
            if !entries.isEmpty { expected.insert(.place) }
            if entries.contains(where: { $0.type == .city && NameGazetteer.isMajor($0) }) { expected.insert(.majorCity) }
            if entries.contains(where: { $0.type == .country || $0.population >= 100_000 }) { expected.insert(.largePlace) }
            if models.places.isPlace(inCapitals: entries) { expected.insert(.placeInCapitals) }
            if models.currencies.names[form.key] != nil { expected.insert(.currencyName) }
            if models.people.givenNames.contains(form.key) { expected.insert(.givenName) }
            if models.people.surnames.contains(form.key) { expected.insert(.surname) }
            if models.people.roles.contains(form.key) { expected.insert(.role) }
            if models.people.titles.contains(form.key) { expected.insert(.title) }
            if models.people.titles.contains(form.key + ".") { expected.insert(.abbreviatedTitle) }
            let organizations = models.organizations
            if organizations.unitWords.contains(form.key) || organizations.endHeads[form.key] != nil
                || organizations.startHeads.contains(form.key) {
                expected.insert(.organizationWord)
            }
            if organizations.acronyms[form.stem] != nil { expected.insert(.knownAcronym) }
            #expect(classes == expected, "\(token.text): \(classes.rawValue) against \(expected.rawValue)")
            #expect(lexicon.isPlace(form.key) == !entries.isEmpty, "\(token.text)")
            #expect(models.places.hasEntries(forKey: form.key) == !entries.isEmpty, "\(token.text)")
        }
    }

    /// Place names of several words and their parts, looked up as keys.
    @Test("place summary of gazetteer keys", arguments: [
        "ankara", "new york", "baden-württemberg", "saint-étienne", "la réunion", "istanbul", "i̇stanbul", "köln", "lyon",
        "union", "bursa", "kocaeli", "trabzon", "japon", "gumushane", "havza", "pazar", "orta", "xyzzy", "",
    ])
    func summary(_ key: String) throws {
        let places = try Fixture.models.get().places
        let entries = places.entries(forKey: key)
        let summary = places.summary(forKey: key)
        #expect(summary.contains(.any) == !entries.isEmpty)
        #expect(summary.contains(.majorCity) == entries.contains { $0.type == .city && NameGazetteer.isMajor($0) })
        #expect(summary.contains(.large) == entries.contains { $0.type == .country || $0.population >= 100_000 })
        #expect(summary.contains(.inCapitals) == places.isPlace(inCapitals: entries))
    }

    // MARK: - Marked keys and facts per key

    /// A key looked up after its mark written on the stack (``CompactIndex/slot(of:markedWith:)``)
    /// finds what the prefixed string finds, for every mark the gazetteers file keys under.
    @Test("a marked key finds the slot of the prefixed string", arguments: ["=", "^", "~", "_"])
    func markedKeys(_ mark: String) throws {
        let models = try Fixture.models.get()
        let index = try #require(models.organizationNames.index)
        let byte = try #require(mark.utf8.first)
        let keys = Self.words + Self.words.map { $0.lowercased() } + ["airbus", "siemens", "bosch", "voestalpine", "thyssenkrupp"]
        var found = 0
        for key in keys {
            let slot = index.slot(of: key, markedWith: byte)
            #expect(slot == index.slot(of: mark + key), "\(mark)\(key.unicodeScalars.map(\.value))")
            if slot != nil { found += 1 }
        }
        // Names are filed under `=`: some of the keys must be found there.
        if mark == "=" { #expect(found > 0) }
    }

    /// The classes an annotator keeps per key id (``KeyFacts``) are those of each form: the
    /// words in lowercase, capitalized and in capitals, in several languages, read by one
    /// tokenizer (so that forms of other languages and cases share a key's id) and one annotator.
    @Test("classes kept per key agree with the classes of each form")
    func classesPerKey() throws {
        let models = try Fixture.models.get()
        let tokenizer = try Tokenizer(resources: models.text)
        let lexicon = Lexicon(models: models)
        let annotator = WordAnnotator(lexicon: lexicon)
        let text = (Self.words + Self.words.map { $0.capitalized } + Self.words.map { $0.uppercased() }).joined(separator: " ")
        var forms = Set<Int32>(), keys = Set<Int32>()
        for language in ["tr", "en", "fr", "de", "tr"] {
            let document = try tokenizer.tokenize(TextNormalizer().document(for: text), language: language)
            for token in document.tokens {
                #expect(annotator.classes(of: token, in: document) == lexicon.classes(of: token.form), "\(language) \(token.text)")
                forms.insert(token.form.id)
                keys.insert(token.form.keyID)
            }
        }
        // Forms share keys, or the facts kept per key were never read for a second form.
        #expect(keys.count < forms.count)
    }

    // MARK: - Leading words

    /// A key read as one word is its own leading word; the others go the slow way.
    @Test("one-word keys are their own leading word")
    func oneWord() {
        let keys = Self.words + Self.words.map { $0.lowercased() } + ["ab12", "x-y", "çağ", "ǆa", "a\u{2bc}b", "ʻokina", "a·b"]
        for key in keys where NameGazetteer.isOneWord(key) {
            #expect(leadingWord(of: key) == key, "\(key.unicodeScalars.map(\.value))")
        }
        #expect(NameGazetteer.isOneWord("gümüşhane"))
        #expect(NameGazetteer.isOneWord("ığdır"))
        #expect(!NameGazetteer.isOneWord("new york"))
        #expect(!NameGazetteer.isOneWord("d'"))
        #expect(!NameGazetteer.isOneWord(""))
    }

    // MARK: - Inflected words

    /// Turkish words with and without case endings of one, two and more letters (after
    /// vowels, voiced and voiceless consonants, with buffer letters), and words that end in
    /// none.
    static let turkishWords: [String] = [
        "ankarada", "ankaradan", "ankaraya", "ankaranın", "ankarayı", "izmirde", "izmirdeki", "izmire", "istanbulu",
        "sivasta", "paristen", "bursaya", "samsunun", "düzcede", "vanda", "heyete", "heyetin", "kurula", "kurulu",
        "bakanlığa", "bakanlığı", "bakanlığınca", "bakanlık", "ticaret", "sanayi", "odası", "odasına", "odasının",
        "türkiye", "türkiyede", "cumhuriyeti", "merkez", "merkezi", "merkeze", "koordinatör", "koordinatörü",
        "kümelenmesi", "kümelenmesinin", "derneği", "derneğinde", "yönetim", "yönetimi", "kurulunda", "başkanı",
        "başkanına", "gökalp", "yılmaz", "yılmazın", "kitapta", "kitaptan", "kitabı", "ağaçta", "evde", "evden",
        "eve", "evin", "okulla", "okulda", "şehirle", "şehre", "ülkeler", "ülkelerde", "çalışma", "çalışmaya",
        "a", "ab", "abc", "abcd", "abcde", "gmbh", "union", "paris", "lyon", "london", "münchen", "kölnde",
    ]

    @Test("a word that may be inflected: every word with a counted case ending passes")
    func mayBeInflected() {
        for word in Self.turkishWords + Self.words.map({ $0.lowercased() }) {
            // What ``Vocabulary/isInflected(_:language:suffixes:isPlace:)`` reads of the word's splits.
            let counted = Fixture.turkishSuffixes.splits(of: word).contains { stem, suffix in
                stem.count >= 3 && (suffix.count >= 2 || suffix == "a" || suffix == "e")
            }
            if counted { #expect(Lexicon.mayBeInflected(word, suffixes: Fixture.turkishSuffixes), "\(word)") }
        }
        #expect(Lexicon.mayBeInflected("ankarada", suffixes: Fixture.turkishSuffixes))
        #expect(Lexicon.mayBeInflected("heyete", suffixes: Fixture.turkishSuffixes))
        #expect(!Lexicon.mayBeInflected("bakanlık", suffixes: Fixture.turkishSuffixes))
        #expect(!Lexicon.mayBeInflected("ticaret", suffixes: Fixture.turkishSuffixes))
        #expect(!Lexicon.mayBeInflected("", suffixes: Fixture.turkishSuffixes))
    }

    @Test("project words: a key that opens with no project word's first byte has none for a prefix")
    func projectOpenings() {
        let projectWords = ["projekt", "project", "programm", "messe", "fuar", "proje"]
        let openings = OrganizationExtractor.openings(of: projectWords)
        #expect(openings != nil)
        let keys = Self.words + Self.words.map { $0.lowercased() } + Self.turkishWords
            + ["projesi", "projekts", "messestand", "fuarı", "p\u{301}rojekt", "ṕrojekt", "xproject", "PROJEKT"]
        for key in keys where projectWords.contains(where: { key.hasPrefix($0) }) {
            #expect(OrganizationExtractor.mayOpen(key, with: openings), "\(key)")
        }
        #expect(!OrganizationExtractor.mayOpen("ankara", with: openings))
        #expect(!OrganizationExtractor.mayOpen("", with: openings))
        #expect(OrganizationExtractor.openings(of: ["ürün", "project"]) == nil)
        #expect(OrganizationExtractor.mayOpen("ankara", with: nil))
    }

    // MARK: - Headlines

    /// ``OrganizationExtractor/headlines(in:)``, in one pass, against its definition over
    /// the document's ``TokenizedDocument/lines``.
    @Test("headlines in one pass: the lines the per-line test picks", arguments: [
        "", "Tek", "ANKARA TİCARET ODASI TOPLANDI", "ANKARA TİCARET ODASI TOPLANDI\nMetin burada.",
        "Metin burada.\nANKARA TİCARET ODASI TOPLANDI\nBir satır daha.", "\nANKARA TİCARET ODASI TOPLANDI\nson",
        "Alliance Signs Deal With Turkish Cluster\nThe text follows here.", "Alliance Signs Deal With Turkish Cluster",
        "\nAlliance Signs Deal With Turkish Cluster\nThe text follows here.", "Alliance signs a deal with the cluster\nText.",
        "ABC DEF GHI\nJKLM NOPQ RSTU\nvwxy zabc defg\nHIJK LMNO PQRS", "Kısa Bir Başlık Değil Mi Gerçekten\n\nMetin.\n\nSON SATIR BÜYÜK HARFLE",
        "ONE TWO Three Four Five Six Seven Eight Nine Ten\nx", "Ankara’da TOPLANTI YAPILDI BUGÜN\nİkinci satır.",
    ])
    func headlines(text: String) throws {
        let document = try Fixture.analyze(text).document
        let extractor = OrganizationExtractor(models: try Fixture.models.get())
        func isHeadline(_ line: Range<Int>, allCaps: Bool) -> Bool {
            var (words, marked) = (0, 0)
            for index in line {
                let token = document.tokens[index]
                guard token.kind == .word, token.form.characterCount > 3 else { continue }
                words += 1
                if allCaps ? token.isAllCaps : token.isCapitalized { marked += 1 }
            }
            return words >= (allCaps ? 3 : 5) && marked * 10 >= words * (allCaps ? 7 : 8)
        }
        let lines = document.lines
        let titleCaseLine = lines.count > 1 && document.tokens[0].newlinesBefore == 0 && isHeadline(lines[0], allCaps: false)
            ? lines[0] : 0..<0
        let found = extractor.headlines(in: document)
        #expect(found.capsLines == lines.filter { isHeadline($0, allCaps: true) })
        #expect(found.titleCaseLine == titleCaseLine)
    }

    // MARK: - Openings

    /// ``OrganizationExtractor/Openings``, read in one pass, against the test each reading
    /// made of every token, and its headlines against ``OrganizationExtractor/headlines(in:)``.
    @Test("openings in one pass: the tokens each reading's own test picks", arguments: [
        "", "Tek", "ANKARA TİCARET ODASI TOPLANDI\nMetin burada.",
        "Alliance Signs Deal With Turkish Cluster\nThe text follows here.",
        "İstanbul Sanayi Odası ile TÜBİTAK, Airbus ve AIRBUS Türkiye'nin Aselsan'ın projesine katıldı.",
        "Bosch, Infineon and NXP joined the University of Sheffield and Isar Aerospace; the company Airbus said.",
        "Die IHK und die Siemens AG sowie voestalpine, Lufthansa Technik und der Konzern onsemi.",
        "La Chambre de commerce et d’industrie de Lyon et l’Université de Namur, avec Safran.",
    ])
    func openings(text: String) throws {
        let document = try Fixture.analyze(text).document
        let extractor = OrganizationExtractor(models: try Fixture.models.get())
        // The candidates fill the table of marks; read back, it computes no mark.
        _ = extractor.candidates(in: document, context: ExtractionContext())
        let forms = extractor.facts.marks.table(for: document) { _ in [] }
        var openings = OrganizationExtractor.Openings()
        openings.read(document, marks: forms)
        let tokens = document.tokens
        func marks(_ index: Int) -> OrganizationExtractor.Marks { forms[Int(document.formIDs[index])] ?? [] }
        func isCapitalizedWord(_ index: Int) -> Bool {
            tokens[index].kind == .word && (tokens[index].isCapitalized || tokens[index].isAllCaps)
        }
        #expect(openings.heads == tokens.indices.filter {
            !marks($0).isDisjoint(with: [.endsHead, .startHead]) && tokens[$0].kind == .word
        })
        #expect(openings.sectorWords == tokens.indices.filter { marks($0).contains(.sectorWord) && isCapitalizedWord($0) })
        #expect(openings.allCaps == tokens.indices.filter { tokens[$0].isAllCaps })
        #expect(openings.knownNames == tokens.indices.filter { marks($0).contains(.opensKnownName) })
        #expect(openings.names == tokens.indices.filter {
            isCapitalizedWord($0) && marks($0).isDisjoint(with: [.functionWord, .connector])
        })
        let headlines = extractor.headlines(in: document)
        #expect(openings.capsLines == headlines.capsLines)
        #expect(openings.titleCaseLine == headlines.titleCaseLine)
    }
}
