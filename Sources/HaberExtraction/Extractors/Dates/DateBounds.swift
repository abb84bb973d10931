import HaberText

/// English periods, third round (issue 13): a count of units bounded by a phrase before it
/// (`more than 2 weeks before today`, `within 10 days`), placed after the reference by a word
/// after it (`2 days hence`), an ordinal part after a year's possessive (`2016's third
/// quarter`), and a decade named by a shift word (`this decade`). Every word is a row of
/// `dates/grammar.tsv` (kinds `duration-bound`, `count-ahead`, `possessive-ending`).
extension DateReader {
    /// The value of a word or phrase of `kind` at `i` and the token after it: the word, else
    /// the longest phrase.
    func gramWordOrPhrase(_ i: Int, kind: GramKind) -> (value: String, next: Int)? {
        guard models.kinds & kind.bit != 0, isWord(i) else { return nil }
        if let value = exactGram(i, kind) { return (value, i + 1) }
        // Once the starts are read, they say which words open a phrase: most open none.
        if i < starts.count, !starts[i].contains(.phrase) { return nil }
        return longestPhrase(i, kind: kind).map { ($0.value, $0.next) }
    }

    /// Counts of units in a row from `k` (`5 years 1 month 12 days`): the months and days
    /// they add up to and the token after them; nil when none is read.
    func countedUnits(from k: Int) -> (months: Int, days: Int, next: Int)? {
        var j = k
        var months = 0, days = 0
        while j == k || follows(j), let (n, next) = count(j), follows(next), let (unit, inflection) = gram(next, .unit),
              inflection.caseEnding.isEmpty, !inflection.possessive {
            switch unit {
            case "day": days += n
            case "week": days += 7 * n
            case "month": months += n
            case "quarter": months += 3 * n
            case "year": months += 12 * n
            default: return nil
            }
            j = next + 1
        }
        return j > k ? (months, days, j) : nil
    }

    /// `more than 2 weeks before today`, `less than 3 days after tomorrow`, `within 2 weeks
    /// from today`: a phrase of kind `duration-bound`, counts of units, a word of kind
    /// `offset-from` and the day they count from (kind `day`, or `offset-now`). `less` and
    /// `within` name the days between that day and the day the units reach; `more` names the
    /// day reached, with the `mod` of its direction (`after`, `before`). `within` alone names the
    /// days from the reference on (`within 10 days`, `within a year`; not `within 10 days of the
    /// vote` or `after the vote`), as before `the next 3 years` (`within the next 3 years`).
    func boundedDuration(_ i: Int) -> DateMention? {
        guard let reference, !caseSuffixes, let (bound, k) = gramWordOrPhrase(i, kind: .durationBound), follows(k) else { return nil }
        if bound == "within" {
            let shiftAt = hasExactGram(k, .article) && follows(k + 1) ? k + 1 : k
            if let mention = shifted(shiftAt), mention.mod == nil, count(shiftAt + 1) != nil,
               case .interval(let interval) = mention.value, interval.unit == .day, interval.start == reference.adding(days: 1) {
                // `within the upcoming 5 years 1 month 12 days`: more counts after the first.
                if follows(mention.tokens.upperBound), let more = countedUnits(from: mention.tokens.upperBound) {
                    let last = more.next - 1
                    return DateMention(tokens: i..<more.next, end: tokens[last].stemRange.upperBound,
                                       value: .interval(DateInterval(start: reference, end: interval.end.adding(months: more.months)
                                           .adding(days: more.days), unit: .day)), relative: true)
                }
                return DateMention(tokens: i..<mention.tokens.upperBound, end: mention.end,
                                   value: .interval(DateInterval(start: reference, end: interval.end, unit: .day)), relative: true)
            }
        }
        guard let (months, days, j) = countedUnits(from: k) else { return nil }
        if follows(j), let value = exactGram(j, .offsetFrom), let direction = Int(value), follows(j + 1), !tokens[j + 1].hasSuffix,
           let dayOffset = hasExactGram(j + 1, .offsetNow) ? 0 : exactGram(j + 1, .day).flatMap({ Int($0) }) {
            let from = reference.adding(days: dayOffset)
            let date = from.adding(months: direction * months).adding(days: direction * days)
            let interval = bound == "more" ? DateInterval(day: date) : DateInterval(start: min(from, date), end: max(from, date), unit: .day)
            return DateMention(tokens: i..<(j + 2), end: tokens[j + 1].stemRange.upperBound, value: .interval(interval),
                               relative: true, mod: bound == "more" ? (direction > 0 ? "after" : "before") : nil)
        }
        // `within 10 days of the vote`, `within two weeks after the vote`: counted from something else.
        guard bound == "within", !(follows(j) && (hasExactGram(j, .partOf) || hasExactGram(j, .offsetFrom)
            || hasGram(j, .offset) || hasExactGram(j, .countAhead))) else { return nil }
        let later = reference.adding(months: months).adding(days: days)
        return DateMention(tokens: i..<j, end: tokens[j - 1].stemRange.upperBound,
                           value: .interval(DateInterval(start: reference, end: later, unit: .day)), relative: true)
    }

