import HaberICU
import Testing
@testable import HaberText

/// The shortcuts of the text stage against the slow paths they stand in for: each must give
/// exactly what the slow path gives, on the cases where it is taken.
struct FastPathTests {
    @Test("a form's character count is String's", arguments: [
        "", "a", "Ankara", "İŞİM", "gümüşhane", "Ankara'da", "58'i", "ß", "œuvre", "Ελλάδα", "Москва",
        "e\u{301}", "o\u{308}zel", "\r\n", "a\r\nb", "\r", "🇹🇷", "👍🏽", "中国", "x\u{200D}y", "ǅ", "\u{AD}a",
    ])
    func characterCount(text: String) {
        #expect(TokenForm.characterCount(text) == text.count)
    }

    /// Every scalar below U+0300 but the apostrophe and CR, alone, after `A` and `a`, and
    /// before them: the Latin forms' initializer gives the flags and counts of the general one.
    @Test("a Latin form's facts are the general initializer's", arguments: ["", "A", "a", "İ", "ǅ"], ["", "A", "a", "x"])
    func latinFacts(before: String, after: String) {
        for value in 0..<0x300 where value != 0x27 && value != 0x0D {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = before + String(Character(scalar)) + after
            let units = Array(text.utf16)
            for isWord in [true, false] {
                let general = TokenForm(text: text, lower: text, stem: text, suffix: "", key: text, foldedKey: text, isWord: isWord,
                                        id: 0, keyID: 0, lowerID: 0, isAbbreviation: false)
                let latin = units.withUnsafeBufferPointer {
                    TokenForm(latin: $0, text: text, lower: text, foldedKey: text, isWord: isWord, id: 0, keyID: 0, isAbbreviation: false)
                }
                #expect(latin.tokenFlags == general.tokenFlags, "\(visible(text)) \(isWord)")
                #expect(latin.characterCount == general.characterCount, "\(visible(text))")
                #expect(latin.stemLength == general.stemLength && latin.stemCharacterCount == general.stemCharacterCount)
            }
        }
    }

    /// ASCII forms with an apostrophe, split as the general way splits them (a stem and a
    /// suffix when a to z follows the first apostrophe): the apostrophe forms' initializer
    /// gives the flags and counts of the general one.
    @Test("an ASCII apostrophe form's facts are the general initializer's", arguments: [
        "Ankara'da", "ANKARA'DA", "NATO'nun", "AB'de", "A'da", "Obama's", "rock'n'roll", "x'", "AB'", "a'B", "Ab'CD",
        "58'i", "1990'lar", "O'Neill", "D'Souza", "ab'12", "A-B'de", "..'x",
    ])
    func apostropheFacts(text: String) {
        let bytes = Array(text.utf8)
        guard let apostrophe = bytes.firstIndex(of: 0x27) else { return }
        let hasSuffix = apostrophe + 1 < bytes.count && bytes[apostrophe + 1] &- 0x61 < 26
        let stem = hasSuffix ? String(decoding: bytes[..<apostrophe], as: UTF8.self) : text
        let suffix = hasSuffix ? String(decoding: bytes[(apostrophe + 1)...], as: UTF8.self) : ""
        let stemLetters = stem.utf8.filter { $0 &- 0x41 < 26 || $0 &- 0x61 < 26 }
        let stemAllCaps = stemLetters.count >= 2 && stemLetters.allSatisfy { $0 &- 0x41 < 26 }
        for isWord in [true, false] {
            for isAbbreviation in [true, false] {
                let general = TokenForm(text: text, lower: text, stem: stem, suffix: suffix, key: stem, foldedKey: stem, isWord: isWord,
                                        id: 0, keyID: 0, lowerID: 0, isAbbreviation: isAbbreviation)
                let ascii = TokenForm(ascii: text, lower: text, stem: stem, suffix: suffix, key: stem, first: bytes[0], isWord: isWord,
                                      id: 0, keyID: 0, lowerID: 0, isAbbreviation: isAbbreviation, stemAllCaps: stemAllCaps)
                #expect(ascii.tokenFlags == general.tokenFlags, "\(text) \(isWord) \(isAbbreviation)")
                #expect(ascii.characterCount == general.characterCount, "\(text)")
                #expect(ascii.stemLength == general.stemLength && ascii.stemCharacterCount == general.stemCharacterCount, "\(text)")
            }
        }
    }

