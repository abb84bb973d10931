import HaberICU

/// Guesses an article's language from its function words (`ve`, `the`, `et`, `und` …), its
/// month and weekday names (ICU/CLDR) and the letters only one of Haber's languages writes
/// (`ğ ş ı`, `ß`, `ñ`, `œ`).
///
/// News articles are long enough that counting the most frequent words of each language is
/// reliable. A one-line sentence is not: there a word shared by several languages (`y`, `la`)
/// must not outweigh one that names a language alone, so a word's points are split between
/// the languages that use it; and the parts of a word around an apostrophe count apart, so
/// that an elided article (`l'usine`) or a case ending (`Bursa'da`) is evidence too. Ties go to the language listed first in `models/languages.tsv`,
/// which is also the answer when there is no evidence at all.
public struct LanguageDetector: Sendable {
    /// Every language the detector knows: the ones of `models/languages.tsv` in their order of
    /// preference, then any other that has function words, in code order. Scores are kept
    /// per index into this list.
    let codes: [String]
    /// How many of `codes` are ordered by preference (the rest only by code).
    let preferred: Int
    /// Indices into `codes` of the languages of each function word, by the hash of its
    /// lowercase UTF-16 units.
    let languages: [UInt64: [Int]]
    /// The index of the language whose letter each distinctive UTF-16 unit is: U+0080 to
    /// U+07FF in a flat table (-1 for none), the rest by lookup.
    let lettersBelow0x800: [Int8]
    let otherLetters: [UInt16: Int]
    /// `languages` as an open-addressing table over the (already well mixed) hashes.
    let functionWordTable: FunctionWordTable
    /// UTF-16 units in the longest function word: longer words are not looked up.
    let longestWord: Int

    public init(functionWords: [String: [String]], languages: [(code: String, letters: String)] = [("tr", "")]) {
        var codes = languages.map(\.code)
        preferred = codes.count
        codes += functionWords.keys.filter { !codes.contains($0) }.sorted()
        var words = functionWords
        for code in languages.map(\.code) { words[code, default: []] += Self.calendarNames(code) }
        var byHash: [UInt64: [Int]] = [:]
        var longest = 0
        for (language, list) in words {
            guard let index = codes.firstIndex(of: language) else { continue }
            for word in Set(list) {
                var hash = Self.seed
                for unit in word.lowercased().utf16 { hash = Self.mix(hash, Self.lowercase(unit)) }
                byHash[hash, default: []].append(index)
                longest = max(longest, word.utf16.count)
            }
        }
        self.languages = byHash
        functionWordTable = FunctionWordTable(byHash, points: Self.wordPoints)
        var below = [Int8](repeating: -1, count: 0x800 - 0x80)
        var other: [UInt16: Int] = [:]
        for (index, language) in languages.enumerated() {
            for unit in language.letters.utf16 {
                if (0x80..<0x800).contains(unit) { below[Int(unit) - 0x80] = Int8(index) } else { other[unit] = index }
            }
        }
        lettersBelow0x800 = below
        otherLetters = other
        self.codes = codes
        longestWord = longest
    }

    /// The month and weekday names of language `code` in full, from ICU/CLDR: a one-line
    /// sentence often holds a date and hardly a function word (`Estaré afuera en febrero`,
    /// `Ich bin am Sonntag wieder da`). A name several languages share (`September`, `mai`)
    /// has its points split like any word. None when ICU has no names for the code: they
    /// are evidence, and the function words still count.
    static func calendarNames(_ code: String) -> [String] {
        let kinds: [LocaleData.SymbolKind] = [.months, .standaloneMonths, .weekdays, .standaloneWeekdays]
        guard let lists = try? LocaleData.dateSymbols(kinds, locale: code) else { return [] }
        return lists.joined().filter { !$0.isEmpty }
    }