    /// `2 days hence`, `4 weeks in the future`: a count of units and a word or phrase of kind
    /// `count-ahead`, the days after the reference as `the next 2 days` reads them.
    func countAhead(_ i: Int) -> DateMention? {
        // A count is one token (``count(_:)``): the word after its unit is asked first, most numbers having none.
        guard let reference, !caseSuffixes, follows(i + 2), let (_, after) = gramWordOrPhrase(i + 2, kind: .countAhead),
              let (n, next) = count(i), next == i + 1, follows(next), let (unit, inflection) = gram(next, .unit),
              inflection.caseEnding.isEmpty,
              let interval = countedDays(unit, step: 1, count: n, from: reference) else { return nil }
        return DateMention(tokens: i..<after, end: tokens[after - 1].stemRange.upperBound, value: .interval(interval), relative: true)
    }

    /// `2016's third quarter`, `2023's first half`: a year in digits with the possessive ending
    /// (kind `possessive-ending`), then an ordinal part of it as ``possessivePart(_:)`` reads one
    /// after `last year's`. A half of a written year is the year (``ordinalPart(_:)``).
    func yearPossessivePart(_ i: Int) -> DateMention? {
        guard !caseSuffixes, tokens[i].hasSuffix, models.kinds & GramKind.possessiveEnding.bit != 0,
              languageWords[String(tokens[i].text.dropFirst(tokens[i].stem.count))]?
                .contains(where: { $0.kind == GramKind.possessiveEnding.name }) == true,
              let (value, _) = year(i), let base = DateInterval.year(value), follows(i + 1), let (n, next) = ordinal(i + 1) else { return nil }
        var k = next
        if k + 1 < tokens.count, tokens[k].text == "-", touches(k - 1, k), touches(k, k + 1) { k += 1 }
        guard follows(k) else { return nil }
        let interval: DateInterval?
        if let (sub, subInflection) = gram(k, .unit), subInflection.caseEnding.isEmpty, ["quarter", "week"].contains(sub) {
            interval = nth(n, sub, of: base, unit: "year")
        } else if let (part, _) = gram(k, .part), part == "half", (1...2).contains(n) || n == -1 {
            interval = base
        } else {
            return nil
        }
        guard let interval else { return nil }
        return DateMention(tokens: i..<(k + 1), end: tokens[k].stemRange.upperBound, value: .interval(interval), relative: false)
    }
}

extension DateReader {
    /// `2016 - 11`, `2016/ 11`, `11 - 2016`: a year and its month (or a month and its year) with
    /// a dash or a slash and a space around it, as ``numeric(_:)`` reads them written close
    /// (`2016-11`, `11/2016`), the month below the year's last two digits (`2010 - 11` is two
    /// years); only where no word or number follows in the sentence (`in 2016 - 11 people died`
    /// counts people).
    func spacedYearMonth(_ i: Int) -> DateMention? {
        guard !caseSuffixes, i + 2 < tokens.count, tokens[i].kind == .number, !tokens[i].hasSuffix,
              tokens[i + 1].kind == .punctuation, tokens[i + 1].text == "-" || tokens[i + 1].text == "/",
              tokens[i + 2].kind == .number, !tokens[i + 2].hasSuffix, follows(i + 1), follows(i + 2),
              !(touches(i, i + 1) && touches(i + 1, i + 2)),
              !(follows(i + 3) && (isWord(i + 3) || tokens[i + 3].kind == .number)),
              let (first, _) = digits(i), let (second, _) = digits(i + 2) else { return nil }
        // Not the end of a longer run of numbers (`3 - 2016 - 11`).
        if follows(i), tokens[i - 1].kind == .punctuation, tokens[i - 1].text == "-" || tokens[i - 1].text == "/" { return nil }
        if follows(i + 3), tokens[i + 3].kind == .punctuation, tokens[i + 3].text == "-" || tokens[i + 3].text == "/" { return nil }
        let firstLength = tokens[i].form.stemCharacterCount, secondLength = tokens[i + 2].form.stemCharacterCount
        let value: DateMention.Value
        if firstLength == 4, secondLength <= 2, isYear(first), (1...12).contains(second), second < first % 100 {
            value = .fields(year: first, month: second, day: nil)
        } else if firstLength <= 2, secondLength == 4, (1...12).contains(first), isYear(second) {
            value = .fields(year: second, month: first, day: nil)
        } else {
            return nil
        }
        return DateMention(tokens: i..<(i + 3), end: tokens[i + 2].stemRange.upperBound, value: value, relative: false)
    }
}

