import Foundation
import HaberExtraction
import HaberText
import Testing

/// Properties of the whole pipeline on random texts, from a seeded generator so that every
/// failure can be replayed: no crash, offsets inside the text and slicing the original text
/// (in Unicode scalars) to the entity's own text, entities in text order and not overlapping.
///
/// The texts mix scalars from every plane with the things that move offsets (combining
/// marks, CRLF, ignorable and Unicode spaces, apostrophe look-alikes, U+FFFD from lossy
/// decoding) and with fragments of the corpus, so that entities are found among them.
@Suite("Pipeline properties on random texts")
struct PropertyTests {
    /// Each case is a block of texts from its own seed; `HABER_PROPERTY_BLOCKS=500` searches longer.
    static let blocks = Array(0..<(ProcessInfo.processInfo.environment["HABER_PROPERTY_BLOCKS"].flatMap(Int.init) ?? 8))
    static let textsPerBlock = 40

    @Test("random texts: offsets slice the original, in order, no overlap", arguments: blocks)
    func randomTexts(block: Int) throws {
        var random = SplitMix64(seed: 0x4861_6265_7200 + UInt64(block))
        var found = 0
        for index in 0..<Self.textsPerBlock {
            let text = RandomText.text(using: &random)
            found += try check(text, label: "block \(block) text \(index)")
        }
        // Not vacuous: the corpus fragments give entities.
        #expect(found > 0, "block \(block): no entity in \(Self.textsPerBlock) texts")
    }

    @Test("corpus articles with random insertions, deletions and line-end changes", arguments: blocks)
    func mutatedArticles(block: Int) throws {
        var random = SplitMix64(seed: 0x4D75_7461_7465_00 + UInt64(block))
        let ids = RandomText.articleIDs
        try #require(!ids.isEmpty)
        var found = 0
        for index in 0..<(Self.textsPerBlock / 2) {
            let id = ids[Int(random.next() % UInt64(ids.count))]
            let text = RandomText.mutate(try Fixture.article(id), using: &random)
            found += try check(text, label: "block \(block) mutation \(index) of \(id)")
        }
        #expect(found > 0)
    }

