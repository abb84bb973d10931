import HaberText

/// The date grammar: each pattern reads an expression starting at a token and returns it
/// as a ``DateMention``; ``points(at:)`` keeps the longest.
extension DateReader {
    // MARK: - Points

    /// The longest date expression that starts at `i` and is no range (the first of equals,
    /// in the patterns' order). `starts` tells what token `i` can open (``readStarts(_:)``):
    /// each pattern is tried only where its first token can be.
    ///
    /// Some patterns are tried only where the tokens they need are there, told once here
    /// (`gated: false` tries them all, for the tests): the numbers of a numeric date and the
    /// month and day of a dashed one are joined by marks, so that all but one-token forms
    /// need a token other than a word right after `i` (most numbers have a word after them:
    /// 12,000 calls on the bench's 1,000 articles, each reading `i` and its neighbours again);
    /// a bare day in digits (``bareDay(_:)``) carries its case ending; where words take no case
    /// ending, a count in digits opens a duration, and a count a date counted ahead or from a
    /// day, only beside the grammar words they read, which the starts of their tokens tell.
    func point(at i: Int, starts: DateStarts, gated: Bool = true) -> DateMention? {
        var best: DateMention?
        // A mark or a number after `i`: the second token of every numeric shape of several tokens.
        let markAfter = !gated || i + 1 < tokens.count && tokens[i + 1].kind != .word
        // What the token after `i` can open: where words take no case ending, a word's starts
        // hold the kinds `shift` and `unit` of its grammar readings exactly (``readStarts(_:)``;
        // a word whose opening opens no grammar word has none, ``DateStarts/noGrammarWord``), and
        // `weekday` for every weekday (``weekday(_:)``). The patterns that read a count at `i`
        // (one token there) need such a word right after it; most numbers have none.
        let next = i + 1 < self.starts.count ? self.starts[i + 1] : []
        // Where words take case endings the starts do not hold every grammar kind: all counts are read.
        let readsEveryCount = !gated || caseSuffixes
        // A number word right after `i` (one that may be part of a spelled-out number).
        let numberWordAfter = isWord(i + 1) && numberish[i + 1]
        // A count in digits opens a duration only before a unit, a weekday or the word for a half
        // (``duration(_:opensPhrase:)``), a grammar word in each case.
        let mayOpenDuration = readsEveryCount || tokens[i].kind != .number || !next.isDisjoint(with: [.unit, .weekday])
            || !next.contains(.noGrammarWord)
        // Consuming: a pattern's answer (nil at nearly all of its 190,000 asks on the bench's
        // 1,000 articles) was destroyed by the caller after each call, through an outlined call.
        // The nil is dropped where the pattern returns it: a call of its own for each answer cost
        // some 20 instructions and a branch that no site could predict.
        @inline(__always) func consider(_ mention: consuming DateMention?) {
            guard let mention else { return }
            Self.keep(mention, in: &best)
        }
        // periods19en: `for 3 days from today` before `3 days from today` (a duration), which ends there too.
        // After a word of kind `duration-for`, a grammar word.
        if !caseSuffixes, !starts.isDisjoint(with: [.countNumber, .count]),
           readsEveryCount || i > 0 && !self.starts[i - 1].contains(.noGrammarWord) && follows(i) && hasExactGram(i - 1, .durationFor) {
            consider(countFromDay(i))
        }
        // days20en: `two Sundays from now` (kind `weekday-plural` after the count).
        if !caseSuffixes, !starts.isDisjoint(with: [.countNumber, .count]),
           readsEveryCount || !next.contains(.noGrammarWord) && hasExactGram(i + 1, .weekdayPlural) {
            consider(weekdaysFromNow(i))
        }
        // One token is a numeric date only with a mark inside (``numeric(_:)``,
        // ``numericMonthYear(_:)``, ``markedMonthYear(_:)``); the others need `markAfter`.
        if starts.contains(.number), markAfter || starts.contains(.markedDigits) {
            if !gated || mayOpenNumeric(i, starts: starts) { consider(numeric(i)) }
            // The patterns below read nothing in a language without their kind of mark (their first
            // test): told here once, not in four calls at each of 25,000 numbers on the bench's 1,000 articles.
            if models.kinds & GramKind.monthYearMark.bit != 0 { consider(numericMonthYear(i)) }
            if models.kinds & GramKind.monthYearSign.bit != 0 {
                // `11-2016`, `3.2015`, `el 1-Ene` (kind `month-year-sign`).
                consider(markedMonthYear(i))
                consider(cuedMarkedDayMonth(i))
                consider(cuedDashedShortDate(i))
            }
        }
        if !starts.isDisjoint(with: [.dayNumber, .yearNumber, .spelled, .numberedDay, .month, .weekday]), monthAhead(of: i) {
            let mention = named(i)
            consider(mention)
            // `enero pasado`, `el 3 de junio próximo` (kind `date-shift` after the date).
            if let mention { consider(calendarDateShifted(after: mention)) }
        }
        if starts.contains(.yearNumber) { consider(cuedYear(i)) }
        if starts.contains(.relativeDay) { consider(relativeDay(i)) }
        if starts.contains(.phrase) { consider(dayPhrase(i)) }
        if !starts.isDisjoint(with: [.shift, .weekday]) { consider(weekdayMention(i)) }
        if starts.contains(.weekday) { consider(cuedWeekdayAlone(i)) }
        if !caseSuffixes, !starts.isDisjoint(with: [.ordinal, .numberedDay]) { consider(ordinalWeekdayAlone(i)) }
        if !caseSuffixes, markAfter, !starts.isDisjoint(with: [.month, .dayNumber, .yearNumber]) { consider(dashedMonthDay(i)) }
        if !caseSuffixes, starts.contains(.gluedDate) { consider(gluedMonthDay(i)) }
        // days20en: `October. 2` ending its line.
        if !caseSuffixes, starts.contains(.month) { consider(monthStopDay(i)) }
        if !caseSuffixes, markAfter, starts.contains(.dayNumber) { consider(slashDateCommaYear(i)) }
        if starts.contains(.shift) {
            consider(notDistal(shifted(i)))
            // `el pasado 20 de diciembre`, `este fin de semana` (kinds `date-shift`, `weekend`).
            consider(shiftedCalendarDate(i))
            consider(notDistal(shiftedWeekend(i)))
        }
        if starts.contains(.phrase) { consider(postShiftedWeekend(i)) }
        if starts.contains(.unit) { consider(decadeOfWord(i)) }
        if !starts.isDisjoint(with: [.relativeDay, .phrase, .shift, .countNumber, .count, .spelled]), mayOpenDuration,
           !gated || !closesBeforeDuration(i) {
            consider(duration(i, opensPhrase: starts.contains(.phrase), closesAsked: gated))
        }
        if !starts.isDisjoint(with: [.ownUnit, .unit]) { consider(unitPart(i)) }
        if starts.contains(.unit) { consider(postShifted(i)) }
        if !starts.isDisjoint(with: [.demonstrative, .yearNumber, .ordinalNumber, .spelled, .month, .ordinal, .numberedDay]),
           mayReadOrdinalOf(i, starts: starts),
           // A number word where words take case endings (its starts hold its kinds, read whole by
           // ``DateReader/firstStarts(at:openings:spellout:)``) opens one only as a demonstrative, a
           // month, an ordinal or a spelled year, which needs a number word after it.
           !gated || !(caseSuffixes && starts.contains(.spelled) && isWord(i)) || numberWordAfter
               || !starts.isDisjoint(with: [.demonstrative, .month, .ordinal]) {
            consider(ordinalOf(i))
        }
        // A bare day spelled out opens its sentence (``bareDay(_:)``).
        if !starts.isDisjoint(with: [.dayNumber, .spelled]),
           !gated || caseSuffixes && (tokens[i].kind != .number || tokens[i].hasSuffix) && (tokens[i].kind == .number || document.isInitial(i)) {
            consider(bareDay(i))
        }
        if !caseSuffixes, !starts.isDisjoint(with: [.dayNumber, .numberedDay]), !gated || mayCueBareDay(i) { consider(cuedBareDay(i)) }
        if starts.contains(.apostrophe) { consider(abbreviatedYear(i)) }
        // Where words take case endings, a number word opens a spelled year only before another
        // (``spelledYear(_:minimum:)``), and a spelled decade there or in its own plural
        // (``DateStarts/pluralNumber``): most are `bir` before a noun (6,500 asks of each on the
        // bench's 1,000 articles, nearly all answered no).
        let wordsOnlyBefore = !gated || !caseSuffixes || tokens[i].kind == .number || numberWordAfter
        if !starts.isDisjoint(with: [.threeDigits, .spelled]), wordsOnlyBefore { consider(spelledYearMention(i)) }
        if !starts.isDisjoint(with: [.decadeNumber, .spelled]), wordsOnlyBefore || starts.contains(.pluralNumber) {
            consider(decade(i))
        }
        // Where words take no case ending, a season is read at its word or after a shift word
        // right before it (``seasonOfYear(_:)``), and the starts hold every season word: the
        // years and shift words before no season (4 M instructions on the bench's 1,000 articles,
        // 14 seasons found) read none.
        // Where words take case endings, a number word's starts hold its kinds (``DateReader/firstStarts(at:openings:spellout:)``
        // reads them whole): one with no shift nor season reading opens a season only as a spelled year.
        if !starts.isDisjoint(with: [.shift, .yearNumber, .spelled, .season]),
           !gated || (caseSuffixes ? wordsOnlyBefore || !starts.isDisjoint(with: [.shift, .season])
                                   : starts.contains(.season) || next.contains(.season)) {
            consider(season(i))
        }
        // Where words take no case ending, the century word is a word whose starts hold `unit`
        // (``readStarts(_:)``), at `i` or after its number (an ordinal of one token, or digits and a dot).
        if !starts.isDisjoint(with: [.ordinalNumber, .ordinal, .unit]), caseSuffixes || unitWithinTwo(after: i) { consider(century(i)) }
        if !caseSuffixes { pointWithoutCaseEndings(at: i, starts: starts, next: next, markAfter: markAfter, gated: gated, best: &best) }
        return best
    }

    /// The patterns of ``point(at:starts:gated:)`` read only where words take no case ending, in
    /// a function of their own: grown past a size, `point` was no longer inlined into, and built
    /// each of its constant sets of starts on the heap at every call.
    @inline(never)
    private func pointWithoutCaseEndings(at i: Int, starts: DateStarts, next: DateStarts, markAfter: Bool, gated: Bool,
                                         best: inout DateMention?) {
        @inline(__always) func consider(_ mention: consuming DateMention?) {
            guard let mention else { return }
            Self.keep(mention, in: &best)
        }
        if starts.contains(.month) { consider(monthOfShiftedYear(i)) }
        if starts.contains(.season) { consider(seasonOfShiftedYear(i)) }
        // Its month stands within three tokens of the day (``dayOfMonthOfShiftedYear(_:)``).
        if !starts.isDisjoint(with: [.dayNumber, .numberedDay]), monthAhead(of: i) { consider(dayOfMonthOfShiftedYear(i)) }
        if starts.contains(.shift) { consider(shiftedYearMonth(i)) }
        // A count opens it only before a word of kind `shift` or `unit` (``countShifted(_:)``).
        if !starts.isDisjoint(with: [.countNumber, .count]), !next.isDisjoint(with: [.shift, .unit]) { consider(countShifted(i)) }
        if starts.contains(.unit) { consider(weekOf(i)) }
        if starts.contains(.rest) { consider(restOf(i)) }
        if starts.contains(.unit) { consider(unitAfterNext(i)) }
        // A unit at `i`, or a count before one (``unitStarting(_:)``).
        if starts.contains(.unit) || (!starts.isDisjoint(with: [.countNumber, .count]) && next.contains(.unit)) {
            consider(unitStarting(i))
        }
        if starts.contains(.shift) { consider(weekdaysOfShiftedWeek(i)) }
        if starts.contains(.shift) { consider(possessivePart(i)) }
        if starts.contains(.unit) { consider(unitToDate(i)) }
        if starts.contains(.phrase) { consider(unitSoFar(i)) }
        // periods19en: `within 10 days`, `2 days hence`, `2016's third quarter`.
        if starts.contains(.phrase) { consider(boundedDuration(i)) }
        // A count of one token and its unit (``countAhead(_:)``).
        if !starts.isDisjoint(with: [.countNumber, .count]), !gated || next.contains(.unit) { consider(countAhead(i)) }
        if starts.contains(.yearNumber) { consider(yearPossessivePart(i)) }
        if markAfter, starts.contains(.number) { consider(spacedYearMonth(i)) }
        if starts.contains(.yearNumber), monthAhead(of: i) { consider(yearMonthNameDay(i)) }
        if starts.contains(.ordinal), tokens[i].kind == .number { consider(bareNumberedPart(i)) }
        if starts.contains(.month) { consider(monthShortYear(i)) }
        if starts.contains(.phrase) { consider(ownUnitLater(i)) }
        if starts.contains(.unit) { consider(weekOfBareDay(i)) }
        // periods21en: `w/c 4 February`, `week commencing March 4`.
        if starts.contains(.phrase) { consider(weekCommencing(i)) }
    }

    /// Keeps `mention` in `best` when it is longer (it ends at a later token, or at the same token
    /// later in the text): of equals, the first found. Out of line: nearly every pattern's answer is
    /// nil, dropped where it is returned.
    @inline(never)
    static func keep(_ mention: consuming DateMention, in best: inout DateMention?) {
        guard let known = best else { best = mention; return }
        if known.tokens.upperBound != mention.tokens.upperBound ? known.tokens.upperBound < mention.tokens.upperBound
            : known.end < mention.end { best = mention }
    }

    /// Whether a token of `i...i + 11` can be a month name (``starts``): ``named(_:)`` reads
    /// at most a year (six words), the word for year, a comma, a day (two words, or digits
    /// and a mark) and a joiner before its month, and most numbers have no month near.
    func monthAhead(of i: Int) -> Bool {
        var k = i
        let end = min(starts.count, i + 12)
        while k < end {
            if starts[k].contains(.month) { return true }
            k += 1
        }
        return false
    }

