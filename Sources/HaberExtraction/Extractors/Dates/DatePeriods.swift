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
        // `le 20e mois prochain`: a numbered day of a month named relative to the reference; else
        // the numbered word may be the ordinal of a part (`au 3e trimestre 2023`, `le 1er semestre
        // 2024`: periods21fr).
        var numbered: Int?
        if let value = exactGram(i, .numberedDay) {
            if let mention = dayOfShiftedMonth(i) { return mention }
            numbered = Int(value)
        }
        let n: Int
        let sub: String
        var k: Int
        // `the first Friday of July`, `el primer viernes de este mes`: the weekday of the ordinal.
        var weekdayNumber: Int?
        if let written = exactGram(i, .numberedPart) {
            // `Q3 2016`, `H1 2023`.
            let parts = written.split(separator: " ")
            guard parts.count == 2, let number = Int(parts[1]) else { return nil }
            (sub, n, k) = (String(parts[0]), number, i + 1)
        } else {
            guard let (number, afterOrdinal) = ordinal(i) ?? numbered.map({ ($0, i + 1) }), follows(afterOrdinal), afterOrdinal < tokens.count
            else { return nil }
            var next = afterOrdinal
            // `the third-quarter of 2016`, `the third- quarter of 2016` (periods19en): a hyphen after the ordinal.
            if tokens[next].kind == .punctuation, tokens[next].text == "-", touches(next - 1, next), follows(next + 1) { next += 1 }
            if let (unit, _) = gram(next, .unit), ["quarter", "week", "half"].contains(unit) {
                sub = unit
            } else if let (part, _) = gram(next, .part), part == "half" {
                sub = "half"
            } else if let (day, inflection) = weekday(next), inflection == nil, follows(next + 1),
                      hasExactGram(next + 1, .partOf) || hasExactGram(next + 1, .weekdayIn)
                        || shiftedMonthStarts(at: next + 1) {
                // dates20fr: a month named relative to the reference needs no word between
                // (`le premier vendredi ce mois`, `the first Friday next month`).
                sub = "weekday"
                weekdayNumber = day
            } else if let unit = exactGram(next, .partUnit) {
                sub = unit
            } else {
                return nil
            }
            (n, k) = (number, next + 1)
        }
        guard follows(k) else { return nil }
        var linked = false
        // `the first Tuesday in November`: kind `weekday-in` after an ordinal weekday only.
        if hasExactGram(k, .partOf) || (weekdayNumber != nil && hasExactGram(k, .weekdayIn)), follows(k + 1) {
            k += 1
            linked = true
        }
        var base: DateInterval?
        var baseUnit = "year"
        var last = k + 1
        var spanEnd = 0
        var relative = false
        if let (value, _) = year(k) {
            base = DateInterval.year(value)
            spanEnd = tokens[k].stemRange.upperBound
        } else if linked, let (value, next) = linkedSpelledYear(k - 1) {
            // `la primera semana de dos mil veintisiete` (kind `spelled-year-link`).
            base = DateInterval.year(value)
            last = next
            spanEnd = tokens[next - 1].stemRange.upperBound
        } else if let (monthNumber, _) = month(k),
                  linked || !isAbbreviatedMonth(k) && (tokens[k].isCapitalized || calendar.lowercaseMonthLanguages.contains(language)) {
            // After the word of kind `part-of` a month may be lowercase or abbreviated (`the
            // last week of july`, `the first week of Oct`): `the first week of` names a month.
            // `la dernière semaine de juillet`, `the first week of March 2024`.
            var yearValue: Int?
            spanEnd = tokens[k].stemRange.upperBound
            var y = k + 1
            if follows(y), hasExactGram(y, .partOf) || tokens[y].text == "," { y += 1 }
            if follows(y), let (value, _) = year(y) {
                yearValue = value
                last = y + 1
                spanEnd = tokens[y].stemRange.upperBound
            }
            // Without the word between, a month names the period only with its year (`the
            // first week March 2024`): `Last week June prices rose` is the week before.
            guard linked || yearValue != nil, let yearNumber = yearValue ?? reference?.year else { return nil }
            base = DateInterval.month(yearNumber, monthNumber)
            baseUnit = "month"
            relative = yearValue == nil
        } else if let mention = shifted(k) ?? postShifted(k) ?? (hasExactGram(k, .unitArticle) ? postShifted(k + 1) : nil),
                  mention.mod == nil, case .interval(let interval) = mention.value,
                  interval.unit == .year || interval.unit == .month {
            base = interval
            baseUnit = interval.unit == .year ? "year" : "month"
            last = mention.tokens.upperBound
            spanEnd = mention.end
            relative = true
        }
        guard let base else { return nil }
        let interval: DateInterval?
        if let weekdayNumber {
            guard baseUnit == "month" else { return nil }
            interval = nthWeekday(n, weekdayNumber, year: base.start.year, month: base.start.month).map { DateInterval(day: $0) }
        } else if sub == "half" {
            // A half of a written year is that year, as news gold keeps it (`2017'nin ilk
            // yarısı`, ``ordinalOf(_:)``); of a year named relative to the reference, its months.
            guard baseUnit == "year" else { return nil }
            interval = relative ? half(n, of: base) : base
        } else {
            interval = nth(n, sub, of: base, unit: baseUnit)
        }
        guard let interval else { return nil }
        let opening = i > 0 && follows(i) && hasExactGram(i - 1, .unitArticle) ? i - 1 : i
        return DateMention(tokens: opening..<last, end: spanEnd, value: .interval(interval), relative: relative)
    }

    /// Whether a month named relative to the reference starts at `k` (`ce mois`, `mois prochain`).
    private func shiftedMonthStarts(at k: Int) -> Bool {
        guard let mention = shifted(k) ?? postShifted(k), mention.mod == nil, mention.tokens.lowerBound == k,
              case .interval(let interval) = mention.value else { return false }
        return interval.unit == .month
    }

    /// `the 20th of next month`, `31st of this month`: a day in ordinal digits (kind
    /// `numbered-day`) of a month named relative to the reference; the word between a weekday
    /// and its day (kind `day-article`: `the`) is part of the span.
    func dayOfShiftedMonth(_ i: Int) -> DateMention? {
        guard let value = exactGram(i, .numberedDay), let day = Int(value), follows(i + 1) else { return nil }
        var k = i + 1
        if hasExactGram(k, .partOf) || hasExactGram(k, .joiner), follows(k + 1) { k += 1 }
        guard let mention = shifted(k) ?? postShifted(k), mention.mod == nil, mention.tokens.lowerBound >= k,
              case .interval(let interval) = mention.value, interval.unit == .month,
              let date = CalendarDate(year: interval.start.year, month: interval.start.month, day: day) else { return nil }
        let opening = i > 0 && follows(i) && hasExactGram(i - 1, .dayArticle) ? i - 1 : i
        return DateMention(tokens: opening..<mention.tokens.upperBound, end: mention.end, value: .interval(DateInterval(day: date)),
                           relative: true)
    }

    /// `June next year`, `junio del próximo año`, `im Juni nächsten Jahres`: a month of a year
    /// named relative to the reference (a word of kind `part-of` may stand between them).
    func monthOfShiftedYear(_ i: Int) -> DateMention? {
        guard let (monthNumber, _) = month(i), !isAbbreviatedMonth(i), follows(i + 1),
              tokens[i].isCapitalized || calendar.lowercaseMonthLanguages.contains(language)
                || hasExactGram(i, .shiftLowerMonth) else { return nil }
        var k = i + 1
        if hasExactGram(k, .partOf), follows(k + 1) { k += 1 }
        guard let mention = shifted(k) ?? postShifted(k) ?? (hasExactGram(k, .unitArticle) ? postShifted(k + 1) : nil),
              mention.mod == nil, case .interval(let year) = mention.value, year.unit == .year,
              let interval = DateInterval.month(year.start.year, monthNumber) else { return nil }
        return DateMention(tokens: i..<mention.tokens.upperBound, end: mention.end, value: .interval(interval), relative: true)
    }

    /// gaps22: `im Sommer nächsten Jahres`, `the summer of next year`, `el verano del próximo año`:
    /// a season of a year named relative to the reference, its three months (a word of kind
    /// `part-of` may stand between them); where the language lists words of kind `season-article`,
    /// only after one (`il a été l'année dernière` is the verb, as in ``seasonOfYear(_:)``).
    func seasonOfShiftedYear(_ i: Int) -> DateMention? {
        guard let (name, inflection) = gram(i, .season), inflection.caseEnding.isEmpty, follows(i + 1) else { return nil }
        if models.kinds & GramKind.seasonArticle.bit != 0, !(i > 0 && follows(i) && hasExactGram(i - 1, .seasonArticle)) {
            return nil
        }
        var k = i + 1
        if hasExactGram(k, .partOf), follows(k + 1) { k += 1 }
        guard let mention = shifted(k) ?? postShifted(k) ?? (hasExactGram(k, .unitArticle) ? postShifted(k + 1) : nil),
              mention.mod == nil, mention.tokens.lowerBound >= k, case .interval(let year) = mention.value, year.unit == .year,
              let interval = seasonInterval(name, year: year.start.year) else { return nil }
        return DateMention(tokens: i..<mention.tokens.upperBound, end: mention.end, value: .interval(interval), relative: true)
    }

    /// `nächstes Jahr im Dezember`: a year named relative to the reference, a word of kind
    /// `part-of`, then a month of that year (``monthOfShiftedYear(_:)``'s order reversed).
    /// gaps22: or a season of that year, its three months (`nächstes Jahr im Sommer`).
    /// Without the word between, `next year May said` is no month; a word between that also
    /// opens a range is none (`este año de mayo a junio`, `cette année de mars à juin`).
    func shiftedYearMonth(_ i: Int) -> DateMention? {
        guard let mention = shifted(i), mention.mod == nil, case .interval(let year) = mention.value, year.unit == .year else { return nil }
        let k = mention.tokens.upperBound
        guard follows(k), hasExactGram(k, .partOf), !hasExactGram(k, .fromPair), !hasGram(k, .from), follows(k + 1)
        else { return nil }
        if let (name, inflection) = gram(k + 1, .season), inflection.caseEnding.isEmpty, let interval = seasonInterval(name, year: year.start.year) {
            return DateMention(tokens: mention.tokens.lowerBound..<(k + 2), end: tokens[k + 1].stemRange.upperBound,
                               value: .interval(interval), relative: true)
        }
        guard let (monthNumber, _) = month(k + 1), !isAbbreviatedMonth(k + 1),
              tokens[k + 1].isCapitalized || calendar.lowercaseMonthLanguages.contains(language),
              let interval = DateInterval.month(year.start.year, monthNumber) else { return nil }
        return DateMention(tokens: mention.tokens.lowerBound..<(k + 2), end: tokens[k + 1].stemRange.upperBound,
                           value: .interval(interval), relative: true)
    }

    /// `los 3 días siguientes`, `les 12 mois précédents`, `les 12 derniers mois`: a count of
    /// units with the shift word after the unit (grammar kind `post-shift`) or between the count
    /// and the unit (kind `shift`), as `the last 3 days` (``shifted(_:)``): the days from the
    /// reference on, or up to it.
    func countShifted(_ i: Int) -> DateMention? {
        guard let reference, let (n, next) = count(i), follows(next), follows(next + 1) else { return nil }
        // `4 to 23 next month`, `4 au 23 mois prochain`: the second day of a range, not a count.
        if follows(i), hasGram(i - 1, .until) || hasGram(i - 1, .and) || hasExactGram(i - 1, .untilPair)
            || tokens[i - 1].text == "-" { return nil }
        let unitAt: Int
        let step: Int
        if let (value, inflection) = gram(next, .shift), inflection.caseEnding.isEmpty, let shift = Int(value) {
            (unitAt, step) = (next + 1, shift)
        } else if hasGram(next, .unit), let value = exactGram(next + 1, .postShift), let shift = Int(value) {
            (unitAt, step) = (next, shift)
        } else {
            return nil
        }
        guard step != 0, let (unit, inflection) = gram(unitAt, .unit), inflection.caseEnding.isEmpty else { return nil }
        guard let interval = countedDays(unit, step: step, count: n, from: reference) else { return nil }
        let last = max(unitAt, next + 1)
        // `los dos últimos años de su mandato`: a count in words of a unit of something else.
        if tokens[i].kind != .number, follows(last + 1), hasExactGram(last + 1, .partOf) { return nil }
        return DateMention(tokens: i..<(last + 1), end: tokens[last].stemRange.upperBound, value: .interval(interval), relative: true)
    }

    /// `the week of November 30th`, `la semana del 15 de septiembre`: the week (ISO) that holds
    /// a day; a word of kind `part-of` stands between them, an article of kind `unit-article` may
    /// open the span.
    func weekOf(_ i: Int) -> DateMention? {
        // The word after the unit first: one bit of its form says no for nearly every unit.
        guard follows(i + 1), hasExactGram(i + 1, .partOf), let (unit, inflection) = gram(i, .unit), unit == "week",
              inflection.caseEnding.isEmpty, follows(i + 2), let day = named(i + 2),
              case .fields(let yearValue, let monthNumber?, let dayNumber?) = day.value,
              let yearNumber = yearValue ?? reference?.year,
              let date = CalendarDate(year: yearNumber, month: monthNumber, day: dayNumber) else { return nil }
        let opening = i > 0 && follows(i) && hasExactGram(i - 1, .unitArticle) ? i - 1 : i
        return DateMention(tokens: opening..<day.tokens.upperBound, end: day.end, value: .interval(DateInterval.week(of: date)),
                           relative: yearValue == nil)
    }
}

