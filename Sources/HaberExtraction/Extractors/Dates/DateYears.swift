import HaberText

/// Years spelled out (`iki bin on sekiz`, `bin dokuz yüz yetmiş sekizde`), years of three
/// digits before the word for year (`247 yılı`), decades (`1970'ler`, `70'lerde`,
/// `yetmişlerde`, `iki bin onlar`, `1990'lı yıllar`) and seasons (`bu yaz`, `2016 yazında`,
/// `gelecek bahar`, `kışın`).
extension DateReader {
    // MARK: Spelled years

    /// A year spelled out in at least two Turkish words, `minimum`–2999: its value, the index
    /// after it and the inflection of its last word. It does not start inside a longer number.
    ///
    /// Its first tests in line: nearly all of its 31,000 asks on the bench's 1,000 articles are
    /// answered no by them.
    @inline(__always)
    func spelledYear(_ i: Int, minimum: Int = 1000) -> (year: Int, next: Int, inflection: Inflection?)? {
        // Two words at least: a number word alone (`bir` before a noun, the most frequent
        // case) is no year, and its value need not be read.
        guard caseSuffixes, isWord(i), numberish[i], isWord(i + 1), numberish[i + 1] else { return nil }
        return readSpelledYear(i, minimum: minimum)
    }

    @inline(never)
    private func readSpelledYear(_ i: Int, minimum: Int) -> (year: Int, next: Int, inflection: Inflection?)? {
        guard spellout != nil, !tokens[i].hasSuffix, follows(i + 1) else { return nil }
        if i > 0, follows(i), numberish[i - 1], !tokens[i - 1].hasSuffix, wordValue(i - 1) != nil { return nil }
        guard let (value, next, inflection) = spelled(i, maxWords: 6), next - i >= 2, (minimum...2999).contains(value)
        else { return nil }
        // `iki bin yüzde elli`: the number goes on.
        if inflection == nil, follows(next), numberish[next], wordValue(next) != nil {
            return nil
        }
        return (value, next, inflection)
    }

    /// A year at `i` in digits (`2016`, `2016'nın`) or spelled out.
    func anyYear(_ i: Int) -> (year: Int, next: Int, inflection: Inflection?)? {
        if let (value, inflection) = year(i) {
            if tokens[i].hasSuffix, inflection == nil { return nil }
            return (value, i + 1, inflection)
        }
        return spelledYear(i)
    }

    /// `bin dokuz yüz yirmi sekizde`, `iki yüz altmış yedi yılı`, `247 yılında`: a year spelled
    /// out in the locative or before the word for year, or of three digits before it.
    func spelledYearMention(_ i: Int) -> DateMention? {
        guard i < tokens.count else { return nil }
        guard caseSuffixes else { return cuedSpokenYear(i) }
        var found: (year: Int, next: Int, inflection: Inflection?)?
        if tokens[i].kind == .number, !tokens[i].hasSuffix, tokens[i].form.stemCharacterCount == 3, let (value, _) = digits(i), value >= 100 {
            found = (value, i + 1, nil)
        } else if let spelled = spelledYear(i, minimum: 100) {
            found = spelled
        }
        guard let (value, next, inflection) = found else { return nil }
        let last = next - 1
        if let inflection {
            // `bin dokuz yüz yirmi sekizde`: four words or more, a locative, a year.
            guard tokens[i].kind == .word, next - i >= 3, value >= 1000, !inflection.possessive,
                  rules.locative.contains(inflection.caseEnding) else { return nil }
            // `iki bin yüzde elli`: `yüzde` opens a percentage.
            if follows(next), tokens[next].kind == .number || (numberish[next] && wordValue(next) != nil) {
                return nil
            }
            return DateMention(tokens: i..<next, end: end(last, inflection), value: .fields(year: value, month: nil, day: nil),
                               relative: false, caseEnding: inflection.caseEnding)
        }
        // `iki yüz altmış yedi yılı`, `247 yılında`.
        guard follows(next), let (unit, unitInflection) = gram(next, .unit), unit == "year", unitInflection.possessive,
              !isGenitive(unitInflection.caseEnding) else { return nil }
        return DateMention(tokens: i..<(next + 1), end: end(next, unitInflection), value: .fields(year: value, month: nil, day: nil),
                           relative: false, caseEnding: unitInflection.caseEnding)
    }

