/// Guesses an article's language from its function words (`ve`, `the`, `et`, `und` …).
///
/// News articles are long enough that counting the most frequent words of each language
/// is reliable; letters only one language uses (`ğ ş ı`, `ß`, `ç` with French words)
/// break ties in short texts. With no evidence at all the answer is Turkish, Haber's first language.
public struct LanguageDetector: Sendable {
    /// Function words by language (from `models/text/function-words.tsv`).
    let words: [String: [String]]
    let fallback: String

    public init(functionWords: [String: [String]], fallback: String = "tr") {
        var byWord: [String: [String]] = [:]
        for (language, list) in functionWords {
            for word in list { byWord[word, default: []].append(language) }
        }
        self.words = byWord
        self.fallback = fallback
    }

    public func language(of document: Document) -> String {
        var scores: [String: Int] = [:]
        var word = String()
        var seen = 0
        func finishWord() {
            guard !word.isEmpty else { return }
            if let languages = words[word.lowercased()] {
                for language in languages { scores[language, default: 0] += 2 }
            }
            word.removeAll(keepingCapacity: true)
            seen += 1
        }
        for scalar in String(decoding: document.units, as: UTF16.self).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar == "'" {
                word.unicodeScalars.append(scalar)
                switch scalar {
                case "ğ", "ş", "ı", "İ", "Ğ", "Ş": scores["tr", default: 0] += 2
                case "ß": scores["de", default: 0] += 2
                default: break
                }
            } else {
                finishWord()
                if seen > 3000 { break }
            }
        }
        finishWord()
        guard let top = scores.values.max(), top > 0 else { return fallback }
        // A tie goes to the fallback language when it is among the best, else alphabetically.
        let best = scores.filter { $0.value == top }.map(\.key).sorted()
        return best.contains(fallback) ? fallback : best[0]
    }
}
