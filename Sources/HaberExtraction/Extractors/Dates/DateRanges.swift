import HaberText

/// Ranges and pairs of dates: `3-5 Mart 2018`, `5 Mart’tan 8 Mart’a kadar`,
/// `4 Eylül ile 8 Eylül arası`, `vom 1. bis 5. April 2019`, `du 12 au 14 avril`,
/// `from July 21 to 23, 2017`; and two days sharing a month (`les 1er et 2 décembre`).
extension DateReader {
    /// A point at `i`, or a bare day number (`22'sine`, `19'u`, `5.`) that takes its month
    /// from the other end of a range.
    func end(at i: Int, points: DatePoints) -> DateMention? {
        if let point = points[i] { return point }
        guard let found = day(i) else { return nil }
        let last = found.next - 1
        let spanEnd = found.inflection.map { end(last, $0) } ?? tokens[tokens[last].text == "." ? i : last].stemRange.upperBound
        return DateMention(tokens: i..<found.next, end: spanEnd, value: .fields(year: nil, month: nil, day: found.day),
                           relative: false, caseEnding: found.inflection?.caseEnding ?? tokens[last].suffix)
    }

    /// A mention with the word that follows it when that word belongs to the period:
    /// `Bu aya ait`, `ilk çeyrek boyunca`.
    ///
    /// Consuming, and read through `result` alone: the mention, borrowed, was copied to be
    /// returned as it came (most mentions, and every one where words take no case ending),
    /// its strings and value retained and released.
    func extended(_ mention: consuming DateMention) -> DateMention {
        guard caseSuffixes else { return mention }
        var result = mention
        let next = result.tokens.upperBound
        guard follows(next), isWord(next), next - 1 >= 0 else { return result }
        if isDative(result.caseEnding), hasExactGram(next, .belonging) {
            result.tokens = result.tokens.lowerBound..<(next + 1)
            result.end = tokens[next].range.upperBound
            result.caseEnding = ""
        } else if result.caseEnding.isEmpty, result.end == tokens[next - 1].range.upperBound, !tokens[next - 1].hasSuffix,
                  gram(next - 1, .unit).map({ !$0.inflection.possessive }) == true, hasGram(next, .during) {
            result.tokens = result.tokens.lowerBound..<(next + 1)
            result.end = tokens[next].range.upperBound
        }
        return result
    }

    /// `value` with the month and year it lacks taken from `other`.
    func completed(_ value: DateMention.Value, from other: DateMention.Value) -> DateMention.Value {
        guard case .fields(let year, let month, let day?) = value, month == nil else { return value }
        switch other {
        case .fields(let otherYear, let otherMonth?, _):
            return .fields(year: year ?? otherYear, month: otherMonth, day: day)
        case .interval(let interval) where interval.unit == .day || interval.unit == .month:
            return .fields(year: interval.start.year, month: interval.start.month, day: day)
        default:
            return value
        }
    }

    /// A year that ends a range and applies to both ends: `..., 2017`.
    private func trailingYear(_ i: Int) -> (year: Int, next: Int)? {
        var k = i
        if follows(k), tokens[k].text == "," { k += 1 }
        guard follows(k), let (value, _) = year(k) else { return nil }
        return (value, k + 1)
    }

    private func withYear(_ value: DateMention.Value, _ year: Int?) -> DateMention.Value {
        guard let year, case .fields(nil, let month, let day) = value else { return value }
        return .fields(year: year, month: month, day: day)
    }

    /// Every range or pair that starts at `i`; a year before one applies to both ends
    /// (`iki bin on sekiz 2-7 Şubat arası`).
    ///
    /// `gated: false` reads every start the quick no of ``opensNoRange(at:points:)`` skips, and
    /// every end the one of ``rangesFrom(_:points:leadingMonth:gated:)`` skips (for the tests).
    func ranges(at i: Int, points: DatePoints, gated: Bool = true) -> [DateMention] {
        if gated, opensNoRange(at: i, points: points) { return [] }
        var found = rangesFrom(i, points: points, gated: gated)
        // `d'avril à juin`: an elided opener (kind `elided-from-pair`) opens no pattern itself (it
        // is before most French nouns), but is looked for before a month.
        // The month first, from its starts: most starts are no month.
        if !caseSuffixes, models.kinds & GramKind.elidedFromPair.bit != 0, i >= starts.count || starts[i].contains(.month),
           follows(i), hasExactGram(i - 1, .elidedFromPair), month(i) != nil {
            found += rangesFrom(i - 1, points: points)
        }
        // A year is four digits of a year's value (``DateStarts/yearNumber``), or a number word
        // before another (``spelledYear(_:minimum:)``): most starts are neither, and are not read.
        if caseSuffixes,
           tokens[i].kind == .number ? i >= starts.count || starts[i].contains(.yearNumber)
               : i + 1 < tokens.count && numberish[i] && numberish[i + 1],
           let (value, next, inflection) = anyYear(i), inflection == nil, !tokens[next - 1].hasSuffix, follows(next),
           tokens[next].kind == .number {
            for range in rangesFrom(next, points: points) {
                guard case .range(let a, let b) = range.value else { continue }
                var extended = range
                extended.tokens = i..<range.tokens.upperBound
                extended.value = .range(withYear(a, value), withYear(b, value))
                found.append(extended)
            }
        }
        // Only a weekday opens it (``weekday(_:)``), told by its starts without a call.
        if !caseSuffixes, i >= starts.count || starts[i].contains(.weekday), let range = weekdayTwoDays(i, points: points) {
            found.append(range)
        }
        // `nächsten Monat vom 4. bis zum 23.`, `im März vom 4. bis zum 8.`: a month, then a
        // range of two days that carry the day's mark; the month names both ends.
        if !caseSuffixes, let point = points[i], point.mod == nil, leadMonth(point.value) != nil,
           case let next = point.tokens.upperBound, next < tokens.count, follows(next), isWord(next) {
            for range in rangesFrom(next, points: points, leadingMonth: point) {
                var extended = range
                extended.tokens = i..<range.tokens.upperBound
                extended.relative = range.relative || point.relative
                found.append(extended)
            }
        }
        return found
    }

