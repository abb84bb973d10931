import HaberICU

/// The numbers digits write in a date (0–2,100), spelled out by ICU one number at a time
/// when first needed: the suffix after digits follows the number as read aloud (`2005’te`:
/// "iki bin beş"). Spelling all 2,101 at the first suffixed number cost 38 M instructions
/// on the 1,000 bench articles, which meet a few hundred distinct numbers.
///
/// Belongs to one pipeline (one thread): the formatter is not thread-safe.
final class SpokenDigits: @unchecked Sendable {
    /// The largest number spelled (a year or a count).
    static let largest = 2100

    /// The languages met, each with its formatter and its numbers' texts by value: a
    /// pipeline meets a handful, found by comparing their short codes. Two dictionaries
    /// (by language, then by number) cost some 2,000 instructions an ask.
    private var languages: [Language] = []

    private struct Language {
        let code: String
        let formatter: SpelloutFormatter?
        /// Per number, whether it is spelled already, and its text (nil where ICU spells none).
        var spelled: [Bool]
        var texts: [String?]
    }

    /// `number` as `language` spells it, when it is within 0–``largest`` and ICU spells it.
    func text(for number: Int, language: String) -> String? {
        guard number >= 0, number <= Self.largest else { return nil }
        let index = languages.firstIndex { $0.code == language } ?? add(language)
        if languages[index].spelled[number] { return languages[index].texts[number] }
        var text = languages[index].formatter?.text(for: number)
        if text?.isEmpty == true { text = nil }
        languages[index].texts[number] = text
        languages[index].spelled[number] = true
        return text
    }

    /// Adds `language`, with its formatter (none where ICU has no spell-out for it), and returns its index.
    private func add(_ language: String) -> Int {
        let count = Self.largest + 1
        languages.append(Language(code: language, formatter: try? SpelloutFormatter(locale: language),
                                  spelled: [Bool](repeating: false, count: count), texts: [String?](repeating: nil, count: count)))
        return languages.count - 1
    }
}
