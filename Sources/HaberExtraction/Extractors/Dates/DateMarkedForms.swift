import HaberText

/// Forms of session 16's Spanish round (issue 13): a month and its year in digits with a mark
/// of the language's between them, and decades spelled out after the word for years.
extension DateReader {
    /// `11-2016`, `3.2015`, `11 / 2016`, `11~2016`: a month in one or two digits (1–12), a mark
    /// of kind `month-year-sign` and a year in four digits (``isYear(_:)``), one token or three;
    /// or the year first and a month of one digit (`2015-3`, `2015.3`), only at the sentence's
    /// end (`2015/16` is a season, `2011-12` a span of years).
    /// Not inside a longer run of numbers and marks (`12-11-2016`, `1.2015.3`), and where a
    /// space stands beside the mark only with nothing but a mark or the sentence's end after the
    /// year (`quedó en el puesto 11. 2016 fue su año` is no date), and so with a dot (`cotizó a
    /// 1.2015 pesos` is a rate).
    func markedMonthYear(_ i: Int) -> DateMention? {
        guard models.kinds & GramKind.monthYearSign.bit != 0, tokens[i].kind == .number, !tokens[i].hasSuffix else { return nil }
        // One token holds six or seven characters (`11.2016`, `2015.3`); three need a mark and a
        // number after the first: most numbers are neither, and their text is not read.
        let length = tokens[i].form.stemCharacterCount
        guard length == 6 || length == 7
            || (i + 2 < tokens.count && tokens[i + 1].kind != .word && tokens[i + 2].kind == .number) else { return nil }
        // A number or a mark glued before it: a part of a longer run (`12-11-2016`).
        if follows(i), touches(i - 1, i), tokens[i - 1].kind == .number || hasExactGram(i - 1, .monthYearSign) { return nil }
        var month = 0
        var year = 0
        var last = i
        // After a space beside the mark, or a dot (`1.2015` is also a decimal number: `cotizó a
        // 1.2015 pesos`), only with nothing but a mark or the sentence's end after the year.
        var needsEnd = false
        let stem = tokens[i].stem
        if let mark = stem.firstIndex(where: { !$0.isASCII || !$0.isNumber }) {
            // One token: `11.2016`.
            let head = stem[..<mark]
            let tail = stem[stem.index(after: mark)...]
            let yearFirst = head.count == 4 && tail.count == 1
            guard (1...2).contains(head.count) && tail.count == 4 || yearFirst, tail.allSatisfy({ $0.isASCII && $0.isNumber }),
                  languageWords[String(stem[mark])]?.contains(where: { $0.kind == GramKind.monthYearSign.name }) == true,
                  let m = Int(yearFirst ? tail : head), let y = Int(yearFirst ? head : tail) else { return nil }
            (month, year) = (m, y)
            needsEnd = stem[mark] == "." || yearFirst
        } else {
            // Three tokens: `11 - 2016`, `11-2016`, `11~2016`.
            let lengths = (tokens[i].form.stemCharacterCount, i + 2 < tokens.count ? tokens[i + 2].form.stemCharacterCount : 0)
            let yearFirst = lengths == (4, 1)
            guard lengths.0 <= 2 && lengths.1 == 4 || yearFirst, follows(i + 1), follows(i + 2),
                  tokens[i + 1].kind != .word, hasExactGram(i + 1, .monthYearSign),
                  tokens[i + 2].kind == .number, !tokens[i + 2].hasSuffix,
                  let (first, _) = digits(i), let (second, _) = digits(i + 2) else { return nil }
            (month, year, last) = yearFirst ? (second, first, i + 2) : (first, second, i + 2)
            needsEnd = !touches(i, i + 1) || !touches(i + 1, i + 2) || tokens[i + 1].text == "." || yearFirst
        }
        guard (1...12).contains(month), isYear(year) else { return nil }
        if follows(last + 1) {
            // `11-2016-3`: a longer run; after a spaced mark, a word or number goes on the sentence.
            if touches(last, last + 1), hasExactGram(last + 1, .monthYearSign), follows(last + 2),
               tokens[last + 2].kind == .number, touches(last + 1, last + 2) { return nil }
            if needsEnd, tokens[last + 1].kind == .word || tokens[last + 1].kind == .number { return nil }
            // `3-2015/B`, `11-2016.pdf`: a mark glued between the year and more is a code or a name.
            if touches(last, last + 1), tokens[last + 1].kind != .word, follows(last + 2), touches(last + 1, last + 2),
               tokens[last + 2].kind == .word || tokens[last + 2].kind == .number { return nil }
        }
        return DateMention(tokens: i..<(last + 1), end: tokens[last].stemRange.upperBound,
                           value: .fields(year: year, month: month, day: nil), relative: false)
    }