    /// `Samstag, den 17. und 18. Juni`: a weekday, then two days in a row of one month joined by
    /// a word of kind `and`: one period of the two days, the weekday the first's (a comma and a
    /// word of kind `day-article` may stand after it). Days apart (`Samstag, den 17. und 24.
    /// Juni`) stay a weekday and two dates.
    private func weekdayTwoDays(_ i: Int, points: DatePoints) -> DateMention? {
        guard let (_, inflection) = weekday(i), inflection == nil, follows(i + 1) else { return nil }
        var k = i + 1
        if tokens[k].text == ",", follows(k + 1) { k += 1 }
        if hasExactGram(k, .dayArticle), follows(k + 1) { k += 1 }
        guard let a = day(k, spelledOK: false), a.inflection == nil, a.next + 1 < tokens.count, follows(a.next),
              hasGram(a.next, .and), follows(a.next + 1), let second = end(at: a.next + 1, points: points), !second.isBareDay,
              second.mod == nil else { return nil }
        let first = DateMention(tokens: k..<a.next, end: tokens[a.next - 1].range.upperBound,
                                value: .fields(year: nil, month: nil, day: a.day), relative: false)
        guard let range = makeRange(first, second, tokens: i..<second.tokens.upperBound, end: second.end),
              case .range(let one, let two) = range.value, let firstDay = startDay(one), let secondDay = startDay(two),
              firstDay.adding(days: 1) == secondDay else { return nil }
        switch two {
        case .fields(_, _, _?): return range
        case .interval(let interval) where interval.unit == .day: return range
        default: return nil
        }
    }

    /// The year (nil when not written) and month of a month standing before a range of days:
    /// a month named (`März`) or named relative to the reference (`nächsten Monat`).
    private func leadMonth(_ value: DateMention.Value) -> (year: Int?, month: Int)? {
        switch value {
        case .fields(let year, let month?, nil): return (year, month)
        case .interval(let interval) where interval.unit == .month: return (interval.start.year, interval.start.month)
        default: return nil
        }
    }

    /// Whether a bare day ends with the day's mark (`4.`: grammar kind `day-mark`).
    private func marked(_ mention: DateMention) -> Bool {
        mention.tokens.count == 2 && hasExactGram(mention.tokens.upperBound - 1, .dayMark)
    }