    @Test("random bytes decoded as --lossy does (U+FFFD for every bad sequence)", arguments: blocks)
    func lossyBytes(block: Int) throws {
        var random = SplitMix64(seed: 0x4279_7465_7300 + UInt64(block))
        for index in 0..<Self.textsPerBlock {
            var bytes: [UInt8] = []
            let pieces = 1 + Int(random.next() % 12)
            for _ in 0..<pieces {
                // Random bytes between pieces of real text, so that entities sit next to U+FFFD.
                bytes += RandomText.randomBytes(using: &random)
                if random.next() % 2 == 0 { bytes += Array(RandomText.corpusFragment(using: &random).utf8) }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try check(text, label: "block \(block) bytes \(index) \(bytes.map { String($0, radix: 16) })")
        }
    }

    @Test("a fixed text of every kind of oddity, with and without a reference date")
    func everyOddity() throws {
        let text = RandomText.kinds.map { $0.joined(separator: " ") }.joined(separator: "\n")
            + "\n" + (try Fixture.article(RandomText.articleIDs[0]))
        _ = try check(text, label: "every oddity")
        _ = try check(text, label: "every oddity, reference date", referenceDate: CalendarDate(iso: "2017-07-21"))
    }

    /// Runs the pipeline on `text` and checks the properties; returns the number of entities.
    private func check(_ text: String, label: String, referenceDate: CalendarDate? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let analysis: Pipeline.Analysis
        do {
            analysis = try Fixture.analyze(text, referenceDate: referenceDate)
        } catch {
            Issue.record("\(label): the pipeline threw \(error) on \(RandomText.escaped(text))", sourceLocation: sourceLocation)
            return 0
        }
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for entity in analysis.entities {
            let place = "\(label): \(entity.type.rawValue) «\(entity.text)» [\(entity.start), \(entity.end))"
            guard 0 <= entity.start, entity.start <= entity.end, entity.end <= scalars.count else {
                Issue.record("\(place) is outside the text (\(scalars.count) scalars) \(RandomText.escaped(text))",
                             sourceLocation: sourceLocation)
                continue
            }
            let slice = Array(scalars[entity.start..<entity.end])
            #expect(slice == Array(entity.text.unicodeScalars),
                    "\(place): the original slices to «\(String(String.UnicodeScalarView(slice)))» \(RandomText.escaped(text))",
                    sourceLocation: sourceLocation)
            #expect(entity.start < entity.end, "\(place): an empty entity \(RandomText.escaped(text))", sourceLocation: sourceLocation)
            #expect(previousEnd <= entity.start,
                    "\(place): out of text order or overlapping the previous entity (ending at \(previousEnd)) \(RandomText.escaped(text))",
                    sourceLocation: sourceLocation)
            previousEnd = max(previousEnd, entity.end)
        }
        return analysis.entities.count
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and the same sequence everywhere.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random texts made of pieces of the kinds below.
private enum RandomText {
    static let combining: [String] = [
        "e\u{301}", "I\u{307}stanbul", "o\u{308}\u{301}", "Ankara\u{301}", "a\u{300}\u{301}\u{302}\u{303}\u{304}",
        "\u{301}", "\u{301}\u{302}", "Fransa\u{0327}\u{0306}’da", "n\u{303}", "ا\u{64B}\u{651}", "क\u{94D}\u{937}",
    ]
    static let rightToLeft: [String] = [
        "مرحبا بالعالم", "القاهرة", "שָׁלוֹם", "ירושלים", "\u{200F}Ankara\u{200E}", "\u{202B}İstanbul\u{202C}",
        "٠١٢٣٤٥٦٧٨٩", "٪٥٠", "\u{2067}yüzde 58\u{2069}",
    ]
    static let emoji: [String] = [
        "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇹🇷", "🇫🇷🇩🇪", "1️⃣", "❤️", "🧑🏿‍💻", "\u{200D}", "😀\u{FE0F}\u{200D}",
    ]
    static let cjk: [String] = ["東京", "北京市", "한국어", "日本語の記事", "𠀀𪚥", "２０１７年７月２１日", "ｱﾝｶﾗ"]
    static let turkish: [String] = [
        "İıŞşĞğÇçÖöÜü", "İstanbul’da", "IĞDIR", "ılık", "Türkiye’nin", "Bakanlığınca", "ŞİŞLİ", "Çankaya’daki",
    ]
    static let spaces: [String] = [
        "\u{A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{2002}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{2029}",
        "\u{85}", "\t", "\u{AD}", "\u{2060}", "\u{180E}", " ", "\n", "\r\n", "\r", "\n\n", "\u{0B}", "\u{0C}",
    ]
    static let apostrophes: [String] = ["'", "’", "‘", "ʼ", "´", "`", "′", "＇", "‛", "ʹ", "ʻ", "Fransa\u{2019}da", "Fransa\u{02BC}ya"]
    static let numbers: [String] = [
        "1.234.567,89", "1,234,567.89", "1 234 567", "1\u{A0}234", "1\u{202F}234,5", "12'345", "٣٫٥", "１２３", "²³",
        "2014-2020", "2014–2020", "21.07.2017", "21/07/2017", "2017-07-21", "0,5", ".5", "5.", "1e9", "-3", "−3",
        "99999999999999999999999", "0000", "3½", "Ⅻ",
    ]
    static let percents: [String] = ["%", "％", "٪", "‰", "yüzde", "%58", "% 58", "yüzde 58’i", "58 percent", "58 pour cent", "58 Prozent", "%2,5"]
    static let currencies: [String] = [
        "$", "€", "£", "¥", "₺", "TL", "avro", "₹", "¢", "₿", "$75 million", "4 milyon avro", "€ 1,5 Mrd.", "USD", "2,4 milyon TL",
    ]
    static let controls: [String] = (0x00..<0x20).map { String(Unicode.Scalar(UInt8($0))) }
        + ["\u{7F}", "\u{80}", "\u{9B}", "\u{9F}", "\u{1B}[0m", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "\u{E000}"]
    static let hyphens: [String] = ["-", "‐", "‑", "‒", "–", "—", "−", "﹣", "－", "geliş-\ntirme", "Ar-\n Ge", "-\r\n"]