    /// `el 1-Ene`, `el 28-nov`, `el 2/Oct`: after a word that announces a day (kind `day-cue`), a
    /// day in one or two digits, a dash or slash of kind `month-year-sign` glued to both and a
    /// month name, full or abbreviated: that day, its year from the reference. Not before more
    /// marks and digits (`el 1-ene-16`).
    func cuedMarkedDayMonth(_ i: Int) -> DateMention? {
        guard models.kinds & GramKind.monthYearSign.bit != 0, follows(i), hasExactGram(i - 1, .dayCue),
              tokens[i].kind == .number, !tokens[i].hasSuffix, tokens[i].form.stemCharacterCount <= 2,
              i + 2 < tokens.count, touches(i, i + 1), touches(i + 1, i + 2), tokens[i + 1].kind != .word,
              tokens[i + 1].text != ".", hasExactGram(i + 1, .monthYearSign), isWord(i + 2),
              let (day, _) = digits(i), let (monthNumber, inflection) = month(i + 2), inflection == nil,
              CalendarDate(year: 2000, month: monthNumber, day: day) != nil else { return nil }
        if follows(i + 3), touches(i + 2, i + 3), tokens[i + 3].kind != .word, hasExactGram(i + 3, .monthYearSign),
           follows(i + 4), tokens[i + 4].kind == .number { return nil }
        return DateMention(tokens: i..<(i + 3), end: tokens[i + 2].stemRange.upperBound,
                           value: .fields(year: nil, month: monthNumber, day: day), relative: false)
    }

    /// `el 3-7-07`, `el 9-18-15`: after a word that announces a day (kind `day-cue`), a day, a
    /// month and a year of two digits joined by dashes (kind `month-year-sign`), glued: the day in
    /// the language's order, or in the other where that one is no day; the century as for
    /// `21/04/16`. Alone, `3-7-07` is a team's record of wins, losses and ties.
    func cuedDashedShortDate(_ i: Int) -> DateMention? {
        guard models.kinds & GramKind.monthYearSign.bit != 0, follows(i), hasExactGram(i - 1, .dayCue),
              i + 4 < tokens.count, tokens[i].kind == .number, tokens[i + 2].kind == .number, tokens[i + 4].kind == .number,
              tokens[i + 1].text == "-", tokens[i + 3].text == "-", (i..<(i + 4)).allSatisfy({ touches($0, $0 + 1) }),
              tokens[i].form.stemCharacterCount <= 2, tokens[i + 2].form.stemCharacterCount <= 2,
              tokens[i + 4].form.stemCharacterCount == 2, !tokens[i + 4].hasSuffix,
              let (first, _) = digits(i), let (second, _) = digits(i + 2), let (short, _) = digits(i + 4) else { return nil }
        // `el 3-7-07-2`: a longer run.
        if follows(i + 6), touches(i + 4, i + 5), touches(i + 5, i + 6), tokens[i + 6].kind == .number { return nil }
        let year = centuryYear(short)
        var (month, day) = rules.monthFirst ? (first, second) : (second, first)
        if CalendarDate(year: year, month: month, day: day) == nil { swap(&month, &day) }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return DateMention(tokens: i..<(i + 5), end: tokens[i + 4].stemRange.upperBound,
                           value: .interval(DateInterval(day: date)), relative: false)
    }