extension DateReader {
    /// `w/c 4 February`, `week commencing March 4`, `week beginning Monday`: a phrase of kind
    /// `week-commencing` (its words may be punctuation: `w / c`), then the one day it starts on
    /// (``startDay(at:)``): the seven days from that day, as ``unitStarting(_:)`` reads `the week
    /// beginning 4 February`; an article of kind `unit-article` may open the span.
    func weekCommencing(_ i: Int) -> DateMention? {
        guard models.kinds & GramKind.weekCommencing.bit != 0, isWord(i) else { return nil }
        var after: Int?
        for phrase in phrases(at: i) where phrase.entry.kind == GramKind.weekCommencing.name {
            var k = i + 1
            var matched = true
            for word in phrase.rest {
                guard follows(k), tokens[k].key == word else { matched = false; break }
                k += 1
            }
            if matched, after.map({ k > $0 }) ?? true { after = k }
        }
        guard let after, follows(after), let day = startDay(at: after) else { return nil }
        let opening = i > 0 && follows(i) && hasExactGram(i - 1, .unitArticle) ? i - 1 : i
        return DateMention(tokens: opening..<day.mention.tokens.upperBound, end: day.mention.end,
                           value: .interval(DateInterval(start: day.date, end: day.date.adding(days: 6), unit: .day)), relative: day.relative)
    }
}

