import Foundation
import HaberText

/// How common a lowercase word is in each language (wordfreq's Zipf scale: 6 is "the",
/// 3 is rare), and the words that make a name a street address.
///
/// A capitalized word that is also a frequent ordinary word (`Union`, `Oda`, `Marka`) needs
/// more evidence before it counts as a name; the list also holds frequent names
/// (`ankara`, `demir`), so it is one signal among others, never a veto alone.
public struct Vocabulary: Sendable {
    private var index: CompactIndex?
    public var streetWordsBefore: Set<String> = []
    public var streetWordsAfter: Set<String> = []
    /// Per language, the words right before a place name (`in`, `nach`, `à`): keys of
    /// `lexicon/place-cues.tsv`.
    public var placeCues: [String: Set<String>] = [:]
    /// Per language, the words that go on with a list of names after a place cue (`und`,
    /// `,`): keys of `lexicon/place-cues.tsv` of kind `list`.
    public var placeListWords: [String: Set<String>] = [:]
    /// Per language, a preposition fused with an article (`au`, `du`, `al`: kind `contraction`
    /// of `lexicon/place-cues.tsv`) to the article it holds (`le`, `el`): a place whose name
    /// opens with the article is written without it after one (`au Bourget`: Le Bourget).
    public var placeContractions: [String: [String: String]] = [:]
    /// Per language, the words right after a place name that say what it is (`ilçesi`,
    /// `kentinde`: kind `after` of `lexicon/place-cues.tsv`).
    public var placeCuesAfter: [String: Set<String>] = [:]
    /// Per language, the case endings written on a place name itself (`Frankreichs`,
    /// `Niederlanden`): rows of `geo/name-endings.tsv`.
    public var placeNameEndings: [String: [PlaceNameEnding]] = [:]

    /// A case ending of place names (`geo/name-endings.tsv`): the base of a word that ends so
    /// names the place when it ends in one of `after` (any letter when empty) and in none of
    /// `notAfter`, and the place is a country, or a city when `citiesToo`.
    public struct PlaceNameEnding: Sendable, Equatable {
        public var ending: String
        public var after: Set<Character>
        public var notAfter: Set<Character>
        /// Cities' names take the ending too, not only countries'.
        public var citiesToo: Bool

        public init(ending: String, after: Set<Character> = [], notAfter: Set<Character> = [], citiesToo: Bool = true) {
            self.ending = ending
            self.after = after
            self.notAfter = notAfter
            self.citiesToo = citiesToo
        }

        /// The base of `key` (lowercase) less this ending, when its last letter allows it and
        /// it keeps three letters or more; nil otherwise.
        public func base(of key: String) -> String? {
            guard key.hasSuffix(ending), key.count >= ending.count + 3 else { return nil }
            let base = String(key.dropLast(ending.count))
            guard let last = base.last, after.isEmpty || after.contains(last), !notAfter.contains(last) else { return nil }
            return base
        }
    }

    public init() {}

    public init(models: ModelDirectory, cache: ModelCache) throws(ModelDirectory.LocateError) {
        index = try cache.index(named: "vocabulary", sources: ["text/common-words.tsv"], models: models) {
            () throws(ModelDirectory.LocateError) -> Data in
            var builder = CompactIndexBuilder(recordSize: 2)
            let table = try ByteTable("text/common-words.tsv", in: models)
            for row in 0..<table.count where table.fieldCount(row) >= 3 {
                let hundredths = UInt16(clamping: Int(((Double(table.string(row, 2)) ?? 0) * 100).rounded()))
                builder.add(CompactIndexBuilder.bytes(hundredths), forKeyBytes: table.field(row, 0) + [0x09] + table.field(row, 1))
            }
            return builder.build()
        }
        for record in try models.table("lexicon/street-words.tsv").records {
            let key = lexiconKey(record["word"] ?? "", language: record["lang"] ?? "tr")
            if record["position"] == "before" { streetWordsBefore.insert(key) } else { streetWordsAfter.insert(key) }
        }
        if models.hasTable("lexicon/place-cues.tsv") {
            for record in try models.table("lexicon/place-cues.tsv").records {
                let language = record["lang"] ?? "tr"
                let key = lexiconKey(record["word"] ?? "", language: language)
                if record["kind"] == "list" {
                    placeListWords[language, default: []].insert(key)
                } else if record["kind"] == "after" {
                    placeCuesAfter[language, default: []].insert(key)
                } else if record["kind"] == "contraction" {
                    guard let article = record["article"], !article.isEmpty else { continue }
                    placeContractions[language, default: [:]][key] = lexiconKey(article, language: language)
                } else {
                    placeCues[language, default: []].insert(key)
                }
            }
        }
        if models.hasTable("geo/name-endings.tsv") {
            for record in try models.table("geo/name-endings.tsv").records {
                let language = record["lang"] ?? "de"
                guard let ending = record["ending"].map({ lexiconKey($0, language: language) }), !ending.isEmpty else { continue }
                placeNameEndings[language, default: []].append(PlaceNameEnding(
                    ending: ending, after: Set(record["after"] ?? ""), notAfter: Set(record["not-after"] ?? ""),
                    citiesToo: (record["names"] ?? "").split(separator: " ").contains("city")))
            }
        }
    }

    /// The Zipf frequency of `word` (lowercase) in `language`, 0 when unlisted.
    ///
    /// The key (`language`, a tab, `word`) is written in a buffer on the stack: the strings
    /// joined cost as much as the lookup (4.5 M of its 9.2 M instructions on the 2.55 MB bench).
    public func zipf(_ word: String, in language: String) -> Double {
        var hundredths: UInt16 = 0
        var (word, language) = (word, language)
        language.withUTF8 { language in
            word.withUTF8 { word in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: language.count + 1 + word.count) { key in
                    var end = key.initialize(fromContentsOf: language)
                    key[end] = UInt8(ascii: "\t")
                    end += 1
                    end = key[end...].initialize(fromContentsOf: word)
                    index?.forEachRecord(for: UnsafeBufferPointer(key)) { record in
                        hundredths = record.loadUnaligned(as: UInt16.self).littleEndian
                    }
                }
            }
        }
        return Double(hundredths) / 100
    }

    /// A frequent ordinary word of `language`.
    public func isCommon(_ word: String, in language: String, threshold: Double = 3.5) -> Bool {
        zipf(word, in: language) >= threshold
    }

    /// `Çalışmayı`, `Bursada`, `Ajansın`: a word of a language that writes case endings
    /// (``LanguageProfiles/Profile/hasCaseSuffixes``), inflected for case, whose stem is a
    /// common word or a place, cannot be inside a name. `key` is a word's key without an
    /// apostrophe suffix.
    public func isInflected(_ key: String, language: String, suffixes: SuffixGrammar, isPlace: (String) -> Bool) -> Bool {
        guard !isPlace(key) else { return false }
        let frequency = zipf(key, in: language)
        // `-ı/-i/-u/-ü` is also the possessive of compounds (`Türkiye Cumhuriyeti`); the dative
        // `-a/-e` is not (`Heyete`).
        for (stem, suffix) in suffixes.splits(of: key)
        where stem.count >= 3 && (suffix.count >= 2 || suffix == "a" || suffix == "e") {
            if isPlace(stem) || (isCommon(stem, in: language, threshold: 3.0) && zipf(stem, in: language) >= frequency) {
                return true
            }
        }
        return false
    }
}