    /// `leadingMonth`: a month read right before `i` (see ``ranges(at:points:)``); with it, only
    /// a range of two marked bare days in that month is returned. `gated: false` reads every end
    /// the quick no below skips (for the tests that hold the two equal).
    func rangesFrom(_ i: Int, points: DatePoints, leadingMonth: DateMention? = nil, gated: Bool = true) -> [DateMention] {
        var found: [DateMention] = []
        var j = i
        // `from`, `du`, `vom`, `between`, `entre`, `zwischen`.
        var opener: String?
        if isWord(i), !caseSuffixes, let kind = rangeOpener(at: i) {
            opener = kind.name
            j = i + 1
            guard follows(j) else { return [] }
            j = pastArticle(j)
        }
        if leadingMonth != nil, opener == nil { return [] }
        guard j < tokens.count else { return leadingMonth == nil ? monthDays(i) : [] }
        // Most starts where words take no case ending (number words, months, digits before a
        // noun, `de` and `from` before a noun) open no end that a range word follows: only the
        // month's days are left, and no end is read (three readings and a mention made and
        // dropped at each).
        if gated, readsNoRange(at: j, points: points, opener: opener) { return leadingMonth == nil ? monthDays(i) : [] }
        // Turkish: a word that opens no point starts at most a day of two words here (spelled,
        // or kind `numbered-day`), and digits that open none at most a day with its mark or a
        // weak end (``weakEnd(at:)``) of up to three tokens (`10/1'den`, `3. haftadan`). The
        // other end of a range stands right after the first (after a case ending) or one token
        // later (after `ve` or a dash): within three tokens after a word, four after digits.
        // Where none of those can open an end, only the month's days are left, and neither end
        // is read: not the spelled reading (some 100,000 instructions at a form's first sight),
        // nor the year, day and weak end of most numbers, each a mention made and dropped.
        if caseSuffixes, leadingMonth == nil, !points.has(j), models.kinds & GramKind.datedUntil.bit == 0,
           isWord(j) || tokens[j].kind == .number,
           !mayOpenEnd(j + 1, points: points), !mayOpenEnd(j + 2, points: points), !mayOpenEnd(j + 3, points: points),
           isWord(j) || !mayOpenEnd(j + 4, points: points) {
            return monthDays(i)
        }
        // `de Oct. 2 au Octobre 22`: a month before its day, an end only beside a word of kind
        // `dated-until` whose other end writes its day and month too (``monthFirstEnd(_:)``).
        // The end read is bound as `first` itself: kept in a constant first, it was copied into
        // `first` (a retain and a release of its fields, 8,900 times on the bench's articles).
        var first: DateMention
        let monthFirst: Bool
        if let written = points[j] ?? weakEnd(at: j) ?? end(at: j, points: points) ?? nowEnd(j, opener: opener) {
            first = written
            monthFirst = false
        } else if leadingMonth == nil, models.kinds & GramKind.datedUntil.bit != 0, let written = monthFirstEnd(j) {
            first = written
            monthFirst = true
        } else {
            return leadingMonth == nil ? monthDays(i) : []
        }
        // `du lundi 3 au vendredi 7 juin`: after an opener, a weekday alone before a bare day is
        // that day's (periods21fr); read alone it was the reference's week's.
        if opener != nil, !caseSuffixes, !monthFirst, first.tokens == j..<(j + 1), follows(j + 1), tokens[j + 1].kind == .number,
           let (_, inflection) = weekday(j), inflection == nil, points[j + 1] == nil, let found = day(j + 1, spelledOK: false),
           found.inflection == nil {
            first = DateMention(tokens: j..<found.next, end: tokens[found.next - 1].stemRange.upperBound,
                                value: .fields(year: nil, month: nil, day: found.day), relative: false)
        }
        var k = first.tokens.upperBound
        // `du 2 oct. au 22 octobre`: the dot of an abbreviated month before the range word.
        if !caseSuffixes, k + 1 < tokens.count, tokens[k].text == ".", isWord(k - 1), touches(k - 1, k),
           follows(k + 1), isWord(k + 1), isAbbreviatedMonth(k - 1) {
            k += 1
        }
        guard k < tokens.count, follows(k) else { return leadingMonth == nil ? monthDays(i) : [] }
        var led: [DateMention] = []

        // Turkish: `X'ten Y'ye kadar`, `X ile Y arası`, `X'le Y arasında`, `X ve Y arası`.
        if caseSuffixes {
            var joined = false
            var ablative = false
            if isAblative(first.caseEnding) {
                ablative = true
            } else if isComitative(first.caseEnding) {
                joined = true
            } else if first.caseEnding.isEmpty, hasGram(k, .and) {
                joined = true
                k += 1
            }
            // Two bare years need the closing `arasında` (`2015 ile 2017 arasında`), as they
            // need an opener in other languages, and no verb of varying values after it
            // (`1950 ile 2000 arasında değişiyor`).
            func closedByBetween(_ second: DateMention) -> Bool {
                let after = second.tokens.upperBound
                guard joined, second.caseEnding.isEmpty, follows(after), let (_, inflection) = gram(after, .between) else { return false }
                return inflection.possessive && !(follows(after + 1) && hasExactGram(after + 1, .valueRange))
            }
            if ablative || joined, follows(k), let second = points[k] ?? weakEnd(at: k) ?? end(at: k, points: points),
               !(first.weak && second.weak && (first.isYear || second.isYear)) || closedByBetween(second) {
                let after = second.tokens.upperBound
                if ablative, isDative(second.caseEnding), follows(after), hasGram(after, .until) {
                    if let range = makeRange(first, second, tokens: i..<(after + 1), end: tokens[after].range.upperBound) {
                        found.append(range)
                    }
                } else if ablative, isDative(second.caseEnding), first.weak, second.weak, !first.isYear, !second.isYear {
                    // `10/1'den 11/07'ye`: the dative joins the ends, like `kadar`.
                    if let range = makeRange(first, second, tokens: i..<after, end: tokens[after - 1].range.upperBound) {
                        found.append(range)
                    }
                } else if joined, second.caseEnding.isEmpty, follows(after), let (_, inflection) = gram(after, .between),
                          inflection.possessive {
                    if let range = makeRange(first, second, tokens: i..<(after + 1), end: self.end(after, inflection)) {
                        found.append(range)
                    }
                } else if joined, !first.isBareDay || !second.isBareDay, hasExactGram(k - 1, .listAnd), !first.weak, !second.weak {
                    found += pair(first, second)
                }
            }
        }
        // `desde 4-23 del próximo mes`: two bare days joined by a dash after an opener, then a
        // word of kind `part-of` and a month named relative to the reference (as `del 4 al 23 del
        // próximo mes` below).
        if opener != nil, first.isBareDay, k + 1 < tokens.count, tokens[k].kind == .punctuation, tokens[k].text == "-",
           touches(k - 1, k), touches(k, k + 1), let second = end(at: k + 1, points: points), second.isBareDay,
           let month = relativeMonthEnd(second.tokens.upperBound) {
            var one = first, two = second
            one.value = .fields(year: month.interval.start.year, month: month.interval.start.month, day: dayOf(first.value))
            two.value = .fields(year: month.interval.start.year, month: month.interval.start.month, day: dayOf(second.value))
            if var range = makeRange(one, two, tokens: i..<month.next, end: month.end) {
                range.relative = true
                found.append(range)
            }
        }
        // A dash: `19-20 Kasım`, `12 Ocak 2016 - 22/02/2016`, `16 Ağustos - 15 Eylül`.
        // After an opener, the second end may be a day and month in digits that no cue word
        // stands before (`vom 15.11. - 19.12.`, `vom 15. - 19.11.`): the opener announces both.
        if k < tokens.count, tokens[k].kind == .punctuation, isRangeDash(k), follows(k + 1), first.caseEnding.isEmpty, !first.weak,
           let second = end(at: k + 1, points: points) ?? (opener != nil ? cuedDayMonth(k + 1) : nil),
           !(first.isBareDay && second.isBareDay) || adjacentRelativeMonth(second.tokens.upperBound) != nil,
           !monthFirst || dated(second.value) {
            var after = second.tokens.upperBound
            var spanEnd = second.end
            var first = first, second = second
            // `4-23 mois prochain`: two bare days of a month named relative to the reference.
            if first.isBareDay, second.isBareDay, let month = adjacentRelativeMonth(after) {
                let (year, monthNumber) = (month.interval.start.year, month.interval.start.month)
                first.value = .fields(year: year, month: monthNumber, day: dayOf(first.value))
                second.value = .fields(year: year, month: monthNumber, day: dayOf(second.value))
                first.relative = true
                after = month.next
                spanEnd = month.end
            }
            if caseSuffixes, second.caseEnding.isEmpty, follows(after), let (_, inflection) = gram(after, .between),
               inflection.possessive {
                spanEnd = end(after, inflection)
                after += 1
            }
            let touching = touches(k - 1, k) && touches(k, k + 1)
            if first.isBareDay ? touching || !caseSuffixes : true,
               let range = makeRange(first, second, tokens: i..<after, end: spanEnd) {
                found.append(range)
            }
        }
        // `to`, `au`, `bis`, `until`; `and`, `et`, `und` after `between`.
        // Two bare years only after an opener: `zwischen 2015 und 2017`, `from 2018 to 2020`.
        // After `de`, `a`/`à` (kind `until-pair`) closes too; two weekdays are a habit there
        // (`abre de lunes a viernes`), not dates.
        // `du 2 Oct a 22 Octobre`, `de Oct. 2 au Octobre 22`: a word of kind `dated-until`, and an
        // end written month first, join only two ends that write their day and month.
        let plainLink = !caseSuffixes && k < tokens.count && (hasGram(k, .until) || (opener == "between" && hasGram(k, .and))
            || (opener == GramKind.fromPair.name && hasExactGram(k, .untilPair)))
        let datedLink = !plainLink && !caseSuffixes && k < tokens.count && dated(first.value) && hasExactGram(k, .datedUntil)
        if !caseSuffixes, k < tokens.count, plainLink || datedLink,
           follows(k + 1), case let secondAt = pastArticle(k + 1),
           let second = end(at: secondAt, points: points) ?? articled(secondAt, points: points)
            ?? (first.isYear || (opener != nil && (hasYear(first.value) || hasExactGram(first.tokens.lowerBound, .offsetNow)))
                ? weakEnd(at: secondAt) : nil)
            // `vom 15.11. bis 19.12.`: after an opener, a day and month with the day's mark, as after a dash.
            ?? (opener != nil ? cuedDayMonth(secondAt) : nil)
            ?? nowEnd(secondAt, opener: opener)
            ?? (dated(first.value) ? monthFirstEnd(secondAt) : nil),
           !(monthFirst || datedLink) || dated(second.value),
           !(first.weak && second.weak && opener == nil && exactGram(k, .bareDayLink) != "until"),
           !(opener == GramKind.fromPair.name && (first.weekday || second.weekday)),
           // Where the language has words that join days only (`au`), with no opener and a range
           // word before an article (`jusqu'` `au`), a day named relative to the reference before a
           // calendar date is the day of the action, and the date the end of what it sets (`a
           // prolongé mardi jusqu'au 30 juin`); `aujourd'hui au 22 octobre` is a range.
           !(opener == nil && secondAt > k + 1 && models.kinds & GramKind.dayUntil.bit != 0 && first.relative && !second.relative) {
            var a = first.value, b = second.value
            var after = second.tokens.upperBound
            var spanEnd = second.end
            if second.isBareDay, let (value, next) = trailingYear(after) {
                a = withYear(a, value)
                b = withYear(b, value)
                after = next
                spanEnd = tokens[next - 1].stemRange.upperBound
            }
            // `del 4 al 22 de este mes`, `from 4 to 22 of next month`: two bare days, then a
            // word of kind `part-of` and a month named relative to the reference.
            var relativeMonth = false
            // Where the language has words that join days only (kind `day-until`), the same with no
            // `part-of` word (`entre 4 et 22 ce mois`), and with no opener after such a word (`4 au
            // 23 mois prochain`, `4 jusqu'au 23 de ce mois`). Not after `de` … `à`, which joins
            // numbers as often (`passé de 4 à 22 ce mois`).
            // `passe de 4 au 23 mois prochain`: after `de`, numbers as often.
            let afterFrom = i > 0 && follows(i) && (hasGram(i - 1, .from) || hasExactGram(i - 1, .fromPair))
            // `4 till 23 of this month` (periods21en, kind `bare-day-link` `until`): with `of`, as after an opener.
            if opener != nil || ((hasExactGram(k, .dayUntil) || exactGram(k, .bareDayLink) == "until") && !afterFrom),
               first.isBareDay, second.isBareDay,
               let month = relativeMonthEnd(after) ?? (opener != GramKind.fromPair.name ? adjacentRelativeMonth(after) : nil) {
                a = .fields(year: month.interval.start.year, month: month.interval.start.month, day: dayOf(a))
                b = .fields(year: month.interval.start.year, month: month.interval.start.month, day: dayOf(b))
                after = month.next
                spanEnd = month.end
                relativeMonth = true
            } else if opener != nil, let leadingMonth, first.isBareDay, second.isBareDay, marked(first), marked(second),
                      after == second.tokens.upperBound, let month = leadMonth(leadingMonth.value),
                      !(follows(after) && isWord(after) && tokens[after].text.first?.isUppercase == true) {
                // A capitalized word after the last day may be what the ordinal counts (`bis zum 8. Rang`).
                var one = first, two = second
                one.value = .fields(year: month.year, month: month.month, day: dayOf(a))
                two.value = .fields(year: month.year, month: month.month, day: dayOf(b))
                // The span takes in the last day's mark, as it does the first's.
                if let range = makeRange(one, two, tokens: i..<after, end: tokens[after - 1].range.upperBound) { led.append(range) }
            }
            var one = first, two = second
            one.value = a
            two.value = b
            // The span takes in `from`/`du`/`vom`/`between`, as it takes in a modifier (`seit 2010`).
            if !(first.isBareDay && second.isBareDay) || relativeMonth,
               var range = makeRange(one, two, tokens: i..<after, end: spanEnd) {
                range.relative = range.relative || relativeMonth
                found.append(range)
            }
        } else if !caseSuffixes, opener == nil, !monthFirst, k < tokens.count, hasGram(k, .and) || tokens[k].text == ",",
                  first.isBareDay, follows(k + 1), let second = end(at: k + 1, points: points), !second.isBareDay {
            // `les 1er et 2 décembre`, `am 4. und 5. Oktober`: two days of one month.
            found += pair(first, second)
        }
        if leadingMonth != nil { return led }
        // Most starts read no range and no days: no new array for the two empty ones.
        let days = monthDays(i)
        return days.isEmpty ? found : found + days
    }