    /// Walks the normalized UTF-16 units once, hashing each word's lowercase as it goes:
    /// no String is built per word, which made detection a fifth of tokenization. The
    /// function words are looked up in ``functionWordTable``, not in `languages`: a
    /// `Dictionary` hashes its key again, and that was half of detection's instructions.
    ///
    /// ASCII (most units) takes one table load and no letter check, and the function-word
    /// table is read through pointers taken once per document: with the table copied at
    /// every word and two range checks at every unit, detection cost 64,000 instructions
    /// an article.
    public func language(of document: Document) -> String {
        language(of: document, frequency: nil)
    }

    /// ``language(of:)``; when the evidence is thin (less than ``plainEvidence`` points, or a
    /// tie at the top: a one-line sentence of content words, `Profits fell sharply`, `La
    /// planta emplea a 300 trabajadores`), the Zipf frequency of the text's words in each
    /// language of the list (`frequency(word, language)`: wordfreq's, 0 for a word the
    /// language does not have) is added to the scores, read from the first
    /// ``wordsWeighed`` words only. A long article never gets here.
    public func language(of document: Document, frequency: ((String, String) -> Double)?) -> String {
        var scores = scores(of: document)
        if let frequency, preferred > 1, isThin(scores) {
            let words = Self.words(of: document, limit: Self.wordsWeighed)
            for index in 0..<preferred {
                var sum = 0.0
                for word in words { sum += frequency(word, codes[index]) }
                scores[index] += Int((sum * Double(Self.wordPoints) / Self.zipfPerWord).rounded())
            }
        }
        let fallback = preferred > 0 ? codes[0] : "tr"
        guard let top = scores.max(), top > 0 else { return fallback }
        let best = codes.indices.filter { scores[$0] == top }
        if let first = best.first(where: { $0 < preferred }) { return codes[first] }
        return best.map { codes[$0] }.sorted()[0]
    }

    /// Points below which the function words and letters alone decide nothing for sure.
    static let plainEvidence = 3 * wordPoints
    /// Words of a thin text weighed by their frequency.
    static let wordsWeighed = 40
    /// The Zipf frequency worth one function word's points (a common word: 5, once per
    /// 100,000 words).
    static let zipfPerWord = 5.0

    /// Whether `scores` leave the language in doubt: a low top, or two languages sharing it.
    private func isThin(_ scores: [Int]) -> Bool {
        guard let top = scores.max() else { return false }
        return top < Self.plainEvidence || scores.filter({ $0 == top }).count > 1
    }

