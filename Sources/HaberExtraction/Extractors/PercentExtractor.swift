import HaberICU
import HaberText

/// Percentages: `yüzde 58`, `yüzde 58’i`, `%58`, `% 58`, `58%`, `58 %`, `58 percent`,
/// `58 pour cent`, `58 Prozent`, spelled-out numbers (`yüzde elli sekiz`, read by ICU's
/// rule-based number format), `eksi yüzde beş`, and both ends of `yüzde 20-30` and
/// `yüzde 20 ile 30 arasında`.
public struct PercentExtractor: Extractor {
    public let name = "percentages"
    let quantities: QuantityLexicon
    let languages: LanguageProfiles
    let numberWords: NumberWords
    /// What each word of the quantities lexicon is to a percentage (``CueWord``), looked up
    /// by bytes: a `String` set or dictionary hashed a word through Unicode normalization,
    /// some 7,000 to 13,000 instructions a Turkish or German word (the words that passed the
    /// filters below), 6 M of the percentages' 72 M on the 2.59 MB bench.
    let cueWords: KeyBits<CueWord>
    /// The byte lengths of the first words of the percent words of several words after the
    /// number (``CueWord/opensAfter``) and of one-word percent words after the number: a
    /// form of another length is none, and needs no lookup. By length, an array, as
    /// ``openerLengths``.
    let closerLengths: [Bool]
    /// The lengths in UTF-8 of the percent words written before the number, in NFC: a key in
    /// NFC of another length is none of them, and needs no lookup. By length, an array: a
    /// set hashed the length of every new form.
    let openerLengths: [Bool]
    /// The first two bytes (in NFC) of every percent word before or after the number and of
    /// every first word of one of several words after it, a bit each: a word of two bytes or more below 0xCC whose key and
    /// lowercase open with no such pair is none of them, and is refused at one array load.
    /// Most words are; the filters, length tests and lookups each asked cost some 900
    /// instructions a form (24 M of percentages' 103 M on the bench articles).
    let cueOpenings: [UInt64]

    /// What a word of the quantities lexicon is to a percentage: its cue kinds
    /// (`percent-before`, `percent-after`, `minus`, `range`), and whether a percent word of
    /// several words after the number opens with it (`per` of `per cent`).
    struct CueWord: OptionSet, Sendable {
        let rawValue: UInt8

        static let before = CueWord(rawValue: 1 << 0)
        static let after = CueWord(rawValue: 1 << 1)
        static let opensAfter = CueWord(rawValue: 1 << 2)
        static let minus = CueWord(rawValue: 1 << 3)
        static let range = CueWord(rawValue: 1 << 4)
    }
    /// Per form id: what the form can be in a percentage, read for every token, and what it
    /// can be next to a number, read for the tokens around numbers. One pipeline (one
    /// thread) each.
    let roles = FormFacts<Role>()
    let neighbours = FormFacts<Neighbour>()
    /// Per form id: the value of a number written in digits (`58`, `2,5`, `58’i`), read only
    /// for the numbers next to a percent word or sign (most numbers of a text are not).
    let numbers = FormFacts<Double?>()

    /// What a form can open in a percentage, worked out once per form.
    struct Role {
        /// A word that opens a percentage before its number (`yüzde`).
        var opens = false
        /// The percent sign.
        var isSign = false
        /// A word that is, or opens, a percent word after its number (`Prozent`, `pour`):
        /// a spelled number may stand before it.
        var closes = false
        /// A number without a case ending, which a percent word or sign may follow: read from
        /// the table, so that the loop over the tokens loads no token (a token's kind read at
        /// every token cost some 250,000 cache misses on the 2.59 MB bench).
        var isNumber = false
    }

    /// What a form can be next to a number in a percentage, worked out once per form.
    struct Neighbour {
        /// A percent word written after the number (`percent`, `Prozent`).
        var closes = false
        /// The first word of a percent word of several written after the number (`per`).
        var opensClosing = false
        /// A word that makes the percentage negative (`eksi`, `minus`).
        var negates = false
        /// A word between the two ends of a range (`ila`, `to`, `auf`, `à`).
        var linksRange = false
    }