    /// Whether token `k` is a dash that joins the ends of a range (`-`, `–`, `—`): compared one
    /// by one, as an array literal of the three was built at every ask. The two long dashes are
    /// three bytes each, and only a text of three bytes is compared with them: most tokens asked
    /// are a comma or a full stop, and comparing one with a dash that is not ASCII took the slow
    /// path of a comparison of strings (some 200 instructions, 1 M on the bench's 1,000 articles).
    private func isRangeDash(_ k: Int) -> Bool {
        let text = tokens[k].text
        return text == "-" || text.utf8.count == 3 && (text == "–" || text == "—")
    }

    /// Whether no range nor pair opens at `j`, where words take no case ending, after `opener`
    /// if one stands before it (``rangesFrom(_:points:leadingMonth:gated:)``), told from `j`
    /// and the token after it without reading an end. Where no point starts, a word opens an
    /// end only as a day of kind `numbered-day` (``day(_:spelledOK:)``), as a month before its
    /// day in a language with words of kind `dated-until` (``monthFirstEnd(_:)``), or after an
    /// opener as a word of kind `offset-now` (``nowEnd(_:opener:)``). Without an opener, digits
    /// open an end of one token (a year of ``weakEnd(at:)``, a day), or of two before a word of
    /// kind `day-mark`; after an end of one token, every range and pair needs a mark right after
    /// it, or a word of kind `until`, `and` or `dated-until`.
    private func readsNoRange(at j: Int, points: DatePoints, opener: String?) -> Bool {
        guard !caseSuffixes, j < starts.count, !points.has(j) else { return false }
        if isWord(j) {
            if models.kinds & GramKind.datedUntil.bit != 0, starts[j].contains(.month) { return false }
            if opener != nil, hasExactGram(j, .offsetNow) { return false }
            if !hasExactGram(j, .numberedDay) { return true }
            guard opener == nil else { return false }
        } else if opener != nil || tokens[j].kind != .number {
            return false
        }
        let next = j + 1
        return next == tokens.count || (isWord(next) && !hasGram(next, .until) && !hasGram(next, .and)
            && !hasExactGram(next, .datedUntil) && !hasExactGram(next, .dayMark))
    }

