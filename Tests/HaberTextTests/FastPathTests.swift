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
}