    /// `in nineteen twenty eight` (periods20en): a year spoken in pairs from a century word (kind
    /// `decade-century`) after a word of kind `spoken-year-cue`, ending the sentence. `two
    /// thousand` alone is a count as often (`in two thousand homes`), and is not read here.
    func cuedSpokenYear(_ i: Int) -> DateMention? {
        guard models.kinds & GramKind.spokenYearCue.bit != 0, i > 0, follows(i), hasExactGram(i - 1, .spokenYearCue),
              hasExactGram(i, .decadeCentury), let (value, next) = spokenYear(i), next - i >= 2,
              !(follows(next) && (isWord(next) || tokens[next].kind == .number)) else { return nil }
        return DateMention(tokens: i..<next, end: tokens[next - 1].range.upperBound, value: .fields(year: value, month: nil, day: nil),
                           relative: false)
    }

    // MARK: Centuries

    /// `19. yüzyıl(da)`, `im 19. Jahrhundert`, `au XIXe siècle`, `the 19th century`, `el siglo
    /// XIX`: the century's hundred years, `1800/1899` (as Recognizers-Text resolves it). The
    /// century word is a grammar row (kind `century`), its number an ordinal or a row of kind
    /// `numbered-century` (`XIXe`, `19th`, `XIX`).
    func century(_ i: Int) -> DateMention? {
        var number: Int?
        var word = i
        var last = i
        if let (value, next) = ordinal(i), follows(next), hasGram(next, .century) {
            (number, word, last) = (value, next, next)
        } else if let value = exactGram(i, .numberedCentury).flatMap({ Int($0) }), follows(i + 1), hasGram(i + 1, .century) {
            (number, word, last) = (value, i + 1, i + 1)
        } else if hasGram(i, .century), follows(i + 1), let value = exactGram(i + 1, .numberedCentury).flatMap({ Int($0) }) {
            (number, word, last) = (value, i, i + 1)
        }
        guard let number, (1...30).contains(number), let (_, inflection) = gram(word, .century) else { return nil }
        let first = (number - 1) * 100
        let end = last == word ? self.end(word, inflection) : tokens[last].stemRange.upperBound
        return DateMention(tokens: i..<(last + 1), end: end,
                           value: .range(.fields(year: first, month: nil, day: nil), .fields(year: first + 99, month: nil, day: nil)),
                           relative: false, caseEnding: last == word ? inflection.caseEnding : "")
    }

    // MARK: Decades

    /// The decade starting at `year` (`1970` → 1970–1979).
    func decadeInterval(_ year: Int) -> DateInterval? {
        guard let start = CalendarDate(year: year, month: 1, day: 1), let end = CalendarDate(year: year + 9, month: 12, day: 31)
        else { return nil }
        return DateInterval(start: start, end: end, unit: .decade)
    }