    /// Whether nothing opens at `i`, a word that opens a range only as an opener (`from`, `de`,
    /// `entre`: no point, no month, weekday, day or number among its starts) where words take no
    /// case ending, before a word that opens no end after an opener (as ``readsNoRange(at:points:opener:)``
    /// tells it) and is no article skipped after one (``pastArticle(_:)``), or before no word
    /// of its sentence. Not an opener, such a word reads no end nor month's days either. Told
    /// from the starts and two asks of the next word's kinds, before any call: a fifth of the
    /// starts on the bench's 1,000 articles are such openers (`de` before a noun), and each read
    /// the opener, the article and the quick no of ``rangesFrom(_:points:leadingMonth:gated:)``
    /// (some 400 instructions an ask).
    @inline(__always)
    private func opensNoRange(at i: Int, points: DatePoints) -> Bool {
        guard !caseSuffixes, i < starts.count, starts[i].intersection(Self.openerAloneStarts) == .opener, !points.has(i)
        else { return false }
        let next = i + 1
        guard follows(next) else { return true }
        guard next < starts.count, isWord(next), !points.has(next), !starts[next].contains(.numberedDay) else { return false }
        if models.kinds & GramKind.datedUntil.bit != 0, starts[next].contains(.month) { return false }
        // Its starts say it is no day of kind `numbered-day` (``readStarts(_:)``); its kinds, the rest.
        return !hasExactGram(next, .offsetNow) && !hasExactGram(next, .rangeArticle)
    }

