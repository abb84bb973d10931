import Foundation
@testable import HaberExtraction
import HaberICU
import HaberText
import Testing

/// `SuffixGrammar` with Turkish's rows (`models/languages/tr/lexicon/suffixes.tsv`): case endings
/// on names written without an apostrophe.
@Suite("SuffixGrammar")
struct SuffixGrammarTests {
    var suffixes: SuffixGrammar { Fixture.turkishSuffixes }

    /// Each row: a lowercase word and a reading it must allow.
    @Test("splits a name and its case ending", arguments: [
        ("ankarada", "ankara", "da"),
        ("kopenhagda", "kopenhag", "da"),
        ("izmirdeki", "izmir", "deki"),
        ("ankaradaki", "ankara", "daki"),
        ("ankaranın", "ankara", "nın"),
        ("ankaraya", "ankara", "ya"),
        ("istanbulda", "istanbul", "da"),
        ("hamburgda", "hamburg", "da"),
        ("lyondan", "lyon", "dan"),
        ("paristen", "paris", "ten"),
        ("sivasta", "sivas", "ta"),
        ("bursaya", "bursa", "ya"),
        ("samsunun", "samsun", "un"),
        ("düzcede", "düzce", "de"),
        ("vanda", "van", "da"),
    ])
    func splits(word: String, stem: String, suffix: String) {
        let readings = suffixes.splits(of: word).map { "\($0.stem)+\($0.suffix)" }
        #expect(readings.contains("\(stem)+\(suffix)"), "readings of \(word): \(readings)")
    }

    /// Each row: a word, the shortest ending counted, and whether it may end in a case
    /// ending that long. The walk over bytes must answer as the walk over letters does.
    @Test("may end in a case ending", arguments: [
        ("ankarada", 2, true), ("ankarada", 3, false), ("izmirdeki", 2, true), ("izmirdeki", 4, true),
        ("ankaranın", 3, true), ("düzcede", 2, true), ("bursaya", 2, true), ("lyondan", 3, true),
        ("istanbul", 2, false), ("kopenhag", 2, false), ("vanda", 2, true), ("ada", 1, false),
        ("eski", 1, true), ("mersin", 2, true), ("göztepe", 2, false), ("üsküdarda", 2, true),
        ("ı̇stanbulda", 2, true), ("mü̈nchende", 2, true), ("", 1, false), ("abcd", 3, false),
    ])
    func mayEndInCaseEnding(word: String, minimum: Int, expected: Bool) {
        #expect(suffixes.mayEndInCaseEnding(word, minimumLength: minimum) == expected)
        #expect(suffixes.mayEndInCaseEndingByCharacters(word, minimumLength: minimum) == expected)
    }

    /// Each row: a word and a stem it must not yield (harmony or d/t alternation forbid it).
    @Test("does not split against harmony", arguments: [
        ("vanilya", "van"),
        ("izmirda", "izmir"),
        ("ankarade", "ankara"),
        ("ankarata", "ankara"),
        ("parisde", "paris"),
        ("lyonde", "lyon"),
    ])
    func noSplit(word: String, stem: String) {
        let stems = suffixes.splits(of: word).map(\.stem)
        #expect(!stems.contains(stem), "readings of \(word): \(stems)")
    }

    @Test("longest suffix first")
    func order() {
        let readings = suffixes.splits(of: "ankaradaki").map(\.suffix)
        #expect(readings.first == "daki")
    }

    @Test("short words are not split", arguments: ["van", "ada", "", "a"])
    func short(word: String) {
        #expect(suffixes.splits(of: word).isEmpty)
    }

    /// Each row: a word that is a scale or currency with a derivation.
    @Test("derivations only when asked", arguments: [
        ("milyonluk", "milyon", "luk"),
        ("dolarlık", "dolar", "lık"),
        ("ankaralı", "ankara", "lı"),
    ])
    func derivations(word: String, stem: String, suffix: String) {
        let with = suffixes.splits(of: word, derivations: true).map { "\($0.stem)+\($0.suffix)" }
        let without = suffixes.splits(of: word).map { "\($0.stem)+\($0.suffix)" }
        #expect(with.contains("\(stem)+\(suffix)"), "readings of \(word): \(with)")
        #expect(!without.contains("\(stem)+\(suffix)"), "readings of \(word): \(without)")
    }