extension DateReader {
    /// `the rest of the year`, `el resto de la semana`, `der Rest dieser Woche`: the days of a
    /// week, month, quarter or year from the reference day to the unit's end. A word of kind
    /// `rest` opens it, up to two of kind `rest-link` follow (`of the`, `de la`, `der`), then
    /// the unit alone (the reference's own) or named by a shift word (`this week`).
    func restOf(_ i: Int) -> DateMention? {
        guard let reference, hasExactGram(i, .rest) else { return nil }
        var k = i + 1
        while k < i + 3, follows(k), hasExactGram(k, .restLink) { k += 1 }
        guard k > i + 1 || follows(k), follows(k) else { return nil }
        let base: DateInterval
        let last: Int
        let spanEnd: Int
        if let mention = shifted(k), mention.mod == nil, case .interval(let interval) = mention.value,
           mention.tokens.upperBound == k + 2, gram(k, .shift).flatMap({ Int($0.value) }) == 0 {
            (base, last, spanEnd) = (interval, mention.tokens.upperBound, mention.end)
        } else if let (unit, inflection) = gram(k, .unit), inflection.caseEnding.isEmpty, !hasExactGram(k, .pluralUnit),
                  let interval = unitInterval(unit, step: 0, from: reference) {
            (base, last, spanEnd) = (interval, k + 1, tokens[k].stemRange.upperBound)
        } else {
            return nil
        }
        guard [.week, .month, .quarter, .year].contains(base.unit), base.end >= reference else { return nil }
        return DateMention(tokens: i..<last, end: spanEnd, value: .interval(DateInterval(start: reference, end: base.end, unit: .day)),
                           relative: true)
    }
}