    /// `the 1990s`, `the '80s`, `1970's`, `1990er Jahre`, `les années 90`, `los años 2000`: a
    /// decade where words take no case ending. Its digits carry the plural (class `plural` of
    /// `dates/endings.tsv`: `s`) or the adjective ending before a decade noun (`adjective`, `er`;
    /// kind `decade-noun`, `Jahre`), or follow a word of kind `decade-opener` (`années`); an
    /// article of kind `decade-article` before it is part of the span. Two digits are a decade
    /// of the 1900s; after the plural only with the article or an apostrophe, since `in their
    /// 20s` is an age. `los años 2020 y 2021` are two years.
    func plainDecade(_ i: Int) -> DateMention? {
        if hasExactGram(i, .decadeArticle) { return spelledDecade(i) }
        if hasExactGram(i, .decadeWord) { return qualifiedSpelledDecade(i) }
        var first = i
        var number = i
        var last = i
        if hasExactGram(i, .decadeOpener) {
            guard follows(i + 1), tokens[i + 1].kind == .number || isWord(i + 1) else { return nil }
            // `des années soixante`, `aux années mille neuf cent trente`: a spelled decade after
            // the opener with no article of kind `decade-article` (the span starts at the opener,
            // as for `des années 60`); after such an article ``spelledDecade(_:)`` reads it. Only
            // before a mark, the sentence's end or a function word: `des années vingt fois` counts.
            if isWord(i + 1), models.kinds & GramKind.decadeWord.bit != 0, !(follows(i) && hasExactGram(i - 1, .decadeArticle)),
               let mention = compoundDecade(i, from: i + 1) {
                let after = mention.tokens.upperBound
                guard follows(after), isWord(after), !models.functionWords.contains(tokens[after].key) else { return mention }
                return nil
            }
            number = i + 1
            last = i + 1
        }
        let token = tokens[number]
        guard let (value, digitCount) = plainDecadeDigits(token.kind == .number ? token.stem : token.key) else { return nil }
        let rest = token.kind == .number ? (token.hasSuffix ? token.suffix : "") : String(token.key.dropFirst(digitCount))
        var plural = false
        if number != i {
            // `les années 70s`, `les années 1970's`: the plural of the digits after the opener too.
            let unmarked = rest.hasPrefix("'") || rest.hasPrefix("’") ? String(rest.dropFirst()) : rest
            guard rest.isEmpty || rules.plural.contains(unmarked), !(follows(last + 1) && hasExactGram(last + 1, .and))
            else { return nil }
        } else if !rest.isEmpty, rules.plural.contains(rest) {
            plural = true
        } else if !rest.isEmpty, rules.adjective.contains(rest) {
            var k = i + 1
            if follows(k), tokens[k].kind == .punctuation, tokens[k].text == "-", touches(i, k) { k += 1 }
            guard follows(k), isWord(k), rules.decadeNouns.contains(tokens[k].key) else { return nil }
            last = k
        } else {
            return nil
        }
        let year = digitCount == 2 ? 1900 + value : value
        guard (1000...2999).contains(year), let interval = decadeInterval(year) else { return nil }
        var marked = false
        if digitCount == 2, first > 0, follows(first), tokens[first - 1].text == "'", touches(first - 1, first) {
            first -= 1
            marked = true
        }
        if follows(first), hasExactGram(first - 1, .decadeArticle) {
            first -= 1
            marked = true
        }
        // `in 70's` (periods21en): the apostrophe of the plural after a word of kind `decade-cue`
        // marks a decade too; `in 70s`, `in his 70's` (an age) stay numbers.
        if plural, digitCount == 2, !marked, token.kind == .number, first > 0, follows(first),
           hasExactGram(first - 1, .decadeCue), token.text.utf8.contains(0x27) || token.text.contains("\u{2019}") {
            marked = true
        }
        if plural, digitCount == 2, !marked { return nil }
        // After the opener, a plural after an apostrophe stays outside the span as a suffix
        // does (`les années 70's` → `les années 70`), and so does one glued to the digits
        // (`les années 70s` → `les années 70`; digits are one unit each).
        let spanEnd = number != i && token.hasSuffix ? tokens[last].stemRange.upperBound
            : number != i && token.kind == .word && !rest.isEmpty ? tokens[last].range.lowerBound + digitCount
            : tokens[last].range.upperBound
        return DateMention(tokens: first..<(last + 1), end: spanEnd, value: .interval(interval), relative: false)
    }

    /// `the seventies`, `the nineteen seventies`, `the noughties`: an article of kind
    /// `decade-article` at `article`, a word of kind `decade-century` if any, then a word of kind
    /// `decade-word`. The article is required: `in her seventies` is an age.
    func spelledDecade(_ article: Int) -> DateMention? {
        guard article + 1 < tokens.count, follows(article + 1) else { return nil }
        // Each reading below opens with a grammar word right after the article (an opener, a
        // century, a decade word or the number two), which a word that opens none cannot be
        // (``exactGram(_:_:)``): most articles (`the`, 11,700 on the bench's 1,000 articles) stand
        // before such a word, and each asked up to eight readings of the words after it.
        if article + 1 < starts.count, starts[article + 1].contains(.noGrammarWord) { return nil }
        // `los años setenta` (kind `opener-decade-word`).
        if let mention = openedSpelledDecade(article) { return mention }
        // `les années soixante-dix`, `les années dix-neuf soixante-dix`, `les années deux mille`:
        // after a word of kind `decade-opener`, words of several parts.
        // Where the language has such an opener, a spelled decade needs it (`les vingt ans` is a count).
        if hasExactGram(article + 1, .decadeOpener) { return compoundDecade(article, from: article + 2) }
        if models.kinds & GramKind.decadeOpener.bit != 0 { return nil }
        // periods21en: `the two thousands`, `the two thousand and tens`.
        if models.kinds & GramKind.thousandDecade.bit != 0, let mention = thousandDecade(article) { return mention }
        for word in (article + 1)...min(article + 3, tokens.count - 1) {
            guard let value = exactGram(word, .decadeWord) else { continue }
            let before = centuryBefore(word)
            guard (before?.first ?? word) == article + 1, let named = Int(value) else { return nil }
            let year = before.map { $0.century + named % 100 } ?? named
            guard (1000...2999).contains(year), let interval = decadeInterval(year) else { return nil }
            return DateMention(tokens: article..<(word + 1), end: tokens[word].range.upperBound, value: .interval(interval), relative: false)
        }
        return nil
    }

