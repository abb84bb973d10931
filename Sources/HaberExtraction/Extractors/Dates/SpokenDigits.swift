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

    private var formatters: [String: SpelloutFormatter?] = [:]
    private var texts: [String: [Int: String?]] = [:]

    /// `number` as `language` spells it, when it is within 0–``largest`` and ICU spells it.
    func text(for number: Int, language: String) -> String? {
        guard number >= 0, number <= Self.largest else { return nil }
        if let known = texts[language]?[number] { return known }
        let formatter: SpelloutFormatter?
        if let known = formatters[language] {
            formatter = known
        } else {
            formatter = try? SpelloutFormatter(locale: language)
            formatters[language] = formatter
        }
        var text = formatter?.text(for: number)
        if text?.isEmpty == true { text = nil }
        texts[language, default: [:]][number] = text
        return text
    }
}