    /// Whether ``ordinalOf(_:)`` may read something at token `i`, told without reading it for
    /// most numbers, where it is asked most (24,800 asks on the bench's 1,000 articles, nearly
    /// all answered no). Digits that are no `numbered-day` nor `numbered-part` (their starts
    /// say so, ``readStarts(_:)``) open only an ordinal there (`3.`, `3rd`, `11'inci`), or,
    /// where words take case endings, a year in the genitive or before the word for year.
    /// Where words take none, the ordinal's value is 1–59 and a unit, a part or a weekday
    /// follows it, after its mark and a hyphen (``ordinalPart(_:)``): a word's starts hold
    /// those kinds exactly there.
    func mayReadOrdinalOf(_ i: Int, starts: DateStarts) -> Bool {
        guard tokens[i].kind == .number, starts.isDisjoint(with: [.numberedDay, .ordinal]) else { return true }
        if caseSuffixes {
            // Digits written as grammar words have no `demonstrative` in their starts.
            return rules.digitWords || starts.contains(.yearNumber) || ordinal(i) != nil
        }
        guard starts.contains(.ordinalNumber) else { return false }
        var k = i + 1
        let end = min(self.starts.count, i + 4)
        while k < end {
            if tokens[k].kind == .word ? !self.starts[k].isDisjoint(with: [.unit, .part, .weekday]) : hasExactGram(k, .partUnit) {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether token `i` or one of the two after it can be a unit or century word (``starts``).
    func unitWithinTwo(after i: Int) -> Bool {
        var k = i
        let end = min(starts.count, i + 3)
        while k < end {
            if starts[k].contains(.unit) { return true }
            k += 1
        }
        return false
    }

    /// Whether ``numeric(_:)`` may read a date at number `i`: a mark inside it, or a number or
    /// a separator glued after it (its first test), told before the call (10,000 calls on the
    /// bench's 1,000 articles, most after a comma or a full stop). Out of line, as the other
    /// tests asked by ``point(at:starts:gated:)``: grown past a size, that function built each of
    /// its constant sets of starts on the heap at every call.
    @inline(never)
    func mayOpenNumeric(_ i: Int, starts: DateStarts) -> Bool {
        if starts.contains(.markedDigits) { return true }
        guard i + 1 < tokens.count, !tokens[i].hasSuffix, touches(i, i + 1) else { return false }
        let after = tokens[i + 1]
        return after.kind == .number || after.kind == .punctuation && Self.isNumericSeparator(after.text)
    }

    /// Whether a word that announces a bare day stands before `i` (``cuedBareDay(_:)``'s first test).
    @inline(never)
    func mayCueBareDay(_ i: Int) -> Bool {
        guard i > 0, follows(i) else { return false }
        return hasExactGram(i - 1, .bareDayCue) || i > 1 && follows(i - 1) && hasExactGram(i - 1, .dayArticle) && hasExactGram(i - 2, .bareDayCue)
    }

    /// What token `i`'s form can open, as ``DateStarts`` (read once per form by the caller).
    func readStarts(_ i: Int) -> DateStarts {
        let token = tokens[i]
        var starts: DateStarts = []
        switch token.kind {
        case .number:
            starts.insert(.number)
            // A stem read as a value (``digits(_:)``) is ASCII digits alone: only one read as none is looked at.
            let read = digits(i)
            if read == nil, !token.stem.utf8.allSatisfy({ $0 &- 0x30 < 10 }) { starts.insert(.markedDigits) }
            if let (value, _) = read {
                let length = token.form.stemCharacterCount
                if length <= 2, (1...31).contains(value) { starts.insert(.dayNumber) }
                if length == 4, (1000...2999).contains(value) { starts.insert(.yearNumber) }
                if !token.hasSuffix, (1...999).contains(value) { starts.insert(.countNumber) }
                if (1...59).contains(value) { starts.insert(.ordinalNumber) }
                if length == 3, !token.hasSuffix, value >= 100 { starts.insert(.threeDigits) }
                if token.hasSuffix, length == 2 || length == 4, value % 10 == 0 { starts.insert(.decadeNumber) }
            }
        case .punctuation, .symbol: if token.text == "'" { starts.insert(.apostrophe) }
        case .word:
            // `1990s`, `1990er`: digits and an ending, one word where words take no case ending.
            if !caseSuffixes, let first = token.key.utf8.first, (0x30...0x39).contains(first), plainDecadeDigits(token.key) != nil {
                starts.insert(.decadeNumber)
            }
        }
        // `Oct2`, `22april`: letters and digits in one token, a month's name and its day (``gluedMonthDay(_:)``).
        if !caseSuffixes, let first = token.key.utf8.first,
           (token.kind == .number && first >= 0x61) || (token.kind == .word && first >= 0x30 && first <= 0x39),
           gluedDateParts(i) != nil {
            starts.insert(.gluedDate)
        }
        // Digits first are no grammar word where none is written so (``DateRules/isNoDigitWord(_:)``):
        // their starts say so, without reading the form's entries (most new forms of a text
        // that are read here are numbers).
        if token.kind != .word, rules.isNoDigitWord(token.key) {
            return starts.union(.noGrammarWord)
        }
        if hasExactGram(i, .numberedDay) || hasExactGram(i, .wordDay) || hasExactGram(i, .dayTens) {
            starts.insert(.numberedDay)
        }
        // `Q3`, `H1`: digits after a letter are a number token.
        if token.kind == .number, hasExactGram(i, .numberedPart) { starts.insert(.ordinal) }
        guard token.kind == .word else { return starts }
        if numberish[i] { starts.insert(.spelled) }
        if caseSuffixes, numberish[i], !pluralSplits(i).isEmpty { starts.insert(.pluralNumber) }
        let key = token.key
        let run = DateOpenings.run(of: key)
        if models.monthOpenings.opens(key, run: run), month(i) != nil { starts.insert(.month) }
        if models.weekdayOpenings.opens(key, run: run), weekday(i) != nil { starts.insert(.weekday) }
        // By the bits of the readings' kinds, kept per form for the patterns' asks: compared by
        // name, each reading took up to eleven comparisons of strings (41,000 on the bench's
        // 1,000 articles).
        starts.formUnion(DateStarts(readings: gramKinds(i), capitalized: token.isCapitalized))
        starts.formUnion(DateStarts(exactEntries: exactKinds(i)))
        if models.phraseOpenings.opens(key, run: run), !(rules.phrases[key] ?? []).isEmpty { starts.insert(.phrase) }
        // Where words take no case ending, a word writes an ordinal only as a grammar word
        // (``ordinal(_:)``), whose kinds are read already: no fact of its own is kept of it here.
        if caseSuffixes ? ordinal(i) != nil : !token.hasSuffix && exactGram(i, .ordinal).flatMap({ Int($0) }) != nil {
            starts.insert(.ordinal)
        }
        return starts
    }

    // MARK: Numeric

    /// `21.07.2017`, `21/07/2017`, `21/04/16`, `2017-07-21`, `2014-2020`.
    func numeric(_ start: Int) -> DateMention? {
        guard start < tokens.count, tokens[start].kind == .number else { return nil }
        // Separators are punctuation: their text is compared only for such tokens.
        if start > 0, touches(start - 1, start), tokens[start - 1].kind == .punctuation,
           Self.isNumericSeparator(tokens[start - 1].text) { return nil }
        var end = start + 1
        while end < tokens.count, end - start < 5, touches(end - 1, end), !tokens[end - 1].hasSuffix,
              tokens[end].kind == .number || (tokens[end].kind == .punctuation && Self.isNumericSeparator(tokens[end].text)) {
            end += 1
        }
        while end > start + 1, tokens[end - 1].kind != .number { end -= 1 }
        // One number without a separator in it is no numeric date (most numbers): known
        // before the text is put together.
        guard end > start + 1 || Self.holdsSeparator(tokens[start].stem) else { return nil }
        // `am 15.01.`: a day and its month with the day's mark after them and no year, only
        // after a word that announces a day (grammar kind `day-cue`): else `15.30` is a time.
        if end == start + 1, follows(start), hasExactGram(start - 1, .dayCue) || hasExactGram(start - 1, .dottedDayCue),
           let mention = cuedDayMonth(start) {
            return mention
        }
        // `on 4/22`, `el 22/04`: a day and a month with a slash and no year, only after a word
        // that announces a day (`24/7`, `3/4` alone are no dates).
        // dates20fr: after a word of kind `closing-day-cue` (`sur 22/04`), only where nothing but a
        // mark that ends the sentence follows (`sur 2/3 des élus` is a part) and a number is over
        // 12 (`un score sur 3/4.` is a fraction).
        if end == start + 3, follows(start),
           hasExactGram(start - 1, .dayCue) || (hasExactGram(start - 1, .closingDayCue) && endsSentence(at: end)
                && [start, start + 2].contains(where: { (digits($0)?.0 ?? 0) > 12 })),
           let mention = cuedSlashDayMonth(start) {
            return mention
        }
        // dates21fr: `22/04`, a day and a month written in two digits each, the month with its
        // leading zero (`04/22` may be a month of 2022), after a word and with nothing after it in
        // the sentence: no fraction nor count is written so (`24/7`, `3/4`, `15/20` stay no
        // dates); not after a word of kind `score-cue` (`une note de 07/10`). Only in a language
        // that has such words.
        if end == start + 3, models.kinds & GramKind.scoreCue.bit != 0, endsSentence(at: end), standsAloneAfterWord(start),
           tokens[start].form.stemCharacterCount == 2, tokens[start + 2].form.stemCharacterCount == 2,
           tokens[rules.monthFirst ? start : start + 2].stem.utf8.first == 0x30,
           let mention = cuedSlashDayMonth(start) {
            return mention
        }
        // `on 4-22`, `on 4.22`: where the month comes first, a month and a day over 12 with a dash
        // or a dot, after a word that announces a day and ending the sentence (`on 3-1` may be
        // a score, `on 4.22 percent` a number).
        if rules.monthFirst, follows(start), hasExactGram(start - 1, .dayCue), let mention = cuedDashDayMonth(start) {
            return mention
        }
        guard let shape = NumericShape(stems: tokens[start..<end].lazy.map(\.stem)) else { return nil }
        // periods19en: a year-month of two parts is no part of a longer code (`12-2019-aug-1`).
        let openAfter = end < tokens.count && touches(end - 1, end) && tokens[end].kind == .punctuation
            && (tokens[end].text == "-" || tokens[end].text == "/")
        // A year and its month alone are read after a word, a clause mark or nothing, and then
        // before a closing mark or the sentence's end, or after a year cue (`for 2021-11`, `in
        // 2022/03`): `n° 2016-3`, `the index 2016-05 was published`, `el plan 2015-3 fue
        // aprobado` number things.
        // dates21fr: not after a word of kind `score-cue` with a dash (`un score de 11-2016`).
        let standsAlone = (!follows(start) || tokens[start - 1].kind == .word || Self.isClauseMark(tokens[start - 1].text))
            && !(shape.separators.0 == 0x2D && follows(start) && hasExactGram(start - 1, .scoreCue))
            && (!follows(end) || (tokens[end].kind == .punctuation && Self.closingMarks.contains(tokens[end].text))
                || hasMonthCue(before: start) || (follows(start) && quantities.cue(tokens[start - 1].key, kind: "year-before-free") != nil))
        var value: DateMention.Value?
        // Month first where the language writes so (`02/22/2016`), unless dots separate the
        // parts or the first is no month (`22/02/2016` quoted in an English article).
        var monthFirst = rules.monthFirst && shape.separators.0 != 0x2E && shape.numbers[0] <= 12
        // Day first where the language writes so, unless slashes separate the parts and the
        // second is no month (`02/22/2016`, an American date quoted in a French article).
        if !rules.monthFirst, shape.count == 3, shape.separators == (0x2F, 0x2F), shape.numbers[0] <= 12,
           shape.numbers[1] > 12 { monthFirst = true }
        let (monthPart, dayPart) = monthFirst ? (shape.numbers[0], shape.numbers[1]) : (shape.numbers[1], shape.numbers[0])
        if shape.count == 3, shape.lengths[0] <= 2, shape.lengths[1] <= 2, shape.lengths[2] == 4, shape.oneSeparator {
            value = CalendarDate(year: shape.numbers[2], month: monthPart, day: dayPart)
                .map { .interval(DateInterval(day: $0)) }
        } else if shape.count == 3, shape.lengths[0] <= 2, shape.lengths[1] <= 2, shape.lengths[2] == 2,
                  shape.separators == (0x2F, 0x2F) {
            let year = centuryYear(shape.numbers[2])
            value = CalendarDate(year: year, month: monthPart, day: dayPart).map { .interval(DateInterval(day: $0)) }
        } else if shape.count == 3, shape.lengths[0] <= 2, shape.lengths[1] <= 2, shape.lengths[2] == 2,
                  shape.separators == (0x2E, 0x2E), !rules.monthFirst, !openAfter, follows(start),
                  hasExactGram(start - 1, .dayCue) || hasExactGram(start - 1, .until) {
            // Session 18: `am 30.06.40`, `vom 1.7.25 bis 3.7.25`: a day, a month and a year in two
            // digits joined by dots, where days come first, after a word that announces a day
            // (kind `day-cue`) or closes a range (kind `until`); alone, three numbers and two dots
            // are as often a version or a score. The century as for every two-digit year.
            value = CalendarDate(year: centuryYear(shape.numbers[2]), month: monthPart, day: dayPart)
                .map { .interval(DateInterval(day: $0)) }
        } else if shape.count == 3, shape.lengths[0] <= 2, shape.lengths[1] <= 2, shape.lengths[2] == 2,
                  shape.separators == (0x2D, 0x2D), models.kinds & GramKind.scoreCue.bit != 0, !openAfter,
                  endsSentence(at: end), standsAloneAfterWord(start), let year = closingShortYear(at: end - 1) {
            // dates21fr: `3-7-07`, `9-18-15`: a day, a month and a year in two digits joined by
            // dashes, ending the sentence after a word (not one of kind `score-cue`: `une fiche de
            // 9-18-15` is a team's record), in the language's order or, where that gives no day,
            // the other (`9-18-15`); the year's century as for `le 1er avril 78`.
            value = (CalendarDate(year: year, month: monthPart, day: dayPart)
                ?? CalendarDate(year: year, month: dayPart, day: monthPart)).map { .interval(DateInterval(day: $0)) }
        } else if shape.count == 3, shape.lengths[0] <= 2, shape.lengths[1] <= 2, shape.lengths[2] == 2,
                  shape.separators == (0x2D, 0x2D), shape.numbers[2] < 10, !openAfter, rules.monthFirst, monthFirst {
            // dates21en: `3-7-07`, where the month comes first, dashes and a two-digit year written
            // with its zero: a team's record of wins, losses and ties (`3-7-27`, `9-18-1`) pads no
            // number. (The Spanish suites write `3-7-07` for a record: day-first languages keep none.)
            value = CalendarDate(year: 2000 + shape.numbers[2], month: monthPart, day: dayPart).map { .interval(DateInterval(day: $0)) }
        } else if shape.count == 2, shape.lengths[0] <= 2, shape.lengths[1] == 4, shape.separators.0 == 0x2F,
                  (1...12).contains(shape.numbers[0]), isYear(shape.numbers[1]) {
            // `11/2016`, `3/2015`: a month of a year.
            value = .fields(year: shape.numbers[1], month: shape.numbers[0], day: nil)
        } else if shape.count == 2, !rules.numericMonths.isEmpty, let month = numericMonth(shape) {
            value = month
        } else if !openAfter, standsAlone, shape.count == 2, shape.lengths[0] == 4, shape.lengths[1] <= 2,
                  shape.separators.0 == 0x2D || shape.separators.0 == 0x2F,
                  isYear(shape.numbers[0]), (1...12).contains(shape.numbers[1]), shape.numbers[1] < shape.numbers[0] % 100 {
            // `2016-11`, `2016/11`: a year and its month (ISO 8601's order); not `2010-11`,
            // `2016/17`, two years (a season, a budget), whose second is never below the first.
            value = .fields(year: shape.numbers[0], month: shape.numbers[1], day: nil)
        } else if !openAfter, standsAlone, shape.count == 2, shape.lengths[0] <= 2, shape.lengths[1] == 4, shape.separators.0 == 0x2D,
                  (1...12).contains(shape.numbers[0]), isYear(shape.numbers[1]) {
            // `11-2016`: a month of a year, as `11/2016`.
            value = .fields(year: shape.numbers[1], month: shape.numbers[0], day: nil)
        } else if shape.count == 3, shape.lengths[0] == 4, shape.lengths[1] <= 2, shape.lengths[2] <= 2, shape.oneSeparator,
                  shape.separators.0 != 0x2E || isYear(shape.numbers[0]) {
            value = CalendarDate(year: shape.numbers[0], month: shape.numbers[1], day: shape.numbers[2])
                .map { .interval(DateInterval(day: $0)) }
        } else if shape.count == 2, shape.lengths[0] == 4, shape.lengths[1] == 4, shape.separators.0 == 0x2D || shape.separators.0 == 0x2F,
                  isYear(shape.numbers[0]), isYear(shape.numbers[1]), shape.numbers[0] < shape.numbers[1] {
            value = .range(.fields(year: shape.numbers[0], month: nil, day: nil), .fields(year: shape.numbers[1], month: nil, day: nil))
        }
        guard let value else { return nil }
        let last = end - 1
        // `7.6.2019 Cuma gününe`: a weekday after the date.
        if case .interval(let interval) = value, interval.unit == .day, !tokens[last].hasSuffix, follows(end),
           let (_, inflection) = weekday(end) {
            var spanEnd = self.end(end, inflection)
            var ending = caseEnding(inflection, end)
            var after = end + 1
            if inflection == nil, let (_, dayInflection) = dayWord(after) {
                spanEnd = self.end(after, dayInflection)
                ending = dayInflection.caseEnding
                after += 1
            }
            return DateMention(tokens: start..<after, end: spanEnd, value: value, relative: false, caseEnding: ending)
        }
        return DateMention(tokens: start..<end, end: tokens[last].stemRange.upperBound, value: value, relative: false,
                           caseEnding: tokens[last].suffix)
    }

    /// Whether `text` is a dot, a slash or a dash, the separators of a numeric date. Compared
    /// one by one: an array literal of them was built on the heap at each ask (5,000 on the
    /// bench's 1,000 articles).
    static func isNumericSeparator(_ text: String) -> Bool { text == "." || text == "/" || text == "-" }

    /// Whether `text` is a comma, a colon or an opening parenthesis, after which a numeric
    /// date stands alone (compared as ``isNumericSeparator(_:)``).
    static func isClauseMark(_ text: String) -> Bool { text == "," || text == ":" || text == "(" }

    /// Whether `stem` holds a dot, a slash or a dash: read from its bytes in place (through
    /// the string's view, each of 23,000 numbers on the bench's 1,000 articles cost some 140
    /// instructions).
    static func holdsSeparator(_ stem: String) -> Bool {
        func isSeparator(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x2F || byte == 0x2D }
        return stem.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSeparator) }
            ?? stem.utf8.contains(where: isSeparator)
    }

    /// `11-2016`, `2016/11`, `11 / 2016`, `2015.3`: a month and its year in digits joined by a
    /// mark of kind `month-year-mark`, in an order its value allows (`month-year`, `year-month`,
    /// `both`), spaces around the mark or not. Year first, the month must be smaller than the
    /// year's last two digits (`2011-12`, `2015/16` are two years). Read only where nothing is
    /// glued before it and the sentence or a clause ends after it (`2016 - 11 morts`, `n°2016-11`
    /// are no months).
    func numericMonthYear(_ i: Int) -> DateMention? {
        guard models.kinds & GramKind.monthYearMark.bit != 0, tokens[i].kind == .number, !tokens[i].hasSuffix else { return nil }
        // One token holds a dot between two numbers of one to four digits (`2015.3`); three need
        // a mark and a number after the first: most numbers are neither, and their text is not read.
        guard (3...9).contains(tokens[i].form.stemCharacterCount)
            || (i + 2 < tokens.count && tokens[i + 1].kind != .word && tokens[i + 2].kind == .number) else { return nil }
        if i > 0, touches(i - 1, i) { return nil }
        // After a word, a clause mark or nothing: `n° 2016-3` numbers a text.
        if i > 0, follows(i), tokens[i - 1].kind != .word, !Self.isClauseMark(tokens[i - 1].text) { return nil }
        var parts: [(value: Int, length: Int)] = []
        var order: String?
        var next = i + 1
        let stem = tokens[i].stem
        func number(_ text: Substring) -> (value: Int, length: Int)? {
            guard !text.isEmpty, text.count <= 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text) else { return nil }
            return (value, text.count)
        }
        if let dot = stem.firstIndex(of: ".") {
            // `2015.3`: one number token with the mark inside.
            guard let year = number(stem[..<dot]), let month = number(stem[stem.index(after: dot)...]) else { return nil }
            parts = [year, month]
            order = languageWords["."]?.first { $0.kind == GramKind.monthYearMark.name }?.value
        } else {
            guard i + 2 < tokens.count, follows(i + 1), follows(i + 2), tokens[i + 2].kind == .number, !tokens[i + 2].hasSuffix,
                  let mark = exactGram(i + 1, .monthYearMark), tokens[i + 1].kind != .word,
                  let first = number(Substring(stem)), let second = number(Substring(tokens[i + 2].stem)) else { return nil }
            parts = [first, second]
            order = mark
            next = i + 3
        }
        guard let order, parts.count == 2 else { return nil }
        // dates21fr: a dash after a word of kind `score-cue` joins a score (`un score de 11-2016`).
        if next == i + 3, tokens[i + 1].text == "-", follows(i), hasExactGram(i - 1, .scoreCue) { return nil }
        // The sentence or a clause ends after it.
        if follows(next) {
            guard tokens[next].kind != .word, tokens[next].kind != .number, Self.closingMarks.contains(tokens[next].text) else { return nil }
        }
        var year = 0, month = 0
        if parts[0].length <= 2, parts[1].length == 4, order != "year-month" {
            (month, year) = (parts[0].value, parts[1].value)
        } else if parts[0].length == 4, parts[1].length <= 2, order != "month-year", parts[1].value < parts[0].value % 100 {
            (year, month) = (parts[0].value, parts[1].value)
        } else {
            return nil
        }
        guard (1...12).contains(month), isYear(year) else { return nil }
        return DateMention(tokens: i..<next, end: tokens[next - 1].stemRange.upperBound,
                           value: .fields(year: year, month: month, day: nil), relative: false)
    }

    /// `05.2016`, `2016-05`: a month of a year in two digits and the year in four, in a shape the
    /// language writes (``DateRules/numericMonths``). Year first, the month may not be a later
    /// year's two last digits: `2010-12` and `2011/12` are spans of years, a season, a fiscal year.
    private func numericMonth(_ shape: NumericShape) -> DateMention.Value? {
        let yearFirst = shape.lengths[0] == 4
        let (year, month) = yearFirst ? (shape.numbers[0], shape.numbers[1]) : (shape.numbers[1], shape.numbers[0])
        guard shape.lengths[yearFirst ? 1 : 0] == 2, shape.lengths[yearFirst ? 0 : 1] == 4, isYear(year), (1...12).contains(month),
              rules.numericMonths.contains(NumericMonth(separator: shape.separators.0, yearFirst: yearFirst)),
              !yearFirst || month <= year % 100 else { return nil }
        return .fields(year: year, month: month, day: nil)
    }

    /// An abbreviated weekday at `i` (kind `weekday-abbreviation`: `Wed`, `mer`, `mié`), capitalized
    /// or with a comma or a dot after it; read only before a date (`mar` is also the sea).
    func abbreviatedWeekday(_ i: Int) -> Bool {
        guard hasExactGram(i, .weekdayAbbreviation), i + 1 < tokens.count else { return false }
        return tokens[i].isCapitalized || tokens[i + 1].text == "," || tokens[i + 1].text == "."
    }

    /// `on the 27th`, `for the 22nd`, `am 15.`: a day of the reference's month named by its
    /// number alone, after a word that announces it (kind `bare-day-cue`; the word of kind
    /// `day-article` between them is part of the span): in ordinal digits (kind `numbered-day`)
    /// or digits with the day's mark (kind `day-mark`). No word may follow in the sentence (`on
    /// the 21st floor`), but a lowercase one after a day's mark (German nouns are capitalized:
    /// `am 15. Spieltag`) that joins no range (`am 15. und 16. März`).
    func cuedBareDay(_ i: Int) -> DateMention? {
        guard let reference, i > 0, follows(i) else { return nil }
        var opening = i
        if hasExactGram(i - 1, .dayArticle), i > 1, follows(i - 1) { opening = i - 1 }
        guard hasExactGram(opening - 1, .bareDayCue) else { return nil }
        var found: (day: Int, next: Int)?
        var marked = false
        // A day in plain digits (`for the 27`) or in words (`on the second`, `for the twenty
        // second`, `on twenty second`) ends its sentence: a count, a rank or a hole has a word after it.
        var closing = false
        if let value = exactGram(i, .numberedDay), let number = Int(value) {
            found = (number, i + 1)
        } else if opening == i, tokens[i].kind == .number, !tokens[i].hasSuffix, let reading = day(i, spelledOK: false),
                  reading.next == i + 2 {
            found = (reading.day, reading.next)
            marked = true
        } else if opening < i, tokens[i].kind == .number, !tokens[i].hasSuffix, tokens[i].form.stemCharacterCount <= 2,
                  let (number, _) = digits(i), (1...31).contains(number) {
            // `on 15` alone is a golfer's hole or a batsman's score: digits only after `the`.
            found = (number, i + 1)
            closing = true
        } else if let word = wordDay(i, needsJoiner: false), opening < i || word.next > i + 1 {
            // `on second` alone is no day: one word only after `the`.
            found = (word.day, word.next)
            closing = true
        }
        guard let found else { return nil }
        if closing, follows(found.next),
           !(tokens[found.next].kind == .punctuation && Self.sentenceEnds.contains(tokens[found.next].text)) { return nil }
        if follows(found.next), isWord(found.next) {
            guard marked, !tokens[found.next].isCapitalized, !hasGram(found.next, .and), !hasGram(found.next, .until),
                  !hasExactGram(found.next, .listAnd) else { return nil }
        }
        guard let date = CalendarDate(year: reference.year, month: reference.month, day: found.day) else { return nil }
        return DateMention(tokens: opening..<found.next, end: tokens[found.next - 1].range.upperBound,
                           value: .interval(DateInterval(day: date)), relative: true)
    }