    /// `the two thousands`, `the two thousand and tens`: after the article at `article`, the number
    /// two (kind `cardinal-day` 2), then the plural of a thousand (kind `thousand-decade`: the
    /// decade its value names), or a thousand (kind `year-number` 1000), `and` if any and a decade
    /// word (kind `decade-word`: `tens`, `twenties`, the decade in that century). Not before `of`
    /// (`the two thousands of pounds` are sums), nor before another number word.
    func thousandDecade(_ article: Int) -> DateMention? {
        let two = article + 1
        guard follows(two), follows(two + 1), let count = exactGram(two, .cardinalDay).flatMap({ Int($0) }), count == 2
        else { return nil }
        var last = two + 1
        let year: Int
        if let named = exactGram(last, .thousandDecade).flatMap({ Int($0) }) {
            year = named
        } else if let thousand = exactGram(last, .yearNumber).flatMap({ Int($0) }), thousand == 1000 {
            last += 1
            if follows(last), hasGram(last, .and) { last += 1 }
            guard follows(last), let named = exactGram(last, .decadeWord).flatMap({ Int($0) }) else { return nil }
            year = count * thousand + named % 100
        } else {
            return nil
        }
        if follows(last + 1), isWord(last + 1),
           hasExactGram(last + 1, .spelledYearLink) || hasExactGram(last + 1, .partOf) || numberish[last + 1] { return nil }
        guard (1000...2999).contains(year), let interval = decadeInterval(year) else { return nil }
        return DateMention(tokens: article..<(last + 1), end: tokens[last].range.upperBound, value: .interval(interval), relative: false)
    }

    /// A spelled decade after the article at `article` and its opener, from `k` on: a word of kind
    /// `decade-word` of up to three parts, hyphens or spaces between them (`soixante-dix`, `deux
    /// mille`, `quatre-vingt-dix`), after one of kind `decade-century` or not (`dix-neuf
    /// soixante-dix`); the longest that the grammar lists.
    func compoundDecade(_ article: Int, from k: Int) -> DateMention? {
        guard models.kinds & GramKind.decadeWord.bit != 0, isWord(k), follows(k) else { return nil }
        // The parts: each a run of words joined by touching hyphens, with its key and last token.
        var parts: [(key: String, last: Int)] = []
        var at = k
        while parts.count < 5, isWord(at), at == k || follows(at) {
            var key = tokens[at].key
            var last = at
            while last + 2 < tokens.count, tokens[last + 1].text == "-", touches(last, last + 1),
                  touches(last + 1, last + 2), isWord(last + 2) {
                key += "-" + tokens[last + 2].key
                last += 2
            }
            parts.append((key, last))
            at = last + 1
        }
        func entry(_ range: Range<Int>, _ kind: GramKind) -> Int? {
            guard range.upperBound <= parts.count, !range.isEmpty else { return nil }
            let key = parts[range].map(\.key).joined(separator: " ")
            return languageWords[key]?.first { $0.kind == kind.name }.flatMap { Int($0.value) }
        }
        func word(from first: Int) -> (value: Int, last: Int)? {
            for count in stride(from: min(3, parts.count - first), through: 1, by: -1) {
                if let value = entry(first..<(first + count), .decadeWord) { return (value, parts[first + count - 1].last) }
            }
            return nil
        }
        var year: Int?
        var last = k
        if let found = word(from: 0) {
            (year, last) = (found.value, found.last)
        } else {
            // A century of one part or a phrase of up to three (`dix-neuf`, `mille quatre cent`).
            for count in stride(from: min(3, parts.count - 1), through: 1, by: -1) {
                if let century = entry(0..<count, .decadeCentury), let found = word(from: count) {
                    (year, last) = (century + found.value % 100, found.last)
                    break
                }
            }
        }
        // A number word after it makes it another decade or a year (`les années deux mille vingt`).
        if follows(last + 1), isWord(last + 1),
           hasExactGram(last + 1, .decadeWord) || hasExactGram(last + 1, .offsetCount) { return nil }
        guard let year, year >= 1000, let interval = decadeInterval(year) else { return nil }
        return DateMention(tokens: article..<(last + 1), end: tokens[last].range.upperBound, value: .interval(interval), relative: false)
    }