    /// `los años setenta`, `los años mil novecientos sesenta`, `los años dos mil`: an article of
    /// kind `decade-article`, a word of kind `decade-opener`, then a decade written in words (kind
    /// `opener-decade-word`, one word or a phrase), a phrase of kind `decade-century` before it if
    /// any. Only after the opener: `los setenta diputados` is a count. Not before another number
    /// word (`los años dos mil quince`).
    func openedSpelledDecade(_ article: Int) -> DateMention? {
        guard models.kinds & GramKind.openerDecadeWord.bit != 0, hasExactGram(article, .decadeArticle),
              follows(article + 1), hasExactGram(article + 1, .decadeOpener), follows(article + 2) else { return nil }
        let first = article + 2
        var century = 0
        var k = first
        if let (next, value) = gramPhrase(first, kind: .decadeCentury), let number = Int(value), follows(next),
           gramPhrase(next, kind: .openerDecadeWord) != nil {
            century = number
            k = next
        }
        guard let (next, value) = gramPhrase(k, kind: .openerDecadeWord), let named = Int(value) else { return nil }
        if follows(next), hasExactGram(next, .wordDay) || hasExactGram(next, .count)
            || (hasExactGram(next, .and) && follows(next + 1) && hasExactGram(next + 1, .wordDay)) { return nil }
        let year = century > 0 ? century + named % 100 : named
        guard (1000...2999).contains(year), let interval = decadeInterval(year) else { return nil }
        return DateMention(tokens: article..<next, end: tokens[next - 1].range.upperBound, value: .interval(interval), relative: false)
    }

    /// A grammar word or phrase of `kind` at `i`: the index after it and its value (the longest;
    /// the word where no phrase is longer).
    func gramPhrase(_ i: Int, kind: GramKind) -> (next: Int, value: String)? {
        guard models.kinds & kind.bit != 0, isWord(i) else { return nil }
        let phrase = longestPhrase(i, kind: kind)
        if let value = exactGram(i, kind), (phrase?.next ?? 0) <= i + 1 { return (i + 1, value) }
        return phrase
    }
}

extension DateReader {
    /// `junio de mil novecientos noventa y nueve`, `7 de feb de dos mil dieciocho`: after a month,
    /// a word of kind `spelled-year-link` at `k` and a year of 1000–2999 spelled out in two words
    /// or more (``yearWords``): the year and the index after it. A number of two words with a word
    /// after it is a count (`en junio de dos mil personas`), no year.
    func linkedSpelledYear(_ k: Int) -> (year: Int, next: Int)? {
        // `June of nineteen ninety nine`, `the third week of two thousand and twenty seven`
        // (periods20en): a year spoken in pairs, which no spell-out reads (``spokenYear(_:)``).
        if !caseSuffixes, follows(k), follows(k + 1), hasExactGram(k, .spelledYearLink), let spoken = spokenYear(k + 1) {
            if spoken.next - k - 1 < 2 || (spoken.next - k - 1 == 2 && follows(spoken.next) && isWord(spoken.next)) { return nil }
            return spoken
        }
        guard let yearWords, follows(k), hasExactGram(k, .spelledYearLink), follows(k + 1), isWord(k + 1),
              yearWords.mayStartNumber(tokens[k + 1].key) else { return nil }
        var phrase = ""
        var best: (year: Int, next: Int)?
        var j = k + 1
        while j < min(tokens.count, k + 1 + Self.maxSpelledWords), follows(j), isWord(j) {
            let key = tokens[j].key
            guard yearWords.mayStartNumber(key) || yearWords.isLink(key) || hasExactGram(j, .and) else { break }
            phrase += phrase.isEmpty ? key : " " + key
            if let value = yearWords.value(of: phrase), let whole = Int(exactly: value), (1000...2999).contains(whole) {
                best = (whole, j + 1)
            }
            j += 1
        }
        guard let best, best.next - k - 1 >= 2 else { return nil }
        if best.next - k - 1 == 2, follows(best.next), isWord(best.next) { return nil }
        return best
    }
}
