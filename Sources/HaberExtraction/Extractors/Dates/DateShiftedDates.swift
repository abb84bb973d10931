import HaberText

/// Dates a shift word places before or after the reference where the language writes it
/// beside a calendar date (`el pasado 20 de diciembre`, `enero próximo`), the weekend of a
/// shifted week (`este fin de semana`) and a decade after the word for decade (`la década de
/// 1990`): grammar kinds `date-shift`, `weekend`, `decade-link` (issue 13, Spanish).
extension DateReader {
    /// `el pasado 20 de diciembre`, `el próximo 3 de febrero`, `el pasado mes de enero`: a word
    /// of kind `date-shift` before a day and its month, or before the unit word of a month, a
    /// joiner and the month, with no year written: the latest such day or month before the
    /// reference (value -1) or the first after it (+1). Written so, the year is no guess.
    func shiftedCalendarDate(_ i: Int) -> DateMention? {
        guard let reference, let value = exactGram(i, .dateShift), let step = Int(value), step != 0, follows(i + 1) else { return nil }
        let k = i + 1
        // `el pasado mes de enero`: the month's unit word, a joiner, the month.
        if let (unit, inflection) = gram(k, .unit), unit == "month", inflection.caseEnding.isEmpty, follows(k + 1),
           hasExactGram(k + 1, .joiner), follows(k + 2), let (monthNumber, _) = month(k + 2), !isAbbreviatedMonth(k + 2) {
            // A year after it is written: `el pasado mes de enero de 2020` is read as written.
            if follows(k + 3), hasExactGram(k + 3, .joiner), follows(k + 4), year(k + 4) != nil { return nil }
            guard let interval = nearestMonth(monthNumber, step: step, from: reference) else { return nil }
            return DateMention(tokens: i..<(k + 3), end: tokens[k + 2].stemRange.upperBound, value: .interval(interval), relative: false)
        }
        guard monthAhead(of: k), let mention = named(k), mention.tokens.lowerBound == k,
              case .fields(nil, let monthNumber?, let day?) = mention.value,
              let date = nearestDay(day, month: monthNumber, step: step, from: reference) else { return nil }
        return DateMention(tokens: i..<mention.tokens.upperBound, end: mention.end, value: .fields(year: date.year, month: monthNumber, day: day),
                           relative: false)
    }

    /// `enero pasado`, `el 3 de junio próximo`: a month, or a day and its month, with no year
    /// and a word of kind `date-shift` after it: the latest before the reference or the first
    /// after it, as ``shiftedCalendarDate(_:)``.
    func calendarDateShifted(after mention: DateMention) -> DateMention? {
        guard let reference, models.kinds & GramKind.dateShift.bit != 0, mention.mod == nil,
              case .fields(nil, let monthNumber?, let day) = mention.value, follows(mention.tokens.upperBound),
              let value = exactGram(mention.tokens.upperBound, .dateShift), let step = Int(value), step != 0 else { return nil }
        let next = mention.tokens.upperBound
        if let day {
            guard let date = nearestDay(day, month: monthNumber, step: step, from: reference) else { return nil }
            return DateMention(tokens: mention.tokens.lowerBound..<(next + 1), end: tokens[next].stemRange.upperBound,
                               value: .fields(year: date.year, month: monthNumber, day: day), relative: false)
        }
        guard let interval = nearestMonth(monthNumber, step: step, from: reference) else { return nil }
        return DateMention(tokens: mention.tokens.lowerBound..<(next + 1), end: tokens[next].stemRange.upperBound,
                           value: .interval(interval), relative: false)
    }

    /// The day `day` of month `month` last before the reference (`step` < 0) or first after it.
    private func nearestDay(_ day: Int, month: Int, step: Int, from reference: CalendarDate) -> CalendarDate? {
        guard let same = CalendarDate(year: reference.year, month: month, day: day) else { return nil }
        if step < 0 { return same < reference ? same : CalendarDate(year: reference.year - 1, month: month, day: day) }
        return same > reference ? same : CalendarDate(year: reference.year + 1, month: month, day: day)
    }

    /// Month `month` last before the reference's month (`step` < 0) or first after it.
    func nearestMonth(_ month: Int, step: Int, from reference: CalendarDate) -> DateInterval? {
        if step < 0 { return DateInterval.month(month < reference.month ? reference.year : reference.year - 1, month) }
        return DateInterval.month(month > reference.month ? reference.year : reference.year + 1, month)
    }

    /// The token after a grammar phrase of `kind` opening at `i` (its words written exactly).
    func phraseEnd(_ i: Int, kind: GramKind) -> Int? { longestPhrase(i, kind: kind)?.next }

    /// The longest grammar phrase of `kind` opening at `i` (its words written exactly; the first
    /// of the longest): the token after it and its value.
    func longestPhrase(_ i: Int, kind: GramKind) -> (next: Int, value: String)? {
        guard models.kinds & kind.bit != 0, isWord(i) else { return nil }
        var best: (next: Int, value: String)?
        for phrase in phrases(at: i) where phrase.entry.kind == kind.name {
            var k = i + 1
            var matched = true
            for word in phrase.rest {
                // dates22fr: a hyphen of the phrase (`week - end` of `ce week-end`) glued on both
                // sides, or spaced on both as typed copy writes it (`ce week - end`; session 18).
                guard follows(k), isWord(k) || (word == "-" && k + 1 < tokens.count
                    && touches(k - 1, k) == touches(k, k + 1)),
                      tokens[k].key == word else { matched = false; break }
                k += 1
            }
            if matched, best.map({ k > $0.next }) ?? true { best = (k, phrase.entry.value) }
        }
        return best
    }