    public init(models: ExtractionModels) {
        quantities = models.quantities
        languages = models.languageProfiles
        numberWords = models.numberWords
        var openings: Set<String> = []
        for (key, cues) in models.quantities.cues where cues.contains(where: { $0.kind == "percent-after" }) {
            for space in key.indices where key[space] == " " { openings.insert(String(key[..<space])) }
        }
        var cueWords = KeyBits<CueWord>()
        for (key, cues) in models.quantities.cues {
            for (kind, word) in [("percent-before", CueWord.before), ("percent-after", .after), ("minus", .minus), ("range", .range)]
            where cues.contains(where: { $0.kind == kind }) {
                cueWords.insert(key, word)
            }
        }
        cueWords.insert(contentsOf: openings, .opensAfter)
        self.cueWords = cueWords
        // One word of every percent word written after its number, or the first of several.
        var closers = openings
        for (key, cues) in models.quantities.cues where cues.contains(where: { $0.kind == "percent-after" }) && !key.contains(" ") {
            closers.insert(key)
        }
        var closerLengths = [Bool](repeating: false, count: (closers.map { $0.utf8.count }.max() ?? 0) + 1)
        for closer in closers { closerLengths[closer.utf8.count] = true }
        self.closerLengths = closerLengths
        let lengths = models.quantities.cues.compactMap { key, cues in
            cues.contains { $0.kind == "percent-before" } ? LookupKey.canonical(Array(key.utf8)).count : nil
        }
        var openerLengths = [Bool](repeating: false, count: (lengths.max() ?? 0) + 1)
        for length in lengths { openerLengths[length] = true }
        self.openerLengths = openerLengths
        var cueOpenings = [UInt64](repeating: 0, count: (1 << 16) / 64)
        let cues = models.quantities.cues.compactMap { key, cues in
            cues.contains { $0.kind == "percent-before" || $0.kind == "percent-after" } ? key : nil
        }
        for key in closers.union(cues) {
            let bytes = LookupKey.canonical(Array(key.utf8))
            guard bytes.count >= 2 else { continue }
            let pair = Int(bytes[0]) << 8 | Int(bytes[1])
            cueOpenings[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.cueOpenings = cueOpenings
    }

    /// Whether `word` may be a percent word before or after the number, or open one
    /// (``cueOpenings``; false: it is none). A word with a byte from 0xCC on may not be in
    /// NFC, and one of a single byte has no pair: both may.
    private func mayBeCue(_ word: String) -> Bool {
        // The bytes in place (a copy to call `withUTF8` on retained the string).
        word.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= 2, !bytes.contains(where: { $0 >= 0xCC }) else { return true }
            let pair = Int(bytes[0]) << 8 | Int(bytes[1])
            return cueOpenings[pair >> 6] & (1 << UInt64(pair & 63)) != 0
        } ?? true
    }

    /// Whether `key` may be a percent word written before the number. A key whose scalars
    /// are all below U+0300 is in NFC, so equal keys have the same bytes; the others are
    /// looked up.
    private func mayOpen(_ key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { bytes in
            (bytes.count < openerLengths.count && openerLengths[bytes.count]) || bytes.contains { $0 >= 0xCC }
        } ?? true
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        var found: [Candidate] = []
        let spellout = numberWords.reader(document.language)
        let profile = languages[document.language]
        let roles = Roles(table: self.roles.table(for: document) { role(of: $0) }, formIDs: document.formIDs)
        for index in tokens.indices {
            let role = roles[index]
            if role.opens {
                if let match = number(after: index, in: document, roles: roles, profile: profile, spellout: spellout) {
                    found.append(contentsOf: percent(from: index, match: match, in: document, profile: profile))
                }
            } else if role.isSign, let match = number(after: index, in: document, roles: roles, profile: profile, spellout: nil) {
                if index > 0, tokens[index - 1].kind == .number, document.touches(index - 1, index) { continue }
                if isInWebAddress(index, in: document) { continue }
                found.append(contentsOf: percent(from: index, match: match, in: document, profile: profile))
            } else if role.isNumber {
                if let end = percentWordEnd(after: index, in: document, roles: roles) {
                    if let value = number(index, in: document, profile: profile),
                       let (start, fraction) = digitFraction(over: index, value, end: end, in: document, profile: profile)
                        ?? overFraction(index, denominator: value, in: document, profile: profile, spellout: spellout) {
                        // `3/4%`, `1 sobre 3 por ciento`: a fraction of a percent.
                        found.append(candidate(start..<end, value: fraction, in: document))
                    } else if let value = number(index, in: document, profile: profile),
                              !(roles[index + 1].isSign && isInWebAddress(index, in: document)), !isPower(index, in: document) {
                        if let decimals = leadingDecimals(index, value, in: document, profile: profile) {
                            // `,08 por ciento`: the decimal separator opens the number.
                            found.append(candidate((index - 1)..<end, value: decimals, in: document))
                            continue
                        }
                        let sign = isNegated(index, in: document, profile: profile) || hasMinusSign(index, in: document) ? -1.0 : 1.0
                        let start = sign < 0 ? index - 1 : index
                        found.append(candidate(start..<end, value: sign * value, in: document))
                    }
                } else if let value = lowerEnd(index, in: document, roles: roles, profile: profile) {
                    found.append(candidate(index..<(index + 1), value: value, in: document))
                }
            } else if role.closes, index > 0, tokens[index - 1].kind == .word, !document.isBoundary(before: index),
                      let end = percentWordEnd(after: index - 1, in: document, roles: roles),
                      let (start, value) = fraction(endingBefore: index, in: document, spellout: spellout)
                        ?? decimal(endingBefore: index, in: document, spellout: spellout),
                      !isArticle(start, beforeNoun: index, in: document, profile: profile) {
                // `zwölf Prozent`, `twenty percent`, `vingt pour cent`: a spelled number before the percent word.
                let sign = isNegated(start, in: document, profile: profile) ? -1.0 : 1.0
                found.append(candidate((sign < 0 ? start - 1 : start)..<end, value: sign * value, in: document))
            } else if role.closes, let (end, value) = percentOf(index, in: document, roles: roles, profile: profile, spellout: spellout) {
                found.append(candidate(index..<end, value: value, in: document))
            }
        }
        return found
    }

    /// Whether token `start`, a spelled number right before the percent word at `index`, is an
    /// indefinite article of the language and the percent word also a noun (kind `percent-noun`):
    /// `un pourcentage élevé` is no 1 %, where `un pour cent` is.
    private func isArticle(_ start: Int, beforeNoun index: Int, in document: TokenizedDocument, profile: LanguageProfiles.Profile) -> Bool {
        start == index - 1 && profile.articles.contains(document.tokens[start].key)
            && quantities.cue(document.tokens[index].key, kind: "percent-noun") != nil
    }

    /// `percent of 10`, `pourcentage de vingt`: a percent word with no number before it, a word
    /// of kind `percent-of`, then a number that ends the phrase (a mark or the sentence's end
    /// after it, not a year): `the percentage of 18-year-olds` and `percent of 2020 sales` are none.
    private func percentOf(_ index: Int, in document: TokenizedDocument, roles: Roles, profile: LanguageProfiles.Profile,
                           spellout: NumberWords.Reader?) -> (end: Int, value: Double)? {
        let tokens = document.tokens
        if index > 0, !document.isBoundary(before: index),
           tokens[index - 1].kind == .number || spelledNumber(endingBefore: index, in: document, spellout: spellout).map({
               !isArticle($0.start, beforeNoun: index, in: document, profile: profile) }) == true {
            return nil
        }
        guard let word = percentWord(at: index, in: document, roles: roles), word < tokens.count,
              !document.isBoundary(before: word), tokens[word].kind == .word, !tokens[word].hasSuffix,
              quantities.cue(tokens[word].key, kind: "percent-of") != nil,
              let (end, value) = number(after: word, in: document, roles: roles, profile: profile, spellout: spellout),
              !(value >= 1000 && value < 3000 && value == value.rounded()) else { return nil }
        if end < tokens.count, !document.isBoundary(before: end) {
            guard tokens[end].kind == .punctuation, !["-", "/", "%"].contains(tokens[end].text) else { return nil }
        }
        return (end, value)
    }

    /// The role of every token of a document, read from the table of its forms.
    private struct Roles {
        let table: [Role?]
        let formIDs: [Int32]

        subscript(index: Int) -> Role { table[Int(formIDs[index])] ?? Role() }
    }

    /// What `token`'s form can be in a percentage, worked out the first time the form is met.
    private func role(of token: Token) -> Role {
        let form = token.form
        var role = Role()
        let text = form.text.utf8
        role.isSign = text.count == 1 && text.first == UInt8(ascii: "%")
        role.isNumber = token.kind == .number && !token.hasSuffix
        // The lowercase is asked only when it is another key than the key's (a word with a
        // case ending): a word without one has its key as its lowercase.
        guard token.kind == .word, mayBeCue(form.key) || (form.lowerID != form.keyID && mayBeCue(form.lower)) else { return role }
        let words = cueWords[form.key]
        role.opens = !form.hasSuffix && mayOpen(form.key) && words.contains(.before)
        role.closes = form.key.utf8.count < closerLengths.count && closerLengths[form.key.utf8.count]
            && (words.contains(.after) || cueWords[form.lower].contains(.opensAfter))
        return role
    }

    /// The value of token `index` as a number written in digits, once per form.
    private func number(_ index: Int, in document: TokenizedDocument, profile: LanguageProfiles.Profile) -> Double? {
        let token = document.tokens[index]
        guard token.kind == .number else { return nil }
        if let known = numbers.known(document.formIDs[index], space: document.formSpace) { return known }
        return numbers.value(for: token.form, in: document) { NumberReader.value(of: $0.stem, decimalSeparator: profile.decimalSeparator) }
    }

    /// What `token`'s form can be next to a number, worked out the first time it is asked.
    ///
    /// Known facts are asked by form id: passing the token's form to ``FormFacts`` retained
    /// and released it at every ask.
    private func neighbour(_ token: Token, in document: TokenizedDocument) -> Neighbour {
        if let known = neighbours.known(token.form.id, space: document.formSpace) { return known }
        return neighbours.value(for: token.form, in: document) { form in
            let words = cueWords[form.key]
            return Neighbour(closes: words.contains(.after), opensClosing: cueWords[form.lower].contains(.opensAfter),
                             negates: words.contains(.minus), linksRange: words.contains(.range))
        }
    }

    /// The number right after `index`: digits (`58`, `2,5`, `58’i`) or words (`elli sekiz`).
    private func number(after index: Int, in document: TokenizedDocument, roles: Roles, profile: LanguageProfiles.Profile,
                        spellout: NumberWords.Reader?) -> (end: Int, value: Double)? {
        let tokens = document.tokens
        let next = index + 1
        guard next < tokens.count, !document.isBoundary(before: next) else { return nil }
        if tokens[next].kind == .number, let value = number(next, in: document, profile: profile) {
            return (next + 1, value)
        }
        guard let spellout, tokens[next].kind == .word else { return nil }
        var best: (end: Int, value: Double)?
        var phrase = ""
        var end = next
        while end < min(tokens.count, next + 5), end == next || !document.isBoundary(before: end) {
            if tokens[end].kind != .word {
                // `twenty-two`: a hyphen between two words of one number.
                guard end > next, tokens[end].text == "-", end + 1 < tokens.count, tokens[end + 1].kind == .word,
                      document.touches(end - 1, end), document.touches(end, end + 1) else { break }
                phrase.removeLast()
                phrase += "-"
                end += 1
                continue
            }
            let word = tokens[end].stem
            // A word of one part that opens like no number word is none, nor is any head of it
            // (two letters or more), nor any phrase with it: nothing further reads.
            if Self.isOnePart(word), !spellout.hasNumberWordOpening(word) { break }
            if let value = spellout.value(of: phrase + word) {
                best = (end + 1, value)
            } else if !tokens[end].hasSuffix, profile.hasCaseSuffixes, let value = suffixed(word, after: phrase, spellout) {
                // `yüzde yirmisi`, `yüzde otuzunu`: a suffix glued to the last number word.
                return (end + 1, value)
            }
            if tokens[end].hasSuffix { break }
            phrase += word + " "
            end += 1
        }
        return best
    }

    /// The most tokens a number spelled out before a percent word is read from: Spanish writes
    /// `quinientos trece millones cuatrocientos cincuenta y dos mil por ciento` in fourteen.
    static let longestSpelledNumber = 24

    /// The longest number spelled out in at most ``longestSpelledNumber`` tokens right before
    /// token `end`, in the same sentence: its first token and value.
    private func spelledNumber(endingBefore end: Int, in document: TokenizedDocument,
                               spellout: NumberWords.Reader?) -> (start: Int, value: Double)? {
        guard let spellout else { return nil }
        let tokens = document.tokens
        func isJoiner(_ k: Int) -> Bool { k > 0 && tokens[k].text == "-" && document.touches(k - 1, k) && document.touches(k, k + 1) }
        var start = end
        // Back over words that may be number words only: a longer phrase with another word is
        // no number, and is not built.
        func mayBeNumberWord(_ k: Int) -> Bool {
            tokens[k].kind == .word && (!Self.isOnePart(tokens[k].lower) || spellout.mayStartNumber(tokens[k].lower) || spellout.isLink(tokens[k].lower))
        }
        while start > max(0, end - Self.longestSpelledNumber), mayBeNumberWord(start - 1) || isJoiner(start - 1), !tokens[start - 1].hasSuffix,
              start == end || !document.isBoundary(before: start) {
            start -= 1
        }
        while start < end {
            // A word after a hyphen is the end of a longer number (`twenty-five`), not one alone.
            if tokens[start].kind == .word, !(start > 0 && isJoiner(start - 1)) {
                var phrase = ""
                for k in start..<end {
                    phrase += tokens[k].text == "-" || (k > start && tokens[k - 1].text == "-") ? "" : (k > start ? " " : "")
                    phrase += tokens[k].text == "-" ? "-" : tokens[k].stem
                }
                if let value = spellout.value(of: phrase) { return (start, value) }
            }
            start += 1
        }
        return nil
    }

    /// The spelled number right before token `end`, and its decimals when a decimal word
    /// stands between it and another spelled number (`dos coma cinco`, `siete con cincuenta`,
    /// `deux virgule cinq`; kind `decimal-word` in the quantities lexicon): the digits of the
    /// second number are the decimals (`con doscientos` is .200).
    private func decimal(endingBefore end: Int, in document: TokenizedDocument,
                         spellout: NumberWords.Reader?) -> (start: Int, value: Double)? {
        guard let (start, decimals) = spelledNumber(endingBefore: end, in: document, spellout: spellout) else { return nil }
        let link = start - 1
        guard link > 0, decimals >= 1, decimals < 1e9, decimals == decimals.rounded(), document.tokens[link].kind == .word,
              !document.isBoundary(before: start), !document.isBoundary(before: link), !document.tokens[link].hasSuffix,
              quantities.cue(document.tokens[link].key, kind: "decimal-word") != nil,
              let (whole, value) = spelledNumber(endingBefore: link, in: document, spellout: spellout), value == value.rounded() else {
            return (start, decimals)
        }
        let digits = String(Int(decimals)).count
        return (whole, value + decimals / Double((0..<digits).reduce(1) { product, _ in product * 10 }))
    }

    /// A fraction spelled before token `end` (`tres quintos`, `un quinto`, `ciento treinta con dos
    /// quintos`): a spelled numerator, then a word of kind `denominator` in the quantities lexicon
    /// (its value the denominator); a whole number and a `decimal-word` may stand before the
    /// numerator (`con`), whose value the fraction adds to.
    private func fraction(endingBefore end: Int, in document: TokenizedDocument,
                          spellout: NumberWords.Reader?) -> (start: Int, value: Double)? {
        let tokens = document.tokens
        let word = end - 1
        guard word > 0, tokens[word].kind == .word, !tokens[word].hasSuffix, !document.isBoundary(before: word),
              let denominator = quantities.cue(tokens[word].key, kind: "denominator")?.value, denominator > 0,
              let (start, numerator) = spelledNumber(endingBefore: word, in: document, spellout: spellout),
              numerator >= 1, numerator == numerator.rounded() else {
            guard let (start, denominator) = spelledNumber(endingBefore: end, in: document, spellout: spellout) else { return nil }
            return overFraction(start, denominator: denominator, in: document, profile: nil, spellout: spellout)
        }
        let link = start - 1
        if link > 0, tokens[link].kind == .word, !tokens[link].hasSuffix, !document.isBoundary(before: start),
           !document.isBoundary(before: link), quantities.cue(tokens[link].key, kind: "decimal-word") != nil,
           let (whole, value) = spelledNumber(endingBefore: link, in: document, spellout: spellout), value == value.rounded() {
            return (whole, value + numerator / denominator)
        }
        return (start, numerator / denominator)
    }

    /// `uno sobre tres`, `1 sobre 3`: a numerator, a word of kind `fraction-over`, then the
    /// denominator at `start` (digits or spelled, value `denominator`): its first token and value.
    private func overFraction(_ start: Int, denominator: Double, in document: TokenizedDocument, profile: LanguageProfiles.Profile?,
                              spellout: NumberWords.Reader?) -> (start: Int, value: Double)? {
        let tokens = document.tokens
        let over = start - 1
        guard over > 0, denominator >= 2, denominator == denominator.rounded(), tokens[over].kind == .word, !tokens[over].hasSuffix,
              !document.isBoundary(before: start), !document.isBoundary(before: over),
              quantities.cue(tokens[over].key, kind: "fraction-over") != nil else { return nil }
        if tokens[over - 1].kind == .number, let profile, let numerator = number(over - 1, in: document, profile: profile),
           numerator >= 1, numerator == numerator.rounded() {
            return (over - 1, numerator / denominator)
        }
        guard tokens[over - 1].kind == .word, let (first, numerator) = spelledNumber(endingBefore: over, in: document, spellout: spellout),
              numerator >= 1, numerator == numerator.rounded() else { return nil }
        return (first, numerator / denominator)
    }

    /// A fraction in digits before a percent sign, `3/4%`: the numerator at `index - 2` glued to
    /// a slash glued to the denominator at `index` (value `denominator`), the percent word ending
    /// at `end`; nothing glued before or after (`…?q=1/4%20` is a web address).
    private func digitFraction(over index: Int, _ denominator: Double, end: Int, in document: TokenizedDocument,
                               profile: LanguageProfiles.Profile) -> (start: Int, value: Double)? {
        let tokens = document.tokens
        guard index >= 2, denominator >= 2, denominator <= 16, denominator == denominator.rounded(), tokens[index - 1].text == "/",
              tokens[index - 2].kind == .number, !tokens[index - 2].hasSuffix, document.touches(index - 2, index - 1),
              document.touches(index - 1, index), !document.isBoundary(before: index - 1),
              let numerator = number(index - 2, in: document, profile: profile), numerator >= 1, numerator < denominator,
              numerator == numerator.rounded() else { return nil }
        if index >= 3, document.touches(index - 3, index - 2) { return nil }
        if end < tokens.count, document.touches(end - 1, end), tokens[end].kind != .punctuation || tokens[end].text != "." && tokens[end].text != "," {
            return nil
        }
        return (index - 2, numerator / denominator)
    }

    /// `,08 %`: the value of the whole number at token `index` read as the decimals after the
    /// language's decimal separator glued before it, which stands apart from what precedes it
    /// (not `2,08` split by the tokenizer, nor a list `3,08`).
    private func leadingDecimals(_ index: Int, _ value: Double, in document: TokenizedDocument,
                                 profile: LanguageProfiles.Profile) -> Double? {
        let tokens = document.tokens
        guard index > 0, !document.isBoundary(before: index), document.touches(index - 1, index), tokens[index - 1].kind == .punctuation,
              tokens[index - 1].text.count == 1, tokens[index - 1].text.first == profile.decimalSeparator,
              index == 1 || !document.touches(index - 2, index - 1),
              case let digits = tokens[index].stem.utf8, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), digits.count <= 15
        else { return nil }
        var scale = 1.0
        for _ in 0..<digits.count { scale *= 10 }
        return value / scale
    }