    /// Every ASCII byte after `,`, `.` and `-`, with letters, digits and spaces before them: where
    /// the shortcut copies the mark, the rules (taken for the same text otherwise) change nothing.
    @Test("punctuation copied in the plain run is punctuation no rule changes",
          arguments: [UInt8(0x2C), 0x2E, 0x2D], ["a", "z", "A", "ş", "1", " ", "ab", "aB"])
    func plainPunctuation(mark: UInt8, before: String) {
        // `` ` `` is an apostrophe to the rules: the text would change for it, not for the mark.
        for next in UInt8(0x20)..<0x7F where next != 0x60 && TextNormalizer.Pass.isPlainPunctuation(mark, before: next) {
            let middle = String(decoding: [mark, next], as: UTF8.self)
            let text = "x" + before + middle + "y"
            let document = TextNormalizer().document(for: text)
            #expect(document.normalized == text, "\(visible(text))")
            let scalars = text.unicodeScalars.count
            for unit in 0..<document.units.count {
                #expect(document.originalRange(of: unit..<(unit + 1)) == unit..<(unit + 1), "\(visible(text)) \(unit)")
            }
            #expect(document.scalarCount == scalars)
        }
    }

    /// Every byte value at every place of a word of otherwise plain letters: the word is plain
    /// exactly when each of its bytes is ASCII that ``TextNormalizer/Pass/isPlainASCII(_:)`` takes.
    @Test("a word of eight bytes is plain exactly when each byte is", arguments: 0..<8)
    func plainWords(place: Int) {
        for value in 0...255 {
            for filler in [UInt8(0x61), 0x20, 0x0A, 0x2F, 0x2B, 0x0E, 0x0A, 0x5F, 0x7F] {
                var bytes = [UInt8](repeating: filler, count: 8)
                bytes[place] = UInt8(value)
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                let plain = bytes.allSatisfy { $0 < 0x80 && TextNormalizer.Pass.isPlainASCII($0) }
                #expect(TextNormalizer.Pass.isPlainASCII(word: word) == plain, "\(bytes)")
            }
        }
    }

    /// Every byte value at every place after plain bytes, with every byte value after it: the
    /// first rejected byte of the word is the first that ``TextNormalizer/Pass/isPlainASCII(_:)``
    /// refuses, whatever a byte from 0x80 on does to the bits after it.
    @Test("a word's first rejected byte is the first byte that is not plain", arguments: 0..<8)
    func firstRejectedByte(place: Int) {
        for value in 0...255 {
            for after in [UInt8(0x61), 0x60, 0x0B, 0x2C, 0x80, 0xC4, 0xCC, 0xFF, 0x00] {
                var bytes = [UInt8](repeating: 0x61, count: 8)
                bytes[place] = UInt8(value)
                for index in (place + 1)..<8 { bytes[index] = after }
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                let expected = bytes.firstIndex { $0 >= 0x80 || !TextNormalizer.Pass.isPlainASCII($0) }
                let rejected = TextNormalizer.Pass.rejectedBytes(word)
                #expect((rejected == 0 ? nil : rejected.trailingZeroBitCount >> 3) == expected, "\(bytes)")
            }
        }
    }

    @Test("a word's bytes widen to eight units in order")
    func widenedWord() {
        var units = [UInt16](repeating: 0xFFFF, count: 10)
        units.withUnsafeMutableBufferPointer { buffer in
            TextNormalizer.Pass.widen(0x7F20_6F5A_0A41_0162, to: buffer.baseAddress! + 1)
        }
        #expect(units == [0xFFFF, 0x62, 0x01, 0x41, 0x0A, 0x5A, 0x6F, 0x20, 0x7F, 0xFFFF])
    }

