import HaberICU
import HaberText
import Testing

/// `ASCIIFolds`: the cached folds of the Latin letters stand for ICU's transliterator.
@Suite("ASCIIFolds")
struct ASCIIFoldsTests {
    static func folds() throws -> ASCIIFolds {
        try #require(ASCIIFolds(rows: ASCIIFolds.rows().map { $0.map { Substring($0) } }))
    }

    /// A tokenizer reading the cached folds, and one asking ICU for every letter.
    static func tokenizers() throws -> (cached: Tokenizer, icu: Tokenizer) {
        var resources = TextResources()
        resources.asciiFolds = try folds()
        return (try Tokenizer(resources: resources), try Tokenizer(resources: TextResources()))
    }

    @Test("words fold as ICU folds them", arguments: [
        "ığdır", "gümüşhane", "çağrı", "œuvre", "straße", "łódź", "ǆemal", "ǈubljana", "ĳssel", "þór", "ðe", "søren",
        "æble", "ŀlegal", "e\u{301}te", "i\u{307}stanbul", "москва", "αθήνα", "ȷ", "ɐ", "ǿ", "ħal", "ŉ", "ſ", "ÿ", "\u{A0}", "ankara’da", "“tır”", "€", "2013–2017", "„x“", "₺", "‰",
    ])
    func word(word: String) throws {
        let (cached, icu) = try Self.tokenizers()
        #expect(cached.fold(word) == icu.fold(word))
    }

    @Test("every scalar of the table folds as ICU folds it alone")
    func everyScalar() throws {
        let (cached, icu) = try Self.tokenizers()
        for value in ASCIIFolds.blocks.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(cached.fold(String(scalar)) == icu.fold(String(scalar)), "U+\(String(value, radix: 16))")
        }
    }

    /// Every scalar of the table followed by every combining mark: wherever the table
    /// answers, it answers as ICU does, and it answers for every ASCII letter.
    @Test("a scalar and a mark after it fold as ICU folds them")
    func scalarAndMark() throws {
        let folds = try Self.folds()
        let icu = try Transliterator(id: ASCIIFolds.transform)
        var answered = 0
        for value in ASCIIFolds.blocks.joined() {
            guard let base = Unicode.Scalar(value) else { continue }
            for mark in ASCIIFolds.marks {
                let text = String(base) + String(try #require(Unicode.Scalar(mark)))
                guard let folded = folds.fold(droppingMarks: text) else {
                    #expect(!(base.properties.isAlphabetic && base.isASCII), "U+\(String(value, radix: 16)) U+\(String(mark, radix: 16))")
                    continue
                }
                answered += 1
                #expect(folded == icu.transliterate(text), "U+\(String(value, radix: 16)) U+\(String(mark, radix: 16))")
            }
        }
        #expect(answered > 450 * ASCIIFolds.marks.count)
    }

    @Test("words with marks fold as ICU folds them whole", arguments: [
        "i\u{307}stanbul", "i\u{307}zmi\u{307}r", "di\u{307}yarbakir", "e\u{301}te", "a\u{308}\u{301}", "o\u{308}\u{304}\u{301}x",
        "ç\u{307}", "ß\u{301}", "æ\u{301}", "ı\u{307}", "ǆ\u{30C}e", "ŉ\u{301}", "þ\u{323}", "n\u{303}o\u{303}",
        "u\u{31B}\u{301}", "i\u{307}’de", "i\u{307}-", "x\u{34F}\u{301}", "a\u{345}", "q\u{36F}", "i\u{307}\u{307}\u{307}",
        "o\u{328}\u{304}", "2\u{301}", "'\u{301}", "\u{301}a", "-\u{307}i", "·\u{301}", "×\u{301}", "ª\u{301}", "µ\u{301}",
        "º\u{307}", "\u{A0}\u{301}", "€\u{301}", "’\u{301}", "–\u{307}", "м\u{301}осква", "а\u{301}", "i\u{307}м",
        "α\u{301}", "i\u{307}α", "i\u{483}", "i\u{591}", "i\u{20D7}", "i\u{1DC0}", "i\u{1AB0}", "i\u{307}\u{1DC0}",
        "ȷ\u{301}", "ɐ\u{301}", "ɏ\u{301}", "Ǆ\u{301}", "İ\u{307}", "I\u{307}", "i\u{307}日本", "i\u{307}😀",
        "a\u{300}\u{316}\u{301}", "e\u{327}\u{306}", "i\u{307}\n", "i\u{307}\t", "\u{2000}i\u{307}", "i\u{307}\u{2028}",
    ])
    func marked(word: String) throws {
        let icu = try Transliterator(id: ASCIIFolds.transform)
        guard let folded = try Self.folds().fold(droppingMarks: word) else { return }
        #expect(folded == icu.transliterate(word))
    }

    @Test("the i and dot above that lowercasing İ gives outside Turkish needs no ICU", arguments: [
        "i\u{307}stanbul", "i\u{307}zmi\u{307}r", "i\u{307}\u{307}", "ki\u{307}li\u{307}s'te", "e\u{301}te",
    ])
    func answered(word: String) throws {
        #expect(try Self.folds().fold(droppingMarks: word) != nil)
    }

    /// Random strings of letters, marks of every kind, other scripts and symbols.
    @Test("random strings with marks fold as ICU folds them whole")
    func random() throws {
        let folds = try Self.folds()
        let icu = try Transliterator(id: ASCIIFolds.transform)
        let pool: [ClosedRange<UInt32>] = [
            0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x20...0x2F, 0xA0...0xFF, 0x100...0x24F, 0x250...0x2FF,
            0x300...0x36F, 0x300...0x36F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x483...0x489, 0x591...0x5C7,
            0x1AB0...0x1ABE, 0x1DC0...0x1DFF, 0x1E00...0x1EFF, 0x2000...0x206F, 0x20A0...0x20FF, 0x4E00...0x4E20, 0x1F600...0x1F610,
        ]
        var generator = SplitMix(seed: 0x7E57)
        var answered = 0
        for _ in 0..<20_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let range = pool[Int.random(in: 0..<pool.count, using: &generator)]
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { text.append(scalar) }
            }
            let word = String(text)
            guard let folded = folds.fold(droppingMarks: word) else { continue }
            answered += 1
            #expect(folded == icu.transliterate(word), "\(word.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(answered > 1_000)
    }

    @Test("rows not one per scalar in order are refused", arguments: [0, 1, 2, 3])
    func refused(damage: Int) throws {
        var rows = try ASCIIFolds.rows().map { $0.map { Substring($0) } }
        switch damage {
        case 0: rows.removeLast()
        case 1: rows.swapAt(3, 4)
        case 2: rows[7] = [rows[7][0]]
        default: rows = []
        }
        #expect(ASCIIFolds(rows: rows) == nil)
    }
}

extension SplitMix: RandomNumberGenerator {}