    /// Each row: a year and a case ending harmony allows after it, read aloud in Turkish.
    @Test("endings after numbers follow the spoken number", arguments: [
        (2005, "te"),   // iki bin beş
        (2003, "te"),   // iki bin üç
        (1990, "da"),   // bin dokuz yüz doksan
        (2010, "da"),   // iki bin on
        (2017, "de"),   // iki bin on yedi
        (2009, "da"),   // iki bin dokuz
        (2006, "da"),   // iki bin altı
    ])
    func afterNumber(number: Int, suffix: String) throws {
        let endings = suffixes.caseEndings(after: try Self.spoken(number))
        #expect(endings.contains(suffix), "endings after \(number): \(endings.sorted())")
    }

    @Test("wrong endings after numbers", arguments: [(2005, "de"), (2005, "ta"), (1990, "de"), (2017, "da")])
    func wrongAfterNumber(number: Int, suffix: String) throws {
        #expect(!suffixes.caseEndings(after: try Self.spoken(number)).contains(suffix))
    }

    /// Each row: a word, its lemma, and the reading expected (possessive, case ending), or nil.
    @Test("reads a date word's possessive and case ending", arguments: [
        ("yılında", "yıl", true, "nda"), ("yılı", "yıl", true, ""), ("haftası", "hafta", true, ""),
        ("haftasında", "hafta", true, "nda"), ("çeyreğinde", "çeyrek", true, "nde"), ("ayda", "ay", false, "da"),
        ("haftaki", "hafta", false, "ki"), ("dünkü", "dün", false, "kü"),
        ("yıl", "yıl", false, ""),
    ])
    func inflection(word: String, lemma: String, possessive: Bool, ending: String) throws {
        let read = try #require(suffixes.inflection(of: word, lemma: lemma), "\(word)")
        #expect(read.possessive == possessive && read.caseEnding == ending, "\(word): \(read)")
    }

    @Test("refuses endings against harmony", arguments: [("yılinde", "yıl"), ("haftesi", "hafta"), ("çeyreğünde", "çeyrek"), ("ayde", "ay")])
    func noInflection(word: String, lemma: String) {
        #expect(suffixes.inflection(of: word, lemma: lemma) == nil)
    }

    @Test("the possessive after a word", arguments: [("yıl", "ı"), ("hafta", "sı"), ("dört", "ü"), ("gün", "ü"), ("ay", "ı"), ("", "i")])
    func possessiveAfter(word: String, expected: String) {
        #expect(suffixes.possessive(after: word) == expected)
    }

    /// Each row: a word written with letters below U+0300 only (read from its bytes) and with
    /// and without derivations: its splits must be those of the same word decomposed (`ü` as
    /// `u` and a combining diaeresis), which is read `Character` by `Character`, whose pieces
    /// compare equal to the first's.
    @Test("splits of a word's bytes are its splits by characters", arguments: [
        "düzcede", "çorumda", "muğlada", "eskişehirde", "gümüşhanede", "ığdırdan", "köyünde", "üsküdarlı",
        "göçmenlikten", "şırnakta", "türkiye'de", "dörtte", "öğrencilikte", "sütçülük", "çankırıya", "görüşmeleri",
    ])
    func bytesAgreeWithCharacters(word: String) {
        let decomposed = word.decomposedStringWithCanonicalMapping
        for derivations in [false, true] {
            let read = suffixes.splits(of: word, derivations: derivations)
            let byCharacters = suffixes.splits(of: decomposed, derivations: derivations)
            #expect(read.count == byCharacters.count && zip(read, byCharacters).allSatisfy { $0.stem == $1.stem && $0.suffix == $1.suffix },
                    "\(word), derivations \(derivations): \(read) against \(byCharacters)")
        }
    }

    @Test("a language without case endings splits nothing", arguments: ["ankarada", "yılında", "sterline"])
    func none(word: String) {
        #expect(SuffixGrammar.none.splits(of: word).isEmpty)
        #expect(SuffixGrammar.none.unitSplits(of: word).isEmpty)
        #expect(!SuffixGrammar.none.mayEndInCaseEnding(word, minimumLength: 1))
    }

    /// Each row: rows of a language's `suffixes.tsv` that cannot make a grammar.
    @Test("malformed rows are refused", arguments: [
        [["kind": "vowel", "value": "ae", "features": ""]],
        [["kind": "vowel", "value": "a", "features": "back"], ["kind": "pair", "value": "D", "features": "d"]],
        [["kind": "vowel", "value": "a", "features": "back"], ["kind": "vowel", "value": "e", "features": ""], ["kind": "tone", "value": "x", "features": ""]],
        [["kind": "vowel", "value": "i", "features": "high"]],
        [],
    ])
    func malformed(rows: [[String: String]]) {
        #expect(throws: ModelDirectory.LocateError.self) { try SuffixGrammar(rows: rows, file: "test") }
    }

    /// A grammar made of rows alone: the mechanism knows no letter of its own.
    @Test("spells templates from rows alone")
    func fromRows() throws {
        let rows: [[String: String]] = [
            ["kind": "vowel", "value": "a", "features": "back"], ["kind": "vowel", "value": "u", "features": "back rounded high"],
            ["kind": "vowel", "value": "e", "features": ""], ["kind": "vowel", "value": "y", "features": "high"],
            ["kind": "voiceless", "value": "k t", "features": ""], ["kind": "pair", "value": "D", "features": "d t"],
            ["kind": "case", "value": "DA DIn", "features": ""],
        ]
        let grammar = try SuffixGrammar(rows: rows, file: "test")
        #expect(grammar.caseEndings(after: "kum") == ["da", "dun"])
        #expect(grammar.caseEndings(after: "bek") == ["te", "tyn"])
        #expect(grammar.splits(of: "bamda").map(\.suffix) == ["da"])
    }

    /// `number` read aloud in Turkish, by ICU: harmony follows the spoken number (`2005’te`: "iki bin beş").
    static func spoken(_ number: Int) throws -> String {
        try #require(try SpelloutFormatter(locale: "tr").text(for: number))
    }

    @Test("endings after a possessive head", arguments: [
        ("nca", "bakanlığı", true),
        ("ne", "derneği", true),
        ("", "derneği", true),
        ("da", "derneği", false),
        ("nde", "derneği", true),
    ])
    func possessive(suffix: String, head: String, expected: Bool) {
        #expect(suffixes.isCaseEndingAfterPossessive(suffix, head: head) == expected)
    }
}