    /// Long plain runs with one byte the rules look at, at every place: the words copied eight
    /// bytes at a time must leave the rules what they saw byte by byte.
    @Test("runs copied by the word end where the rules begin", arguments: [
        "ediliyor,sektör", "sonra.Ve", "geliş-\ntirme", "a\u{0B}b", "x\r\ny", "Fransa`da", "Fransa’da", "e\u{301}te",
        "a\u{AD}b", "a\u{A0}b",
    ])
    func wordRuns(middle: String) {
        for before in 0..<18 {
            let text = String(repeating: "k", count: before) + middle + String(repeating: "m", count: 17 - before % 9)
            let document = TextNormalizer().document(for: text)
            let expected = TextNormalizer().document(for: "#" + text)
            #expect(document.normalized == String(expected.normalized.dropFirst()), "\(visible(text))")
            #expect(document.scalarCount + 1 == expected.scalarCount)
            for unit in 0..<document.units.count {
                let range = document.originalRange(of: unit..<(unit + 1))
                let shifted = expected.originalRange(of: (unit + 1)..<(unit + 2))
                #expect(range.lowerBound + 1 == shifted.lowerBound && range.upperBound + 1 == shifted.upperBound,
                        "\(visible(text)) \(unit)")
            }
        }
    }

    @Test("the sentence marks of one ASCII byte are those of its text")
    func asciiSentenceMarks() {
        for byte in UInt8(0)..<0x80 {
            let text = String(decoding: [byte], as: UTF8.self)
            #expect(SentenceMarks.of(ascii: byte) == SentenceMarks.of(text), "\(byte)")
        }
    }

    @Test("ASCII lowercase is CaseMapping's where it is taken", arguments: [
        "ABC", "abc", "Ab-C", "MCKINSEY", "a1B2", "", "İŞİM", "Istanbul", "IBM", "ß", "x y",
    ])
    func asciiLowercase(text: String) {
        if let lower = Tokenizer.asciiLowercase(text) {
            for locale in ["tr", "en", "de", "fr", "es"] { #expect(lower == CaseMapping.lowercase(text, locale: locale)) }
        } else {
            #expect(text.utf8.contains { $0 >= 0x80 || $0 == 0x49 })
        }
    }

    @Test("the shortcut takes only the three marks before ASCII", arguments: [
        (UInt8(0x2C), UInt8(0x61), false), (0x2C, 0x41, false), (0x2C, 0x20, true), (0x2C, 0x31, true), (0x2C, 0xC3, false),
        (0x2E, 0x41, false), (0x2E, 0x61, true), (0x2E, 0x20, true), (0x2E, 0xC4, false),
        (0x2D, 0x20, false), (0x2D, 0x0A, false), (0x2D, 0x0D, false), (0x2D, 0x09, false), (0x2D, 0x61, true),
        (0x3B, 0x20, false), (0x60, 0x20, false),
    ] as [(UInt8, UInt8, Bool)])
    func plainPunctuationCases(mark: UInt8, next: UInt8, plain: Bool) {
        #expect(TextNormalizer.Pass.isPlainPunctuation(mark, before: next) == plain)
    }

    /// Every range of every text, in ascending order as the tokenizer asks: the one walk over a
    /// copy run gives what the binary search gives.
    @Test("a range's original scalars through the cursor are those of the search", arguments: [
        "Ankara'da bugün", "ediliyor,sektör. Ve", "geliş-\ntirme ve", "e\u{301}te o\u{308}zel", "a\r\nb\rc",
        "x\u{AD}y\u{200B}z", "😀 ve 🇹🇷 bayrak", "Fransa’da “hızlı” — bitti", "a\u{A0}b\u{2009}c",
    ])
    func copiedRanges(text: String) {
        let document = TextNormalizer().document(for: text)
        let count = document.units.count
        for length in 1...max(1, min(count, 6)) {
            var cursor = OffsetMap.Cursor()
            for start in 0..<max(0, count - length + 1) {
                let range = start..<(start + length)
                #expect(document.originalRange(of: range, cursor: &cursor) == document.originalRange(of: range),
                        "\(visible(text)) \(range)")
            }
        }
    }

    /// The slow path: each letter outside ASCII through ICU on its own, a word with a
    /// combining mark through ICU whole.
    /// ``Document/originalText(_:)`` copies bytes found through the sparse scalar index, the
    /// upper bound walked on from the lower one's entry (and searched past eight entries):
    /// every range of each text must give the scalars the range names.
    @Test("an original range's text is its scalars", arguments: [
        "", "a", "Ankara", "İŞİM’in Ankara’daki toplantısı", "ğğğğğğğğğğğğğğğğğğğğ x", "x ğğğğğğğğğğğğğğğğğğğğ",
        "a\u{AD}b\u{200B}c", "e\u{301}té o\u{308}zel", "🇹🇷 Türkiye 👍🏽 ok", "中国 Москва Ελλάδα", "a\r\nb\rc",
        "ş1ş2ş3ş4ş5ş6ş7ş8ş9ş10ş11ş12 end",
    ])
    func originalText(text: String) {
        let document = TextNormalizer().document(for: text)
        forEachRange(of: text) { range, expected in
            #expect(document.originalText(range) == expected, "\(range)")
        }
        // Ranges past the text are clamped.
        #expect(document.originalText(0..<(text.unicodeScalars.count + 5)) == text)
    }

    /// Calls `body` with every range of `text`'s scalars and the text those scalars make.
    private func forEachRange(of text: String, _ body: (Range<Int>, String) -> Void) {
        let scalars = Array(text.unicodeScalars)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[lower..<upper])
                body(lower..<upper, String(expected))
            }
        }
    }

    /// ``Document/originalText(_:sameAs:)`` gives the candidate itself only when it has the
    /// original's very bytes: a candidate of another text, or canonically equivalent with other
    /// bytes (`é` for `e` and U+0301), gives the original's bytes.
    @Test("an original range's text is its bytes, whatever the candidate", arguments: [
        "Ankara", "İŞİM’in Ankara’daki toplantısı", "e\u{301}té o\u{308}zel", "🇹🇷 Türkiye 👍🏽 ok", "Ankare Ankara",
    ])
    func originalTextSameAs(text: String) {
        let document = TextNormalizer().document(for: text)
        forEachRange(of: text) { range, expected in
            let bytes = Array(expected.utf8)
            for candidate in [expected, String(expected.map { $0 == "a" ? "e" : $0 }), Normalization.nfc(expected), "x", nil] {
                let found = document.originalText(range, sameAs: candidate)
                #expect(Array(found.utf8) == bytes, "\(range) \(candidate ?? "nil")")
            }
        }
    }

    /// The counts and flags a form keeps in 32 and 8 bits read back as the values they stand for.
    @Test("a form's packed counts and flags are what they stand for", arguments: [
        ("Ankara", true, false, false, 6, 6, 6), ("İŞİM'in", true, true, true, 4, 7, 4), ("TÜBİTAK", true, true, false, 7, 7, 7),
        ("ankara'da", false, false, true, 6, 9, 6), ("58'i", false, false, true, 2, 4, 2), (".", false, false, false, 1, 1, 1),
        ("McKinsey", true, false, false, 8, 8, 8), ("e\u{301}te", false, false, false, 3, 3, 3),
        ("NATO", true, true, false, 4, 4, 4), ("A", true, false, false, 1, 1, 1), ("H2O", true, true, false, 3, 3, 3),
        ("2024", false, false, false, 4, 4, 4), ("aB", false, false, false, 2, 2, 2), ("(", false, false, false, 1, 1, 1),
    ] as [(String, Bool, Bool, Bool, Int, Int, Int)])
    func packedForm(text: String, capitalized: Bool, allCaps: Bool, suffix: Bool, stemLength: Int, characters: Int,
                    stemCharacters: Int) throws {
        let document = try Fixture.tokenize(text, language: "tr")
        let form = try #require(document.tokens.first).form
        #expect(document.tokens.count == 1)
        #expect(form.isCapitalized == capitalized)
        #expect(form.isAllCaps == allCaps)
        #expect(form.hasSuffix == suffix)
        #expect(form.hasSuffix == !form.suffix.isEmpty)
        #expect(form.stemLength == stemLength)
        #expect(form.stemLength == form.stem.utf16.count)
        #expect(form.characterCount == characters)
        #expect(form.characterCount == form.text.count)
        #expect(form.stemCharacterCount == stemCharacters)
        #expect(form.stemCharacterCount == form.stem.count)
    }

    @Test("a key folds as ICU folds its letters one by one", arguments: [
        "ankara", "ığdır", "gümüşhane", "çağlayan", "œuvre", "straße", "año", "ελλάδα", "москва", "e\u{301}te",
        "i\u{307}stanbul", "ǆ", "café'de", "ﬁn", "€uro", "ağaç ağaç",
    ])
    func fold(key: String) throws {
        let tokenizer = try Tokenizer(resources: Fixture.resources.get())
        let icu = try Transliterator(id: "Any-Latin; Latin-ASCII")
        var expected = ""
        for scalar in key.unicodeScalars {
            if scalar.isASCII {
                expected.unicodeScalars.append(scalar)
            } else if scalar.properties.canonicalCombiningClass != .notReordered {
                expected = icu.transliterate(key)
                break
            } else {
                expected += icu.transliterate(String(scalar))
            }
        }
        #expect(tokenizer.fold(key) == expected)
        // Again, from the letters remembered.
        #expect(tokenizer.fold(key) == expected)
    }

    private func visible(_ text: String) -> String {
        text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
    }

    /// `İ` lowercases to `i` and U+0307 outside Turkish, which the tokenizer keys as they are,
    /// without composing them: the lowercase must be its own NFC, and the form key as the
    /// same lowercase typed with its mark does (which the general way composes).
    @Test("a Latin lowercase with i̇ is its own NFC and keys as typed", arguments: ["en", "fr", "de", "es"])
    func dottedCapitalI(language: String) throws {
        let tokenizer = try Tokenizer(resources: Fixture.resources.get())
        let lowercaser = CaseMapping.Lowercaser(locale: language)
        for word in ["İ", "İstanbul", "İİ", "aİ", "İé", "éİb", "ÉİÉ", "İSTANBUL", "Ölİ", "İÑ", "ßİ"] {
            let lower = lowercaser.lowercase(word)
            #expect(lower.unicodeScalars.contains("\u{307}"), "\(language) \(word)")
            #expect(Array(Normalization.nfc(lower).utf8) == Array(lower.utf8), "\(language) \(word)")
            let document = try tokenizer.tokenize(TextNormalizer().document(for: word + " " + lower), language: language)
            guard document.tokens.count == 2 else {
                Issue.record("\(language) \(word): \(document.tokens.count) tokens")
                continue
            }
            #expect(document.tokens[0].form.keyID == document.tokens[1].form.keyID, "\(language) \(word)")
            #expect(document.tokens[0].key == document.tokens[1].key, "\(language) \(word)")
        }
    }

    /// Tokens that open with a scalar beyond ASCII and are no word or number: the kind worked
    /// out at the first, kept for the next, is Unicode's for each (punctuation by its general
    /// category, the symbols listed, the rest symbols).
    @Test("the kind of a mark beyond ASCII is kept per scalar", arguments: [
        ("“", Token.Kind.punctuation), ("”", .punctuation), ("«", .punctuation), ("—", .punctuation),
        ("…", .punctuation), ("‰", .symbol), ("§", .symbol), ("€", .symbol), ("°", .symbol),
    ])
    func markKinds(mark: String, kind: Token.Kind) throws {
        let tokenizer = try Tokenizer(resources: Fixture.resources.get())
        for text in ["a \(mark) b \(mark) c", "\(mark) x"] {
            let document = try tokenizer.tokenize(TextNormalizer().document(for: text), language: "en")
            let marks = document.tokens.filter { $0.text == mark }
            #expect(!marks.isEmpty, "\(mark)")
            for token in marks { #expect(token.kind == kind, "\(mark) \(text)") }
        }
    }

    /// Words of every letter below U+0300 (upper and lower case, alone, first and inside a
    /// word, with `I` beside it), in every model language: the tokenizer makes such forms from
    /// their units, and each must say what the general way says of its text.
    @Test("a form made from its units says what the general way says", arguments: ["tr", "en", "fr", "de", "es"])
    func formsFromUnits(language: String) throws {
        let tokenizer = try Tokenizer(resources: Fixture.resources.get())
        let lowercaser = CaseMapping.Lowercaser(locale: language)
        var words: [String] = ["I", "IBM", "Ii", "iI", "NATO", "x2", "2017", "ABC-D"]
        for value in 0x41..<0x300 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let letter = String(scalar)
            words += [letter, letter + "ab", "ab" + letter, "I" + letter + "I", letter.uppercased() + "x", letter + letter]
        }
        for word in words {
            let document = try tokenizer.tokenize(TextNormalizer().document(for: word), language: language)
            guard document.tokens.count == 1, let token = document.tokens.first, token.text == word else { continue }
            let lower = lowercaser.lowercase(word)
            #expect(token.lower == lower, "\(language) \(word)")
            #expect(token.key == lower && token.stem == word && token.suffix.isEmpty, "\(language) \(word)")
            #expect(token.foldedKey == tokenizer.fold(lower), "\(language) \(word)")
            #expect(token.form.characterCount == word.count && token.form.stemLength == word.utf16.count, "\(language) \(word)")
            let first = word.unicodeScalars.first?.properties
            let capitalized = token.kind == .word && (first?.isUppercase == true || first?.generalCategory == .titlecaseLetter)
            #expect(token.isCapitalized == capitalized, "\(language) \(word)")
        }
    }
}