    /// The word of kind `decade-century` before the spelled decade at `word`, a hyphen between
    /// them if any (`nineteen sixties`, `nineteen-sixties`, `twenty-tens`): its token and value.
    func centuryBefore(_ word: Int) -> (first: Int, century: Int)? {
        guard follows(word) else { return nil }
        var k = word - 1
        if tokens[k].kind == .punctuation, tokens[k].text == "-", touches(k, word), follows(k), touches(k - 1, k) {
            k -= 1
        }
        guard let century = exactGram(k, .decadeCentury).flatMap({ Int($0) }) else { return nil }
        return (k, century)
    }

    /// `the late seventies`, `the early nineteen nineties`, `the mid-eighties`: a spelled decade
    /// at `word` after a modifier phrase (`dates/modifiers.tsv`, which ``modified(_:)`` takes in)
    /// that its article opens; `his late seventies` is an age.
    func qualifiedSpelledDecade(_ word: Int) -> DateMention? {
        guard let value = exactGram(word, .decadeWord), let named = Int(value), let table = models.modifiers,
              models.kinds & GramKind.decadeOpener.bit == 0 else { return nil }
        var first = word
        var year = named
        if let (token, century) = centuryBefore(word) {
            first = token
            year = century + named % 100
        }
        guard let (start, mod) = modifier(endingBefore: first, in: table), mod != DateGrammar.Modifiers.relativeOnly,
              follows(start), hasExactGram(start - 1, .decadeArticle),
              (1000...2999).contains(year), let interval = decadeInterval(year) else { return nil }
        return DateMention(tokens: first..<(word + 1), end: tokens[word].range.upperBound, value: .interval(interval), relative: false)
    }

    /// The value and length of the digits `key` opens with, when they can name a decade (two
    /// or four digits, a multiple of ten).
    func plainDecadeDigits(_ key: String) -> (value: Int, count: Int)? {
        let digits = key.utf8.prefix { (0x30...0x39).contains($0) }
        guard digits.count == 2 || digits.count == 4, let value = Int(String(decoding: digits, as: UTF8.self)), value % 10 == 0
        else { return nil }
        return (value, digits.count)
    }

    /// `1970'ler`, `70'lerde`, `40'larda`, `1990'lı yıllarda`, `yetmişlerde`,
    /// `bin dokuz yüz yetmişler`, `iki bin onlarda`, `iki binlerde`.
    func decade(_ i: Int) -> DateMention? {
        guard i < tokens.count else { return nil }
        guard caseSuffixes else { return plainDecade(i) }
        let token = tokens[i]
        if token.kind == .number, token.hasSuffix, NumberReader.isDigits(token.stem), [2, 4].contains(token.form.stemCharacterCount),
           let value = Int(token.stem), value % 10 == 0 {
            let year = token.form.stemCharacterCount == 2 ? 1900 + value : value
            guard (1000...2999).contains(year), let interval = decadeInterval(year) else { return nil }
            let suffix = token.suffix
            // `1970'lerde`: a plural, then a case ending.
            for plural in rules.sortedPlural where suffix.hasPrefix(plural) {
                let rest = String(suffix.dropFirst(plural.count))
                guard rules.pluralCases.contains(rest) else { continue }
                let end = token.range.upperBound - (suffix.utf16.count - plural.utf16.count)
                return DateMention(tokens: i..<(i + 1), end: end, value: .interval(interval), relative: false, caseEnding: rest)
            }
            // `1990'lı yıllarda`.
            if rules.adjective.contains(suffix), follows(i + 1), isWord(i + 1), !tokens[i + 1].hasSuffix {
                let key = tokens[i + 1].key
                guard let noun = DateRules.opening(key, in: rules.decadeNouns),
                      rules.pluralCases.contains(String(key.dropFirst(noun.count))) else { return nil }
                return DateMention(tokens: i..<(i + 2), end: tokens[i + 1].range.lowerBound + noun.utf16.count,
                                   value: .interval(interval), relative: false, caseEnding: String(key.dropFirst(noun.count)))
            }
            return nil
        }
        guard let spellout, isWord(i), numberish[i] else { return nil }
        // A spelled decade ends in a word with a plural and a case (`yetmişlerde`): without one
        // in the run of number words from `i`, none of their values need be read. The word's
        // starts say so (``DateStarts/pluralNumber``), not a table of the form's splits asked at
        // each of its words (6,300 asks on the bench's 1,000 articles, some 300 instructions each).
        var run = i
        while run < min(tokens.count, i + 6), isWord(run), numberish[run], !tokens[run].hasSuffix, run == i || follows(run),
              !starts[run].contains(.pluralNumber) {
            run += 1
        }
        guard run < min(tokens.count, i + 6), isWord(run), numberish[run], !tokens[run].hasSuffix, run == i || follows(run)
        else { return nil }
        if i > 0, follows(i), numberish[i - 1], wordValue(i - 1) != nil { return nil }
        var phrase = ""
        var j = i
        while j < min(tokens.count, i + 6), isWord(j), numberish[j], !tokens[j].hasSuffix, j == i || follows(j) {
            let key = tokens[j].key
            let splits = pluralSplits(j)
            for (plural, rest) in splits {
                let stem = String(key.dropLast(plural.count + rest.count))
                guard !stem.isEmpty, let value = spellout.value(of: phrase + stem), let number = Int(exactly: value) else { continue }
                guard number % 10 == 0 else { continue }
                let year: Int
                if j == i {
                    guard (20...90).contains(number) else { continue }
                    year = 1900 + number
                } else {
                    guard (1000...2999).contains(number) else { continue }
                    year = number
                }
                guard let interval = decadeInterval(year) else { continue }
                let kept = (stem + plural).utf16.count
                return DateMention(tokens: i..<(j + 1), end: tokens[j].range.lowerBound + kept, value: .interval(interval),
                                   relative: false, caseEnding: rest)
            }
            guard (phrase.isEmpty ? wordValue(j) : spellout.value(of: phrase + key)) != nil else { return nil }
            phrase += key + " "
            j += 1
        }
        return nil
    }