    static let kinds: [[String]] = [combining, rightToLeft, emoji, cjk, turkish, spaces, apostrophes, numbers, percents, currencies, controls, hyphens]

    static let articleIDs: [String] = Fixture.articleIDs
    static let articles: [[Unicode.Scalar]] = articleIDs.compactMap { try? Array(Fixture.article($0).unicodeScalars) }

    static func pick<T>(_ items: [T], using random: inout SplitMix64) -> T {
        items[Int(random.next() % UInt64(items.count))]
    }

    /// A random scalar from any plane (assigned or not), skipping surrogates.
    static func anyScalar(using random: inout SplitMix64) -> Unicode.Scalar {
        while true {
            let plane: UInt32
            switch random.next() % 10 {
            case 0..<5: plane = 0
            case 5, 6: plane = 1
            case 7: plane = 2
            default: plane = UInt32(random.next() % 17)
            }
            if let scalar = Unicode.Scalar(plane << 16 | UInt32(random.next() & 0xFFFF)) { return scalar }
        }
    }

    /// A piece of a corpus article, cut at random scalars (possibly inside a cluster).
    static func corpusFragment(using random: inout SplitMix64) -> String {
        guard !articles.isEmpty else { return "Ankara’da yüzde 58" }
        let article = pick(articles, using: &random)
        let start = Int(random.next() % UInt64(article.count))
        let length = 1 + Int(random.next() % 400)
        return String(String.UnicodeScalarView(article[start..<min(article.count, start + length)]))
    }

    /// Bytes that are often not UTF-8: lead bytes without their continuation, stray
    /// continuations, overlongs, surrogates, and plain ASCII.
    static func randomBytes(using random: inout SplitMix64) -> [UInt8] {
        let count = 1 + Int(random.next() % 24)
        return (0..<count).map { _ in
            switch random.next() % 6 {
            case 0: UInt8(0x41 + random.next() % 26)
            case 1: UInt8(0x80 + random.next() % 0x40)
            case 2: UInt8(0xC0 + random.next() % 0x40)
            case 3: pick([0x20, 0x0A, 0x0D, 0x25, 0x27, 0x2C, 0x2E, 0x30, 0x35, 0x39], using: &random)
            default: UInt8(truncatingIfNeeded: random.next())
            }
        }
    }

    /// One random piece of any kind.
    static func piece(using random: inout SplitMix64) -> String {
        switch random.next() % 10 {
        case 0: return String((0..<(1 + random.next() % 8)).map { _ in Character(anyScalar(using: &random)) })
        case 1, 2, 3: return corpusFragment(using: &random)
        case 4: return String(decoding: randomBytes(using: &random), as: UTF8.self)
        default: return pick(pick(kinds, using: &random), using: &random)
        }
    }

    static func text(using random: inout SplitMix64) -> String {
        var text = ""
        let pieces = Int(random.next() % 30)
        for _ in 0..<pieces {
            text += piece(using: &random)
            switch random.next() % 4 {
            case 0: text += " "
            case 1: text += pick(spaces, using: &random)
            default: break
            }
        }
        return text
    }

    /// An article with random pieces inserted at random scalars, some ranges deleted, and
    /// sometimes its line ends changed to CRLF or CR or a BOM put in front.
    static func mutate(_ article: String, using random: inout SplitMix64) -> String {
        var scalars = Array(article.unicodeScalars)
        switch random.next() % 4 {
        case 0: scalars = scalars.flatMap { $0 == "\n" ? ["\r", "\n"] : [$0] }
        case 1: scalars = scalars.map { $0 == "\n" ? "\r" : $0 }
        case 2: scalars.insert("\u{FEFF}", at: 0)
        default: break
        }
        for _ in 0..<(1 + random.next() % 12) {
            let at = Int(random.next() % UInt64(scalars.count + 1))
            if random.next() % 4 == 0, at < scalars.count {
                scalars.removeSubrange(at..<min(scalars.count, at + 1 + Int(random.next() % 20)))
            } else {
                scalars.insert(contentsOf: piece(using: &random).unicodeScalars, at: at)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The text with every scalar outside printable ASCII escaped, to replay a failure.
    static func escaped(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x20, scalar.value < 0x7F, scalar != "\\", scalar != "\"" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return out + "\""
    }
}