extension DateReader {
    /// `for three days from Friday`, `for 1 week, from 20 December`: a word of kind
    /// `duration-for` before counts of units, a word of kind `from` (a comma may stand before
    /// it) and the one day they start on (``startDay(at:)``): the days from that day. Without
    /// the word before (`3 days from Monday`) it is the day the count reaches (``duration(_:opensPhrase:)``).
    func countFromDay(_ i: Int) -> DateMention? {
        guard !caseSuffixes, follows(i), hasExactGram(i - 1, .durationFor), let (months, days, j) = countedUnits(from: i) else { return nil }
        var k = j
        if follows(k), tokens[k].text == "," { k += 1 }
        guard follows(k), hasGram(k, .from), follows(k + 1), let day = startDay(at: k + 1) else { return nil }
        let last = day.date.adding(months: months).adding(days: days - 1)
        guard last >= day.date else { return nil }
        return DateMention(tokens: (i - 1)..<day.mention.tokens.upperBound, end: day.mention.end,
                           value: .interval(DateInterval(start: day.date, end: last, unit: .day)), relative: day.relative)
    }
}

extension DateReader {
    /// A quarter or half written as one word (`Q3`, `H1`, kind `numbered-part`) with no year
    /// after it: a quarter after a shift word, of the year it names (`this Q3`); after a word of kind
    /// `numbered-part-cue` (`during Q3`, `in Q2`; not `the new Q3`, a car, nor `in H2`, hydrogen), the latest quarter
    /// begun by the reference (a quarter's results are reported after it); after a year in
    /// digits, of that year (`2016 Q3`), a half of a written year being the year
    /// (``ordinalPart(_:)``).
    func bareNumberedPart(_ i: Int) -> DateMention? {
        guard !caseSuffixes, let reference, tokens[i].kind == .number, let written = exactGram(i, .numberedPart), follows(i) else { return nil }
        let parts = written.split(separator: " ")
        guard parts.count == 2, let n = Int(parts[1]) else { return nil }
        let sub = String(parts[0])
        // `Q3 2016` is ``ordinalPart(_:)``'s.
        if follows(i + 1), year(i + 1) != nil { return nil }
        func part(of year: Int) -> DateInterval? {
            guard let base = DateInterval.year(year) else { return nil }
            return sub == "half" ? half(n, of: base) : nth(n, sub, of: base, unit: "year")
        }
        if let (value, _) = year(i - 1), !tokens[i - 1].hasSuffix {
            guard let base = DateInterval.year(value), let interval = sub == "half" ? base : part(of: value) else { return nil }
            return DateMention(tokens: (i - 1)..<(i + 1), end: tokens[i].stemRange.upperBound, value: .interval(interval), relative: false)
        }
        // `in H2`, `this H2 plant` are as often hydrogen: a half is read after a year only.
        guard sub == "quarter" else { return nil }
        if let (value, inflection) = gram(i - 1, .shift), inflection.caseEnding.isEmpty, hasExactGram(i - 1, .shift), let step = Int(value) {
            guard let interval = part(of: reference.year + step) else { return nil }
            return DateMention(tokens: (i - 1)..<(i + 1), end: tokens[i].stemRange.upperBound, value: .interval(interval), relative: true)
        }
        guard hasExactGram(i - 1, .numberedPartCue), let current = part(of: reference.year) else { return nil }
        let interval = current.start <= reference ? current : part(of: reference.year - 1)
        guard let interval else { return nil }
        return DateMention(tokens: i..<(i + 1), end: tokens[i].stemRange.upperBound, value: .interval(interval), relative: true)
    }
}