    /// The ways word `j` ends in a plural and a case ending (`yetmişlerde` → `ler`, `de`),
    /// read once per form.
    func pluralSplits(_ j: Int) -> [(plural: String, rest: String)] {
        fact(facts.pluralSplits, j) { form in
            // By bytes, the ending then the plural before it: a string made of each pair, compared
            // by characters, cost more than the rest of a spelled number word's starts.
            let bytes = form.key.utf8
            return rules.sortedPlural.compactMap { plural -> (plural: String, rest: String)? in
                rules.sortedPluralCases.first { ending in
                    bytes.count >= plural.utf8.count + ending.utf8.count
                        && bytes.suffix(ending.utf8.count).elementsEqual(ending.utf8)
                        && bytes.dropLast(ending.utf8.count).suffix(plural.utf8.count).elementsEqual(plural.utf8)
                        && form.key.count > plural.count + ending.count + 1
                }.map { (plural, $0) }
            }
        }
    }

    // MARK: Seasons

    /// The months of a season of `year` (winter runs into the next year).
    /// `Frühjahr 2023`, `printemps 2024`, `primavera de 2025`, `autumn 2023`, `summer of 2022`:
    /// a season before a year in the languages without case suffixes (a linking word of kind
    /// `season-of` between them).
    func seasonOfYear(_ i: Int) -> DateMention? {
        if let mention = shiftedSeason(i) { return mention }
        guard let (name, _) = gram(i, .season), follows(i + 1) else { return nil }
        // Where the language lists the words of kind `season-article`, a season with a linking
        // word or a shift word after it only after such a word (``articledSeason(_:name:)``).
        let articled = models.kinds & GramKind.seasonArticle.bit != 0
        if articled, let mention = articledSeason(i, name: name) { return mention }
        var k = i + 1
        if hasExactGram(k, .seasonOf), follows(k + 1), !articled { k += 1 }
        guard let (value, _) = year(k), !tokens[k].hasSuffix, let interval = seasonInterval(name, year: value) else { return nil }
        return DateMention(tokens: i..<(k + 1), end: tokens[k].stemRange.upperBound, value: .interval(interval), relative: false)
    }

