import HaberText

/// Ordinal parts of a period in the languages that mark case with separate words: `the third
/// quarter of 2016`, `el primer semestre de 2023`, `im dritten Quartal 2023`, `la dernière
/// semaine de juillet`, `the first week of next month`. Turkish reads them by its endings
/// (``DateReader/ordinalOf(_:)``).
extension DateReader {
    /// An ordinal (grammar kind `ordinal`, or digits with a dot), a unit that is a quarter, a
    /// week or a half (grammar kind `unit`, value `quarter`, `week` or `half`; or kind `part`,
    /// value `half`), an optional word of kind `part-of`, then the period it is a part of: a
    /// written year, a month (with or without its year), or a year or month named relative to
    /// the reference (`this year`, `del próximo año`). A part with no period after it (`the
    /// third quarter` of a game, `la primera mitad`) is no date.
    func ordinalPart(_ i: Int) -> DateMention? {
        guard let (n, next) = ordinal(i), follows(next), next < tokens.count else { return nil }
        let sub: String
        if let (unit, _) = gram(next, .unit), ["quarter", "week", "half"].contains(unit) {
            sub = unit
        } else if let (part, _) = gram(next, .part), part == "half" {
            sub = "half"
        } else {
            return nil
        }
        var k = next + 1
        guard follows(k) else { return nil }
        if exactGram(k, .partOf) != nil, follows(k + 1) { k += 1 }
        var base: DateInterval?
        var baseUnit = "year"
        var last = k + 1
        var spanEnd = 0
        var relative = false
        if let (value, _) = year(k) {
            base = DateInterval.year(value)
            spanEnd = tokens[k].stemRange.upperBound
        } else if let (monthNumber, _) = month(k), !isAbbreviatedMonth(k),
                  tokens[k].isCapitalized || calendar.lowercaseMonthLanguages.contains(language) {
            // `la dernière semaine de juillet`, `the first week of March 2024`.
            var yearValue: Int?
            spanEnd = tokens[k].stemRange.upperBound
            var y = k + 1
            if follows(y), exactGram(y, .partOf) != nil || tokens[y].text == "," { y += 1 }
            if follows(y), let (value, _) = year(y) {
                yearValue = value
                last = y + 1
                spanEnd = tokens[y].stemRange.upperBound
            }
            guard let yearNumber = yearValue ?? reference?.year else { return nil }
            base = DateInterval.month(yearNumber, monthNumber)
            baseUnit = "month"
            relative = yearValue == nil
        } else if let mention = shifted(k), mention.mod == nil, case .interval(let interval) = mention.value,
                  interval.unit == .year || interval.unit == .month {
            base = interval
            baseUnit = interval.unit == .year ? "year" : "month"
            last = mention.tokens.upperBound
            spanEnd = mention.end
            relative = true
        }
        guard let base else { return nil }
        let interval: DateInterval?
        if sub == "half" {
            // A half of a written year is that year, as news gold keeps it (`2017'nin ilk
            // yarısı`, ``ordinalOf(_:)``); of a year named relative to the reference, its months.
            guard baseUnit == "year" else { return nil }
            interval = relative ? half(n, of: base) : base
        } else {
            interval = nth(n, sub, of: base, unit: baseUnit)
        }
        guard let interval else { return nil }
        let opening = i > 0 && follows(i) && exactGram(i - 1, .unitArticle) != nil ? i - 1 : i
        return DateMention(tokens: opening..<last, end: spanEnd, value: .interval(interval), relative: relative)
    }
}
