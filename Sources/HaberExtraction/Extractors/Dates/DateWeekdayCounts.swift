import HaberText

extension DateReader {
    /// `two Sundays from now`, `3 Fridays from now`: a count of a weekday in the plural (kind
    /// `weekday-plural`, value the weekday as ``CalendarDate/weekday`` numbers it, Monday 1) counted from the
    /// reference by a word of kind `offset-from` forward and one of kind `offset-now`: the
    /// count-th such weekday after the reference. Nothing else counts from the plural
    /// (`two Sundays ago`, `two Sundays later` are left: the second counts from the story).
    func weekdaysFromNow(_ i: Int) -> DateMention? {
        // The plural weekday first: a count is one token here, and most counts have none after them.
        guard !caseSuffixes, hasExactGram(i + 1, .weekdayPlural),
              let reference, let (number, next) = count(i), (1...10).contains(number), follows(next),
              let value = exactGram(next, .weekdayPlural), let weekday = Int(value), (1...7).contains(weekday),
              follows(next + 1), exactGram(next + 1, .offsetFrom).flatMap({ Int($0) }) == 1,
              follows(next + 2), hasExactGram(next + 2, .offsetNow) else { return nil }
        var date = reference.adding(days: 1)
        while date.weekday != weekday { date = date.adding(days: 1) }
        date = date.adding(days: 7 * (number - 1))
        return DateMention(tokens: i..<(next + 3), end: tokens[next + 2].stemRange.upperBound,
                           value: .interval(DateInterval(day: date)), relative: true)
    }
}

extension DateReader {
    /// `October. 2`: a month's full name, a full stop glued to it and a day in one or two digits
    /// on the same line that ends the text or its line (alone or before a full stop, `!` or `?`): the
    /// splitter ends a sentence at the stop, and a number alone after it is no sentence of its
    /// own. A word after the number makes it a count (`in October. 2 people died`); an
    /// abbreviation with its dot is read by ``named(_:)`` (`Oct. 2`); a month that is also a
    /// name or a word (kinds `name-month`, `word-month`: `Theresa May. 2`) is left, and so is a
    /// number glued to the stop (`septembre.15` writes a year).
    func monthStopDay(_ i: Int) -> DateMention? {
        guard !caseSuffixes, i + 2 < tokens.count, tokens[i].kind == .word, !tokens[i].hasSuffix,
              let (monthNumber, inflection) = month(i), inflection == nil, !isAbbreviatedMonth(i),
              !hasExactGram(i, .nameMonth), !hasExactGram(i, .wordMonth),
              tokens[i + 1].kind == .punctuation, tokens[i + 1].text == ".", touches(i, i + 1),
              tokens[i + 2].kind == .number, !tokens[i + 2].hasSuffix, tokens[i + 2].newlinesBefore == 0, tokens[i + 2].spaceBefore,
              tokens[i + 2].form.stemCharacterCount <= 2, let (day, _) = digits(i + 2), (1...31).contains(day),
              CalendarDate(year: 2000, month: monthNumber, day: day) != nil else { return nil }
        func endsLine(_ k: Int) -> Bool { k >= tokens.count || tokens[k].newlinesBefore > 0 }
        let next = i + 3
        guard endsLine(next) || (tokens[next].kind == .punctuation && [".", "!", "?"].contains(tokens[next].text)
                                 && endsLine(next + 1)) else { return nil }
        return DateMention(tokens: i..<next, end: tokens[i + 2].stemRange.upperBound,
                           value: .fields(year: nil, month: monthNumber, day: day), relative: false)
    }
}