    /// `l'été de 2003`, `l'été dernier`, `au printemps prochain`: after a word of kind
    /// `season-article` (the season is then the noun: `a été de 2016 à 2018`, `il a été dernier`
    /// are the verb), a word of kind `season-of` and a year, or a word of kind `date-shift`: the
    /// latest such season that ended before the reference, or the first that starts after it.
    private func articledSeason(_ i: Int, name: String) -> DateMention? {
        guard i > 0, follows(i), hasExactGram(i - 1, .seasonArticle), follows(i + 1) else { return nil }
        if hasExactGram(i + 1, .seasonOf), follows(i + 2), let (value, _) = year(i + 2), !tokens[i + 2].hasSuffix,
           let interval = seasonInterval(name, year: value) {
            return DateMention(tokens: i..<(i + 3), end: tokens[i + 2].stemRange.upperBound, value: .interval(interval), relative: false)
        }
        guard let reference, let shift = exactGram(i + 1, .dateShift), let step = Int(shift), step != 0 else { return nil }
        let years = step < 0 ? [reference.year, reference.year - 1, reference.year - 2]
            : [reference.year - 1, reference.year, reference.year + 1]
        guard let found = years.lazy.compactMap({ self.seasonInterval(name, year: $0) })
            .first(where: { step < 0 ? $0.end < reference : $0.start > reference }) else { return nil }
        return DateMention(tokens: i..<(i + 2), end: tokens[i + 1].stemRange.upperBound, value: .interval(found), relative: true)
    }

    /// `this summer`, `next spring`, `letzten Winter`, `este verano`: a shift word before a
    /// season, in the reference's year shifted, as `bu yaz`, `gelecek bahar` in ``season(_:)``.
    /// Not a shift word after it (`été passé` is also `been passed` in French).
    func shiftedSeason(_ i: Int) -> DateMention? {
        guard let reference, follows(i + 1), let value = exactGram(i, .shift), let step = Int(value), !hasExactGram(i, .shiftWeek),
              let (name, inflection) = gram(i + 1, .season), inflection.caseEnding.isEmpty,
              let interval = seasonInterval(name, year: reference.year + step) else { return nil }
        return DateMention(tokens: i..<(i + 2), end: tokens[i + 1].stemRange.upperBound, value: .interval(interval), relative: true)
    }

    func seasonInterval(_ season: String, year: Int) -> DateInterval? {
        switch season {
        case "spring": return DateInterval.months(year, 3, 5)
        case "summer": return DateInterval.months(year, 6, 8)
        case "autumn": return DateInterval.months(year, 9, 11)
        case "winter":
            guard let a = DateInterval.month(year, 12), let b = DateInterval.month(year + 1, 2) else { return nil }
            return DateInterval(start: a.start, end: b.end, unit: .month)
        default: return nil
        }
    }

    /// `bu yaz`, `gelecek bahar`, `2016 yazında`, `2016 Yaz'da`, `bin dokuz yüz yetmiş sekiz
    /// baharında`, `yazın`, `kışın`, `sonbaharda`, `Yaz ortasına`, `bu yaz ortasına`.
    func season(_ i: Int) -> DateMention? {
        guard caseSuffixes else { return seasonOfYear(i) }
        guard let reference, i < tokens.count else { return nil }
        var k = i
        var year = reference.year
        var relative = true
        var needsInflection = false
        if let (value, inflection) = gram(i, .shift), let step = Int(value), inflection.caseEnding.isEmpty,
           !inflection.possessive, !hasExactGram(i, .shiftWeek), follows(i + 1) {
            year += step
            k = i + 1
        } else if let (value, next, inflection) = anyYear(i), inflection == nil, follows(next) {
            year = value
            relative = false
            needsInflection = true
            k = next
        }
        guard let (name, inflection) = gram(k, .season) else { return nil }
        let bare = inflection.caseEnding.isEmpty && !inflection.possessive
        if k == i {
            // Alone: the adverbs `yazın`, `kışın`, or a compound season with a case.
            let adverb = hasExactGram(k, .seasonAdverb)
            let compound = DateRules.opening(tokens[k].key, in: rules.seasonsAlone) != nil && !inflection.caseEnding.isEmpty
            let withPart = bare && follows(k + 1) && gram(k + 1, .part).map { $0.inflection.possessive } == true
            guard adverb || compound || withPart else { return nil }
            if adverb {
                guard let interval = seasonInterval(name, year: year) else { return nil }
                return DateMention(tokens: k..<(k + 1), end: tokens[k].range.upperBound, value: .interval(interval),
                                   relative: true)
            }
        } else if needsInflection {
            // `2016 yazında`, `2016 Yaz'da`: the season carries a suffix.
            guard inflection.possessive || tokens[k].hasSuffix else { return nil }
        } else {
            guard bare else { return nil }
        }
        guard let interval = seasonInterval(name, year: year) else { return nil }
        // `yaz ortasına`: the season, qualified by the part (FORMAT.md's `mod`).
        if bare, follows(k + 1), let (part, partInflection) = gram(k + 1, .part), partInflection.possessive, part != "half" {
            return DateMention(tokens: i..<(k + 2), end: self.end(k + 1, partInflection, keepCase: true), value: .interval(interval),
                               relative: relative, caseEnding: partInflection.caseEnding, mod: part)
        }
        return DateMention(tokens: i..<(k + 1), end: self.end(k, inflection), value: .interval(interval), relative: relative,
                           caseEnding: inflection.caseEnding)
    }