    /// `este fin de semana`, `el próximo fin de semana`, `el pasado fin de semana`: a shift word
    /// before a phrase of kind `weekend`, Saturday and Sunday of the shifted week (as `this
    /// weekend`, whose unit is one word).
    func shiftedWeekend(_ i: Int) -> DateMention? {
        // The weekend's phrase first: the word after most shift words opens none, told by its starts.
        guard let reference, follows(i + 1), let next = phraseEnd(i + 1, kind: .weekend), let (value, inflection) = gram(i, .shift),
              inflection.caseEnding.isEmpty, let step = Int(value), hasExactGram(i, .shift),
              let interval = unitInterval("weekend", step: step, from: reference) else { return nil }
        // `el último fin de semana de julio`: a weekend of that month, not of a shifted week.
        if follows(next), hasExactGram(next, .partOf) { return nil }
        return DateMention(tokens: i..<next, end: tokens[next - 1].stemRange.upperBound, value: .interval(interval), relative: true)
    }

    /// `el fin de semana pasado`, `el fin de semana que viene`: a phrase of kind `weekend`, then
    /// its shift word (kind `post-shift`, one word or two); the article of kind `unit-article`
    /// opens the span, as in `el año pasado`. Alone, `el fin de semana` is the story's weekend.
    func postShiftedWeekend(_ i: Int) -> DateMention? {
        guard let reference, let next = phraseEnd(i, kind: .weekend), follows(next) else { return nil }
        var last = next
        var shift = exactGram(next, .postShift)
        if shift == nil, isWord(next), follows(next + 1), isWord(next + 1) {
            shift = phrases(at: next)
                .first { $0.entry.kind == GramKind.postShift.name && $0.rest == [tokens[next + 1].key] }?.entry.value
            last = next + 1
        }
        guard let shift, let step = Int(shift), let interval = unitInterval("weekend", step: step, from: reference) else { return nil }
        let opening = i > 0 && follows(i) && hasExactGram(i - 1, .unitArticle) ? i - 1 : i
        return DateMention(tokens: opening..<(last + 1), end: tokens[last].stemRange.upperBound, value: .interval(interval),
                           relative: true)
    }

    /// `la década de 1990`, `la década de los 90`: the unit word of a decade, words of kind
    /// `decade-link` (at least one), then a decade's digits (two or four, a multiple of ten)
    /// with no unit after them (`una década de 10 años` is a length).
    func decadeOfWord(_ i: Int) -> DateMention? {
        guard models.kinds & GramKind.decadeLink.bit != 0, let (unit, inflection) = gram(i, .unit), unit == "decade",
              inflection.caseEnding.isEmpty, follows(i + 1) else { return nil }
        // `la década 70` (dates19es): with no link, only after an article of kind `unit-article`
        // and with nothing but a mark or the sentence's end after the digits (`en una década 40
        // empresas cerraron` is a count).
        let linked = hasExactGram(i + 1, .decadeLink)
        guard linked || (follows(i) && hasExactGram(i - 1, .unitArticle)) else { return nil }
        var k = linked ? i + 2 : i + 1
        if linked, follows(k), hasExactGram(k, .decadeLink) { k += 1 }
        guard follows(k), tokens[k].kind == .number, !tokens[k].hasSuffix,
              let (value, digitCount) = plainDecadeDigits(tokens[k].stem), digitCount == tokens[k].form.stemCharacterCount else { return nil }
        if follows(k + 1), hasGram(k + 1, .unit) || hasGram(k + 1, .pluralUnit) || tokens[k + 1].kind == .number
            || tokens[k + 1].text == "%" { return nil }
        if !linked, follows(k + 1), tokens[k + 1].kind != .punctuation { return nil }
        let year = digitCount == 2 ? 1900 + value : value
        guard (1000...2999).contains(year), let interval = decadeInterval(year) else { return nil }
        return DateMention(tokens: i..<(k + 1), end: tokens[k].range.upperBound, value: .interval(interval), relative: false)
    }
}

extension DateReader {
    /// `en lo que va de año`, `en lo que va del mes`: a phrase of kind `so-far`, then a week,
    /// month, quarter or year with no shift word and no count: the days from the start of the
    /// reference's unit to the reference day, as `year to date` (``unitToDate(_:)``).
    func unitSoFar(_ i: Int) -> DateMention? {
        guard let reference, let k = phraseEnd(i, kind: .soFar), follows(k), let (unit, inflection) = gram(k, .unit),
              inflection.caseEnding.isEmpty, !hasExactGram(k, .pluralUnit),
              let base = unitInterval(unit, step: 0, from: reference), [.week, .month, .quarter, .year].contains(base.unit) else { return nil }
        // `en lo que va del año 2024`: the year written after it is read as written.
        if follows(k + 1), tokens[k + 1].kind == .number { return nil }
        return DateMention(tokens: i..<(k + 1), end: tokens[k].stemRange.upperBound,
                           value: .interval(DateInterval(start: base.start, end: reference, unit: .day)), relative: true)
    }
}