    /// `4/22` at `i`: a day and a month of one or two digits with a slash between, in the
    /// language's order (``DateRules/monthFirst``), or in the other where that one is no day
    /// (`el 4/22`); not a part of something (`on 1/3 of the votes`, `le 1/4 de finale`: a
    /// joiner after it).
    private func cuedSlashDayMonth(_ i: Int) -> DateMention? {
        guard i + 2 < tokens.count, tokens[i + 1].kind == .punctuation, tokens[i + 1].text == "/",
              tokens[i].form.stemCharacterCount <= 2, tokens[i + 2].form.stemCharacterCount <= 2,
              !tokens[i].hasSuffix, !tokens[i + 2].hasSuffix,
              let (first, _) = digits(i), let (second, _) = digits(i + 2) else { return nil }
        if follows(i + 3), hasExactGram(i + 3, .joiner) || hasExactGram(i + 3, .partOf) { return nil }
        var (month, day) = rules.monthFirst ? (first, second) : (second, first)
        // A leap year, so that the 29th of February is a day.
        if CalendarDate(year: 2000, month: month, day: day) == nil { swap(&month, &day) }
        guard CalendarDate(year: 2000, month: month, day: day) != nil else { return nil }
        return DateMention(tokens: i..<(i + 3), end: tokens[i + 2].stemRange.upperBound,
                           value: .fields(year: nil, month: month, day: day), relative: false)
    }