extension DateReader {
    /// `the week after next`, `the year after next`, `la semana después de la próxima`: a unit,
    /// a word of kind `after-shift`, words of kind `after-link`, then a shift word one step
    /// ahead: the unit two steps from the reference's.
    func unitAfterNext(_ i: Int) -> DateMention? {
        guard let reference, follows(i + 1), hasExactGram(i + 1, .afterShift), let (unit, inflection) = gram(i, .unit),
              inflection.caseEnding.isEmpty, !hasExactGram(i, .pluralUnit) else { return nil }
        var k = i + 2
        while k < i + 5, follows(k), hasExactGram(k, .afterLink) { k += 1 }
        guard follows(k), let (value, shiftInflection) = gram(k, .shift), shiftInflection.caseEnding.isEmpty, Int(value) == 1,
              let interval = unitInterval(unit, step: 2, from: reference) else { return nil }
        // `the week after next month`: the shift word names a unit of its own.
        if follows(k + 1), hasGram(k + 1, .unit) || hasGram(k + 1, .pluralUnit) || month(k + 1) != nil { return nil }
        let opening = i > 0 && follows(i) && hasExactGram(i - 1, .unitArticle) ? i - 1 : i
        return DateMention(tokens: opening..<(k + 1), end: tokens[k].stemRange.upperBound, value: .interval(interval), relative: true)
    }
}