/// `Resolver`: overlaps between candidates of different extractors.
@Suite("Resolver")
struct ResolverTests {
    struct Spec: Sendable, CustomTestStringConvertible {
        var type: EntityType
        var range: Range<Int>
        var priority: Int

        init(_ type: EntityType, _ range: Range<Int>, _ priority: Int = 0) {
            self.type = type
            self.range = range
            self.priority = priority
        }

        var candidate: Candidate {
            Candidate(type: type, range: range, tokens: 0..<1, value: .name("x"), priority: priority)
        }

        var testDescription: String { "\(type.rawValue) \(range.lowerBound)..<\(range.upperBound) p\(priority)" }
    }

    /// Each row: what the candidates are, and which survive, in text order.
    @Test("overlaps", arguments: [
        // longest wins: `Ankara` inside `Ankara Kalkınma Ajansı`
        ([Spec(.organization, 0..<22, 5), Spec(.city, 0..<6, 2)], [Spec(.organization, 0..<22, 5)]),
        // longest wins even against a higher priority
        ([Spec(.date, 0..<10, 1), Spec(.percent, 3..<8, 9)], [Spec(.date, 0..<10, 1)]),
        // equal length: the higher priority wins
        ([Spec(.city, 0..<6, 2), Spec(.country, 0..<6, 3)], [Spec(.country, 0..<6, 3)]),
        ([Spec(.country, 4..<10, 3), Spec(.city, 4..<10, 2)], [Spec(.country, 4..<10, 3)]),
        // equal length and priority: the earlier wins
        ([Spec(.organization, 3..<8, 1), Spec(.organization, 0..<5, 1)], [Spec(.organization, 0..<5, 1)]),
        // partial overlap: the longer wins
        ([Spec(.organization, 0..<5, 5), Spec(.city, 3..<10, 2)], [Spec(.city, 3..<10, 2)]),
        // disjoint and touching ranges all survive, sorted
        ([Spec(.city, 10..<15), Spec(.organization, 0..<5), Spec(.date, 5..<10)],
         [Spec(.organization, 0..<5), Spec(.date, 5..<10), Spec(.city, 10..<15)]),
        // an empty range never survives
        ([Spec(.city, 3..<3, 9)], []),
        // a chain: the longest in the middle knocks out both neighbours
        ([Spec(.date, 0..<10), Spec(.money, 8..<20), Spec(.percent, 18..<25)], [Spec(.money, 8..<20)]),
        ([], []),
    ])
    func overlaps(candidates: [Spec], expected: [Spec]) {
        let kept = Resolver().resolve(candidates.map(\.candidate))
        #expect(kept.map { Spec($0.type, $0.range, $0.priority).testDescription } == expected.map(\.testDescription))
    }