    /// The starts that open a range or another pattern of ``ranges(at:points:gated:)`` besides
    /// an opener: what ``DateStarts/rangeStarts`` holds, and a weekday (``weekdayTwoDays(_:points:)``).
    private static let openerAloneStarts = DateStarts.rangeStarts.union(.weekday)

    /// Whether a Turkish end of a range (``end(at:points:)``, ``weakEnd(at:)``) can open at `k`:
    /// a point, digits, a word that may be a spelled-out number, or a day of kind `numbered-day`.
    /// In line, and the point asked without copying it out (``DatePoints/has(_:)``): 27,000 asks
    /// on the bench's 1,000 articles.
    @inline(__always)
    private func mayOpenEnd(_ k: Int, points: DatePoints) -> Bool {
        guard k < tokens.count else { return false }
        return points.has(k) || tokens[k].kind == .number || (isWord(k) && numberish[k]) || hasExactGram(k, .numberedDay)
    }

    /// The kind of the word at `i` that opens a range (`from`, `between`, `from-pair`), if it is one.
    /// Asked kind by kind: a closure over the kinds copied the whole reader at every call.
    ///
    /// Once the starts are read, a word without an apostrophe's tail whose starts lack
    /// ``DateStarts/opener`` has none of the three kinds among its readings (``readStarts(_:)``
    /// sets it from them): one load of the document's array answers most words, not three
    /// lookups of the form's kinds (20,000 asks on the bench's 1,000 articles).
    private func rangeOpener(at i: Int) -> GramKind? {
        if i >= starts.count || starts[i].contains(.opener) || tokens[i].hasSuffix {
            if hasGram(i, .from) { return .from }
            if hasGram(i, .between) { return .between }
            if hasExactGram(i, .fromPair) { return .fromPair }
        }
        // `d'avril à juin` (periods21fr): the elided `de`, an opener before a month's name only.
        return (i + 1 >= starts.count || starts[i + 1].contains(.month)) && hasExactGram(i, .elidedFromPair) && month(i + 1) != nil
            ? .fromPair : nil
    }