    /// The lowercase words of `document` (letters only, cut at anything else), at most `limit`.
    static func words(of document: Document, limit: Int) -> [String] {
        var words: [String] = []
        var current: [UInt16] = []
        for unit in document.units {
            if isWordUnit(unit) {
                current.append(unit)
                continue
            }
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF16.self).lowercased())
                current.removeAll(keepingCapacity: true)
                if words.count >= limit { return words }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF16.self).lowercased()) }
        return words
    }

    /// Points of each language of `codes` from function words, calendar names and letters.
    private func scores(of document: Document) -> [Int] {
        var scores = [Int](repeating: 0, count: codes.count)
        document.units.withUnsafeBufferPointer { units in
            scores.withUnsafeMutableBufferPointer { scores in
                Self.wordUnitsBelow0x800.withUnsafeBufferPointer { wordUnits in
                    lettersBelow0x800.withUnsafeBufferPointer { letters in
                        functionWordTable.withProbe { probe in
                            score(units, wordUnits: wordUnits, letters: letters, probe: probe, into: scores)
                        }
                    }
                }
            }
        }
        return scores
    }

    @inline(__always)
    private func score(_ units: UnsafeBufferPointer<UInt16>, wordUnits: UnsafeBufferPointer<UInt16>,
                       letters: UnsafeBufferPointer<Int8>, probe: FunctionWordTable.Probe,
                       into scores: UnsafeMutableBufferPointer<Int>) {
        let longestWord = longestWord
        var hash = Self.seed
        var length = 0
        var seen = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            index &+= 1
            // The lowercase of a unit that makes words, 0 for one that ends them.
            let lower: UInt16
            if unit < 0x80 {
                lower = wordUnits[Int(unit)]
                if lower != 0 {
                    // The rest of a run of ASCII letters, in a loop of its own.
                    hash = Self.mix(hash, lower)
                    let first = index &- 1
                    while index < units.count {
                        let next = units[index]
                        guard next < 0x80 else { break }
                        let nextLower = wordUnits[Int(next)]
                        guard nextLower != 0 else { break }
                        hash = Self.mix(hash, nextLower)
                        index &+= 1
                    }
                    length &+= index &- first
                    continue
                }
            } else if unit < 0x800 {
                lower = wordUnits[Int(unit)]
                let language = letters[Int(unit) &- 0x80]
                if language >= 0 { scores[Int(language)] &+= Self.wordPoints }
            } else {
                if let language = otherLetters[unit] { scores[language] &+= Self.wordPoints }
                lower = Self.isWordUnit(unit) ? Self.lowercase(unit) : 0
            }
            if lower != 0 {
                length &+= 1
                hash = Self.mix(hash, lower)
                continue
            }
            if unit == Self.apostrophe {
                // `l'usine`, `Ankara'da`, `I'll`: the part up to the apostrophe and the part
                // from it on are looked up apart (`l'`, `'da`, `'ll`).
                if length > 0, length < longestWord { probe.score(Self.mix(hash, unit), into: scores) }
                hash = Self.mix(Self.seed, unit)
                length = 1
                continue
            }
            guard length > 0 else { continue }
            if length <= longestWord { probe.score(hash, into: scores) }
            hash = Self.seed
            length = 0
            seen &+= 1
            if seen > Self.wordsRead { break }
            if seen & (Self.wordsBetweenChecks &- 1) == 0, Self.isSettled(scores) { break }
        }
        if length > 0, length <= longestWord { probe.score(hash, into: scores) }
    }

    /// The points of a function word, split between the languages that use it (6 divides by
    /// one, two and three languages evenly).
    static let wordPoints = 6

    /// How many words are read: the language is plain long before the end of an article.
    static let wordsRead = 1000

    /// Every so many words (a power of two), reading stops when ``isSettled(_:)``: most
    /// articles say their language in their first paragraph, and reading every word of
    /// them was a sixth of tokenization.
    static let wordsBetweenChecks = 8

    /// Whether the leading language has enough points, and enough more than any other, that
    /// the rest of the article would not change the answer: at least 40 function words'
    /// worth and three times the next language's points.
    static func isSettled(_ scores: UnsafeMutableBufferPointer<Int>) -> Bool {
        var top = 0, second = 0
        for score in scores {
            if score > top {
                second = top
                top = score
            } else if score > second {
                second = score
            }
        }
        return top >= 40 * wordPoints && top >= 3 * second
    }

    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a over the units.
    static func mix(_ hash: UInt64, _ unit: UInt16) -> UInt64 {
        (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01B3
    }

    /// The apostrophe (normalization writes `’` so): it ends one word and opens the next,
    /// an elided article (`l'`, `qu'`) or a case ending (`'da`, `'nin`) being a word of its own.
    static let apostrophe = UInt16(0x27)

    /// A letter; surrogates (letters outside the BMP) end a word, which no function word
    /// needs. The apostrophe is read apart (``apostrophe``).
    static func isWordUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80, 0xD800...0xDFFF: return false
        case 0x80..<0x800: return below0x800[Int(unit) - 0x80].isAlphabetic
        default: return Unicode.Scalar(unit)?.properties.isAlphabetic ?? false
        }
    }

    /// The lowercase of one unit where it is one unit; otherwise the unit itself, which
    /// matches no function word (`İ` lowercases to two scalars outside Turkish).
    static func lowercase(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x41...0x5A: return unit + 0x20
        case 0..<0x80: return unit
        case 0x80..<0x800: return below0x800[Int(unit) - 0x80].lowercase
        default: return unit
        }
    }

    /// For every unit below U+0800: its lowercase (``lowercase(_:)``) if it makes words
    /// (``isWordUnit(_:)``), else 0; one load per unit in ``language(of:)``.
    static let wordUnitsBelow0x800: [UInt16] = (0..<0x800).map { value in
        isWordUnit(UInt16(value)) ? lowercase(UInt16(value)) : 0
    }

    /// `isAlphabetic` and the one-unit lowercase of U+0080 to U+07FF (Latin, Greek,
    /// Cyrillic …), looked up once.
    static let below0x800: [(isAlphabetic: Bool, lowercase: UInt16)] = (0x80..<0x800).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return (false, UInt16(value)) }
        let lower = scalar.properties.lowercaseMapping.utf16
        return (scalar.properties.isAlphabetic, lower.count == 1 ? lower[lower.startIndex] : UInt16(value))
    }
}