    /// Whether the number at token `index` is a power, glued after a caret (`1,1^23`): no
    /// percentage of its own.
    private func isPower(_ index: Int, in document: TokenizedDocument) -> Bool {
        index > 0 && document.touches(index - 1, index) && document.tokens[index - 1].text == "^"
    }

    /// Whether a minus sign is written right before the number at token `index`, glued to it
    /// and apart from the word before (`-0,5%`, `−3 %`): not a hyphen of a range (`2-5%`).
    private func hasMinusSign(_ index: Int, in document: TokenizedDocument) -> Bool {
        guard index > 0, !document.isBoundary(before: index), document.touches(index - 1, index) else { return false }
        let text = document.tokens[index - 1].text
        guard text == "-" || text == "\u{2212}" else { return false }
        return index == 1 || !document.touches(index - 2, index - 1) || document.tokens[index - 2].kind == .punctuation
    }

    /// Whether `word` is one part of a spelled number as the reader splits phrases (no space
    /// or hyphen) and written in scalars below U+0370, whose lowercase is the same letter by
    /// letter over any head of the word (no Greek final sigma).
    private static func isOnePart(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.value < 0x370 && $0 != " " && $0 != "-" }
    }

    /// The value of `phrase` + the longest number word that starts `word`, when the rest of
    /// `word` is a short suffix.
    private func suffixed(_ word: String, after phrase: String, _ spellout: NumberWords.Reader) -> Double? {
        let characters = Array(word)
        for cut in stride(from: characters.count - 1, through: 2, by: -1) where characters.count - cut <= 5 {
            if let value = spellout.value(of: phrase + String(characters[..<cut])) { return value }
        }
        return nil
    }

    /// `58 percent`, `58 pour cent`, `58%`: the end of the percent word(s) after a number.
    private func percentWordEnd(after index: Int, in document: TokenizedDocument, roles: Roles) -> Int? {
        let tokens = document.tokens
        let next = index + 1
        guard next < tokens.count, !document.isBoundary(before: next) else { return nil }
        return percentWord(at: next, in: document, roles: roles)
    }

    /// The end of the percent word(s) at token `index` (`percent`, `per cent`, `%`): of two
    /// words when the first opens a longer one (`percentage points`).
    private func percentWord(at index: Int, in document: TokenizedDocument, roles: Roles) -> Int? {
        let tokens = document.tokens
        let neighbour = neighbour(tokens[index], in: document)
        if neighbour.opensClosing, index + 1 < tokens.count, !document.isBoundary(before: index + 1),
           quantities.cue(tokens[index].lower + " " + tokens[index + 1].key, kind: "percent-after") != nil {
            return index + 2
        }
        if roles[index].isSign || neighbour.closes { return index + 1 }
        return nil
    }

    /// Whether token `index` is part of a web address: a run of tokens without a space
    /// between them that holds a `/`, `=` or `@` (`…?q=30%25%2020%`, `…issn%280024%2D9114`,
    /// whose `%` escapes a byte). Asked only of numbers beside a percent sign.
    private func isInWebAddress(_ index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        func isAddressSign(_ k: Int) -> Bool {
            tokens[k].kind != .word && tokens[k].kind != .number && tokens[k].text.utf8.contains {
                $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "@")
            }
        }
        if isAddressSign(index) { return true }
        var k = index
        while k > 0, index - k < 64, document.touches(k - 1, k) {
            k -= 1
            if isAddressSign(k) { return true }
        }
        k = index
        while k + 1 < tokens.count, k - index < 64, document.touches(k, k + 1) {
            k += 1
            if isAddressSign(k) { return true }
        }
        return false
    }

    /// Whether a minus word stands right before token `index`. Where the language writes its
    /// nouns capitalized, a capitalized one inside a sentence is the noun (`das Minus drei
    /// Prozent`: the loss is three percent), not the sign.
    private func isNegated(_ index: Int, in document: TokenizedDocument, profile: LanguageProfiles.Profile) -> Bool {
        guard index > 0, !document.isBoundary(before: index) else { return false }
        let word = document.tokens[index - 1]
        guard neighbour(word, in: document).negates else { return false }
        return !(profile.capitalizesNouns && word.isCapitalized && !document.isSentenceStart(index - 1))
    }

    /// The percentage from the cue at `start` to the number's end, and the upper end of a
    /// range (`yüzde 20-30`) as a second percentage.
    private func percent(from start: Int, match: (end: Int, value: Double), in document: TokenizedDocument,
                         profile: LanguageProfiles.Profile) -> [Candidate] {
        let negative = isNegated(start, in: document, profile: profile)
        var results = [candidate((negative ? start - 1 : start)..<match.end, value: negative ? -match.value : match.value, in: document)]
        if let (upper, value) = upperEnd(after: match.end, in: document, profile: profile) {
            results.append(candidate(upper..<(upper + 1), value: value, in: document))
        }
        return results
    }

    /// The value of the number at token `index` when it is the lower end of a range whose
    /// upper end is a percentage written with its percent word (`von 3,1 auf 2,8 Prozent`,
    /// `from 5 to 7 percent`, `de 2 à 3 %`, `del 4 al 5 por ciento`; kind `range` in the
    /// quantities lexicon): the percent word is written once for both. A whole number from
    /// 1000 to 2999 is taken for a year (`in 2021 to 5 percent`).
    private func lowerEnd(_ index: Int, in document: TokenizedDocument, roles: Roles, profile: LanguageProfiles.Profile) -> Double? {
        let tokens = document.tokens
        let link = index + 1, upper = index + 2
        guard upper < tokens.count, tokens[link].kind == .word, tokens[upper].kind == .number, !tokens[link].hasSuffix,
              !tokens[upper].hasSuffix, !document.isBoundary(before: link), !document.isBoundary(before: upper),
              neighbour(tokens[link], in: document).linksRange, percentWordEnd(after: upper, in: document, roles: roles) != nil,
              number(upper, in: document, profile: profile) != nil, let value = number(index, in: document, profile: profile),
              !(value >= 1000 && value < 3000 && value == value.rounded()) else { return nil }
        return value
    }

    /// The upper end of a range after a percentage that ends before token `end`: `yüzde 20-30`,
    /// `yüzde 20 ila 30`, `yüzde 20 ile 30 arasında` (`ile` is also "with": only with a
    /// closing `arasında`). The range words are in `models/lexicon/quantities.tsv`.
    private func upperEnd(after end: Int, in document: TokenizedDocument, profile: LanguageProfiles.Profile) -> (Int, Double)? {
        let tokens = document.tokens
        guard end + 1 < tokens.count, !tokens[end - 1].hasSuffix, !document.isBoundary(before: end),
              !document.isBoundary(before: end + 1), tokens[end + 1].kind == .number,
              let value = number(end + 1, in: document, profile: profile) else { return nil }
        let link = tokens[end]
        if ["-", "–"].contains(link.text) {
            return document.touches(end - 1, end) && document.touches(end, end + 1) ? (end + 1, value) : nil
        }
        guard link.kind == .word, !link.hasSuffix else { return nil }
        if quantities.cue(link.key, kind: "range") != nil { return (end + 1, value) }
        if quantities.cue(link.key, kind: "range-between") != nil, !tokens[end + 1].hasSuffix, end + 2 < tokens.count,
           !document.isBoundary(before: end + 2), tokens[end + 2].kind == .word,
           quantities.cue(tokens[end + 2].key, kind: "range-close") != nil {
            return (end + 1, value)
        }
        return nil
    }

    private func candidate(_ tokens: Range<Int>, value: Double, in document: TokenizedDocument) -> Candidate {
        Candidate(type: .percent, range: document.span(tokens), tokens: tokens, value: .number(value), priority: 3)
    }
}