    /// Whether a value writes both its month and its day (`2 Oct`, `Octobre 22`).
    private func dated(_ value: DateMention.Value) -> Bool {
        if case .fields(_, _?, _?) = value { return true }
        return false
    }

    /// `Oct. 2`, `septembre 4`: a month's name (its dot glued after it), then its day in one or
    /// two digits, in a language with words of kind `dated-until`, read only as an end of a range
    /// beside such a word (``rangesFrom(_:points:leadingMonth:)``), and not before a lowercase word
    /// other than a range word (`septembre 4 personnes` is a count).
    private func monthFirstEnd(_ j: Int) -> DateMention? {
        guard models.kinds & GramKind.datedUntil.bit != 0, isWord(j), let (monthNumber, inflection) = month(j), inflection == nil
        else { return nil }
        var k = j + 1
        if k + 1 < tokens.count, tokens[k].text == ".", touches(j, k) { k += 1 }
        guard follows(k), tokens[k].kind == .number, !tokens[k].hasSuffix, tokens[k].form.stemCharacterCount <= 2,
              let (day, _) = digits(k), (1...31).contains(day) else { return nil }
        let after = k + 1
        if follows(after), isWord(after), !tokens[after].isCapitalized, !hasGram(after, .until), !hasGram(after, .and),
           !hasExactGram(after, .datedUntil) { return nil }
        return DateMention(tokens: j..<after, end: tokens[k].stemRange.upperBound,
                           value: .fields(year: nil, month: monthNumber, day: day), relative: false)
    }

    /// A month named relative to the reference after a word of kind `part-of` at `k` (`de este
    /// mes`, `del próximo mes`, `of next month`), or of kind `bare-day-link` `month` (`in next
    /// month`): its interval, the token after it and its span end.
    private func relativeMonthEnd(_ k: Int) -> (interval: DateInterval, next: Int, end: Int)? {
        guard follows(k), hasExactGram(k, .partOf) || exactGram(k, .bareDayLink) == "month", follows(k + 1), let mention = shifted(k + 1) ?? postShifted(k + 1),
              mention.mod == nil, case .interval(let interval) = mention.value, interval.unit == .month else { return nil }
        return (interval, mention.tokens.upperBound, mention.end)
    }

    /// A month named relative to the reference right at `k` (`ce mois`, `le mois prochain`),
    /// as ``relativeMonthEnd(_:)`` reads it after its `part-of` word.
    private func adjacentRelativeMonth(_ k: Int) -> (interval: DateInterval, next: Int, end: Int)? {
        guard models.kinds & GramKind.dayUntil.bit != 0, follows(k), let mention = shifted(k) ?? postShifted(k), mention.mod == nil,
              case .interval(let interval) = mention.value, interval.unit == .month else { return nil }
        return (interval, mention.tokens.upperBound, mention.end)
    }

    /// `between now and November 15th`, `from 2015 until now`: the word for the reference's
    /// own moment (grammar kind `offset-now`) as an end of a range after an opener: the
    /// reference day.
    private func nowEnd(_ k: Int, opener: String?) -> DateMention? {
        guard opener != nil, let reference, isWord(k), hasExactGram(k, .offsetNow) else { return nil }
        return DateMention(tokens: k..<(k + 1), end: tokens[k].stemRange.upperBound, value: .interval(DateInterval(day: reference)),
                           relative: true)
    }

    /// A point that opens with the article at `k` though read from the word after it (`until
    /// the day after tomorrow`: kind `article`).
    private func articled(_ k: Int, points: DatePoints) -> DateMention? {
        guard k + 1 < tokens.count, hasExactGram(k, .article), let point = points[k + 1], point.tokens.lowerBound == k
        else { return nil }
        return point
    }

    /// Whether a value writes its year (`May 2015`, `2015`), not a month or day alone.
    private func hasYear(_ value: DateMention.Value) -> Bool {
        if case .fields(_?, _, _) = value { return true }
        return false
    }

    /// The day of a date's fields (nil for any other value).
    private func dayOf(_ value: DateMention.Value) -> Int? {
        if case .fields(_, _, let day) = value { return day }
        return nil
    }

    /// Past an article that may stand before an end of a range (grammar kind `range-article`:
    /// `zwischen dem 15. und dem 19. November`, `bis zum`, `desde el 4 hasta el 22`), the
    /// token after it; else `k` itself.
    func pastArticle(_ k: Int) -> Int {
        guard k < tokens.count, hasExactGram(k, .rangeArticle), follows(k + 1) else { return k }
        return k + 1
    }