    // MARK: Ends of ranges only

    /// An ablative or dative written after digits without regard to vowel harmony (`1/10'den`, `07/11'ye`).
    func looseCase(_ suffix: String) -> String? {
        rules.looseCases.contains(suffix) ? suffix : nil
    }

    /// What only counts as a date at one end of a range: a bare year (`2015 ve Şubat 2018
    /// arası`), a day/month (`10/1'den 11/07'ye`), a week of the year (`31'inci haftadan`).
    ///
    /// In the languages without case suffixes, a bare year after a range's opener or joiner
    /// (`zwischen 2015 und 2017`, `between 2018 and 2021`, `entre 2018 et 2020`).
    func weakEnd(at i: Int) -> DateMention? {
        if !caseSuffixes, i > 0, i < tokens.count, tokens[i].kind == .number, !tokens[i].hasSuffix, follows(i),
           let (value, _) = year(i), [GramKind.from, .between, .until, .and].contains(where: { hasGram(i - 1, $0) })
            || hasExactGram(i - 1, .fromPair) || hasExactGram(i - 1, .untilPair) {
            if i + 1 < tokens.count, touches(i, i + 1), [".", "/", "-", ","].contains(tokens[i + 1].text),
               i + 2 < tokens.count, tokens[i + 2].kind == .number { return nil }
            return DateMention(tokens: i..<(i + 1), end: tokens[i].stemRange.upperBound, value: .fields(year: value, month: nil, day: nil),
                               relative: false, weak: true)
        }
        guard caseSuffixes, i < tokens.count, tokens[i].kind == .number else { return nil }
        if let (value, inflection) = year(i), tokens[i].hasSuffix == (inflection != nil) {
            return DateMention(tokens: i..<(i + 1), end: tokens[i].stemRange.upperBound, value: .fields(year: value, month: nil, day: nil),
                               relative: false, caseEnding: inflection?.caseEnding ?? "", weak: true)
        }
        // `10/1'den`: day/month with a case ending.
        if i + 2 < tokens.count, tokens[i + 1].text == "/", touches(i, i + 1), touches(i + 1, i + 2),
           !tokens[i].hasSuffix, tokens[i].form.stemCharacterCount <= 2, tokens[i + 2].kind == .number, tokens[i + 2].form.stemCharacterCount <= 2,
           let (dayNumber, _) = digits(i), let (monthNumber, inflection) = digits(i + 2),
           let ending = inflection.map({ $0.possessive ? nil : $0.caseEnding }) ?? looseCase(tokens[i + 2].suffix),
           (1...31).contains(dayNumber), (1...12).contains(monthNumber),
           dayNumber <= CalendarDate.days(inMonth: monthNumber, year: 2000) {
            if i > 0, touches(i - 1, i), ["/", ".", "-"].contains(tokens[i - 1].text) { return nil }
            return DateMention(tokens: i..<(i + 3), end: tokens[i + 2].stemRange.upperBound,
                               value: .fields(year: nil, month: monthNumber, day: dayNumber), relative: false,
                               caseEnding: ending, weak: true)
        }
        // `31'inci hafta`, `31'inci haftadan`.
        if let reference, let (n, next) = ordinal(i), follows(next), let (unit, inflection) = gram(next, .unit), unit == "week",
           !inflection.possessive, let yearInterval = DateInterval.year(reference.year),
           let week = nth(n, "week", of: yearInterval, unit: "year") {
            return DateMention(tokens: i..<(next + 1), end: end(next, inflection), value: .interval(week), relative: true,
                               caseEnding: inflection.caseEnding, weak: true)
        }
        return nil
    }
}