    /// `4-22` (three tokens) or `4.22` (one) at `i`: a month (1–12) and a day over 12, nothing
    /// glued after it and nothing after it in the sentence but a mark that ends it.
    private func cuedDashDayMonth(_ i: Int) -> DateMention? {
        guard !tokens[i].hasSuffix else { return nil }
        var parts: (Int, Int)
        var last = i
        func plain(_ bytes: some Collection<UInt8>) -> Int? {
            guard (1...2).contains(bytes.count), bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        let stem = tokens[i].stem.utf8.split(separator: 0x2E, omittingEmptySubsequences: false)
        if stem.count == 2, let month = plain(stem[0]), let day = plain(stem[1]) {
            parts = (month, day)
        } else if stem.count == 1, let month = plain(stem[0]), i + 2 < tokens.count, tokens[i + 1].kind == .punctuation,
                  tokens[i + 1].text == "-", touches(i, i + 1), touches(i + 1, i + 2),
                  !tokens[i + 2].hasSuffix, let day = plain(tokens[i + 2].stem.utf8) {
            parts = (month, day)
            last = i + 2
        } else {
            return nil
        }
        guard (1...12).contains(parts.0), (13...31).contains(parts.1),
              CalendarDate(year: 2000, month: parts.0, day: parts.1) != nil else { return nil }
        if follows(last + 1), !(tokens[last + 1].kind == .punctuation && Self.sentenceEnds.contains(tokens[last + 1].text)) {
            return nil
        }
        return DateMention(tokens: i..<(last + 1), end: tokens[last].stemRange.upperBound,
                           value: .fields(year: nil, month: parts.0, day: parts.1), relative: false)
    }

    /// `15.01.` at `i`: one token of a day and a month (one or two digits each, a dot between)
    /// and the day's mark right after it (grammar kind `day-mark`), part of the span.
    func cuedDayMonth(_ i: Int) -> DateMention? {
        guard i + 1 < tokens.count, touches(i, i + 1), hasExactGram(i + 1, .dayMark) else { return nil }
        let parts = tokens[i].stem.utf8.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } })
        else { return nil }
        let (day, month) = (parts[0].reduce(0) { $0 * 10 + Int($1 - 0x30) }, parts[1].reduce(0) { $0 * 10 + Int($1 - 0x30) })
        // A leap year, so that the 29th of February is a day.
        guard CalendarDate(year: 2000, month: month, day: day) != nil else { return nil }
        return DateMention(tokens: i..<(i + 2), end: tokens[i + 1].range.upperBound,
                           value: .fields(year: nil, month: month, day: day), relative: false)
    }

    // MARK: Named months

    /// `[weekday] [day] Month [year] [weekday] [günü]`, `Month day, year`, `Month'ın day'i`,
    /// `year Month`, `Month year`.
    /// Past a word that joins the parts of a calendar date (Spanish `14 de marzo de 2023`;
    /// grammar kind `joiner`), the token after it; else `k` itself.
    func joined(_ k: Int) -> Int {
        guard k < tokens.count, hasGram(k, .joiner), follows(k + 1) else { return k }
        return k + 1
    }

    /// Where a month after a day may stand from `k`: after a word of kind `joiner` (`14 de
    /// marzo`), or of kind `day-month-link` after a day in digits (`12 de Sept`), not after the
    /// same word (`une hausse de 3 de mars` is a count) and not where a range word follows that
    /// month (`passé de 12 de janvier à mars`).
    func linkedMonth(_ k: Int) -> Int {
        let next = joined(k)
        guard next == k, hasExactGram(k, .dayMonthLink), k > 1, tokens[k - 1].kind == .number, follows(k + 1),
              !(follows(k - 1) && hasExactGram(k - 2, .dayMonthLink)), month(k + 1) != nil else { return next }
        if follows(k + 2), hasGram(k + 2, .until) || hasGram(k + 2, .untilPair) || hasExactGram(k + 2, .rangeArticle) {
            return next
        }
        return k + 1
    }

    func named(_ i: Int) -> DateMention? {
        var start = i
        var j = i
        var leadingYear: Int?
        // `Monday, January 12, 2016`, `lundi 12 janvier`, `Montag, den 15. Januar`: a weekday
        // before the date it names is part of it (a grammar word of kind `day-article` may
        // stand between them).
        var leadingWeekday = false
        if !caseSuffixes, follows(j + 1), weekday(j).map({ $0.inflection == nil }) ?? abbreviatedWeekday(j) {
            var k = j + 1
            if tokens[k].text == "," || tokens[k].text == ".", follows(k + 1) { k += 1 }
            if hasExactGram(k, .dayArticle), follows(k + 1) { k += 1 }
            let dayThenMonth = day(k, spelledOK: false).map { $0.next < tokens.count && follows($0.next) && month(joined($0.next)) != nil }
            if month(k) != nil || dayThenMonth == true {
                leadingWeekday = true
                j = k
            }
        }
        // `2016 Kasım`, `2017, 4 Ocak`.
        if let (value, next, inflection) = anyYear(j), inflection == nil, !tokens[next - 1].hasSuffix {
            var k = next
            // `iki bin yılı Eylül'ün onu`.
            if caseSuffixes, follows(k), let (unit, unitInflection) = gram(k, .unit), unit == "year", unitInflection.possessive,
               unitInflection.caseEnding.isEmpty { k += 1 }
            if follows(k), tokens[k].text == ",", caseSuffixes { k += 1 }
            // `2016, nov` (periods20en): a comma between a year and a month that ends the
            // sentence (`In 2015, May won` is no month).
            else if follows(k), tokens[k].text == ",", follows(k + 1), month(k + 1) != nil, endsAfterMonth(k + 1) { k += 1 }
            if follows(k), month(k) != nil || (day(k, spelledOK: false) != nil && month(k + 1) != nil) {
                leadingYear = value
                j = k
            }
        }
        var day: (day: Int, next: Int, inflection: Inflection?)?
        // Whether a joiner stands between the day and its month (`4th of march`, `14 de marzo`).
        var joinedDay = false
        // Whether a mark of kind `dated-day-mark` follows the day (`16. Nov. 2016`): a date only with its year.
        var markedDay = false
        // Whether the day is written as an ordinal (`20th`, kind `numbered-day`).
        var ordinalDay = false
        if j == i || follows(j), let found = self.day(j) ?? wordDay(j), found.inflection == nil || !caseSuffixes, found.next < tokens.count,
           follows(found.next), case let monthAt = linkedMonth(found.next), month(monthAt) != nil {
            day = found
            ordinalDay = hasExactGram(j, .numberedDay)
            joinedDay = monthAt > found.next
            j = monthAt
        } else if j == i, !caseSuffixes, let found = dayWithMark(j) {
            // `16. Nov. 2016`: a day with a mark of kind `dated-day-mark`, before a month and its year.
            day = found
            markedDay = true
            j = found.next
        }
        guard j < tokens.count, j == i || follows(j) || markedDay, let (monthNumber, monthInflection) = month(j) else { return nil }
        let monthIndex = j
        let dayBefore = day != nil
        if leadingYear == nil, day == nil, !leadingWeekday { start = monthIndex } else { start = i }
        var end = monthIndex + 1
        var spanEnd = self.end(monthIndex, monthInflection)
        // An abbreviated month (`Oct`, `Sept.`) counts only beside a day or a year: many are
        // words too (`mar`, `ago`). Its dot is part of it when a number or a joiner follows
        // (`Oct. 2`, `3 de sept. de 2024`).
        let abbreviated = isAbbreviatedMonth(monthIndex)
        if abbreviated, end + 1 < tokens.count, tokens[end].kind == .punctuation, tokens[end].text == ".",
           touches(monthIndex, end), follows(end + 1),
           tokens[end + 1].kind == .number || hasExactGram(end + 1, .numberedDay) || hasExactGram(end + 1, .joiner) {
            spanEnd = tokens[end].range.upperBound
            end += 1
        } else if !abbreviated, !caseSuffixes, end + 1 < tokens.count, tokens[end].kind == .punctuation, tokens[end].text == ".",
                  touches(monthIndex, end), touches(end, end + 1), follows(end + 1),
                  hasExactGram(end + 1, .numberedDay) {
            // `september.16th` (periods20en): a full month glued by a dot to an ordinal day.
            end += 1
        }
        var ending = caseEnding(monthInflection, monthIndex)
        var yearValue = leadingYear
        var lastOpen = monthInflection == nil && !tokens[monthIndex].hasSuffix
        // `Mart'ın 4'ü`, `Mayıs'ın dördü`: genitive month, possessive day.
        if day == nil, let inflection = monthInflection, isGenitive(inflection.caseEnding), follows(end),
           let found = self.day(end), let dayInflection = found.inflection, dayInflection.possessive {
            day = found
            end = found.next
            spanEnd = self.end(end - 1, dayInflection)
            ending = dayInflection.caseEnding
            lastOpen = false
        }
        // English `July 21, 2017`.
        if day == nil, lastOpen, !caseSuffixes, follows(end), let found = self.day(end, spelledOK: false), found.inflection == nil,
           tokens[end].kind == .number || hasExactGram(end, .numberedDay),
           !(follows(found.next) && tokens[found.next].kind == .word && quantities.cue(tokens[found.next].key, kind: "scale") != nil),
           rules.monthFirst || yearAfterDay(found.next) || rangeEndBeside(before: monthIndex, after: found.next) {
            day = found
            end = found.next
            spanEnd = tokens[end - 1].stemRange.upperBound
            if follows(end), tokens[end].text == ",", follows(end + 1), year(end + 1) != nil { end += 1 }
        } else if day == nil, lastOpen, !caseSuffixes, rules.monthFirst, follows(end),
                  let found = dayAfterMonth(end, afterWeekday: start == monthIndex && follows(monthIndex) && weekday(monthIndex - 1) != nil) {
            // `October, 1st`, `May the eleventh`, `Jan first`.
            day = found
            end = found.next
            spanEnd = tokens[end - 1].stemRange.upperBound
            if follows(end), tokens[end].text == ",", follows(end + 1), year(end + 1) != nil { end += 1 }
        }
        // A year after: `Temmuz 2017`, `Ocak, 2001`, `5 Aralık 1391`.
        if yearValue == nil, lastOpen {
            var k = end
            if follows(k), tokens[k].text == ",", day == nil || !caseSuffixes { k += 1 }
            if follows(k), case let yearAt = joined(k), yearAt > k, year(yearAt, wide: true) != nil { k = yearAt }
            if follows(k), let (value, inflection) = year(k, wide: day != nil) {
                yearValue = value
                end = k + 1
                spanEnd = tokens[k].stemRange.upperBound
                ending = caseEnding(inflection, k)
                lastOpen = !tokens[k].hasSuffix
            } else if day != nil, !caseSuffixes, follows(k), let (value, next) = spokenYear(k), !(follows(next) && isWord(next)) {
                // `September 10, nineteen zero one`, `the tenth of September, two thousand`: a
                // spelled year ending the sentence (`on March 3, two thousand people marched`).
                yearValue = value
                end = next
                spanEnd = tokens[next - 1].stemRange.upperBound
                lastOpen = true
            } else if let (value, next) = linkedSpelledYear(k) {
                // `junio de mil novecientos noventa y nueve` (kind `spelled-year-link`).
                yearValue = value
                end = next
                spanEnd = tokens[next - 1].stemRange.upperBound
            } else if day != nil, follows(k), let (value, next, inflection) = spelledYear(k) {
                // `Yirmi bir Eylül bin dokuz yüz yetmiş sekizde`.
                yearValue = value
                end = next
                spanEnd = self.end(next - 1, inflection)
                ending = inflection?.caseEnding ?? ""
                lastOpen = inflection == nil
            } else if day != nil, follows(k), let value = shortYear(at: k) {
                // `12 Mayıs ’22`, `3 March '21`: a day's year abbreviated.
                yearValue = value
                end = k + 2
                spanEnd = tokens[k + 1].stemRange.upperBound
                ending = caseEnding(nil, k + 1)
                lastOpen = !tokens[k + 1].hasSuffix
            } else if day != nil, !caseSuffixes, k == end, let value = closingShortYear(at: k) {
                // `le 1er avril 78`: a day's year in two digits, ending the sentence (`le 3 mai 14
                // personnes`, `en août 14 morts` are counts).
                yearValue = value
                end = k + 1
                spanEnd = tokens[k].stemRange.upperBound
            }
        }
        // A weekday after a day: `21 Temmuz 2017 Cuma`, `22 Ocak Çarşamba`, `, pazartesi`.
        if day != nil, lastOpen {
            var k = end
            if follows(k), tokens[k].text == ",", weekday(k + 1) != nil { k += 1 }
            if follows(k), let (_, inflection) = weekday(k) {
                end = k + 1
                spanEnd = self.end(k, inflection)
                ending = caseEnding(inflection, k)
                lastOpen = inflection == nil
                if lastOpen, let (_, dayWord) = dayWord(end) {
                    spanEnd = self.end(end, dayWord)
                    ending = dayWord.caseEnding
                    end += 1
                }
            }
        }
        // `30 Kasım haftası`: the week of a day.
        if let day, lastOpen, caseSuffixes, follows(end), let (unit, inflection) = gram(end, .unit), unit == "week",
           inflection.possessive, let yearNumber = yearValue ?? reference?.year,
           let date = CalendarDate(year: yearNumber, month: monthNumber, day: day.day) {
            return DateMention(tokens: start..<(end + 1), end: self.end(end, inflection),
                               value: .interval(DateInterval.week(of: date)), relative: yearValue == nil,
                               caseEnding: inflection.caseEnding)
        }
        // `Mart ortası`, `Mart sonunda`: the month, qualified by the part (FORMAT.md's `mod`).
        if day == nil, yearValue == nil, lastOpen, caseSuffixes, tokens[monthIndex].isCapitalized, follows(end), let reference,
           let (part, inflection) = gram(end, .part), inflection.possessive, part != "half",
           let month = DateInterval.month(reference.year, monthNumber) {
            var mention = DateMention(tokens: start..<(end + 1), end: self.end(end, inflection, keepCase: true),
                                      value: .interval(month), relative: true, caseEnding: inflection.caseEnding)
            mention.mod = part
            return mention
        }
        // `Ocak ayı`: a month alone with the word for month.
        if day == nil, yearValue == nil, lastOpen, caseSuffixes, tokens[monthIndex].isCapitalized, follows(end),
           let (unit, inflection) = gram(end, .unit),
           unit == "month", inflection.possessive {
            spanEnd = self.end(end, inflection)
            ending = inflection.caseEnding
            end += 1
        } else if day == nil, yearValue == nil {
            // A month alone: Turkish, capitalized, with a suffix or the month word; elsewhere
            // after a year cue or a modifier (`in September`, `en août`, `fin mars`, `im Mai`).
            if caseSuffixes {
                guard tokens[monthIndex].isCapitalized, !lastOpen || isMonthContext(monthIndex) else { return nil }
            } else {
                guard monthIndex == start, tokens[monthIndex].kind == .word, !abbreviated || isAbbreviationAlone(monthIndex),
                      tokens[monthIndex].isCapitalized || calendar.lowercaseMonthLanguages.contains(language),
                      isMonthContext(monthIndex) || hasMonthCue(before: monthIndex) || isLoneMonth(monthIndex) else { return nil }
                // `Since May took office`, `After May resigned`: a month that is also a given
                // name (kind `name-month`), a verb of kind `name-verb` after it, is the person.
                if follows(monthIndex + 1), hasExactGram(monthIndex, .nameMonth),
                   hasExactGram(monthIndex + 1, .nameVerb) { return nil }
            }
        }
        // A lowercase month where months are capitalized: a date only before its day
        // (`april 22`), beside a year (`january 2016`) or joined to its day (`4th of march`),
        // not after a bare number (`5 may`).
        // An ordinal day before a lowercase month is a date (`from 20th dec`, `on 1st jan`):
        // of kind `shift-lower-month` (periods20en) or no common word (kind `word-month`:
        // `the 1st march on the capital`; days20en).
        if dayBefore, !joinedDay, yearValue == nil, leadingYear == nil, !caseSuffixes, tokens[monthIndex].kind == .word,
           !tokens[monthIndex].isCapitalized, !calendar.lowercaseMonthLanguages.contains(language),
           !(ordinalDay && (hasExactGram(monthIndex, .shiftLowerMonth) || !hasExactGram(monthIndex, .wordMonth))) {
            return nil
        }
        if abbreviated && day == nil && yearValue == nil && !isAbbreviationAlone(monthIndex) { return nil }
        // dates21fr: `12 sept ans plus tard`: after a day, an abbreviation in lowercase that is
        // also a number word (kind `offset-count`: French `sept`) is the number without its dot,
        // a year, a weekday or a word that announces a day (`le 12 sept. à Paris`, `le 12 sept
        // 2024`, `le 12 sept à Paris`, `lundi 12 sept` are dates).
        if abbreviated, dayBefore, yearValue == nil, !leadingWeekday, !tokens[monthIndex].isCapitalized, end == monthIndex + 1,
           !(follows(i) && hasExactGram(i - 1, .dayCue)),
           !(end < tokens.count && tokens[end].text == "." && touches(monthIndex, end)),
           hasExactGram(monthIndex, .offsetCount) { return nil }
        // Where days come first (`3 Okt.`), an abbreviation before a bare number is rarely a
        // date (`Jan 3 Tore`, `el mar 3 veces`).
        if abbreviated, !dayBefore, day != nil, yearValue == nil, !rules.monthFirst { return nil }
        if leadingWeekday && day == nil { return nil }
        if markedDay && yearValue == nil { return nil }
        // `le 31 mars prochain`, `le 5 mai dernier`: a shift word after a day and its month
        // (kind `date-post-shift`) names the next such day after the reference or the last before it.
        if let day, yearValue == nil, !caseSuffixes, follows(end), let reference,
           let shift = exactGram(end, .datePostShift), let step = Int(shift), step != 0,
           var date = CalendarDate(year: reference.year, month: monthNumber, day: day.day) {
            if step > 0, date <= reference { date = CalendarDate(year: date.year + 1, month: monthNumber, day: day.day) ?? date }
            if step < 0, date >= reference { date = CalendarDate(year: date.year - 1, month: monthNumber, day: day.day) ?? date }
            return DateMention(tokens: start..<(end + 1), end: tokens[end].stemRange.upperBound,
                               value: .interval(DateInterval(day: date)), relative: true)
        }
        let value = DateMention.Value.fields(year: yearValue, month: monthNumber, day: day?.day)
        // A month alone (`Temmuz ayında`) takes its year from the reference, as a day does
        // (FORMAT.md): not relative, unless the run estimates its years.
        let relative = false
        // `Aralık'ta`: a month with a case ending outranks the place of the same name
        // (`Aralık’taki` stays the district).
        let priority = caseSuffixes && !ending.isEmpty && !rules.relative.contains(ending) ? 3 : 2
        return DateMention(tokens: start..<end, end: spanEnd, value: value, relative: relative, caseEnding: ending,
                           priority: priority)
    }

    /// `Oct-2`, `jan/1`, `28-nov`, `1-Jan-2017`, `2019-sep-1`, `2019/sep/01`: a month's name and
    /// its day in digits glued by one dash or slash, in either order, a year glued at the far
    /// end or the start; nothing else glued before or after (`COVID-19` has no month, `Jan 3-1`
    /// is a score with spaces). The year of a date that has none comes from the reference, as
    /// for `4/22` after `on`.
    func dashedMonthDay(_ i: Int, gluedBefore: Bool = false) -> DateMention? {
        guard !caseSuffixes, i + 2 < tokens.count, gluedBefore || !(i > 0 && touches(i - 1, i)) else { return nil }
        func link(_ k: Int, _ mark: String? = nil) -> Bool {
            k + 1 < tokens.count && tokens[k].kind == .punctuation && (tokens[k].text == "-" || tokens[k].text == "/")
                && (mark == nil || tokens[k].text == mark) && touches(k - 1, k) && touches(k, k + 1)
        }
        func dayAt(_ k: Int) -> Int? {
            guard tokens[k].kind == .number, !tokens[k].hasSuffix, tokens[k].form.stemCharacterCount <= 2,
                  let (value, _) = digits(k), (1...31).contains(value) else { return nil }
            return value
        }
        func monthAt(_ k: Int) -> Int? {
            guard !tokens[k].hasSuffix, let (value, inflection) = month(k), inflection == nil else { return nil }
            return value
        }
        var year: Int?
        let monthNumber: Int
        let dayNumber: Int
        var last: Int
        if let (value, _) = self.year(i), !tokens[i].hasSuffix, link(i + 1), i + 4 < tokens.count, let found = monthAt(i + 2),
           link(i + 3, tokens[i + 1].text), let day = dayAt(i + 4) {
            (year, monthNumber, dayNumber, last) = (value, found, day, i + 4)
        } else if tokens[i].kind == .word, let found = monthAt(i), link(i + 1), let day = dayAt(i + 2) {
            (monthNumber, dayNumber, last) = (found, day, i + 2)
        } else if let day = dayAt(i), link(i + 1), let found = monthAt(i + 2) {
            (monthNumber, dayNumber, last) = (found, day, i + 2)
        } else {
            return nil
        }
        if year == nil, link(last + 1, tokens[i + 1].text), let (value, _) = self.year(last + 2), !tokens[last + 2].hasSuffix {
            year = value
            last += 2
        }
        if last + 1 < tokens.count, touches(last, last + 1),
           !(tokens[last + 1].kind == .punctuation && Self.closingMarks.contains(tokens[last + 1].text)) { return nil }
        // A leap year, so that the 29th of February is a day.
        guard CalendarDate(year: year ?? 2000, month: monthNumber, day: dayNumber) != nil else { return nil }
        return DateMention(tokens: i..<(last + 1), end: tokens[last].stemRange.upperBound,
                           value: .fields(year: year, month: monthNumber, day: dayNumber), relative: false)
    }

    /// `second Sunday`, `third Tuesday`: an ordinal word (1 to 5) and a weekday ending the
    /// sentence, with no article, possessive or quantifier before (kind `ordinal-weekday-stop`:
    /// `his first Sunday`, `every second Friday`), no number and no word glued before: that
    /// weekday of the reference's month (`the first Friday of July` is read by ``ordinalPart(_:)``).
    func ordinalWeekdayAlone(_ i: Int) -> DateMention? {
        // Only where the language lists its stop words (a language without them reads no such day).
        guard let reference, !caseSuffixes, models.kinds & GramKind.ordinalWeekdayStop.bit != 0,
              i + 1 < tokens.count, follows(i + 1),
              let (n, next) = ordinal(i) ?? numberedDayOrdinal(i), next == i + 1, (1...5).contains(n),
              let (weekdayNumber, inflection) = weekday(i + 1), inflection == nil,
              !(follows(i + 2) && isWord(i + 2)) else { return nil }
        if i > 0, follows(i) {
            if touches(i - 1, i) || tokens[i - 1].kind == .number || tokens[i - 1].hasSuffix
                || hasExactGram(i - 1, .ordinalWeekdayStop) { return nil }
        }
        guard let date = nthWeekday(n, weekdayNumber, year: reference.year, month: reference.month) else { return nil }
        return DateMention(tokens: i..<(i + 2), end: tokens[i + 1].stemRange.upperBound,
                           value: .interval(DateInterval(day: date)), relative: true)
    }

    /// A day's ordinal written in digits with its ending as one token (kind `numbered-day`: `1er`,
    /// `3rd`), read as an ordinal (`1er dimanche`).
    private func numberedDayOrdinal(_ i: Int) -> (value: Int, next: Int)? {
        guard let value = exactGram(i, .numberedDay), let number = Int(value) else { return nil }
        return (number, i + 1)
    }

    /// `Oct2`, `april22`, `22april`, `january12,2016`: a month's name (whole or abbreviated) and
    /// its day in digits written as one token, a comma and a year glued after a month-first one;
    /// nothing glued before or after but a closing mark. Read from the token's key.
    func gluedMonthDay(_ i: Int) -> DateMention? {
        guard !caseSuffixes, !(i > 0 && touches(i - 1, i)) else { return nil }
        if i + 1 < tokens.count, touches(i, i + 1),
           !(tokens[i + 1].kind == .punctuation && Self.closingMarks.contains(tokens[i + 1].text)) { return nil }
        guard let (monthNumber, dayNumber, year) = gluedDateParts(i) else { return nil }
        return DateMention(tokens: i..<(i + 1), end: tokens[i].stemRange.upperBound,
                           value: .fields(year: year, month: monthNumber, day: dayNumber), relative: false)
    }

    /// The month, day and year of token `i`'s form read as ``gluedMonthDay(_:)`` reads it (its
    /// form alone: ``readStarts(_:)`` asks it once per form).
    func gluedDateParts(_ i: Int) -> (month: Int, day: Int, year: Int?)? {
        guard !caseSuffixes, !tokens[i].hasSuffix else { return nil }
        let key = tokens[i].key.utf8
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 }
        func number(_ bytes: some Collection<UInt8>) -> Int { bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        // An abbreviation only capitalized, not in capitals (`Oct2`; `mar3`, `MAR3` name genes).
        let surface = Array(tokens[i].text.utf8.prefix(2))
        let abbreviationOK = surface.count == 2 && (0x41...0x5A).contains(surface[0]) && (0x61...0x7A).contains(surface[1])
        func monthNamed(_ bytes: Substring.UTF8View) -> Int? {
            let name = String(Substring(bytes))
            return calendar.months[name] ?? (abbreviationOK ? rules.abbreviatedMonths[name] : nil)
        }
        guard let first = key.first else { return nil }
        var year: Int?
        let monthNumber: Int
        let dayNumber: Int
        if isLetter(first) {
            guard let split = key.firstIndex(where: isDigit), let found = monthNamed(key[..<split]) else { return nil }
            let rest = key[split...]
            let comma = rest.firstIndex(of: 0x2C)
            let dayBytes = rest[..<(comma ?? rest.endIndex)]
            guard (1...2).contains(dayBytes.count), dayBytes.allSatisfy(isDigit) else { return nil }
            if let comma {
                let yearBytes = rest[rest.index(after: comma)...]
                guard yearBytes.count == 4, yearBytes.allSatisfy(isDigit), isYear(number(yearBytes)) else { return nil }
                year = number(yearBytes)
            }
            (monthNumber, dayNumber) = (found, number(dayBytes))
        } else if isDigit(first) {
            guard let split = key.firstIndex(where: { !isDigit($0) }), (1...2).contains(key.distance(from: key.startIndex, to: split)),
                  let found = monthNamed(key[split...]) else { return nil }
            (monthNumber, dayNumber) = (found, number(key[..<split]))
        } else {
            return nil
        }
        // A leap year, so that the 29th of February is a day.
        guard CalendarDate(year: year ?? 2000, month: monthNumber, day: dayNumber) != nil else { return nil }
        return (monthNumber, dayNumber, year)
    }

    /// `11/12,2016`, `08/12,15`: a month and day with a slash and a year glued after a comma (the
    /// comma and the year one number token), in the language's order; nothing glued after.
    func slashDateCommaYear(_ i: Int) -> DateMention? {
        guard !caseSuffixes, i + 2 < tokens.count, tokens[i].kind == .number, !tokens[i].hasSuffix,
              tokens[i].form.stemCharacterCount <= 2, !(i > 0 && touches(i - 1, i)),
              tokens[i + 1].kind == .punctuation, tokens[i + 1].text == "/", touches(i, i + 1),
              touches(i + 1, i + 2), tokens[i + 2].kind == .number, !tokens[i + 2].hasSuffix,
              let (first, _) = digits(i) else { return nil }
        if i + 3 < tokens.count, touches(i + 2, i + 3),
           !(tokens[i + 3].kind == .punctuation && Self.closingMarks.contains(tokens[i + 3].text)) { return nil }
        let parts = tokens[i + 2].stem.utf8.split(separator: 0x2C, omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2 || parts[1].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return nil }
        let second = parts[0].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        var year = parts[1].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        if parts[1].count == 2 {
            year = centuryYear(year)
        }
        guard isYear(year) else { return nil }
        let (month, day) = rules.monthFirst ? (first, second) : (second, first)
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return DateMention(tokens: i..<(i + 3), end: tokens[i + 2].stemRange.upperBound,
                           value: .interval(DateInterval(day: date)), relative: false)
    }

    /// dates22fr: `mention`, unless a hyphen and a word of kind `distal` are glued after it
    /// (`cette année-là`, `ce week-end-là`: the story's year or weekend, not the reference's).
    func notDistal(_ mention: DateMention?) -> DateMention? {
        guard let mention, models.kinds & GramKind.distal.bit != 0 else { return mention }
        let k = mention.tokens.upperBound
        if k + 1 < tokens.count, tokens[k].kind == .punctuation, touches(k - 1, k), touches(k, k + 1),
           tokens[k].text == "-", hasExactGram(k + 1, .distal) { return nil }
        return mention
    }

    /// Marks that end a sentence, after a day that must end it (``cuedBareDay(_:)``).
    static let sentenceEnds: Set<String> = [".", "!", "?"]

    /// `on tues`, `on thurs.`: a weekday abbreviation that is no other word (kind
    /// `cued-weekday`) after a word of kind `bare-day-cue`, with no word after it in the
    /// sentence; the weekday of the reference's week, as a weekday alone.
    func cuedWeekdayAlone(_ i: Int) -> DateMention? {
        guard let reference, !caseSuffixes, i > 0, follows(i), hasExactGram(i - 1, .bareDayCue),
              let value = exactGram(i, .cuedWeekday), let weekdayNumber = Int(value), (1...7).contains(weekdayNumber),
              !(follows(i + 1) && isWord(i + 1)) else { return nil }
        let monday = reference.adding(days: 1 - reference.weekday)
        return DateMention(tokens: i..<(i + 1), end: tokens[i].stemRange.upperBound,
                           value: .interval(DateInterval(day: monday.adding(days: weekdayNumber - 1))), relative: true,
                           weekday: true)
    }

    /// Marks that may be glued after a day that ends a date (not `-`, `/`, `'`: `first-half`).
    static let closingMarks: Set<String> = [".", ",", ";", ":", "!", "?", ")"]

    /// A day number at `i` with a mark of kind `dated-day-mark` glued after it and a month
    /// right after that (`16. Nov.`); ``named(_:)`` keeps it only with a year after the month.
    private func dayWithMark(_ i: Int) -> (day: Int, next: Int, inflection: Inflection?)? {
        guard tokens[i].kind == .number, !tokens[i].hasSuffix, tokens[i].form.stemCharacterCount <= 2,
              i + 2 < tokens.count, touches(i, i + 1), hasExactGram(i + 1, .datedDayMark),
              !touches(i + 1, i + 2), month(i + 2) != nil,
              let (value, _) = digits(i), (1...31).contains(value) else { return nil }
        return (value, i + 2, nil)
    }

    /// dates22fr: where days come first (not ``DateRules/monthFirst``), a month before a bare
    /// number is a date only when its year follows (`septembre 4, 2016`): `En septembre 4
    /// personnes ont été blessées` is a count in September.
    private func yearAfterDay(_ k: Int) -> Bool {
        var k = k
        if follows(k), tokens[k].text == "," { k += 1 }
        return follows(k) && year(k) != nil
    }

    /// Whether a month before its day at `before` stands beside a range word, the other end's
    /// (`jusqu'à Octobre 22`, `au Octobre 22`, `Novembre 15 jusqu'à 19`: ``yearAfterDay(_:)``),
    /// the last number of a range that follows before no lowercase word (`en septembre 4 à 8
    /// personnes` is a count), in digits or ordinal digits (gaps22: `November the 15th through 19th`).
    private func rangeEndBeside(before: Int, after: Int) -> Bool {
        func rangeWord(_ k: Int) -> Bool { follows(k) && (hasGram(k, .until) || hasExactGram(k, .datedUntil)) }
        func countedAfter(_ k: Int) -> Bool { follows(k) && isWord(k) && !tokens[k].isCapitalized && month(k) == nil }
        if before > 0, follows(before), rangeWord(before - 1) { return true }
        var m = after
        while m < after + 2, rangeWord(m) { m += 1 }
        guard m > after, follows(m), tokens[m].kind == .number || hasExactGram(m, .numberedDay) else { return false }
        return !countedAfter(m + 1)
    }

    /// A day after its month at `k` where the month comes first, read only where no word
    /// and nothing glued follows it in the sentence (`in March first-half sales`, `in May the
    /// first of five`, `in October, 1st Lt. Smith` are no days): ordinal digits after a comma
    /// (`October, 1st`: a count after a comma is no day, `in October, 15 people`), or a day
    /// written as a word (kind `word-day`, after a word of kind `month-day-article` or not:
    /// `May the eleventh`, `Jan first`, `May twenty-first`).
    /// dates21en: right after a weekday that is not part of the date (`this Friday June twenty
    /// three with the union`, where June 23 is no Friday), a day in words may have a word of kind
    /// `after-weekday-day` after it (`On Friday May twenty one people died` is a count).
    private func dayAfterMonth(_ k: Int, afterWeekday: Bool = false) -> (day: Int, next: Int, inflection: Inflection?)? {
        var found: (day: Int, next: Int, inflection: Inflection?)?
        var article = false
        if tokens[k].kind == .punctuation, tokens[k].text == ",", follows(k + 1) {
            if let value = exactGram(k + 1, .numberedDay), let number = Int(value) { found = (number, k + 2, nil) }
        } else {
            var at = k
            article = hasExactGram(at, .monthDayArticle) && follows(at + 1)
            if article { at += 1 }
            found = wordDay(at, needsJoiner: false) ?? cardinalDay(at)
            // gaps22: `November the 15th`: after the article, a day in ordinal digits too.
            if found == nil, article, let value = exactGram(at, .numberedDay), let number = Int(value) { found = (number, at + 1, nil) }
        }
        guard let found else { return nil }
        // `September the twenty-first nineteen seventy eight`: a spelled year ending the sentence.
        if follows(found.next), isWord(found.next), let year = spokenYear(found.next), !(follows(year.next) && isWord(year.next)) {
            return found
        }
        if afterWeekday, follows(found.next), hasExactGram(found.next, .afterWeekdayDay) { return found }
        // gaps22: after the article, the first day of a range whose other end follows (`November the
        // 15th through 19th`; `May the 3rd to 5th graders` is none: a word after the number).
        if article, rangeEndBeside(before: k, after: found.next) { return found }
        if follows(found.next) {
            let next = tokens[found.next]
            guard next.kind == .punctuation, !touches(found.next - 1, found.next) || Self.closingMarks.contains(next.text)
            else { return nil }
        }
        return found
    }

    /// An abbreviated month that is a date with no day or year beside it: after a phrase that
    /// names the unit (a modifier of no `mod`: `the month of Oct`, `el mes de sept`), or, where
    /// months are capitalized, written so after a month cue (`in Nov`) with nothing but a mark
    /// or the sentence's end after it (`in Mar del Plata`, `in Jan Smit's` are no months).
    func isAbbreviationAlone(_ i: Int) -> Bool {
        if isLoneMonth(i) { return true }
        guard let table = models.modifiers else { return false }
        if let (_, mod) = modifier(endingBefore: i, in: table) {
            if mod == DateGrammar.Modifiers.noMod { return true }
        }
        if isCuedShortMonth(i), hasMonthCue(before: i) { return true }
        guard !calendar.lowercaseMonthLanguages.contains(language), tokens[i].isCapitalized, hasMonthCue(before: i) else { return false }
        return endsAfterMonth(i)
    }

    /// Whether nothing but a mark (its own dot, then not `-`, `/`, `'`) or the sentence's end follows the month at `i`.
    func endsAfterMonth(_ i: Int) -> Bool {
        var next = i + 1
        if next < tokens.count, tokens[next].text == ".", touches(i, next) { next += 1 }
        return !follows(next) || (tokens[next].kind == .punctuation && !["-", "/", "'", "’"].contains(tokens[next].text))
    }

    /// A month that stands alone with no cue of a year before it: a name of kind `lone-month`
    /// (`septembre a été chaud`; capitalized only where its value is `any`: `Avril` is a name),
    /// or a month or its abbreviation after a word of kind `month-cue` (`dans déc.`). Not before
    /// a number, a capitalized word or a glued dash, slash or apostrophe (`Septembre Noir`,
    /// `dans Jan Koum`), nor glued after a hyphen (`Quatre-Septembre`), nor capitalized inside a
    /// sentence (`Octobre rose`, `le groupe Juillet`).
    func isLoneMonth(_ i: Int) -> Bool {
        guard models.kinds & (GramKind.loneMonth.bit | GramKind.monthCue.bit) != 0, isWord(i) else { return false }
        var next = i + 1
        if next < tokens.count, tokens[next].text == ".", touches(i, next) { next += 1 }
        if follows(next) {
            let token = tokens[next]
            if token.kind == .number || (token.kind == .word && token.isCapitalized) { return false }
            if token.kind != .word, ["-", "/", "'", "’"].contains(token.text) { return false }
        }
        // `la place du Quatre-Septembre`: part of a name.
        if i > 0, follows(i), touches(i - 1, i), tokens[i - 1].text == "-" { return false }
        if i > 0, follows(i), hasExactGram(i - 1, .monthCue) { return true }
        guard let value = exactGram(i, .loneMonth) else { return false }
        guard tokens[i].isCapitalized else { return true }
        // Value `end` (periods20en; where months are capitalized): inside a sentence, after a
        // lowercase word and ending the sentence (`will be shut September.`); `Black September`,
        // `the album September is` are names. Value `edges` (French months no name is spelled
        // as): there, or at the sentence's start; a capitalized month ending a sentence is how
        // messy text writes `en Septembre`, but not after a word of kind `lone-month-stop`
        // (`la révolution d'Octobre.`, `le roman Novembre.`).
        if value == "end" || value == "edges", follows(i) {
            return isWord(i - 1) && !tokens[i - 1].isCapitalized && !hasExactGram(i - 1, .loneMonthStop)
                && endsAfterMonth(i)
        }
        if value == "end" { return false }
        // Capitalized inside a sentence, a month is a name or a title (`Octobre rose`, `le
        // roman Novembre`); at the sentence's start, where its value allows.
        return !follows(i) && (value == "any" || value == "edges")
    }

    /// `feb` of `en feb`, `este feb`: where months are written in lowercase, an abbreviation of
    /// kind `cued-short-month`, not in capitals (`la SEP`), with nothing but a mark or the sentence's end
    /// after it; the caller asks for the cue or the shift word before it.
    func isCuedShortMonth(_ i: Int) -> Bool {
        models.kinds & GramKind.cuedShortMonth.bit != 0 && hasExactGram(i, .cuedShortMonth) && !tokens[i].form.isAllCaps
            && calendar.lowercaseMonthLanguages.contains(language) && endsAfterMonth(i)
    }

    /// A bare month name that still reads as a month: after a shift word or before a range word.
    private func isMonthContext(_ i: Int) -> Bool {
        if i > 0, follows(i), hasGram(i - 1, .shift) { return true }
        // `from January to March`, `de enero a marzo`, `von Januar bis März`: a month between a
        // range opener and the word that joins it to a second date, and the month after that word.
        // dates21fr: where months are written in lowercase, a capitalized month inside a sentence
        // is a name or a title (`les musiciens de Septembre et de Novembre`, `Septembre et
        // Novembre`): read beside another month only in a range its opener opens (`de Janvier à
        // Mars`, `entre Janvier et Mars`; `de` opens no range that `et` closes).
        let capitalName = !caseSuffixes && follows(i) && tokens[i].isCapitalized && !tokens[i].form.isAllCaps
            && calendar.lowercaseMonthLanguages.contains(language)
        if !caseSuffixes, i > 0, follows(i), follows(i + 1), isRangeJoiner(i + 1), opensRange(before: i),
           !capitalName || !hasGram(i + 1, .and) || hasGram(i - 1, .between) { return true }
        if !caseSuffixes, i > 1, follows(i), follows(i - 1), isRangeJoiner(i - 1), month(i - 2) != nil,
           !capitalName || (i > 2 && follows(i - 2) && opensRange(before: i - 2)
                && (!hasGram(i - 1, .and) || hasGram(i - 3, .between))) { return true }
        if !capitalName, follows(i + 1), hasGram(i + 1, .and) || tokens[i + 1].text == "-" { return true }
        // `Ocak ile Ağustos arası`: the second month.
        if follows(i + 1), let (_, inflection) = gram(i + 1, .between), inflection.possessive, i > 0, follows(i),
           hasGram(i - 1, .and) || month(i - 1)?.inflection.map({ isComitative($0.caseEnding) }) == true {
            return true
        }
        return false
    }

    /// Whether the word before `i` opens a range (`from`, `entre`, `de` of kind `from-pair`).
    private func opensRange(before i: Int) -> Bool {
        hasGram(i - 1, .from) || hasGram(i - 1, .between) || hasExactGram(i - 1, .fromPair)
    }

    /// Whether token `k` joins the two ends of a range (`to`, `bis`, `and`, `a`).
    private func isRangeJoiner(_ k: Int) -> Bool {
        hasGram(k, .until) || hasGram(k, .and) || hasExactGram(k, .untilPair)
    }

    /// `gün`/`günü` after a weekday.
    func dayWord(_ i: Int) -> (String, Inflection)? {
        guard caseSuffixes, follows(i), let (unit, inflection) = gram(i, .unit), unit == "day" else { return nil }
        return (unit, inflection)
    }

    // MARK: Years

    /// `2005 yılında`, `2005’te`, `in 2005`, `im Jahr 2005`.
    func cuedYear(_ index: Int) -> DateMention? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .number, token.form.stemCharacterCount == 4, let year = Self.value(ofDigits: token.stem), isYear(year)
        else { return nil }
        // `3.2023`, `12/2023`: the year closes a number; `mi-2026`: a modifier's hyphen does not.
        if index > 0, touches(index - 1, index), tokens[index - 1].kind == .punctuation,
           [".", "/", "-", ","].contains(tokens[index - 1].text),
           tokens[index - 1].text != "-" || models.modifiers.flatMap({ modifier(endingBefore: index, in: $0) }) == nil {
            return nil
        }
        // `2023,5`, `2023.12`: a number goes on; `En 2023, 12 % des escales`: a clause does.
        if index + 1 < tokens.count, touches(index, index + 1), tokens[index + 1].kind == .punctuation,
           [".", "/", "-", ","].contains(tokens[index + 1].text),
           index + 2 < tokens.count, tokens[index + 2].kind == .number, !token.hasSuffix,
           tokens[index + 1].text != "," || touches(index + 1, index + 2) { return nil }
        var cued = false
        var cuedBySuffix = false
        if token.hasSuffix {
            cuedBySuffix = true
            cued = (spoken(year).map(suffixes.caseEndings(after:)) ?? []).contains(token.suffix)
                || digits(index)?.inflection != nil
        } else if index + 1 < tokens.count, !document.isBoundary(before: index + 1) {
            let next = tokens[index + 1]
            cued = quantities.cue(next.key, kind: "year-after") != nil
                || (caseSuffixes && DateRules.opening(next.key, in: rules.yearStems) != nil && next.key.count <= 9)
                || (caseSuffixes && gram(index + 1, .unit)?.value == "year")
        }
        if !cued, index > 0, !document.isBoundary(before: index) {
            let previous = tokens[index - 1]
            cued = isYearBeforeCue(index - 1)
            if !cued, index > 1 {
                cued = quantities.cue(tokens[index - 2].key + " " + previous.key, kind: "year-before") != nil
            }
            // `für 2022`, `pour 2023`: a cue that also counts things (`für 2000 Teile`) makes a
            // year only where no noun follows the number.
            if !cued, quantities.cues[previous.key]?.contains(where: { $0.kind == "year-before-free" && $0.language == language }) == true {
                cued = isFreeYear(index)
            }
            // `Krisenjahr 2020`, `Geschäftsjahr 2022`: a capitalized compound ending in a year word.
            if !cued, previous.isCapitalized, let endings = quantities.yearWordEndings[language],
               endings.contains(where: { previous.key.count > $0.count && previous.key.hasSuffix($0) }) {
                cued = true
            }
        }
        if !cued { cued = hasModifier(beside: index) }
        guard cued else { return nil }
        // `Horizon 2020’ye`: a year that is part of a name.
        if cuedBySuffix, index > 0, !document.isBoundary(before: index), !document.isInitial(index - 1),
           tokens[index - 1].isCapitalized, !tokens[index - 1].hasSuffix, calendar.months[tokens[index - 1].key] == nil,
           suffixes.splits(of: tokens[index - 1].key).isEmpty {
            return nil
        }
        return DateMention(tokens: index..<(index + 1), end: token.stemRange.upperBound,
                           value: .fields(year: year, month: nil, day: nil), relative: false,
                           caseEnding: digits(index)?.inflection?.caseEnding ?? token.suffix)
    }

    /// Whether no noun follows the year at `index`, which a weak cue opens (kind
    /// `year-before-free` of `lexicon/quantities.tsv`: `für 2022 rechnet`, not `für 2000 Teile`):
    /// the sentence ends, or a punctuation mark, a function word of the language or, in a
    /// language that capitalizes its nouns, a lowercase word comes next.
    func isFreeYear(_ index: Int) -> Bool {
        let next = index + 1
        guard follows(next) else { return true }
        let token = tokens[next]
        switch token.kind {
        case .punctuation: return true
        case .word:
            if models.functionWords.contains(token.key) { return true }
            return models.capitalizesNouns && !token.isCapitalized
        default: return false
        }
    }

    /// `’23`: an abbreviated year after an apostrophe, its century from the reference date.
    func abbreviatedYear(_ i: Int) -> DateMention? {
        guard let year = shortYear(at: i),
              i == 0 || !touches(i - 1, i) || tokens[i - 1].kind != .word || tokens[i - 1].isCapitalized
        else { return nil }
        // After a name (`Expo ’23`) or before the word for year.
        let named = i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized && follows(i)
        let yearWord = gram(i + 2, .unit)?.value == "year" && follows(i + 2)
        guard named || yearWord else { return nil }
        return DateMention(tokens: i..<(i + 2), end: tokens[i + 1].stemRange.upperBound,
                           value: .fields(year: year, month: nil, day: nil), relative: false)
    }

    /// Whether the number at `i` stands after a lowercase or capitalized word that is no word of kind
    /// `score-cue` (`de`), or opens its sentence (dates21fr).
    func standsAloneAfterWord(_ i: Int) -> Bool {
        !follows(i) || (isWord(i - 1) && !hasExactGram(i - 1, .scoreCue))
    }

    /// The year an apostrophe and two digits right after it write (`’23`), its century from
    /// the reference date (no more than 20 years ahead of it).
    /// Whether nothing but a mark that ends the sentence is at `i` (or the sentence ended before it).
    func endsSentence(at i: Int) -> Bool {
        !follows(i) || (tokens[i].kind == .punctuation && Self.sentenceEnds.contains(tokens[i].text))
    }

    /// A year in two plain digits at `i` with nothing after it in the sentence but a mark that
    /// ends it: the century that puts it at most twenty years after the reference (`78` → 1978).
    func closingShortYear(at i: Int) -> Int? {
        guard follows(i), tokens[i].kind == .number, !tokens[i].hasSuffix, tokens[i].form.stemCharacterCount == 2,
              let short = Int(tokens[i].stem) else { return nil }
        guard endsSentence(at: i + 1) else { return nil }
        return centuryYear(short)
    }

    /// gaps22: the one century rule of every year written in two digits (`21/04/16`, `3-7-27`,
    /// `'78`, `August 99`, `le 1er avril 78`): the year that puts it at most twenty years after
    /// the reference (read in 2016, `27` → 2027, `37` → 1937); with no reference, 1950–2049.
    func centuryYear(_ short: Int) -> Int {
        guard let reference else { return short <= 49 ? 2000 + short : 1900 + short }
        let year = (reference.year / 100) * 100 + short
        return year > reference.year + 20 ? year - 100 : (year + 100 <= reference.year + 20 ? year + 100 : year)
    }

    func shortYear(at i: Int) -> Int? {
        guard i + 1 < tokens.count, tokens[i].kind == .punctuation || tokens[i].kind == .symbol,
              ["'", "’"].contains(tokens[i].text), touches(i, i + 1),
              tokens[i + 1].kind == .number, tokens[i + 1].form.stemCharacterCount == 2, let short = Int(tokens[i + 1].stem)
        else { return nil }
        return centuryYear(short)
    }

    // MARK: Relative days and weekdays

    /// `bugün`, `dün`, `yarın`, `dünkü`, `dünden önceki gün`, `yarından sonraki gün`,
    /// `ertesi gün`, `geçen gün`.
    func relativeDay(_ i: Int) -> DateMention? {
        guard let reference else { return nil }
        if let (value, inflection) = gram(i, .day) ?? lowercaseDay(i), let offset = Int(value) {
            // `esta mañana`, `de la mañana`: after a word of kind `day-noun` the day word is a noun.
            if follows(i), hasExactGram(i - 1, .dayNoun) { return nil }
            // `bugüne kadarki yıl`: the unit so far.
            if isDative(inflection.caseEnding), follows(i + 1), let (_, until) = gram(i + 1, .until), !until.possessive,
               rules.relative.endings.contains(until.caseEnding), follows(i + 2),
               let (unit, unitInflection) = gram(i + 2, .unit), !unitInflection.possessive,
               let base = unitInterval(unit, step: 0, from: reference) {
                let day = reference.adding(days: offset)
                return DateMention(tokens: i..<(i + 3), end: self.end(i + 2, unitInflection),
                                   value: .interval(DateInterval(start: base.start, end: day, unit: .day)), relative: true,
                                   caseEnding: unitInflection.caseEnding)
            }
            var end = i + 1
            var spanEnd = self.end(i, inflection)
            var total = offset
            var ending = inflection.caseEnding
            if isAblative(inflection.caseEnding), follows(i + 1), let (shift, _) = gram(i + 1, .shift),
               let step = Int(shift), step != 0, let (unit, dayInflection) = gram(i + 2, .unit), unit == "day", follows(i + 2) {
                total += step
                end = i + 3
                spanEnd = self.end(i + 2, dayInflection)
                ending = dayInflection.caseEnding
            }
            return DateMention(tokens: i..<end, end: spanEnd, value: .interval(DateInterval(day: reference.adding(days: total))),
                               relative: true, caseEnding: ending)
        }
        if let (value, _) = gram(i, .nextDay), let step = Int(value), let (unit, inflection) = gram(i + 1, .unit),
           unit == "day", follows(i + 1) {
            return DateMention(tokens: i..<(i + 2), end: self.end(i + 1, inflection),
                               value: .interval(DateInterval(day: reference.adding(days: step))), relative: true,
                               caseEnding: inflection.caseEnding)
        }
        return nil
    }

    /// A day named relative to the reference only when written in lowercase (grammar kind
    /// `lower-day`: German `morgen`, whose capitalized form is also the morning, `am Morgen`).
    func lowercaseDay(_ i: Int) -> (value: String, inflection: Inflection)? {
        guard isWord(i), !tokens[i].isCapitalized, !tokens[i].hasSuffix, let value = exactGram(i, .lowerDay) else { return nil }
        return (value, Inflection(possessive: false, caseEnding: "", keptLength: tokens[i].form.stemLength))
    }

    /// `the day after tomorrow`, `avant-hier`, `pasado mañana`: a day named relative to the
    /// reference in several words (a grammar row of kind `day` and several words). A hyphen
    /// between two of its words stands for the space; an article before it (kind `article`)
    /// is part of the span, as before a shift word.
    func dayPhrase(_ i: Int) -> DateMention? {
        guard let reference, isWord(i) else { return nil }
        var best: (next: Int, offset: Int)?
        for phrase in phrases(at: i) where phrase.entry.kind == "day" {
            guard let offset = Int(phrase.entry.value) else { continue }
            var k = i + 1
            var matched = true
            for word in phrase.rest {
                if k + 1 < tokens.count, tokens[k].kind == .punctuation, tokens[k].text == "-", touches(k - 1, k),
                   touches(k, k + 1) { k += 1 }
                guard follows(k), isWord(k), tokens[k].key == word else { matched = false; break }
                k += 1
            }
            if matched, best.map({ k > $0.next }) ?? true { best = (k, offset) }
        }
        guard let best else { return nil }
        var opening = i > 0 && follows(i) && hasExactGram(i - 1, .article) ? i - 1 : i
        // `el día después de mañana`: an article of kind `shift-article` before the unit day.
        if opening == i, i > 0, follows(i), hasExactGram(i - 1, .shiftArticle), gram(i, .unit)?.value == "day" { opening = i - 1 }
        return DateMention(tokens: opening..<best.next, end: tokens[best.next - 1].stemRange.upperBound,
                           value: .interval(DateInterval(day: reference.adding(days: best.offset))), relative: true)
    }

    /// `Cuma`, `Salı günü`, `bu Cuma`, `gelecek Pazar`, `geçen hafta Pazar günü`,
    /// `haftaya Çarşamba`, `Perşembe 21'i`.
    func weekdayMention(_ i: Int) -> DateMention? {
        guard let reference else { return nil }
        var j = i
        var weeks = 0
        var shifted = false
        if let (value, inflection) = gram(j, .shift), let step = Int(value),
           (inflection.caseEnding.isEmpty && !inflection.possessive) || hasExactGram(j, .shiftWeek),
           !hasExactGram(j, .shiftLast) {
            shifted = true
            weeks = step
            j += 1
            if !hasExactGram(i, .shiftWeek), follows(j), let (unit, unitInflection) = gram(j, .unit), unit == "week",
               unitInflection.caseEnding.isEmpty, !unitInflection.possessive {
                j += 1
                // `nächste Woche am Freitag`, `next week on Friday`: a word of kind
                // `week-day-link` between the week and its weekday, part of the span.
                if !caseSuffixes, follows(j), follows(j + 1), hasExactGram(j, .weekDayLink),
                   let (_, weekdayInflection) = weekday(j + 1), weekdayInflection == nil {
                    j += 1
                }
            }
            guard follows(j) else { return nil }
        }
        guard let (weekdayNumber, inflection) = weekday(j) else { return nil }
        guard tokens[j].isCapitalized || shifted || !caseSuffixes else { return nil }
        var end = j + 1
        var spanEnd = self.end(j, inflection)
        var ending = caseEnding(inflection, j)
        // `vendredi dernier`, `lundi prochain`, `el domingo pasado`: a shift word after the
        // weekday (grammar kind `post-shift`) picks the week as one before it does.
        if !shifted, inflection == nil, follows(end), let value = exactGram(end, .postShift), let step = Int(value) {
            shifted = true
            weeks = step
            spanEnd = tokens[end].stemRange.upperBound
            end += 1
        }
        // `Friday this week`, `Tuesday of next week`, `dimanche de la semaine dernière`, `el
        // viernes de esta semana`: the weekday of a shifted week, up to two words of kind
        // `week-link` between them.
        if !shifted, inflection == nil, !caseSuffixes, follows(end),
           hasExactGram(end, .weekLink) || hasGram(end, .shift) || hasGram(end, .unit) {
            var k = end
            while k < end + 2, follows(k), hasExactGram(k, .weekLink) { k += 1 }
            if follows(k), let week = self.shifted(k) ?? postShifted(k), week.tokens.lowerBound >= end,
               case .interval(let interval) = week.value, interval.unit == .week {
                return DateMention(tokens: i..<week.tokens.upperBound, end: week.end,
                                   value: .interval(DateInterval(day: interval.start.adding(days: weekdayNumber - 1))),
                                   relative: true, caseEnding: week.caseEnding)
            }
        }
        // `Friday the 22nd`, `Thursday the seventh`: a weekday, the word between a weekday and
        // its date (kind `day-article`), and a day in ordinal form (kinds `numbered-day`,
        // `word-day`); a day word before another word is not read (`Saturday the second round`).
        if !shifted, inflection == nil, !caseSuffixes, follows(end), hasExactGram(end, .dayArticle), follows(end + 1) {
            var found: (day: Int, next: Int)?
            if let value = exactGram(end + 1, .numberedDay), let number = Int(value) {
                found = (number, end + 2)
            } else if let word = wordDay(end + 1, needsJoiner: false) ?? cardinalDay(end + 1),
                      !(follows(word.next) && isWord(word.next)) {
                found = (word.day, word.next)
            }
            if let found, let date = dayNear(found.day, weekday: weekdayNumber, reference: reference) {
                return DateMention(tokens: i..<found.next, end: tokens[found.next - 1].stemRange.upperBound,
                                   value: .interval(DateInterval(day: date)), relative: true)
            }
        }
        // `le jeudi 8`: after a word that announces a weekday and its date (kind
        // `weekday-day-cue`), the weekday and a day in digits with no month, read only where that
        // day is the weekday in the reference's month or a month beside it, and where no word
        // follows but one of kind `after-weekday-day` (`le jeudi 8 au soir`; not `jeudi 8 morts`).
        if !shifted, inflection == nil, !caseSuffixes, j == i, follows(end), i > 0, follows(i),
           hasExactGram(i - 1, .weekdayDayCue), let date = cuedWeekdayDay(end, weekday: weekdayNumber, reference: reference) {
            return DateMention(tokens: i..<date.next, end: tokens[date.next - 1].stemRange.upperBound,
                               value: .interval(DateInterval(day: date.day)), relative: true)
        }
        // `this Friday-Jun-15`, `Friday (Jun-15)`: a weekday, shifted or not, and a month and
        // day glued by a dash (``dashedMonthDay(_:gluedBefore:)``) after a dash or in brackets,
        // read only where that day of the reference's year is that weekday.
        if inflection == nil, !caseSuffixes, end + 1 < tokens.count, follows(end), tokens[end].kind == .punctuation {
            let dashed = tokens[end].text == "-" && touches(j, end)
            let bracket = tokens[end].text == "("
            if dashed || bracket, let date = dashedMonthDay(end + 1, gluedBefore: true),
               case .fields(nil, let month?, let day?) = date.value,
               CalendarDate(year: reference.year, month: month, day: day)?.weekday == weekdayNumber {
                var last = date.tokens.upperBound - 1
                if bracket {
                    guard last + 1 < tokens.count, tokens[last + 1].text == ")" else { return nil }
                    last += 1
                }
                return DateMention(tokens: i..<(last + 1), end: tokens[last].range.upperBound, value: date.value,
                                   relative: false)
            }
        }
        // dates21en: `this Friday June twenty two with the union`: a weekday, shifted or not, then
        // its month and a day in words where the month comes first, read with a word after it
        // only where that day of the reference's year is that weekday (`in May twenty one people
        // died` has no weekday to agree with). A year after it is read by ``named(_:)``.
        if inflection == nil, !caseSuffixes, rules.monthFirst, follows(end), isWord(end), follows(end + 1), isWord(end + 1),
           let (monthNumber, monthInflection) = month(end), monthInflection == nil, !tokens[end].hasSuffix {
            var at = end + 1
            if hasExactGram(at, .monthDayArticle), follows(at + 1) { at += 1 }
            if let found = wordDay(at, needsJoiner: false) ?? cardinalDay(at),
               CalendarDate(year: reference.year, month: monthNumber, day: found.day)?.weekday == weekdayNumber,
               !(follows(found.next) && (tokens[found.next].kind == .number || spokenYear(found.next) != nil
                    || (tokens[found.next].text == "," && year(found.next + 1) != nil))) {
                return DateMention(tokens: i..<found.next, end: tokens[found.next - 1].stemRange.upperBound,
                                   value: .fields(year: nil, month: monthNumber, day: found.day), relative: false)
            }
        }
        // `Friday 7/6`, `Friday, 2018-7-6`: a weekday before the numeric date it names.
        if !shifted, inflection == nil, !caseSuffixes, follows(end), let date = numericAfterWeekday(end, weekday: weekdayNumber, reference: reference) {
            return DateMention(tokens: i..<date.tokens.upperBound, end: date.end, value: date.value, relative: date.relative,
                               caseEnding: date.caseEnding)
        }
        // `Perşembe 21'i`: a weekday and a day of the month.
        if !shifted, inflection == nil, follows(end), let found = day(end), let dayInflection = found.inflection,
           dayInflection.possessive || tokens[end].kind == .word {
            var date = CalendarDate(year: reference.year, month: reference.month, day: found.day)
            let first = CalendarDate(year: reference.year, month: reference.month, day: 1)!
            for months in [0, -1, 1] {
                let month = first.adding(months: months)
                if let candidate = CalendarDate(year: month.year, month: month.month, day: found.day),
                   candidate.weekday == weekdayNumber {
                    date = candidate
                    break
                }
            }
            guard let date else { return nil }
            return DateMention(tokens: i..<found.next, end: self.end(found.next - 1, dayInflection),
                               value: .interval(DateInterval(day: date)), relative: true, caseEnding: dayInflection.caseEnding)
        }
        // `gelecek hafta Cuma günü`, `Cuma gününden`; not `Salı günü` alone nor `gelecek hafta Salı gününe`.
        if inflection == nil, let (_, dayInflection) = dayWord(end), shifted == dayInflection.caseEnding.isEmpty {
            end += 1
            spanEnd = self.end(end - 1, dayInflection)
            ending = dayInflection.caseEnding
        }
        if !shifted, end == j + 1 {
            // A weekday alone: not a name's first word (`Cuma Ali`), not `Pazar` mid-sentence lowercase.
            // Where nouns are capitalized, a weekday after a word that announces one (kind
            // `weekday-cue`: `am Dienstag Gewinne`) is no name's first word.
            if follows(end), tokens[end].isCapitalized, !document.isInitial(end),
               !(models.capitalizesNouns && i > 0 && follows(i) && hasExactGram(i - 1, .weekdayCue)) { return nil }
        }
        let monday = reference.adding(days: 1 - reference.weekday)
        let date = monday.adding(days: weeks * 7 + weekdayNumber - 1)
        return DateMention(tokens: i..<end, end: spanEnd, value: .interval(DateInterval(day: date)), relative: true,
                           caseEnding: ending, weekday: !shifted)
    }

    /// The numeric date at `k` (or after a comma at `k`) that a weekday before it names: a
    /// whole date (`Friday, 2018-7-6`, `Monday 12/01/2020`), or a month and a day with a
    /// slash in the language's order (``DateRules/monthFirst``) that falls on `weekday` in
    /// the reference's year (`Friday 7/6`). Not with a dash or a dot: `won Friday 7-6` is a
    /// score, `Friday 7.6` a number.
    func numericAfterWeekday(_ k: Int, weekday: Int, reference: CalendarDate) -> DateMention? {
        var k = k
        if tokens[k].kind == .punctuation, tokens[k].text == ",", follows(k + 1) { k += 1 }
        guard tokens[k].kind == .number else { return nil }
        if let date = numeric(k), date.tokens.lowerBound == k, case .interval(let interval) = date.value, interval.unit == .day {
            return date
        }
        if let date = weekDashDayMonth(k, weekday: weekday, reference: reference) { return date }
        guard k + 2 < tokens.count, tokens[k + 1].kind == .punctuation, tokens[k + 1].text == "/",
              touches(k, k + 1), touches(k + 1, k + 2),
              tokens[k].form.stemCharacterCount <= 2, tokens[k + 2].form.stemCharacterCount <= 2,
              !tokens[k].hasSuffix, !tokens[k + 2].hasSuffix, let (first, _) = digits(k), let (second, _) = digits(k + 2)
        else { return nil }
        // Nothing glued after it but a closing mark (`7/6/18` is read whole above, `7/6-8` is no day).
        if k + 3 < tokens.count, touches(k + 2, k + 3),
           !(tokens[k + 3].kind == .punctuation && Self.closingMarks.contains(tokens[k + 3].text)) { return nil }
        // Not a part of something (`Friday 2/3 of the votes`), as after a day cue.
        if follows(k + 3), hasExactGram(k + 3, .joiner) || hasExactGram(k + 3, .partOf) { return nil }
        let (month, day) = rules.monthFirst ? (first, second) : (second, first)
        guard let date = CalendarDate(year: reference.year, month: month, day: day), date.weekday == weekday else { return nil }
        return DateMention(tokens: k..<(k + 3), end: tokens[k + 2].stemRange.upperBound,
                           value: .fields(year: nil, month: month, day: day), relative: false)
    }

    /// dates21en: a month and a day joined by a dash or a dot (`Friday 7-6`, `Friday 7.6`) after
    /// a weekday, where the month comes first, read only where that day is the very day the
    /// weekday alone names (that weekday of the reference's week: `beat Boston Friday 7-6` in
    /// November is a score), with no score or number after it (`Friday 7-6, 6-4`) and no word
    /// after it but one of kind `after-weekday-day`.
    private func weekDashDayMonth(_ k: Int, weekday: Int, reference: CalendarDate) -> DateMention? {
        guard rules.monthFirst, !tokens[k].hasSuffix else { return nil }
        let first: Int, second: Int, last: Int
        if k + 2 < tokens.count, tokens[k + 1].kind == .punctuation, tokens[k + 1].text == "-", tokens[k + 2].kind == .number,
           touches(k, k + 1), touches(k + 1, k + 2), !tokens[k + 2].hasSuffix,
           tokens[k].form.stemCharacterCount <= 2, tokens[k + 2].form.stemCharacterCount <= 2,
           let (a, _) = digits(k), let (b, _) = digits(k + 2) {
            (first, second, last) = (a, b, k + 2)
        } else if (3...5).contains(tokens[k].form.stemCharacterCount), let dot = tokens[k].stem.firstIndex(of: "."),
                  case let head = tokens[k].stem[..<dot], case let tail = tokens[k].stem[tokens[k].stem.index(after: dot)...],
                  (1...2).contains(head.count), (1...2).contains(tail.count), let a = Int(head), let b = Int(tail) {
            (first, second, last) = (a, b, k)
        } else {
            return nil
        }
        let monday = reference.adding(days: 1 - reference.weekday)
        guard let date = CalendarDate(year: reference.year, month: first, day: second),
              date == monday.adding(days: weekday - 1) else { return nil }
        if last + 1 < tokens.count, touches(last, last + 1),
           !(tokens[last + 1].kind == .punctuation && Self.closingMarks.contains(tokens[last + 1].text)) { return nil }
        if follows(last + 1) {
            let next = last + 1
            if tokens[next].kind == .number || tokens[next].kind == .symbol { return nil }
            if tokens[next].text == ",", follows(next + 1), tokens[next + 1].kind == .number { return nil }
            // A word after it only of kind `after-weekday-day` (`Friday 6-16 with the mayor`): any
            // other makes it a score or a quantity (`won Friday 6-16 in extra innings`, `Friday 6.16
            // percent`, `Friday 6.16 million`); the rule of branch periods21en, kept at the merge.
            if isWord(next), !hasExactGram(next, .afterWeekdayDay) { return nil }
        }
        return DateMention(tokens: k..<(last + 1), end: tokens[last].stemRange.upperBound,
                           value: .fields(year: nil, month: first, day: second), relative: false)
    }

    /// The day `day` of the reference's month, the month before or the month after (in this
    /// order) that falls on `weekday`; else of the reference's month.
    /// The day at `k` after a cued weekday (``weekdayMention(_:)``): one or two digits with no
    /// suffix, digits with the day's mark (`8.`) or a day in ordinal digits (kind
    /// `numbered-day`), that is `weekday` in the reference's month or a month beside it. A comma
    /// and a word of kind `day-article` may stand before a marked day (`am Donnerstag, den 8.`).
    /// What follows in the sentence is no word but one of kind `after-weekday-day` or, after a
    /// day's mark, a lowercase one that joins no range (German nouns are capitalized: `am
    /// Sonntag, dem 3. Advent`), and no sign that joins it to more digits (`samedi 3-1`).
    func cuedWeekdayDay(_ start: Int, weekday: Int, reference: CalendarDate) -> (day: CalendarDate, next: Int)? {
        var k = start
        if tokens[k].kind == .punctuation, tokens[k].text == ",", follows(k + 1), hasExactGram(k + 1, .dayArticle),
           follows(k + 2) { k += 2 }
        let number: Int
        let next: Int
        var marked = false
        if let value = exactGram(k, .numberedDay), let day = Int(value) {
            (number, next) = (day, k + 1)
        } else {
            guard tokens[k].kind == .number, !tokens[k].hasSuffix, tokens[k].form.stemCharacterCount <= 2,
                  let found = day(k, spelledOK: false), found.inflection == nil else { return nil }
            (number, next) = (found.day, found.next)
            marked = next == k + 2
        }
        guard (1...31).contains(number), k == start || marked else { return nil }
        if follows(next) {
            switch tokens[next].kind {
            case .word:
                guard hasExactGram(next, .afterWeekdayDay)
                    || (marked && !tokens[next].isCapitalized && !hasGram(next, .and) && !hasGram(next, .until)
                        && !hasExactGram(next, .listAnd)) else { return nil }
            case .punctuation:
                guard [",", ";", ")", "!", "?", "."].contains(tokens[next].text) else { return nil }
            default:
                return nil
            }
        }
        guard let date = dayNear(number, weekday: weekday, reference: reference), date.weekday == weekday else { return nil }
        return (date, next)
    }

    /// `31. März kommenden Jahres`, `le 31 mars de l'année prochaine`: a day, then a month of a
    /// year named relative to the reference (``monthOfShiftedYear(_:)``).
    func dayOfMonthOfShiftedYear(_ i: Int) -> DateMention? {
        guard let found = day(i, spelledOK: false), found.inflection == nil, follows(found.next) else { return nil }
        let k = joined(found.next)
        guard month(k) != nil, let mention = monthOfShiftedYear(k), case .interval(let interval) = mention.value,
              let date = CalendarDate(year: interval.start.year, month: interval.start.month, day: found.day) else { return nil }
        return DateMention(tokens: i..<mention.tokens.upperBound, end: mention.end, value: .interval(DateInterval(day: date)),
                           relative: true)
    }

    func dayNear(_ day: Int, weekday: Int, reference: CalendarDate) -> CalendarDate? {
        guard let first = CalendarDate(year: reference.year, month: reference.month, day: 1) else { return nil }
        for months in [0, -1, 1] {
            let month = first.adding(months: months)
            if let candidate = CalendarDate(year: month.year, month: month.month, day: day), candidate.weekday == weekday {
                return candidate
            }
        }
        return CalendarDate(year: reference.year, month: reference.month, day: day)
    }

    // MARK: Shifted units and months

    /// The unit `unit` shifted by `step` from the reference.
    func unitInterval(_ unit: String, step: Int, from reference: CalendarDate) -> DateInterval? {
        switch unit {
        case "day": return DateInterval(day: reference.adding(days: step))
        case "week": return DateInterval.week(of: reference.adding(days: 7 * step))
        case "month":
            let day = reference.adding(months: step)
            return DateInterval.month(day.year, day.month)
        case "quarter":
            let day = reference.adding(months: 3 * step)
            let first = (day.month - 1) / 3 * 3 + 1
            return DateInterval.months(day.year, first, first + 2, unit: .quarter)
        case "year": return DateInterval.year(reference.year + step)
        case "weekend":
            // Saturday and Sunday of the week, as `hafta sonu` (``within(unit:base:after:genitive:)``).
            let saturday = DateInterval.week(of: reference.adding(days: 7 * step)).start.adding(days: 5)
            return DateInterval(start: saturday, end: saturday.adding(days: 1), unit: .day)
        default: return nil
        }
    }

    /// `3year`, `2weeks`: a word of digits (1–999) glued to a unit (kind `unit`, or its plural by
    /// the `plural` endings): the count and the unit. Most words open with no digit: one byte says so.
    func gluedCount(_ j: Int) -> (count: Int, unit: String)? {
        let key = tokens[j].key
        guard let first = key.utf8.first, (0x30...0x39).contains(first) else { return nil }
        let digits = key.prefix { ("0"..."9").contains($0) }
        guard digits.count <= 3, let n = Int(digits), (1...999).contains(n) else { return nil }
        let rest = String(key.dropFirst(digits.count))
        func unit(_ word: String) -> String? { languageWords[word]?.first { $0.kind == GramKind.unit.name }?.value }
        if let found = unit(rest) { return (n, found) }
        for ending in rules.plural.endings where !ending.isEmpty && rest.hasSuffix(ending) {
            if let found = unit(String(rest.dropLast(ending.count))) { return (n, found) }
        }
        return nil
    }

    /// The days of `count` units (`step` says which way: the next ones, or the past ones)
    /// from the reference, the reference day left out: `önümüzdeki 3 gün`, `the past 2
    /// weeks`, `les 12 derniers mois`. Nil for a unit that is no span of days.
    func countedDays(_ unit: String, step: Int, count: Int, from reference: CalendarDate) -> DateInterval? {
        let later: CalendarDate
        switch unit {
        case "day": later = reference.adding(days: step * count)
        case "week": later = reference.adding(days: step * 7 * count)
        case "month": later = reference.adding(months: step * count)
        case "quarter": later = reference.adding(months: step * 3 * count)
        case "year": later = reference.adding(months: step * 12 * count)
        default: return nil
        }
        return step > 0 ? DateInterval(start: reference.adding(days: 1), end: later, unit: .day)
            : DateInterval(start: later, end: reference.adding(days: -1), unit: .day)
    }

    /// `bu hafta`, `gelecek ay`, `geçen yıl`, `bir önceki ay`, `önümüzdeki 3 gün`,
    /// `geçen Eylül`, `gelecek yıl Haziran`, `gelecek ayın 20'si`, `bu yılın üçüncü çeyreği`,
    /// `geçen haftanın sonunda`, `bu hafta sonu`.
    func shifted(_ i: Int) -> DateMention? {
        guard let reference else { return nil }
        var j = i
        // `the next 3 days`, `the past 2 decades`: an article before the shift word is part of
        // the span (read back from the shift word: articles are too frequent to open a pattern).
        let opening = i > 0 && follows(i) && hasExactGram(i - 1, .article) ? i - 1 : i
        guard let (value, shiftInflection) = gram(j, .shift), var step = Int(value), shiftInflection.caseEnding.isEmpty,
              !hasExactGram(j, .shiftWeek), follows(j + 1) else { return nil }
        if !hasExactGram(j, .shift) { return nil }
        let last = hasExactGram(j, .shiftLast)
        j += 1
        // `bu on yıl`, `geçen 2 on yıl`, `son iki on yıl`: decades.
        if caseSuffixes {
            var decades = 1
            var d = j
            if follows(j + 1), hasExactGram(j + 1, .ten), !tokens[j].hasSuffix,
               let n = tokens[j].kind == .number ? digits(j)?.value : wordValue(j).flatMap({ Int(exactly: $0.rounded(.towardZero)) }),
               (1...9).contains(n) {
                decades = n
                d = j + 1
            }
            if hasExactGram(d, .ten), step == 0 || d > j, follows(d + 1), let (unit, inflection) = gram(d + 1, .unit), unit == "year",
               !inflection.possessive {
                let current = reference.year / 10 * 10
                let first = step == 0 ? current : step < 0 ? current - 10 * decades : current + 10
                let lastYear = step == 0 ? current + 9 : step < 0 ? current - 1 : current + 10 * decades + 9
                guard let a = decadeInterval(first), let b = decadeInterval(lastYear / 10 * 10) else { return nil }
                return DateMention(tokens: opening..<(d + 2), end: self.end(d + 1, inflection),
                                   value: .interval(DateInterval(start: a.start, end: b.end, unit: .decade)), relative: true,
                                   caseEnding: inflection.caseEnding)
            }
        }
        // `önümüzdeki 3 gün`, `geçen 3 hafta`: a number of units next to the reference; not
        // after a shift word that is also a participle (kind `participle-shift`: `il a passé 3
        // jours en prison` is no date).
        if let (n, next) = count(j), follows(next), let (unit, inflection) = gram(next, .unit), step != 0, !inflection.possessive,
           !hasExactGram(i, .participleShift) {
            // `the past 2 decades`, `die nächsten 3 Jahrzehnte`: whole decades, as `son iki on yıl` above.
            // A decade alone is no unit of ``unitInterval(_:step:from:)``: news gold leaves `this
            // decade` out, a time frame more than a date.
            if unit == "decade" {
                let current = reference.year / 10 * 10
                guard let a = decadeInterval(step < 0 ? current - 10 * n : current + 10),
                      let b = decadeInterval(step < 0 ? current - 10 : current + 10 * n) else { return nil }
                return DateMention(tokens: opening..<(next + 1), end: self.end(next, inflection),
                                   value: .interval(DateInterval(start: a.start, end: b.end, unit: .decade)), relative: true,
                                   caseEnding: inflection.caseEnding)
            }
            // `gelecek 3 yıl içinde`: from the reference on.
            if step > 0, follows(next + 1), let (_, within) = gram(next + 1, .within), within.possessive {
                let later: CalendarDate
                switch unit {
                case "day": later = reference.adding(days: n)
                case "week": later = reference.adding(days: 7 * n)
                case "month": later = reference.adding(months: n)
                case "quarter": later = reference.adding(months: 3 * n)
                case "year": later = reference.adding(months: 12 * n)
                default: return nil
                }
                return DateMention(tokens: opening..<(next + 2), end: tokens[next + 1].range.upperBound,
                                   value: .interval(DateInterval(start: reference, end: later, unit: .day)), relative: true)
            }
            let end = next + 1
            // `los últimos dos años de su mandato`: a count in words of a unit that is of
            // something else counts the story's own years (digits are read as before).
            if tokens[j].kind != .number, follows(end), hasExactGram(end, .partOf) { return nil }
            guard unitInterval(unit, step: 0, from: reference) != nil,
                  let interval = countedDays(unit, step: step, count: n, from: reference) else { return nil }
            return DateMention(tokens: opening..<end, end: self.end(next, inflection), value: .interval(interval), relative: true,
                               caseEnding: inflection.caseEnding)
        }
        // `last 3year`, `the past 2weeks` (periods21en): a count glued to its unit in one word,
        // where words take no case ending; read as `the last 3 years` (not decades, as above).
        if !caseSuffixes, step != 0, tokens[j].kind == .word, !hasExactGram(i, .participleShift), let (n, unit) = gluedCount(j),
           unitInterval(unit, step: 0, from: reference) != nil, let interval = countedDays(unit, step: step, count: n, from: reference) {
            return DateMention(tokens: opening..<(j + 1), end: tokens[j].range.upperBound, value: .interval(interval), relative: true)
        }
        // `geçen Eylül`, `bu Nisan`, `gelecek Haziran`.
        // Where months are written in lowercase (`este mayo`, `el próximo junio`), a lowercase
        // full name too; an abbreviation (`este mar`) is a word more often than a month.
        if !last, let (monthNumber, inflection) = month(j),
           tokens[j].isCapitalized || (calendar.lowercaseMonthLanguages.contains(language) && !isAbbreviatedMonth(j)) || isCuedShortMonth(j)
            || hasExactGram(j, .shiftLowerMonth) {
            let year = reference.year + (step < 0 ? -1 : step > 0 ? 1 : 0)
            // `el próximo junio`, `el pasado junio`: a shift word of kind `date-shift` picks the
            // first such month after the reference or the latest before it, as `junio próximo`
            // does (``calendarDateShifted(after:)``); `next June` is next year's.
            let nearest = exactGram(i, .dateShift).flatMap(Int.init).flatMap { $0 != 0 ? nearestMonth(monthNumber, step: $0, from: reference) : nil }
            // `el próximo junio de 2026`: a year written after it is read as written.
            if nearest != nil, follows(j + 1), hasExactGram(j + 1, .joiner), follows(j + 2), self.year(j + 2) != nil { return nil }
            guard let interval = nearest ?? DateInterval.month(year, monthNumber) else { return nil }
            return DateMention(tokens: opening..<(j + 1), end: self.end(j, inflection), value: .interval(interval), relative: true,
                               caseEnding: caseEnding(inflection, j))
        }
        guard let (unit, inflection) = gram(j, .unit), !hasExactGram(j, .pluralUnit) else { return nil }
        // `ces derniers mois`, `les prochains mois`: a shift word in the plural (kind `plural-shift`)
        // with no count names several units left unsaid, where the unit's plural is its singular.
        if hasExactGram(i, .pluralShift) { return nil }
        // `son çeyrek` is the year's fourth (``ordinalOf``); `son gün`, `son ay` are the last ones.
        if last, unit == "quarter" || inflection.possessive { return nil }
        // `son gün` is mostly a deadline (`başvurular için son gün 30 Haziran`); yesterday only opening a sentence.
        if last, unit == "day", !document.isInitial(i) { return nil }
        // `le dernier jour du salon`, `am letzten Tag der Messe`: a shift word, the unit day and
        // a word of kind `day-of` name a day of what follows (an event's last day), not the
        // day before or after the reference.
        if unit == "day", step != 0, follows(j + 1), hasExactGram(j + 1, .dayOf) { return nil }
        // `el próximo día 15`, `el pasado día 3 de marzo`: the day's number names it (kind
        // `day-number-unit`), not tomorrow or yesterday.
        if follows(j + 1), tokens[j + 1].kind == .number, hasExactGram(j, .dayNumberUnit) { return nil }
        // `gelecek yıl Haziran`.
        // A month that is also a given name, a word after it, is the name (`Next year May will
        // step down`).
        if unit == "year", inflection.caseEnding.isEmpty, !inflection.possessive, follows(j + 1),
           let (monthNumber, monthInflection) = month(j + 1),
           !hasExactGram(j + 1, .nameMonth) || !(follows(j + 2) && isWord(j + 2)) {
            guard let interval = DateInterval.month(reference.year + step, monthNumber) else { return nil }
            return DateMention(tokens: opening..<(j + 2), end: self.end(j + 1, monthInflection), value: .interval(interval),
                               relative: true, caseEnding: caseEnding(monthInflection, j + 1))
        }
        // `gelecek haftadan sonraki hafta`.
        if isAblative(inflection.caseEnding), follows(j + 1), let (next, _) = gram(j + 1, .shift), let extra = Int(next),
           extra != 0, follows(j + 2), let (again, againInflection) = gram(j + 2, .unit), again == unit {
            step += extra
            guard let interval = unitInterval(unit, step: step, from: reference) else { return nil }
            return DateMention(tokens: opening..<(j + 3), end: self.end(j + 2, againInflection), value: .interval(interval),
                               relative: true, caseEnding: againInflection.caseEnding)
        }
        // `this decade`, `the next decade`: the decade of the calendar (`the past decade` is the
        // last ten years, no decade of the calendar).
        if !caseSuffixes, unit == "decade", step >= 0, inflection.caseEnding.isEmpty, !inflection.possessive {
            guard let interval = decadeInterval(reference.year / 10 * 10 + 10 * step) else { return nil }
            return DateMention(tokens: opening..<(j + 1), end: self.end(j, inflection), value: .interval(interval), relative: true)
        }
        guard let base = unitInterval(unit, step: step, from: reference) else { return nil }
        // `el próximo mes`, `la próxima semana`: an article of kind `shift-article` belongs to the phrase.
        let articled = opening == i && i > 0 && follows(i) && hasExactGram(i - 1, .shiftArticle) ? i - 1 : opening
        if isGenitive(inflection.caseEnding) || (inflection.caseEnding.isEmpty && !inflection.possessive) {
            if let inner = within(unit: unit, base: base, after: j + 1, genitive: isGenitive(inflection.caseEnding)) {
                return DateMention(tokens: articled..<inner.next, end: inner.end, value: .interval(inner.interval), relative: true,
                                   caseEnding: inner.caseEnding, mod: inner.mod)
            }
        }
        guard !isGenitive(inflection.caseEnding) || !caseSuffixes else {
            // `gelecek ayın tatilleri`: the genitive alone still names the unit.
            return DateMention(tokens: opening..<(j + 1), end: tokens[j].range.upperBound, value: .interval(base), relative: true)
        }
        if inflection.possessive { return nil }
        return DateMention(tokens: articled..<(j + 1), end: self.end(j, inflection), value: .interval(base), relative: true,
                           caseEnding: inflection.caseEnding)
    }

    /// What follows a unit (`ayın`, `yılın`, `hafta`): a day of it, an ordinal part of it,
    /// a part of it (`sonunda`), a weekday in it.
    func within(unit: String, base: DateInterval, after k: Int, genitive: Bool)
        -> (interval: DateInterval, next: Int, end: Int, caseEnding: String, mod: String?)? {
        guard follows(k) else { return nil }
        // `hafta sonu`: the weekend.
        if unit == "week", !genitive, let (part, inflection) = gram(k, .part), part == "end", inflection.possessive {
            let saturday = base.start.adding(days: 5)
            return (DateInterval(start: saturday, end: saturday.adding(days: 1), unit: .day), k + 1, self.end(k, inflection),
                    inflection.caseEnding, nil)
        }
        if caseSuffixes, !genitive {
            // `bu ay başında`, `bu yıl sonunda`: the unit, qualified by the part.
            if let (part, inflection) = gram(k, .part), inflection.possessive, part != "half" {
                return (base, k + 1, self.end(k, inflection, keepCase: true), inflection.caseEnding, part)
            }
            // `gelecek yıl üçüncü hafta`.
            if unit == "year", let (n, next) = ordinal(k), follows(next), let (sub, inflection) = gram(next, .unit),
               !inflection.possessive, let interval = nth(n, sub, of: base, unit: unit) {
                return (interval, next + 1, self.end(next, inflection), inflection.caseEnding, nil)
            }
            return nil
        }
        guard genitive || !caseSuffixes else { return nil }
        // `haftanın geri kalanı`: from the reference to the end of the unit.
        if follows(k + 1), let reference, let lemma = phrase(at: k, kind: "rest", inflectedLast: true),
           let inflection = suffixes.inflection(of: tokens[k + 1].key, lemma: lemma), inflection.possessive {
            let start = max(reference, base.start)
            guard start <= base.end else { return nil }
            return (DateInterval(start: start, end: base.end, unit: .day), k + 2, self.end(k + 1, inflection), inflection.caseEnding, nil)
        }
        if unit == "year" {
            // `2016'nın yazı`.
            if let (name, inflection) = gram(k, .season), inflection.possessive,
               let interval = seasonInterval(name, year: base.start.year) {
                return (interval, k + 1, self.end(k, inflection), inflection.caseEnding, nil)
            }
            // `1999'un Haziran ayı`.
            if let (monthNumber, inflection) = month(k), tokens[k].isCapitalized, let interval = DateInterval.month(base.start.year, monthNumber) {
                if inflection == nil, follows(k + 1), let (sub, subInflection) = gram(k + 1, .unit), sub == "month",
                   subInflection.possessive {
                    return (interval, k + 2, self.end(k + 1, subInflection), subInflection.caseEnding, nil)
                }
                if let inflection, !isGenitive(inflection.caseEnding) {
                    return (interval, k + 1, self.end(k, inflection), inflection.caseEnding, nil)
                }
            }
        }
        // `ayın 20'si`.
        if unit == "month", let found = day(k), let inflection = found.inflection, inflection.possessive,
           let date = CalendarDate(year: base.start.year, month: base.start.month, day: found.day) {
            return (DateInterval(day: date), found.next, self.end(found.next - 1, inflection), inflection.caseEnding, nil)
        }
        // `yılın sonunda`, `haftanın başında`: the unit, qualified by the part.
        if let (part, inflection) = gram(k, .part), inflection.possessive, part != "half" {
            return (base, k + 1, self.end(k, inflection, keepCase: true), inflection.caseEnding, part)
        }
        // `yılın üçüncü çeyreği`, `ayın ilk Cuma günü`, `ayın son haftası`.
        if let (n, next) = ordinal(k), follows(next) {
            if let (sub, inflection) = gram(next, .unit), inflection.possessive || !caseSuffixes,
               let interval = nth(n, sub, of: base, unit: unit) {
                return (interval, next + 1, self.end(next, inflection), inflection.caseEnding, nil)
            }
            if let (sub, inflection) = gram(next, .part), sub == "half", inflection.possessive,
               let interval = half(n, of: base) {
                return (interval, next + 1, self.end(next, inflection), inflection.caseEnding, nil)
            }
            if unit == "month", let (weekdayNumber, inflection) = weekday(next),
               let date = nthWeekday(n, weekdayNumber, year: base.start.year, month: base.start.month) {
                var end = next + 1
                var spanEnd = self.end(next, inflection)
                var ending = caseEnding(inflection, next)
                if inflection == nil, let (_, dayInflection) = dayWord(end) {
                    end += 1
                    spanEnd = self.end(end - 1, dayInflection)
                    ending = dayInflection.caseEnding
                }
                return (DateInterval(day: date), end, spanEnd, ending, nil)
            }
        }
        return nil
    }

    /// The `n`-th (or last, `n == -1`) `sub` unit of `base`.
    func nth(_ n: Int, _ sub: String, of base: DateInterval, unit: String) -> DateInterval? {
        switch (unit, sub) {
        case ("year", "quarter"):
            let q = n == -1 ? 4 : n
            guard (1...4).contains(q) else { return nil }
            return DateInterval.months(base.start.year, q * 3 - 2, q * 3, unit: .quarter)
        case ("year", "month"):
            let m = n == -1 ? 12 : n
            return DateInterval.month(base.start.year, m)
        case ("year", "week"), ("month", "week"):
            // Weeks counted ISO-like: the first holds the period's first Thursday.
            var thursday = base.start
            while thursday.weekday != 4 { thursday = thursday.adding(days: 1) }
            if n == -1 {
                var last = base.end
                while last.weekday != 4 { last = last.adding(days: -1) }
                return DateInterval.week(of: last)
            }
            guard n >= 1, n <= 53 else { return nil }
            let week = DateInterval.week(of: thursday.adding(days: 7 * (n - 1)))
            return week.start.adding(days: 3) <= base.end ? week : nil
        case ("month", "fortnight"):
            // `la première quinzaine de mai` (periods21fr): days 1–15, the second the rest of the month.
            guard let days = [1: (1, 15), 2: (16, 31), -1: (16, 31)][n] else { return nil }
            let first = base.start.adding(days: days.0 - 1)
            let last = min(base.start.adding(days: days.1 - 1), base.end)
            return DateInterval(start: first, end: last, unit: .day)
        case ("month", "day"), ("week", "day"), ("year", "day"):
            guard n >= 1 else { return nil }
            let date = base.start.adding(days: n - 1)
            return date <= base.end ? DateInterval(day: date) : nil
        default:
            return nil
        }
    }

    /// The first or second half of a year.
    func half(_ n: Int, of base: DateInterval) -> DateInterval? {
        guard base.unit == .year else { return nil }
        switch n {
        case 1: return DateInterval.months(base.start.year, 1, 6)
        case 2, -1: return DateInterval.months(base.start.year, 7, 12)
        default: return nil
        }
    }

    /// The `n`-th (or last) weekday of a month.
    func nthWeekday(_ n: Int, _ weekday: Int, year: Int, month: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        if n == -1 {
            var day = CalendarDate(year: year, month: month, day: CalendarDate.days(inMonth: month, year: year))!
            while day.weekday != weekday { day = day.adding(days: -1) }
            return day
        }
        guard n >= 1 else { return nil }
        var day = first
        while day.weekday != weekday { day = day.adding(days: 1) }
        day = day.adding(days: 7 * (n - 1))
        return day.month == month ? day : nil
    }

    // MARK: Units without a shift

    /// `la semaine prochaine`, `l'an dernier`, `el año pasado`: a unit, then the word that
    /// shifts it (grammar kind `post-shift`, in the languages that place it after). Not a
    /// day: `le jour suivant`, `el día siguiente` follow the story, not the reference date.
    func postShifted(_ i: Int) -> DateMention? {
        guard let reference, models.kinds & GramKind.postShift.bit != 0, follows(i + 1),
              let (unit, inflection) = gram(i, .unit), unit != "day", inflection.caseEnding.isEmpty, !inflection.possessive,
              !hasExactGram(i, .pluralUnit) else { return nil }
        // The shift word, or a shift phrase of two words (`el mes que viene`).
        var last = i + 1
        var shift = exactGram(i + 1, .postShift)
        if shift == nil, isWord(i + 1), follows(i + 2), isWord(i + 2) {
            shift = phrases(at: i + 1)
                .first { $0.entry.kind == GramKind.postShift.name && $0.rest == [tokens[i + 2].key] }?.entry.value
            last = i + 2
        }
        guard let shift, let step = Int(shift), let interval = unitInterval(unit, step: step, from: reference) else { return nil }
        // `el año pasado`, `la semaine prochaine`: the article belongs to the phrase.
        let opening = i > 0 && follows(i) && hasExactGram(i - 1, .unitArticle) ? i - 1 : i
        return DateMention(tokens: opening..<(last + 1), end: tokens[last].stemRange.upperBound, value: .interval(interval),
                           relative: true)
    }

    /// `yıl sonunda`, `yılın ilk çeyreği`, `ayın 15'i`, `hafta sonu`, `ilk çeyrekte`,
    /// `üçüncü çeyrek` — the unit that holds the reference date.
    func unitPart(_ i: Int) -> DateMention? {
        guard let reference, caseSuffixes, i < tokens.count else { return nil }
        // `haftamın geri kalanı`: the first person's unit.
        if let unit = exactGram(i, .ownUnit),
           let base = unitInterval(unit, step: 0, from: reference),
           let inner = within(unit: unit, base: base, after: i + 1, genitive: true) {
            return DateMention(tokens: i..<inner.next, end: inner.end, value: .interval(inner.interval), relative: true,
                               caseEnding: inner.caseEnding, mod: inner.mod)
        }
        guard let (unit, inflection) = gram(i, .unit), !hasExactGram(i, .shiftWeek) else { return nil }
        if i > 0, follows(i), hasGram(i - 1, .shift) || count(i - 1) != nil || ordinal(i - 1) != nil
            || year(i - 1) != nil || tokens[i - 1].kind == .number { return nil }
        guard let base = unitInterval(unit, step: 0, from: reference) else { return nil }
        let genitive = isGenitive(inflection.caseEnding)
        // `yıl sonunda`, `ay başında`.
        if !genitive, inflection.caseEnding.isEmpty, !inflection.possessive, follows(i + 1),
           let (part, partInflection) = gram(i + 1, .part), partInflection.possessive, part != "half" {
            if unit == "week", part == "end" {
                guard let inner = within(unit: unit, base: base, after: i + 1, genitive: false) else { return nil }
                return DateMention(tokens: i..<inner.next, end: inner.end, value: .interval(inner.interval), relative: true,
                                   caseEnding: inner.caseEnding, mod: inner.mod)
            }
            var mention = DateMention(tokens: i..<(i + 2), end: self.end(i + 1, partInflection, keepCase: true), value: .interval(base),
                                      relative: true, caseEnding: partInflection.caseEnding)
            mention.mod = part
            return mention
        }
        guard genitive, let inner = within(unit: unit, base: base, after: i + 1, genitive: true) else { return nil }
        return DateMention(tokens: i..<inner.next, end: inner.end, value: .interval(inner.interval), relative: true,
                           caseEnding: inner.caseEnding, mod: inner.mod)
    }

    /// `2016'nın üçüncü çeyreği`, `2017 yılının ilk yarısı`, `Temmuz'un son haftası`,
    /// `Temmuz'un ilk Cuma günü`, `ilk çeyrekte`, `ikinci Pazar`.
    func ordinalOf(_ i: Int) -> DateMention? {
        guard caseSuffixes else { return ordinalPart(i) }
        // A year or month in the genitive.
        var base: DateInterval?
        var unit = ""
        var k = i
        var relative = false
        // `bu bin dokuz yüz doksan dokuzun`: a demonstrative before a spelled year.
        let y = hasExactGram(i, .demonstrative) && follows(i + 1) && tokens.indices.contains(i + 1) && tokens[i + 1].kind == .word ? i + 1 : i
        if let (value, next, inflection) = anyYear(y), let inflection, isGenitive(inflection.caseEnding) {
            base = DateInterval.year(value)
            unit = "year"
            k = next
        } else if y != i {
            return nil
        } else if let (value, inflection) = year(i), inflection == nil, follows(i + 1), let (u, unitInflection) = gram(i + 1, .unit),
                  u == "year", unitInflection.possessive, isGenitive(unitInflection.caseEnding) {
            base = DateInterval.year(value)
            unit = "year"
            k = i + 2
        } else if let (monthNumber, inflection) = month(i), let inflection, isGenitive(inflection.caseEnding),
                  tokens[i].isCapitalized {
            guard let reference else { return nil }
            base = DateInterval.month(reference.year, monthNumber)
            unit = "month"
            k = i + 1
        } else if let reference, let (n, next) = ordinal(i), follows(next) {
            // `ilk çeyrekte`, `üçüncü çeyrek`, `ikinci Pazar` (of the reference's year or month).
            if i > 0, follows(i), hasGram(i - 1, .unit) || year(i - 1) != nil || month(i - 1) != nil { return nil }
            if let (sub, inflection) = gram(next, .unit), sub == "quarter", !inflection.possessive,
               let interval = nth(n, sub, of: DateInterval.year(reference.year)!, unit: "year") {
                return DateMention(tokens: i..<(next + 1), end: self.end(next, inflection), value: .interval(interval),
                                   relative: true, caseEnding: inflection.caseEnding)
            }
            if let (weekdayNumber, inflection) = weekday(next), tokens[next].isCapitalized,
               let date = nthWeekday(n, weekdayNumber, year: reference.year, month: reference.month) {
                return DateMention(tokens: i..<(next + 1), end: self.end(next, inflection),
                                   value: .interval(DateInterval(day: date)), relative: true, caseEnding: caseEnding(inflection, next))
            }
            return nil
        }
        guard let base, follows(k), let inner = within(unit: unit, base: base, after: k, genitive: true) else { return nil }
        // `2017’nin ikinci yarısı`, `2017'nin sonunda`: news gold keeps the written year (`2017`); the year alone
        // is read by `cuedYear`. A quarter, month, week or season of it is a date of its own.
        if unit == "year", hasGram(inner.next - 1, .part) { return nil }
        relative = unit == "month"
        return DateMention(tokens: i..<inner.next, end: inner.end, value: .interval(inner.interval), relative: relative,
                           caseEnding: inner.caseEnding, mod: inner.mod)
    }

    // MARK: Durations

    /// ``duration(_:opensPhrase:)``'s first test, also asked by ``point(at:starts:gated:)`` before
    /// the call (25,000 asks on the bench's 1,000 articles, most answered here).
    @inline(never)
    func closesBeforeDuration(_ i: Int) -> Bool {
        i < starts.count && starts[i].isDisjoint(with: DateStarts.relativeDay.union(.phrase).union(.shift))
            && (tokens[i].kind == .number || tokens[i].hasSuffix || !(follows(i + 1) && isWord(i + 1) && numberish[i + 1]))
            && !(follows(i + 1) && (hasGram(i + 1, .unit) || weekday(i + 1) != nil || hasExactGram(i + 1, .andAHalf)))
    }

    /// `iki gün önce`, `1 ay 21 gün önce`, `2 yıl sonra`, `iki hafta içinde`,
    /// `Bugünden iki gün sonra`, `Yarından itibaren üç hafta sonra`.
    /// `closesAsked`: the caller has found ``closesBeforeDuration(_:)`` false already.
    func duration(_ i: Int, opensPhrase: Bool = true, closesAsked: Bool = false) -> DateMention? {
        guard let reference, i < tokens.count else { return nil }
        // Opened by a count alone (no day word, phrase or shift word at `i`, see ``DateStarts``):
        // the count ends at `i + 1` unless number words follow, and a unit, a weekday or the
        // word for a half must come next. Most numbers have none after them, and their value
        // (a spell-out to parse for some number words) need not be read.
        // The starts as one constant set: an array literal here was built on the heap at each
        // of 26,000 calls on the bench's 1,000 articles (9 M instructions).
        if !closesAsked, closesBeforeDuration(i) { return nil }
        var base = reference
        var j = i
        var before = false
        // `vor 3 Tagen`, `il y a deux ans`: the word of the direction before the duration.
        let lead = caseSuffixes || models.kinds & (GramKind.offsetBefore.bit | GramKind.offsetAhead.bit | GramKind.futureIn.bit) == 0 ? nil : offsetOpening(i)
        if let lead { j = lead.next }
        if let (value, inflection) = gram(i, .day), let offset = Int(value), isAblative(inflection.caseEnding) {
            base = reference.adding(days: offset)
            j += 1
            if follows(j), hasGram(j, .since) { j += 1 }
            // `Bugünden önce 2 haftadan fazla`.
            else if follows(j), caseSuffixes, exactGram(j, .offset) == "-1" { before = true; j += 1 }
        } else if caseSuffixes, opensPhrase, follows(i + 1), phrase(at: i, kind: "now", inflectedLast: false) != nil {
            // `Şu andan itibaren`.
            j += 2
            if follows(j), hasGram(j, .since) { j += 1 }
        }
        // `gelecek 5 yıl 1 ay 12 gün içinde`: a shift word before a duration that ends in `içinde`.
        var forward = false
        if j == i, caseSuffixes, let (value, inflection) = gram(i, .shift), value == "1", inflection.caseEnding.isEmpty, !inflection.possessive,
           follows(i + 1), count(i + 1) != nil {
            forward = true
            j += 1
        }
        // `iki Pazartesi sonra`: the n-th such weekday after the base.
        if caseSuffixes, weekdayAhead(of: j), let (n, next) = count(j), follows(next), let (weekdayNumber, weekdayInflection) = weekday(next),
           weekdayInflection == nil, tokens[next].isCapitalized, follows(next + 1),
           let (value, inflection) = gram(next + 1, .offset), value == "1", inflection.caseEnding.isEmpty {
            var date = base.adding(days: 1)
            while date.weekday != weekdayNumber { date = date.adding(days: 1) }
            date = date.adding(days: 7 * (n - 1))
            return DateMention(tokens: i..<(next + 2), end: tokens[next + 1].range.upperBound,
                               value: .interval(DateInterval(day: date)), relative: true)
        }
        var days = 0, months = 0
        var any = false
        var comparative = false
        // A count in words where words take no case ending (`two years ago`): read only before
        // a word of the past; `two days later` follows the story's own time line, not the
        // article's date.
        var countInWords = false
        while follows(j) || (j == i && j < tokens.count), unitAhead(of: j),
              lead?.wordsOnly != true || tokens[j].kind != .number,
              let (n, next) = count(j) ?? leadCount(j, lead: lead), follows(next) {
            if !caseSuffixes, tokens[j].kind != .number { countInWords = true }
            var unitIndex = next
            var half = false
            // `iki buçuk gün`.
            if caseSuffixes, hasExactGram(next, .andAHalf), follows(next + 1) {
                half = true
                unitIndex = next + 1
            }
            guard let (unit, inflection) = gram(unitIndex, .unit), !inflection.possessive else { break }
            // `2 haftadan fazla`, `3 günden az`: a comparison closes the duration.
            if !inflection.caseEnding.isEmpty {
                guard caseSuffixes, isAblative(inflection.caseEnding), follows(unitIndex + 1),
                      comparison(unitIndex + 1) != nil else { break }
                comparative = true
            }
            switch unit {
            case "day": days += n
            case "week": days += 7 * n + (half ? 3 : 0)
            case "month": months += n; days += half ? 15 : 0
            case "quarter": months += 3 * n + (half ? 1 : 0)
            case "year": months += 12 * n + (half ? 6 : 0)
            case "decade": months += 120 * n
            default: return nil
            }
            any = true
            j = unitIndex + 1
            if comparative { break }
            // `2 yıl, 3 ay önce`; `1 month and 21 days ago` (grammar kind `and`).
            if follows(j), tokens[j].text == "," || (!caseSuffixes && hasGram(j, .and)), follows(j + 1), count(j + 1) != nil {
                j += 1
            }
        }
        if let lead {
            guard any, j > lead.next else { return nil }
            // dates21fr: `dans trois jours de grève`, `dans deux ans et demi`, `dans une année
            // difficile`: a length, not a day, where a word of kind `offset-ahead-stop` or a
            // lowercase word that is no function word follows the unit.
            if lead.wordsOnly, follows(j),
               hasExactGram(j, .offsetAheadStop)
                || (tokens[j].kind == .word && !tokens[j].isCapitalized && !models.functionWords.contains(tokens[j].key)) {
                return nil
            }
            // `Il y a sept ans, 12 personnes`: a comma read before a count that no unit follows.
            if j > lead.next + 1, tokens[j - 1].kind == .punctuation { j -= 1 }
            let date = reference.adding(months: lead.direction * months).adding(days: lead.direction * days)
            return DateMention(tokens: i..<j, end: tokens[j - 1].stemRange.upperBound, value: .interval(DateInterval(day: date)),
                               relative: true)
        }
        guard any, follows(j) || comparative else { return nil }
        let direction = before ? -1 : 1
        let date = base.adding(months: direction * months).adding(days: direction * days)
        if comparative {
            guard j < tokens.count, let (less, length) = comparison(j) else { return nil }
            var last = j
            var spanEnd = tokens[j].range.lowerBound + length
            // `bir sürede`.
            if follows(j + 2), hasExactGram(j + 1, .article),
               DateRules.opening(tokens[j + 2].key, in: rules.timeNouns) != nil {
                last = j + 2
                spanEnd = tokens[j + 2].range.upperBound
            }
            let interval = less ? DateInterval(start: min(base, date), end: max(base, date), unit: .day) : DateInterval(day: date)
            return DateMention(tokens: i..<(last + 1), end: spanEnd, value: .interval(interval), relative: true)
        }
        if before { return nil }
        // `two weeks from now`, `three days from tomorrow`: counted from a day named relative to
        // the reference (a word of kind `offset-from`, then one of kind `day` or `offset-now`).
        if !caseSuffixes, !forward, let value = exactGram(j, .offsetFrom), let direction = Int(value), follows(j + 1),
           !tokens[j + 1].hasSuffix, let dayOffset = hasExactGram(j + 1, .offsetNow) ? 0 : exactGram(j + 1, .day).flatMap({ Int($0) }) {
            let from = reference.adding(days: dayOffset)
            let date = from.adding(months: direction * months).adding(days: direction * days)
            return DateMention(tokens: i..<(j + 2), end: tokens[j + 1].stemRange.upperBound, value: .interval(DateInterval(day: date)),
                               relative: true)
        }
        if !forward, let (value, inflection) = gram(j, .offset), let direction = Int(value) {
            if countInWords, direction > 0 { return nil }
            let date = base.adding(months: direction * months).adding(days: direction * days)
            // `Bugünden iki buçuk gün sonraya kadar`: up to that day.
            if isDative(inflection.caseEnding), follows(j + 1), hasGram(j + 1, .until) {
                return DateMention(tokens: i..<(j + 2), end: tokens[j + 1].range.upperBound,
                                   value: .interval(DateInterval(start: min(base, date), end: max(base, date), unit: .day)),
                                   relative: true)
            }
            return DateMention(tokens: i..<(j + 1), end: self.end(j, inflection, keepCase: rules.relative.contains(inflection.caseEnding)),
                               value: .interval(DateInterval(day: date)), relative: true, caseEnding: inflection.caseEnding)
        }
        // `12 ay sonunda`: at the end of the duration.
        if !forward, caseSuffixes, let (part, inflection) = gram(j, .part), part == "end", inflection.possessive,
           rules.possessiveLocative.contains(inflection.caseEnding) {
            return DateMention(tokens: i..<(j + 1), end: tokens[j].range.upperBound, value: .interval(DateInterval(day: date)),
                               relative: true, caseEnding: inflection.caseEnding)
        }
        if let (_, inflection) = gram(j, .within), inflection.possessive {
            return DateMention(tokens: i..<(j + 1), end: tokens[j].range.upperBound,
                               value: .interval(DateInterval(start: base, end: date, unit: .day)), relative: true)
        }
        // Not `dört gün boyunca`: a length of time (`fuar dört gün boyunca sürdü`), anchored nowhere.
        return nil
    }

    /// A count in words of grammar kind `offset-count` at `j`, read only after an opening of
    /// ``offsetOpening(_:)`` (`il y a deux ans`; not `a passé deux jours`).
    private func leadCount(_ j: Int, lead: (next: Int, direction: Int, wordsOnly: Bool)?) -> (value: Int, next: Int)? {
        guard lead != nil, let value = exactGram(j, .offsetCount), let number = Int(value) else { return nil }
        return (number, j + 1)
    }

    /// The word or phrase of grammar kind `offset-before` opening at `i` (`vor`, `il y a`): the
    /// token after it and its direction; or a word of kind `offset-ahead` (`dans`), after which
    /// only a count in words is read (`wordsOnly`).
    func offsetOpening(_ i: Int) -> (next: Int, direction: Int, wordsOnly: Bool)? {
        guard isWord(i) else { return nil }
        // dates21en: `will leave in 3 weeks`: a word of kind `future-in` after a lowercase word
        // after one of kind `future-cue`.
        if i >= 2, let value = exactGram(i, .futureIn), let direction = Int(value), follows(i), follows(i - 1), isWord(i - 1),
           !tokens[i - 1].isCapitalized, hasExactGram(i - 2, .futureCue) {
            return (i + 1, direction, false)
        }
        if let value = exactGram(i, .offsetBefore), let direction = Int(value) { return (i + 1, direction, false) }
        if let value = exactGram(i, .offsetAhead), let direction = Int(value) { return (i + 1, direction, true) }
        for phrase in phrases(at: i) where phrase.entry.kind == "offset-before" {
            guard let direction = Int(phrase.entry.value) else { continue }
            var k = i + 1
            var matched = true
            for word in phrase.rest {
                guard follows(k), isWord(k), tokens[k].key == word else { matched = false; break }
                k += 1
            }
            if matched { return (k, direction, false) }
        }
        return nil
    }

    /// Whether a weekday name is among the three tokens after `j`, where a count read at `j`
    /// (``count(_:)``: digits, a count word or up to three number words) ends: reading the
    /// count of a spelled number costs thousands of instructions, and most have no weekday after.
    private func weekdayAhead(of j: Int) -> Bool {
        // Before the starts are read, ``weekday(_:)`` reads the words themselves.
        guard starts.count == tokens.count else { return true }
        var k = j + 1
        while k <= j + 3, k < starts.count {
            if starts[k].contains(.weekday) { return true }
            k += 1
        }
        return false
    }

    /// Whether a unit word is among the four tokens after `j`, where a unit after a count read
    /// at `j` (and the word for a half) can be: as ``weekdayAhead(of:)``.
    private func unitAhead(of j: Int) -> Bool {
        // Where words take no case ending, a word's starts hold `unit` for each word of the kind
        // (``readStarts(_:)``): most words after a count are answered from them, not from the
        // kinds kept of their forms.
        let exact = !caseSuffixes && starts.count == tokens.count
        var k = j + 1
        while k <= j + 4, k < tokens.count {
            if !exact || starts[k].contains(.unit), hasGram(k, .unit) { return true }
            k += 1
        }
        return false
    }

    /// `15'inde`, `27'sinde`: a day of the month by its number alone, with possessive and
    /// locative (`ayın 15'inde`); the month is the reference's.
    func bareDay(_ i: Int) -> DateMention? {
        guard caseSuffixes, let reference, i < tokens.count else { return nil }
        let initial = document.isInitial(i)
        // Spelled out only where the sentence opens with it (`yirmi ikisinde döndüm`).
        guard tokens[i].kind == .number ? tokens[i].form.stemCharacterCount <= 2 : initial,
              let found = day(i, spelledOK: tokens[i].kind == .word), let inflection = found.inflection else { return nil }
        let last = found.next - 1
        if i > 0, follows(i), tokens[i - 1].kind == .word, !(hasGram(i - 1, .unit)) { return nil }
        // `27'si Çarşamba`: the day of a month near the reference that falls on that weekday.
        if inflection.possessive, inflection.caseEnding.isEmpty, follows(found.next), tokens[found.next].isCapitalized,
           let (weekdayNumber, weekdayInflection) = weekday(found.next) {
            let first = CalendarDate(year: reference.year, month: reference.month, day: 1)!
            for months in [0, -1, 1] {
                let month = first.adding(months: months)
                if let date = CalendarDate(year: month.year, month: month.month, day: found.day), date.weekday == weekdayNumber {
                    return DateMention(tokens: i..<(found.next + 1), end: end(found.next, weekdayInflection),
                                       value: .interval(DateInterval(day: date)), relative: true,
                                       caseEnding: caseEnding(weekdayInflection, found.next))
                }
            }
            return nil
        }
        let possessiveLocative = inflection.possessive && rules.possessiveLocative.contains(inflection.caseEnding)
        // `15'te döneceğim`: a bare locative day opening the sentence before a verb.
        let locative = !inflection.possessive && rules.locative.contains(inflection.caseEnding) && initial
            && tokens[i].kind == .number && follows(found.next) && isWord(found.next) && !tokens[found.next].isCapitalized
            && !hasGram(found.next, .unit) && !numberish[found.next]
        guard possessiveLocative || locative else { return nil }
        if tokens[i].kind == .word {
            guard follows(found.next), isWord(found.next), !tokens[found.next].isCapitalized else { return nil }
        }
        guard let date = CalendarDate(year: reference.year, month: reference.month, day: found.day) else { return nil }
        // Digits keep only the number (`15'inde` → `15`); words their possessive (`yirmi ikisi`).
        let spanEnd = tokens[i].kind == .number ? tokens[i].stemRange.upperBound : end(last, inflection)
        return DateMention(tokens: i..<found.next, end: spanEnd, value: .interval(DateInterval(day: date)),
                           relative: true, caseEnding: inflection.caseEnding)
    }
}

