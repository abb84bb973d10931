/// Guesses an article's language from its function words (`ve`, `the`, `et`, `und` …).
///
/// News articles are long enough that counting the most frequent words of each language
/// is reliable; letters only one language uses (`ğ ş ı`, `ß`, `ç` with French words)
/// break ties in short texts. With no evidence at all the answer is Turkish, Haber's first language.
public struct LanguageDetector: Sendable {
    /// Function words by language (from `models/text/function-words.tsv`).
    let words: [String: [String]]
    let fallback: String

    /// Scalars in the longest function word: longer words are not looked up.
    let longestWord: Int

    public init(functionWords: [String: [String]], fallback: String = "tr") {
        var byWord: [String: [String]] = [:]
        for (language, list) in functionWords {
            for word in list { byWord[word, default: []].append(language) }
        }
        self.words = byWord
        self.fallback = fallback
        longestWord = byWord.keys.map(\.unicodeScalars.count).max() ?? 0
    }

    public func language(of document: Document) -> String {
        var scores: [String: Int] = [:]
        var word = String()
        var length = 0
        var seen = 0
        func finishWord() {
            guard length > 0 else { return }
            if length <= longestWord, let languages = words[word.lowercased()] {
                for language in languages { scores[language, default: 0] += 2 }
            }
            word.removeAll(keepingCapacity: true)
            length = 0
            seen += 1
        }
        // Walks the UTF-16 units themselves: a String of the whole text and a property
        // lookup per letter cost more than the rest of tokenization.
        for unit in document.units {
            guard Self.isWordUnit(unit) else {
                finishWord()
                if seen > 3000 { break }
                continue
            }
            length += 1
            if length <= longestWord, let scalar = Unicode.Scalar(unit) { word.unicodeScalars.append(scalar) }
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

    /// A letter or the apostrophe; surrogates (letters outside the BMP) end a word,
    /// which no function word needs.
    static func isWordUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x41...0x5A, 0x61...0x7A, 0x27: return true
        case 0..<0x80, 0xD800...0xDFFF: return false
        case 0x80..<0x800: return alphabeticBelow0x800[Int(unit) - 0x80]
        default: return Unicode.Scalar(unit)?.properties.isAlphabetic ?? false
        }
    }

    /// `isAlphabetic` for U+0080 to U+07FF (Latin, Greek, Cyrillic, Arabic …), looked up once.
    static let alphabeticBelow0x800: [Bool] = (0x80..<0x800).map {
        Unicode.Scalar(UInt32($0))?.properties.isAlphabetic ?? false
    }
}
