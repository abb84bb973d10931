/// Guesses an article's language from its function words (`ve`, `the`, `et`, `und` …).
///
/// News articles are long enough that counting the most frequent words of each language
/// is reliable; letters only one language uses (`ğ ş ı`, `ß`) break ties in short texts.
/// With no evidence at all the answer is Turkish, Haber's first language.
public struct LanguageDetector: Sendable {
    /// Languages of each function word, by the hash of its lowercase UTF-16 units.
    let languages: [UInt64: [String]]
    let fallback: String
    /// UTF-16 units in the longest function word: longer words are not looked up.
    let longestWord: Int

    public init(functionWords: [String: [String]], fallback: String = "tr") {
        var byHash: [UInt64: [String]] = [:]
        var longest = 0
        for (language, list) in functionWords {
            for word in Set(list) {
                var hash = Self.seed
                for unit in word.lowercased().utf16 { hash = Self.mix(hash, Self.lowercase(unit)) }
                byHash[hash, default: []].append(language)
                longest = max(longest, word.utf16.count)
            }
        }
        languages = byHash
        self.fallback = fallback
        longestWord = longest
    }

    /// Walks the normalized UTF-16 units once, hashing each word's lowercase as it goes:
    /// no String is built per word, which made detection a fifth of tokenization.
    public func language(of document: Document) -> String {
        var scores: [String: Int] = [:]
        var hash = Self.seed
        var length = 0
        var seen = 0
        func finishWord() {
            guard length > 0 else { return }
            if length <= longestWord, let found = languages[hash] {
                for language in found { scores[language, default: 0] += 2 }
            }
            hash = Self.seed
            length = 0
            seen += 1
        }
        for unit in document.units {
            guard Self.isWordUnit(unit) else {
                finishWord()
                if seen > Self.wordsRead { break }
                continue
            }
            length += 1
            hash = Self.mix(hash, Self.lowercase(unit))
            switch unit {
            case 0x11F, 0x15F, 0x131, 0x130, 0x11E, 0x15E: scores["tr", default: 0] += 2  // ğ ş ı İ Ğ Ş
            case 0xDF: scores["de", default: 0] += 2  // ß
            default: break
            }
        }
        finishWord()
        guard let top = scores.values.max(), top > 0 else { return fallback }
        // A tie goes to the fallback language when it is among the best, else alphabetically.
        let best = scores.filter { $0.value == top }.map(\.key).sorted()
        return best.contains(fallback) ? fallback : best[0]
    }

    /// How many words are read: the language is plain long before the end of an article.
    static let wordsRead = 1000

    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a over the units.
    static func mix(_ hash: UInt64, _ unit: UInt16) -> UInt64 {
        (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01B3
    }

    /// A letter or the apostrophe; surrogates (letters outside the BMP) end a word,
    /// which no function word needs.
    static func isWordUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x41...0x5A, 0x61...0x7A, 0x27: return true
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

    /// `isAlphabetic` and the one-unit lowercase of U+0080 to U+07FF (Latin, Greek,
    /// Cyrillic …), looked up once.
    static let below0x800: [(isAlphabetic: Bool, lowercase: UInt16)] = (0x80..<0x800).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return (false, UInt16(value)) }
        let lower = scalar.properties.lowercaseMapping.utf16
        return (scalar.properties.isAlphabetic, lower.count == 1 ? lower[lower.startIndex] : UInt16(value))
    }
}