    /// `Kasım 19-20 arası`, `July 21-23`: a month, then two days.
    ///
    /// The month asked in line (``month(_:)``): most of its 39,000 asks on the bench's 1,000
    /// articles are at no month, the last resort of ``rangesFrom(_:points:leadingMonth:gated:)``.
    @inline(__always)
    func monthDays(_ i: Int) -> [DateMention] {
        guard isWord(i), i >= starts.count || starts[i].contains(.month) else { return [] }
        return monthDaysAfterMonth(i)
    }

    @inline(never)
    private func monthDaysAfterMonth(_ i: Int) -> [DateMention] {
        var found: [DateMention] = []
        if let (monthNumber, inflection) = month(i), inflection == nil, follows(i + 1), let a = day(i + 1, spelledOK: false),
           a.inflection == nil, a.next < tokens.count,
           ["-", "–"].contains(tokens[a.next].text) || hasGram(a.next, .and) || hasExactGram(a.next, .datedUntil),
           follows(a.next + 1), let b = day(a.next + 1, spelledOK: false) {
            var after = b.next
            var spanEnd = tokens[b.next - 1].stemRange.upperBound
            var yearValue: Int?
            if let (value, next) = trailingYear(after), b.inflection == nil {
                yearValue = value
                after = next
                spanEnd = tokens[next - 1].stemRange.upperBound
            }
            var closed = !caseSuffixes && !hasGram(a.next, .and)
            // `Novembre 19 a 20` (kind `dated-until`): only where no word follows the last day
            // (`en novembre 19 a 20 ans` is no date).
            if closed, hasExactGram(a.next, .datedUntil), !["-", "–"].contains(tokens[a.next].text) {
                closed = b.inflection == nil && !(follows(after) && isWord(after))
            }
            if caseSuffixes, follows(after), let (_, between) = gram(after, .between), between.possessive {
                spanEnd = end(after, between)
                after += 1
                closed = true
            }
            if closed {
                let one = DateMention(tokens: i..<(a.next), end: 0, value: .fields(year: yearValue, month: monthNumber, day: a.day),
                                      relative: false)
                let two = DateMention(tokens: (a.next + 1)..<b.next, end: 0,
                                      value: .fields(year: yearValue, month: monthNumber, day: b.day), relative: false)
                if let range = makeRange(one, two, tokens: i..<after, end: spanEnd) { found.append(range) }
            }
        }
        return found
    }

    /// A range from `first` to `second`, each completing the other's missing month and year.
    func makeRange(_ first: DateMention, _ second: DateMention, tokens range: Range<Int>, end: Int) -> DateMention? {
        var a = completed(first.value, from: second.value)
        var b = completed(second.value, from: first.value)
        // `2017, 4 Ocak'tan 22'sine kadar`: the year of one end is the other's.
        if case .fields(let y1, let m1, let d1) = a, case .fields(let y2, let m2, let d2) = b {
            if y1 == nil, let y2, m1 != nil { a = .fields(year: y2, month: m1, day: d1) }
            if y2 == nil, let y1, m2 != nil { b = .fields(year: y1, month: m2, day: d2) }
        }
        // An end without a year that falls before the start is in the next year
        // (`25/10'dan 25/01'e`, `Bugünden 22 Ekim'e kadar`).
        if case .fields(nil, let m2?, let d2) = b, let start = startDay(a) {
            let year = (m2, d2 ?? 31) < (start.month, start.day) ? start.year + 1 : start.year
            if year != reference?.year || start.year != reference?.year { b = .fields(year: year, month: m2, day: d2) }
        }
        // `haftaya Çarşamba ve Cuma arası`: a weekday after the start's week day is in its week.
        if second.weekday, case .interval(let one) = a, case .interval(var two) = b, two.unit == .day, two.start < one.start {
            while two.start < one.start { two = DateInterval(day: two.start.adding(days: 7)) }
            b = .interval(two)
        }
        if case .fields(_, nil, _?) = a { return nil }
        if case .fields(_, nil, _?) = b { return nil }
        return DateMention(tokens: range, end: end, value: .range(a, b), relative: first.relative || second.relative)
    }

    /// The first day of a range's start, its year from the reference when it has none.
    private func startDay(_ value: DateMention.Value) -> CalendarDate? {
        switch value {
        case .interval(let interval): return interval.start
        case .fields(let year, let month?, let day):
            guard let year = year ?? reference?.year else { return nil }
            return CalendarDate(year: year, month: month, day: day ?? 1)
        case .fields(let year?, nil, nil): return CalendarDate(year: year, month: 1, day: 1)
        default: return nil
        }
    }

    /// Two dates of one month: `1er et 2 décembre` → `1er` and `2 décembre`.
    func pair(_ first: DateMention, _ second: DateMention) -> [DateMention] {
        var one = first
        one.value = completed(first.value, from: second.value)
        if case .fields(_, nil, _?) = one.value { return [] }
        return [one, second]
    }
}
