import Foundation
import HaberICU
import HaberText
import Testing

/// `LatinWordBreaker` against ICU's word break iterator: the same segments (start, end,
/// kind) for every text it accepts, in every locale the models use; the texts it must hand to
/// ICU are refused.
@Suite("LatinWordBreaker")
struct LatinWordBreakerTests {
    /// The locales to compare in: the languages the tokenizer meets, and every model language.
    static let locales: [String] = {
        let folder = Fixture.packageRoot.appendingPathComponent("models/languages")
        let codes = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != "all" }
        return Array(Set(codes + ["tr", "en", "fr", "de", "es", "it"])).sorted()
    }()

    /// A segment as both breakers give it.
    struct Cut: Equatable, CustomStringConvertible {
        var start: Int, end: Int, kind: WordBreaker.SegmentKind
        var description: String { "\(start)..<\(end) \(kind)" }
    }

    /// ICU's segments, and the fast breaker's (nil when it hands the text to ICU).
    static func both(_ units: [UInt16], locale: String) throws -> (icu: [Cut], fast: [Cut]?) {
        var latin = LatinWordBreaker()
        return try both(units, breaker: WordBreaker(locale: locale), latin: &latin)
    }

    /// The same with breakers kept between texts (the Latin breaker's table fills as it goes).
    static func both(_ units: [UInt16], breaker: WordBreaker, latin: inout LatinWordBreaker) throws -> (icu: [Cut], fast: [Cut]?) {
        var icu: [WordBreaker.Segment] = []
        var fast: [WordBreaker.Segment] = []
        let accepted = try units.withUnsafeBufferPointer { buffer in
            try breaker.segments(in: buffer, into: &icu)
            return latin.segments(in: buffer, into: &fast)
        }
        let cuts = { (segments: [WordBreaker.Segment]) in segments.map { Cut(start: $0.start, end: $0.end, kind: $0.kind) } }
        return (cuts(icu), accepted ? cuts(fast) : nil)
    }

    /// Every model language has ICU's root word rules, which the fast breaker reproduces;
    /// a tailored locale is told apart.
    @Test("model languages use ICU's root word rules")
    func rootRules() {
        for locale in Self.locales { #expect(WordBreaker.usesRootRules(locale: locale), "\(locale)") }
        for locale in ["fi", "sv", "en_US_POSIX"] { #expect(!WordBreaker.usesRootRules(locale: locale), "\(locale)") }
    }

    /// Each row: a line the fast breaker must segment exactly as ICU does.
    @Test("tricky lines segment as ICU does", arguments: [
        "Ankara'da", "Ankara’da", "Ankara‘da", "58’i", "58'i", "58‘i", "2'si", "%15'lik", "d’Alsace", "d'Alsace", "l'été",
        "aujourd’hui", "don't", "rock'n'roll", "'quoted'", "’a’", "a''b", "a'", "'a",
        "3.5", "1,000.50", "1.000.000", "21.07.2017", "2,5", "3.5.", ".5", "5.", "1..2", "1.,2", "1.a", "a.1", "a1.2", "1a.b",
        "e.g.", "U.S.A.", "U.S.A", "i.e., x", "info@isim.org.tr", "a@b", "@user", "#etiket", "a_b", "_a", "a_", "__", "1_", "_1", "1__",
        "a__", "1_a", "a_1", "a_1_", "_._", "a_\u{0301}", "1_\u{0301}", "__\u{0301}", "_\u{0301}", "_\u{0301}a", "a_\u{00AD}b",
        "ı\u{202F}\u{00AD}", "b‿\u{0308}", "a\u{202F}\u{0301}", "1\u{202F}000\u{00AD}", "12:30", "x:y", "a:1", "A4", "4x4", "4x", "x4", "A4B", "Ö3ü", "B-52", "E-posta",
        "a·b", "l·l", "a;b", "1;2", "a,b", "1,2", "1٫2", "a․b", "1․2",
        "a\u{00A0}b", "a\u{00A0}\u{00A0}b", "a\u{202F}b", "1\u{202F}000", "a\u{2009}b", "a  b", "a \u{00AD} b",
        "ab\u{00AD}cd", "\u{00AD}ab", "a\u{00AD}", "1\u{00AD}2", "a.\u{00AD}b", "a\u{00AD}.b", "1.\u{0301}2",
        "e\u{0301}te\u{0301}", "\u{0301}a", "\u{0301}\u{0301}", "a\n\u{0301}b", "\r\n\u{0301}", " \u{0301} ", "\u{0301} ",
        "a\tb", "a\t\tb", "\t \t", "a\r\nb", "a\r\rb", "a\n\nb", "a\u{2028}b", "a\u{0085}b", "a\u{000B}b", "a\u{000C}b",
        "a\u{200B}b", "a\u{2060}b", "a\u{FEFF}b", "a\u{200E}b", "–", "a—b", "“a”", "«a»", "„a“", "(a)", "[1]", "a/b", "1/2",
        "a\"b", "\"a\"", "1\"2", "a&b", "a-b", "1-2", "1–2", "%50", "₺50", "$5.00", "€5,00", "5€", "5 €", "°C", "5°", "½", "²", "a²", "x³y", "ⅻ", "①",
        "İstanbul", "IĞDIR", "Çağrı", "Straße", "Ærø", "ﬁne", "Ǆ", "ĳ", "ª", "º", "µ", "ı",
        "a\u{0000}b", "\u{7F}", "a\u{0080}b", "©2024", "™", "a™", "❤️", "a❤️b", "☺", "a©b",
    ])
    func tricky(line: String) throws {
        for locale in Self.locales {
            let (icu, fast) = try Self.both(Array(line.utf16), locale: locale)
            #expect(fast == icu, "\(locale): \(line.debugDescription)")
        }
    }

    /// Each row: text the fast breaker must hand to ICU (a class or script it does not handle).
    @Test("texts it does not handle go to ICU", arguments: [
        "東京", "ひらがな", "カタカナ", "한국어", "ภาษาไทย", "ພາສາລາວ", "ខ្មែរ", "မြန်မာ", "עברית", "a\"b\"עברית", "🇹🇷", "😀", "👍🏽",
        "a\u{200D}b", "Ankara 東京", "𝐀", "a\u{1F600}", "x \u{E0067}",
    ])
    func refused(line: String) throws {
        let (_, fast) = try Self.both(Array(line.utf16), locale: "tr")
        #expect(fast == nil, "\(line.debugDescription)")
    }

    /// A lone surrogate (which no `String` holds, but a UTF-16 buffer may) goes to ICU too.
    @Test("lone surrogates go to ICU")
    func loneSurrogate() throws {
        for units: [UInt16] in [[0xD800], [0x61, 0xDC00, 0x62], [0x61, 0xD83D]] {
            #expect(try Self.both(units, locale: "tr").fast == nil)
        }
    }

    /// Every text file under `corpus/`, as written and as normalized: segments as ICU's.
    @Test("corpus articles segment as ICU does")
    func corpus() throws {
        let root = Fixture.packageRoot.appendingPathComponent("corpus")
        let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 80)
        var fastCount = 0
        let breakers = try Self.locales.map { try WordBreaker(locale: $0) }
        var latin = LatinWordBreaker()
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for units in [Array(text.utf16), Fixture.normalizer.document(for: text).units] {
                for (locale, breaker) in zip(Self.locales, breakers) {
                    let (icu, fast) = try Self.both(units, breaker: breaker, latin: &latin)
                    if let fast {
                        fastCount += 1
                        #expect(fast == icu, "\(file) \(locale)")
                    }
                }
            }
        }
        // The fast path must be the usual one, or this test proves little.
        #expect(fastCount * 10 >= files.count * 2 * Self.locales.count * 9)
    }

    /// The characters of news text and of the rules' corner cases, for random strings.
    static let alphabet: [String] = [
        "a", "b", "Z", "ç", "ğ", "İ", "ı", "ö", "ß", "é", "E", "0", "1", "9", "٣", "²", "½", "'", "’", "‘", ".", ",", ";", ":",
        "·", "․", "٫", "_", "‿", "-", "–", "@", "#", "%", "/", "(", "\"", "“", " ", " ", "\u{00A0}", "\u{202F}", "\u{2009}",
        "\u{3000}", "\t", "\n", "\r", "\u{000B}", "\u{0085}", "\u{2028}", "\u{00AD}", "\u{0301}", "\u{0308}", "\u{200B}",
        "\u{2060}", "\u{FEFF}", "\u{200E}", "\u{FE0F}", "©", "™", "❤", "€", "ª", "ʼ", "ˈ", "︓", "﹕", "：", "＇", "．", "，",
        "ｑ", "５", "\u{0387}", "\u{2027}", "\u{05F4}", "\u{FE50}", "\u{037E}", "\u{FE33}", "\u{2044}",
    ]

    /// A few thousand random strings over ``alphabet`` per locale (a fixed seed: the same
    /// strings every run).
    /// `HABER_RANDOM_SEGMENTS=N` runs N strings per locale instead, for a longer one-off check.
    @Test("random strings segment as ICU does", arguments: locales)
    func random(locale: String) throws {
        var generator = SplitMix(seed: 0x5EED_0000 &+ UInt64(locale.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        let rounds = ProcessInfo.processInfo.environment["HABER_RANDOM_SEGMENTS"].flatMap { Int($0) } ?? 3000
        let breaker = try WordBreaker(locale: locale)
        var latin = LatinWordBreaker()
        for round in 0..<rounds {
            let length = 1 + Int(generator.next() % 14)
            var text = ""
            for _ in 0..<length { text += Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }
            let (icu, fast) = try Self.both(Array(text.utf16), breaker: breaker, latin: &latin)
            #expect(fast == icu, "\(locale) #\(round): \(text.debugDescription)")
            if fast != icu { break }
        }
    }

    /// The tokenizer's tokens do not depend on which breaker cut the text: a document the fast
    /// breaker takes and the same with one refused scalar at its end tokenize alike before it.
    @Test("tokens are the same with either breaker", arguments: [
        "Fransa’daki 58’i, d’Alsace ve 1.000.000 TL; e.g. U.S.A. 12:30 a_b.",
        "Ekleme Tarihi 21.07.2017\n\nAnkara’da yüzde 58’i büyüdü.",
        "a\tb\t\tc\r\nd\re \n\n f\u{3000}g \u{3000} h \u{0301}i\t\u{0301}j\n\u{0301}k\u{000B}l\u{0085}m",
    ])
    func tokens(line: String) throws {
        let fast = try Fixture.tokenize(line, language: "tr").tokens
        let slow = try Fixture.tokenize(line + " 東", language: "tr").tokens
        #expect(fast.count + 1 == slow.count)
        for (a, b) in zip(fast, slow) {
            #expect(a.range == b.range && a.kind == b.kind && a.text == b.text && a.spaceBefore == b.spaceBefore
                && a.newlinesBefore == b.newlinesBefore, "\(a.text)")
        }
    }

    /// Dropping white space leaves out exactly ICU's segments of spaces, tabs, CR and LF
    /// alone, and keeps every other segment as ICU gives it (random strings over ``alphabet``).
    /// A segment keeps its offsets in 32 bits: each line is the offsets given, read back,
    /// and changed through the setters, up to the largest a segment holds.
    @Test("segment offsets read back as given", arguments: [
        (0, 0), (0, 1), (3, 7), (65_535, 65_536), (1 << 24, (1 << 24) + 9), (Int(Int32.max), Int(Int32.max) + 1),
        (Int(UInt32.max) - 1, Int(UInt32.max)),
    ])
    func segmentOffsets(start: Int, end: Int) {
        var segment = WordBreaker.Segment(start: start, end: end, kind: .letter)
        #expect(segment.start == start && segment.end == end && segment.kind == .letter)
        segment.start = end
        segment.end = start
        #expect(segment.start == end && segment.end == start)
        #expect(MemoryLayout<WordBreaker.Segment>.stride == 12)
    }

    @Test("dropping white space leaves out only its segments")
    func droppingWhitespace() throws {
        var generator = SplitMix(seed: 0x5EED_D809)
        let breaker = try WordBreaker(locale: "tr")
        var latin = LatinWordBreaker()
        let white: Set<UInt16> = [0x20, 0x0A, 0x09, 0x0D]
        for round in 0..<2000 {
            let length = 1 + Int(generator.next() % 14)
            var text = ""
            for _ in 0..<length { text += Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }
            let units = Array(text.utf16)
            var icu: [WordBreaker.Segment] = []
            var fast: [WordBreaker.Segment] = []
            let accepted = try units.withUnsafeBufferPointer { buffer in
                try breaker.segments(in: buffer, into: &icu)
                return latin.segments(in: buffer, into: &fast, droppingWhitespace: true)
            }
            guard accepted else { continue }
            let expected = icu.filter { $0.kind != .none || !units[$0.start..<$0.end].allSatisfy(white.contains) }
            let cuts = { (segments: [WordBreaker.Segment]) in segments.map { Cut(start: $0.start, end: $0.end, kind: $0.kind) } }
            #expect(cuts(fast) == cuts(expected), "#\(round): \(text.debugDescription)")
            if cuts(fast) != cuts(expected) { break }
        }
    }
}

/// A small deterministic generator (SplitMix64), so that random tests repeat.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