extension DateReader {
    /// `August 99`: a month name (capitalized, where months are) and a year in two digits that
    /// is no day (32–99), read as ``numeric(_:)`` reads `21/04/99`; only where no word or
    /// number follows in the sentence (`in August 45 people died` counts people).
    func monthShortYear(_ i: Int) -> DateMention? {
        guard !caseSuffixes, let (monthNumber, _) = month(i), tokens[i].isCapitalized || calendar.lowercaseMonthLanguages.contains(language),
              follows(i + 1), tokens[i + 1].kind == .number, !tokens[i + 1].hasSuffix, tokens[i + 1].form.stemCharacterCount == 2,
              let (short, _) = digits(i + 1), (32...99).contains(short),
              !(follows(i + 2) && (isWord(i + 2) || tokens[i + 2].kind == .number || tokens[i + 2].text == "-" || tokens[i + 2].text == "/"))
        else { return nil }
        let yearNumber = centuryYear(short)
        return DateMention(tokens: i..<(i + 2), end: tokens[i + 1].stemRange.upperBound,
                           value: .fields(year: yearNumber, month: monthNumber, day: nil), relative: false)
    }

    /// `later in the year`, `earlier in the week`: a phrase of kind `own-unit-lead` and a unit
    /// of a week or more (`later in the day` follows the story's own day): the reference's own
    /// unit, the phrase in the span as in `later this year` (no `mod`).
    func ownUnitLater(_ i: Int) -> DateMention? {
        guard !caseSuffixes, let reference, let (_, k) = gramWordOrPhrase(i, kind: .ownUnitLead), follows(k),
              let (unit, inflection) = gram(k, .unit), inflection.caseEnding.isEmpty, !hasExactGram(k, .pluralUnit),
              ["week", "month", "quarter", "year"].contains(unit), let interval = unitInterval(unit, step: 0, from: reference)
        else { return nil }
        return DateMention(tokens: i..<(k + 1), end: tokens[k].stemRange.upperBound, value: .interval(interval), relative: true)
    }
}

extension DateReader {
    /// `2019-aug-1`, `2019/Sep/01`: a year, a month name and a day, joined by the same dash or
    /// slash with no space (a form of dates in tables and file names; nothing else writes a
    /// month's name between two numbers so).
    func yearMonthNameDay(_ i: Int) -> DateMention? {
        guard !caseSuffixes, i + 4 < tokens.count, tokens[i].kind == .number, !tokens[i].hasSuffix, let (yearValue, _) = year(i),
              tokens[i + 1].kind == .punctuation, tokens[i + 1].text == "-" || tokens[i + 1].text == "/",
              tokens[i + 3].kind == .punctuation, tokens[i + 3].text == tokens[i + 1].text,
              touches(i, i + 1), touches(i + 1, i + 2), touches(i + 2, i + 3), touches(i + 3, i + 4),
              let (monthNumber, _) = month(i + 2), tokens[i + 4].kind == .number, !tokens[i + 4].hasSuffix,
              tokens[i + 4].form.stemCharacterCount <= 2, let (day, _) = digits(i + 4),
              let date = CalendarDate(year: yearValue, month: monthNumber, day: day) else { return nil }
        if i > 0, touches(i - 1, i), tokens[i - 1].kind == .punctuation { return nil }
        if i + 5 < tokens.count, touches(i + 4, i + 5), tokens[i + 5].kind == .punctuation,
           tokens[i + 5].text == "-" || tokens[i + 5].text == "/" { return nil }
        return DateMention(tokens: i..<(i + 5), end: tokens[i + 4].stemRange.upperBound, value: .interval(DateInterval(day: date)),
                           relative: false)
    }
}

extension DateReader {
    /// `the week of the 18th`: the unit week, a word of kind `part-of`, a word of kind
    /// `day-article` and a day in ordinal digits (kind `numbered-day`) of the reference's month,
    /// as ``weekOf(_:)`` reads `the week of November 30th`; only where no word follows but a
    /// function word (`the week of the 18th century` names no day).
    func weekOfBareDay(_ i: Int) -> DateMention? {
        guard !caseSuffixes, let reference, follows(i + 1), hasExactGram(i + 1, .partOf), let (unit, inflection) = gram(i, .unit),
              unit == "week", inflection.caseEnding.isEmpty, !hasExactGram(i, .pluralUnit), follows(i + 2),
              hasExactGram(i + 2, .dayArticle), follows(i + 3), let value = exactGram(i + 3, .numberedDay), let day = Int(value),
              !(follows(i + 4) && (tokens[i + 4].kind == .number || isWord(i + 4) && !models.functionWords.contains(tokens[i + 4].key))),
              let date = CalendarDate(year: reference.year, month: reference.month, day: day) else { return nil }
        let opening = i > 0 && follows(i) && hasExactGram(i - 1, .unitArticle) ? i - 1 : i
        return DateMention(tokens: opening..<(i + 4), end: tokens[i + 3].stemRange.upperBound, value: .interval(DateInterval.week(of: date)),
                           relative: true)
    }
}