extension DateReader {
    /// The last word of a grammar phrase of `kind` and two words opening at token `i`
    /// (`şu andan`, `geri kalan`) when the next token writes it, or (`inflectedLast`) may
    /// write it inflected, for the caller to read.
    func phrase(at i: Int, kind: String, inflectedLast: Bool) -> String? {
        guard isWord(i), isWord(i + 1) else { return nil }
        for phrase in phrases(at: i)
        where phrase.entry.kind == kind && phrase.rest.count == 1 {
            if inflectedLast || tokens[i + 1].key == phrase.rest[0] { return phrase.rest[0] }
        }
        return nil
    }

    /// A comparison at `i` closing a duration (grammar kinds `less` and `more`, the latter in
    /// any form it opens: `az`, `fazla`): whether it is "less", and the length (UTF-16) of the
    /// word in the span.
    func comparison(_ i: Int) -> (less: Bool, length: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        if hasExactGram(i, .less) { return (true, tokens[i].key.utf16.count) }
        if let more = DateRules.opening(tokens[i].key, in: rules.moreWords) { return (false, more.utf16.count) }
        return nil
    }
}

/// The digits and separators (`.`, `/`, `-`) of the stems of a numeric date's tokens, read
/// byte by byte: every shape ``DateReader/numeric(_:)`` reads has two separators, or one
/// between two four-digit years (nine bytes), and parts of ASCII digits only. Reading them
/// so builds no string of the tokens, no parts and no set of separators.
struct NumericShape {
    /// The parts, at most three.
    private(set) var count = 1
    /// The value of each part (kept only to 18 digits: longer parts fit no shape).
    private(set) var numbers = SIMD4<Int>(repeating: 0)
    /// The digits of each part.
    private(set) var lengths = SIMD4<Int>(repeating: 0)
    /// The separators in order (0 when absent).
    private(set) var separators: (UInt8, UInt8) = (0, 0)

    /// Whether both separators are the same (or there is one).
    var oneSeparator: Bool { count == 2 || separators.0 == separators.1 }

    /// Nil when a stem holds a byte that is no ASCII digit or separator, a part is empty,
    /// or the separators are not two (or one in six to nine bytes: `3/2015`, `2014-2020`).
    init?(stems: some Sequence<String>) {
        var bytes = 0
        for stem in stems {
            for byte in stem.utf8 {
                bytes += 1
                if byte == 0x2E || byte == 0x2F || byte == 0x2D {
                    guard count < 3 else { return nil }
                    if count == 1 { separators.0 = byte } else { separators.1 = byte }
                    count += 1
                } else if byte >= 0x30 && byte <= 0x39 {
                    let part = count - 1
                    lengths[part] += 1
                    if lengths[part] <= 18 { numbers[part] = numbers[part] * 10 + Int(byte - 0x30) }
                } else {
                    return nil
                }
            }
        }
        guard count == 3 || (count == 2 && (6...9).contains(bytes)) else { return nil }
        for part in 0..<count where lengths[part] == 0 { return nil }
    }
}