extension DateReader {
    /// `the week beginning 4 February`, `two weeks starting May 20th`, `a week starting
    /// tomorrow`, `three days starting from next Monday`: a unit (after an article of kind
    /// `unit-article`) or a count of units, a word of kind `unit-start`, at most one word of
    /// kind `start-link` (`on`, `from`), then the day they start on: the days from that day.
    /// The day must be one day (`the week starting in May` is no date here).
    func unitStarting(_ i: Int) -> DateMention? {
        var n = 1
        var u = i
        if let (value, next) = count(i) {
            guard follows(next) else { return nil }
            (n, u) = (value, next)
        }
        guard follows(u + 1), hasExactGram(u + 1, .unitStart), let (unit, inflection) = gram(u, .unit),
              inflection.caseEnding.isEmpty else { return nil }
        // `the week starting`, not `the weeks starting`; a count of one is singular too.
        let plural = hasExactGram(u, .pluralUnit)
        guard u == i ? !plural && i > 0 && follows(i) && hasExactGram(i - 1, .unitArticle) : plural == (n > 1) else { return nil }
        var k = u + 2
        if follows(k), hasExactGram(k, .startLink) { k += 1 }
        guard follows(k), let day = startDay(at: k) else { return nil }
        let first = day.date
        let last: CalendarDate
        switch unit {
        case "day": last = first.adding(days: n - 1)
        case "week": last = first.adding(days: 7 * n - 1)
        case "month": last = first.adding(months: n).adding(days: -1)
        default: return nil
        }
        let opening = u == i ? i - 1 : i
        return DateMention(tokens: opening..<day.mention.tokens.upperBound, end: day.mention.end,
                           value: .interval(DateInterval(start: first, end: last, unit: .day)), relative: day.relative)
    }

    /// The one day a date at `k` names (`May 20th`, `4 February 2019`, `tomorrow`, `next
    /// Monday`), and whether it was read against the reference.
    func startDay(at k: Int) -> (mention: DateMention, date: CalendarDate, relative: Bool)? {
        for mention in [named(k), relativeDay(k), dayPhrase(k), weekdayMention(k)] {
            guard let mention, mention.tokens.lowerBound == k, mention.mod == nil else { continue }
            switch mention.value {
            case .fields(let yearValue, let monthNumber?, let dayNumber?):
                guard let yearNumber = yearValue ?? reference?.year,
                      let date = CalendarDate(year: yearNumber, month: monthNumber, day: dayNumber) else { continue }
                return (mention, date, yearValue == nil)
            case .interval(let interval) where interval.unit == .day && interval.start == interval.end:
                return (mention, interval.start, true)
            default:
                continue
            }
        }
        return nil
    }
}