    /// The settling order packed into integers is the comparator's order, on random
    /// candidates of every length, priority and start, ties included.
    @Test("the packed order is the comparator's", arguments: 0..<10)
    func packedOrder(block: Int) throws {
        var random = SplitMix64(seed: 0x5265_736F_6C76_00 + UInt64(block))
        for _ in 0..<40 {
            let candidates = (0..<Int.random(in: 0..<80, using: &random)).map { _ in
                let start = Int.random(in: 0..<300, using: &random)
                return Spec(.city, start..<(start + Int.random(in: 0..<14, using: &random)), Int.random(in: 0..<6, using: &random)).candidate
            }
            let spans = candidates.map(Resolver.Span.init)
            let packed = try #require(Resolver.packedOrder(of: spans))
            #expect(packed == Resolver.order(of: spans))
        }
    }

    /// Fields too wide for their bits leave the order to the comparator.
    @Test("no packed order past its bits", arguments: [
        [Spec(.city, 5_000_000..<5_000_006)], [Spec(.city, 0..<2_000_000)], [Spec(.city, 0..<6, 300)], [Spec(.city, 0..<6, -1)],
    ])
    func unpacked(candidates: [Spec]) {
        #expect(Resolver.packedOrder(of: candidates.map { Resolver.Span($0.candidate) }) == nil)
        #expect(Resolver().resolve(candidates.map(\.candidate)).count == 1)
    }

    /// The bits of taken positions answer as the sorted ranges did, across word edges.
    @Test("taken positions answer as sorted ranges", arguments: 0..<10)
    func takenPositions(block: Int) {
        var random = SplitMix64(seed: 0x5461_6B65_6E00 + UInt64(block))
        var bits = TakenPositions(count: 400)
        var ranges = IntervalSet()
        for _ in 0..<200 {
            let start = Int.random(in: 0..<380, using: &random)
            let range = start..<min(400, start + Int.random(in: 1..<150, using: &random))
            let overlaps = ranges.overlaps(range)
            #expect(bits.overlaps(range) == overlaps, "\(range)")
            if !overlaps {
                bits.insert(range)
                ranges.insert(range)
            }
        }
    }

    /// Spans that do not overlap and come in text order are kept as the settling order keeps
    /// them (``Resolver/areDisjointInOrder(_:)`` skips the sorts); so are spans that touch,
    /// overlap, go back, or include an empty range, which take the sorts.
    @Test("spans in text order without overlap are settled as sorted ones", arguments: [
        // disjoint, in order, touching or apart; shuffled; overlapping; with an empty span
        (0, false), (1, false), (2, true), (3, false), (4, false), (5, true), (6, false), (7, false),
    ])
    func disjointInOrder(block: Int, shuffled: Bool) {
        var random = SplitMix64(seed: 0x4469_736A_6F69_6E00 + UInt64(block))
        for round in 0..<40 {
            var spans: [Resolver.Span] = []
            var position = 0
            for _ in 0..<Int.random(in: 0..<60, using: &random) {
                position += Int.random(in: 0..<3, using: &random)
                let length = Int.random(in: 1..<9, using: &random)
                spans.append(Resolver.Span(Spec(.city, position..<(position + length), Int.random(in: 0..<6, using: &random)).candidate))
                position += length
            }
            if shuffled { spans.shuffle(using: &random) }
            if block >= 6, !spans.isEmpty {
                let index = Int.random(in: spans.indices, using: &random)
                let start = spans[index].range.lowerBound
                spans[index].range = block == 6 ? start..<start : max(0, start - 1)..<(start + 2)
            }
            let expected = Self.settledByOrder(spans)
            #expect(Resolver().settle(spans) == expected, "round \(round)")
            if !shuffled, block < 6 { #expect(expected == Array(spans.indices)) }
        }
    }

    /// What settling keeps, read from the comparator's order with sorted ranges.
    private static func settledByOrder(_ spans: [Resolver.Span]) -> [Int] {
        var taken = IntervalSet()
        var kept: [Int] = []
        for index in Resolver.order(of: spans) {
            let range = spans[index].range
            guard !range.isEmpty, range.lowerBound >= 0, !taken.overlaps(range) else { continue }
            taken.insert(range)
            kept.append(index)
        }
        return kept.sorted { spans[$0].range.lowerBound < spans[$1].range.lowerBound }
    }
}