/// The function words' hashes and the points each gives to each language, in flat arrays:
/// a probe is a mask and a compare, where a `Dictionary` hashed the hash again.
struct FunctionWordTable: Sendable {
    /// Slot → hash (0 for an empty slot; a word whose hash is 0 is kept in `zeroEntry`).
    private let hashes: [UInt64]
    /// Slot → first index into `entries`, and the count.
    private let firsts: [Int32]
    private let counts: [Int32]
    /// (language, points) pairs of all the words.
    private let entries: [(language: Int, points: Int)]
    private let mask: Int
    private let zeroEntry: (first: Int32, count: Int32)?

    init(_ languages: [UInt64: [Int]], points: Int) {
        var size = 16
        while size < languages.count * 2 { size <<= 1 }
        var hashes = [UInt64](repeating: 0, count: size)
        var firsts = [Int32](repeating: 0, count: size)
        var counts = [Int32](repeating: 0, count: size)
        var entries: [(language: Int, points: Int)] = []
        var zero: (first: Int32, count: Int32)?
        for (hash, found) in languages {
            let first = Int32(entries.count)
            for language in found { entries.append((language, points / found.count)) }
            if hash == 0 {
                zero = (first, Int32(found.count))
                continue
            }
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while hashes[slot] != 0 { slot = (slot + 1) & (size - 1) }
            hashes[slot] = hash
            firsts[slot] = first
            counts[slot] = Int32(found.count)
        }
        self.hashes = hashes
        self.firsts = firsts
        self.counts = counts
        self.entries = entries
        mask = size - 1
        zeroEntry = zero
    }

    /// The table seen through pointers, for the length of `body`.
    func withProbe<Result>(_ body: (Probe) -> Result) -> Result {
        hashes.withUnsafeBufferPointer { hashes in
            firsts.withUnsafeBufferPointer { firsts in
                counts.withUnsafeBufferPointer { counts in
                    entries.withUnsafeBufferPointer { entries in
                        body(Probe(hashes: hashes, firsts: firsts, counts: counts, entries: entries, mask: mask,
                                   zeroEntry: zeroEntry))
                    }
                }
            }
        }
    }

    /// The table's arrays as pointers: a probe is then loads and compares, with no copy of
    /// the table and no range check.
    struct Probe {
        let hashes: UnsafeBufferPointer<UInt64>
        let firsts: UnsafeBufferPointer<Int32>
        let counts: UnsafeBufferPointer<Int32>
        let entries: UnsafeBufferPointer<(language: Int, points: Int)>
        let mask: Int
        let zeroEntry: (first: Int32, count: Int32)?

        /// Adds the points of the word whose hash is `hash`, if it is a function word.
        @inline(__always)
        func score(_ hash: UInt64, into scores: UnsafeMutableBufferPointer<Int>) {
            if hash == 0 {
                guard let zeroEntry else { return }
                add(first: zeroEntry.first, count: zeroEntry.count, into: scores)
                return
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let stored = hashes[slot]
                if stored == hash {
                    add(first: firsts[slot], count: counts[slot], into: scores)
                    return
                }
                if stored == 0 { return }
                slot = (slot &+ 1) & mask
            }
        }

        private func add(first: Int32, count: Int32, into scores: UnsafeMutableBufferPointer<Int>) {
            for index in Int(first)..<Int(first + count) {
                let entry = entries[index]
                scores[entry.language] &+= entry.points
            }
        }
    }
}