extension DateReader {
    /// `next week from Tuesday to Thursday`, `this week between Monday and Wednesday`: a week
    /// named relative to the reference, an opener (kind `from` or `between`), a weekday, a word
    /// of kind `until` (or `and` after `between`) and a later weekday: those days of that week.
    func weekdaysOfShiftedWeek(_ i: Int) -> DateMention? {
        // Most shift words open no week: ask the unit after them first.
        guard follows(i + 1), gram(i + 1, .unit)?.value == "week", let week = shifted(i), week.mod == nil, case .interval(let interval) = week.value, interval.unit == .week else { return nil }
        let k = week.tokens.upperBound
        guard follows(k), isWord(k) else { return nil }
        let between = hasGram(k, .between)
        // A weekday, or (periods19en) its abbreviation capitalized (`this week from Tue to Thur`).
        func day(_ j: Int) -> Int? {
            if let (number, inflection) = weekday(j) { return inflection == nil ? number : nil }
            return tokens[j].isCapitalized ? exactGram(j, .weekdayAbbreviation).flatMap { Int($0) } : nil
        }
        guard between || hasGram(k, .from), follows(k + 1), let a = day(k + 1), follows(k + 2),
              hasGram(k + 2, .until) || (between && hasGram(k + 2, .and)), follows(k + 3),
              let b = day(k + 3), a < b else { return nil }
        let monday = interval.start.adding(days: 1 - interval.start.weekday)
        return DateMention(tokens: week.tokens.lowerBound..<(k + 4), end: tokens[k + 3].stemRange.upperBound,
                           value: .range(.interval(DateInterval(day: monday.adding(days: a - 1))),
                                         .interval(DateInterval(day: monday.adding(days: b - 1)))),
                           relative: true)
    }
}

extension DateReader {
    /// `year to date`, `year-to-date`, `month to date`: a unit of the reference, a word of kind
    /// `until` and a word of kind `to-date`: the days from the unit's start to the reference day.
    /// No count before the unit (`a year to date the bones` is a duration and a verb).
    func unitToDate(_ i: Int) -> DateMention? {
        guard let reference else { return nil }
        var k = i + 1
        func pastHyphen() {
            if k + 1 < tokens.count, tokens[k].text == "-", touches(k - 1, k), touches(k, k + 1) { k += 1 }
        }
        pastHyphen()
        // The word of kind `until` first: its form's kinds say no after nearly every unit.
        guard follows(k), hasGram(k, .until), let (unit, inflection) = gram(i, .unit), inflection.caseEnding.isEmpty,
              !hasExactGram(i, .pluralUnit) else { return nil }
        // `it took a year to date the bones`: after a count the unit is a duration and `to date` a verb.
        if follows(i), count(i - 1) != nil { return nil }
        k += 1
        pastHyphen()
        guard follows(k), hasExactGram(k, .toDate),
              let base = unitInterval(unit, step: 0, from: reference), [.week, .month, .quarter, .year].contains(base.unit)
        else { return nil }
        return DateMention(tokens: i..<(k + 1), end: tokens[k].stemRange.upperBound,
                           value: .interval(DateInterval(start: base.start, end: reference, unit: .day)), relative: true)
    }
}

extension DateReader {
    /// `last year's fourth quarter`, `this year's first half`, `next year's third-quarter`: a
    /// shift word, a year or month with its possessive ending (grammar kind `possessive-unit`,
    /// value = the unit), then an ordinal part of it, as ``ordinalPart(_:)`` reads one after
    /// `of` (a hyphen may join the ordinal and the unit).
    func possessivePart(_ i: Int) -> DateMention? {
        guard let reference, follows(i + 1), let unit = gram(i + 1, .possessiveUnit)?.value,
              let (value, inflection) = gram(i, .shift), inflection.caseEnding.isEmpty, let step = Int(value),
              let base = unitInterval(unit, step: step, from: reference), follows(i + 2),
              let (n, next) = ordinal(i + 2) else { return nil }
        var k = next
        if k + 1 < tokens.count, tokens[k].text == "-", touches(k - 1, k), touches(k, k + 1) { k += 1 }
        guard follows(k) else { return nil }
        let interval: DateInterval?
        if let (sub, subInflection) = gram(k, .unit), subInflection.caseEnding.isEmpty, ["quarter", "week"].contains(sub) {
            interval = nth(n, sub, of: base, unit: unit)
        } else if let (part, _) = gram(k, .part), part == "half", unit == "year" {
            interval = half(n, of: base)
        } else {
            return nil
        }
        guard let interval else { return nil }
        return DateMention(tokens: i..<(k + 1), end: tokens[k].stemRange.upperBound, value: .interval(interval), relative: true)
    }
}
