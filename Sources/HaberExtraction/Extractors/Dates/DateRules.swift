/// The date grammar of one language, taken once from ``DateGrammar`` and ``CalendarLexicon``
/// so that reading a document looks nothing up by language: its grammar words, whether it
/// writes case endings on its words (`models/languages.tsv`, column `cases`), and the
/// endings and word openings of `models/dates/` the patterns test.
struct DateRules: Sendable {
    let language: String
    /// The grammar words of the language (``DateGrammar/words``).
    let words: [String: [DateGrammar.Entry]]
    /// Its entries of several words by their first word (``DateGrammar/phrases(openingWith:language:)``)
    /// and its words by their first scalar (``DateGrammar/sortedWords(language:opening:)``): a
    /// new form asks both, and the language's key was hashed at each ask.
    let phrases: [String: [DateGrammar.Phrase]]
    let lemmas: [Unicode.Scalar: [DateGrammar.Lemma]]
    /// Whether a key of ``words`` opens with an ASCII digit (``entries(_:)``).
    let digitWords: Bool
    /// Whether such a key also ends with one: none does (`1st`, `2e`, `1º`), so that digits
    /// that end with a digit (`2015`, `3,5`) are no grammar word (``isNoDigitWord(_:)``).
    private let digitWordsEndInDigit: Bool
    /// The kinds of its grammar words, as ``GramKind`` bits: a kind the language has no word
    /// of is not asked of each form.
    let kinds: GramKindSet
    /// Whether the language writes case endings on its words (`yılında`, `2005'te`): its
    /// suffixes are read by rule and the patterns that rest on them apply.
    let caseSuffixes: Bool
    /// Whether the language writes numeric dates month first (``CalendarLexicon/monthFirstLanguages``).
    let monthFirst: Bool
    /// The shapes in which it writes a month of a year in digits besides `11/2016`
    /// (``CalendarLexicon/numericMonths``: `05.2016`, `2016-05`).
    let numericMonths: [NumericMonth]
    /// Its abbreviated month names (``CalendarLexicon/abbreviatedMonths``) and those of its
    /// grammar (kind `month-abbreviation`: `Sept` beside ICU's `Sep`), lowercase → month.
    let abbreviatedMonths: [String: Int]

    // Endings of `models/dates/endings.tsv`.
    let ablative: DateGrammar.Endings
    let dative: DateGrammar.Endings
    let comitative: DateGrammar.Endings
    let genitive: DateGrammar.Endings
    let locative: DateGrammar.Endings
    let possessiveLocative: DateGrammar.Endings
    let relative: DateGrammar.Endings
    let plural: DateGrammar.Endings
    let pluralCases: DateGrammar.Endings
    let adjective: DateGrammar.Endings
    let ordinalSuffixes: DateGrammar.Endings
    let ordinalWordEndings: DateGrammar.Endings
    /// ``ordinalWordEndings`` in order, sorted once, not at each word read as an ordinal.
    let sortedOrdinalWordEndings: [String]
    /// ``plural`` and ``pluralCases`` in order, sorted once, not at each decade read (the
    /// cases once per plural ending of each word asked, ``DateReader/pluralSplits(_:)``).
    let sortedPlural: [String]
    let sortedPluralCases: [String]
    let looseCases: DateGrammar.Endings
    let plainEndings: DateGrammar.Endings

    // Grammar words read as the opening of a longer word.
    let yearStems: [String]
    let decadeNouns: [String]
    let seasonsAlone: [String]
    let timeNouns: [String]
    let moreWords: [String]

    init(language: String, grammar: DateGrammar, calendar: CalendarLexicon) {
        self.language = language
        words = grammar.words[language] ?? [:]
        phrases = grammar.phrases(language: language)
        lemmas = grammar.lemmas(language: language)
        kinds = GramKind.bits(words.values.lazy.flatMap { $0.lazy.map(\.kind) })
        digitWords = words.keys.contains { $0.utf8.first.map { $0 &- 0x30 < 10 } == true }
        digitWordsEndInDigit = words.keys.contains { $0.utf8.first.map { $0 &- 0x30 < 10 } == true && $0.utf8.last.map { $0 &- 0x30 < 10 } == true }
        caseSuffixes = calendar.caseSuffixLanguages.contains(language)
        monthFirst = calendar.monthFirstLanguages.contains(language)
        numericMonths = calendar.numericMonths[language] ?? []
        var abbreviations = calendar.abbreviatedMonths[language] ?? [:]
        for (word, entries) in words {
            for entry in entries where entry.kind == "month-abbreviation" {
                if let month = Int(entry.value) { abbreviations[word] = month }
            }
        }
        abbreviatedMonths = abbreviations
        ablative = grammar.endings("ablative", language: language)
        dative = grammar.endings("dative", language: language)
        comitative = grammar.endings("comitative", language: language)
        genitive = grammar.endings("genitive", language: language)
        locative = grammar.endings("locative", language: language)
        possessiveLocative = grammar.endings("possessive-locative", language: language)
        relative = grammar.endings("relative", language: language)
        plural = grammar.endings("plural", language: language)
        pluralCases = grammar.endings("plural-case", language: language)
        adjective = grammar.endings("adjective", language: language)
        ordinalSuffixes = grammar.endings("ordinal", language: language)
        ordinalWordEndings = grammar.endings("ordinal-word", language: language)
        sortedOrdinalWordEndings = ordinalWordEndings.endings.sorted()
        sortedPlural = plural.endings.sorted()
        sortedPluralCases = pluralCases.endings.sorted()
        looseCases = grammar.endings("loose-case", language: language)
        plainEndings = grammar.endings("ending", language: language)
        yearStems = grammar.words(ofKind: "year-stem", language: language)
        decadeNouns = grammar.words(ofKind: "decade-noun", language: language)
        seasonsAlone = grammar.words(ofKind: "season-alone", language: language)
        timeNouns = grammar.words(ofKind: "time-noun", language: language)
        moreWords = grammar.words(ofKind: "more", language: language)
    }

    /// The entries of `key` in ``words``.
    ///
    /// A key that opens with an ASCII digit (a number form) is looked up only where some word
    /// does: no other spelling of it opens otherwise under canonical equivalence, and the
    /// lookup hashes the key (some 500 instructions, for each of 5,800 number forms on the
    /// bench's 1,000 articles).
    func entries(_ key: String) -> [DateGrammar.Entry]? {
        if isNoDigitWord(key) { return nil }
        return words[key]
    }

    /// Whether `key` opens with an ASCII digit and is no key of ``words``, told without hashing
    /// it: no key opens with a digit, or none ends with one and `key` does. Under canonical
    /// equivalence, the first and last scalars of a spelling that ends with an ASCII digit
    /// are those digits too (they compose with nothing). Where some words open with digits
    /// (`1st`, `1er`), each new number form was looked up (some 1,500 instructions with the
    /// facts kept of it, for thousands of number forms on the bench's 1,000 articles).
    func isNoDigitWord(_ key: String) -> Bool {
        guard let first = key.utf8.first, first &- 0x30 < 10 else { return false }
        return !digitWords || (!digitWordsEndInDigit && key.utf8.last.map { $0 &- 0x30 < 10 } == true)
    }

    /// The first of `words` that `key` opens with.
    static func opening(_ key: String, in words: [String]) -> String? {
        words.first { key.hasPrefix($0) }
    }
}

/// The kinds of first token a date pattern can open with, as bits: worked out once per
/// distinct form (``DateReader/readStarts(_:)``), so that at each position only the patterns
/// whose first token the form can be are tried.
struct DateStarts: OptionSet, Sendable {
    let rawValue: UInt32

    /// Digits (a day, month, year, count or ordinal).
    static let number = DateStarts(rawValue: 1 << 0)
    /// The apostrophe of an abbreviated year (`’23`).
    static let apostrophe = DateStarts(rawValue: 1 << 1)
    static let month = DateStarts(rawValue: 1 << 2)
    static let weekday = DateStarts(rawValue: 1 << 3)
    /// A word that may open a spelled-out number (languages with case suffixes only).
    static let spelled = DateStarts(rawValue: 1 << 4)
    /// A day written as a numbered word (`1er`), grammar kind `numbered-day`.
    static let numberedDay = DateStarts(rawValue: 1 << 5)
    /// Grammar kinds `day` and `next-day`.
    static let relativeDay = DateStarts(rawValue: 1 << 6)
    static let shift = DateStarts(rawValue: 1 << 7)
    static let unit = DateStarts(rawValue: 1 << 8)
    static let ownUnit = DateStarts(rawValue: 1 << 9)
    static let count = DateStarts(rawValue: 1 << 10)
    /// A word that writes an ordinal by itself (`ilk`, `üçüncü`).
    static let ordinal = DateStarts(rawValue: 1 << 11)
    static let season = DateStarts(rawValue: 1 << 12)
    /// A spelled number word with a plural and a case ending (`yetmişlerde`), where words take
    /// case endings (``DateReader/pluralSplits(_:)``): the word that closes a spelled decade
    /// (``DateReader/decade(_:)``). Set only beside ``spelled``.
    static let pluralNumber = DateStarts(rawValue: 1 << 13)
    static let demonstrative = DateStarts(rawValue: 1 << 14)
    /// The first word of a grammar entry of several words (`şu andan`).
    static let phrase = DateStarts(rawValue: 1 << 15)
    /// Grammar kinds `from` and `between` (the opener of a range).
    static let opener = DateStarts(rawValue: 1 << 16)
    /// days19en: a month's name and its day in one token (`Oct2`, `22april`).
    static let gluedDate = DateStarts(rawValue: 1 << 27)
    /// A number whose stem holds more than ASCII digits (`21.07.2017`, `11.2016`, `2015.3`): the
    /// one token a numeric date of one token can be (``DateReader/point(at:starts:gated:)``).
    static let markedDigits = DateStarts(rawValue: 1 << 26)

    // Digits, by what their value can be (see ``DateReader/readStarts(_:)``).
    /// A day of the month: at most two digits, 1–31.
    static let dayNumber = DateStarts(rawValue: 1 << 17)
    /// Four digits, 1000–2999.
    static let yearNumber = DateStarts(rawValue: 1 << 18)
    /// A count before a unit: 1–999, no suffix.
    static let countNumber = DateStarts(rawValue: 1 << 19)
    /// An ordinal: 1–59.
    static let ordinalNumber = DateStarts(rawValue: 1 << 20)
    /// Three digits from 100, no suffix (a year before the word for year).
    static let threeDigits = DateStarts(rawValue: 1 << 21)
    /// Two or four digits ending in 0 with a suffix (`1970'ler`).
    static let decadeNumber = DateStarts(rawValue: 1 << 22)
    /// Grammar kind `rest` (`the rest of the year`).
    static let rest = DateStarts(rawValue: 1 << 23)
    /// Grammar kinds `part` and `part-unit` (`half`, `quart`): no start of a date, but the word
    /// after an ordinal that ``DateReader/ordinalPart(_:)`` reads (`the first half`, `le 3e quart`),
    /// looked ahead for from a number (``DateReader/mayReadOrdinalOf(_:starts:)``).
    static let part = DateStarts(rawValue: 1 << 24)
    /// No start either: a token that is no grammar word written as it is (no exact entries),
    /// and, where words take no case ending, no inflected one (no grammar readings), known
    /// from its opening or its digits at first sight (``DateReader/firstStarts(at:openings:spellout:)``).
    /// ``DateReader/gram(_:_:)`` and ``DateReader/exactGram(_:_:)`` answer such a token from
    /// its starts: its kinds were kept as facts of the form, two tables filled for most new
    /// forms (some 500 instructions a form).
    static let noGrammarWord = DateStarts(rawValue: 1 << 25)

    /// Set beside the starts of a form in ``DateReader/DateFormFacts/startsByForm``: read
    /// (a form that opens nothing is no longer 0).
    static let readMark: UInt32 = 1 << 31

    /// What a range or pair can open with when no point starts there (see ``DateReader/rangesFrom(_:points:)``).
    static let rangeStarts: DateStarts = [.dayNumber, .yearNumber, .ordinalNumber, .spelled, .numberedDay, .month, .opener]

    /// What a token can open, less the kinds only looked ahead for (``part``, ``noGrammarWord``):
    /// a token whose starts are none of it opens no point nor range, and is not read.
    var opensAny: Bool { rawValue & ~(DateStarts.part.rawValue | DateStarts.noGrammarWord.rawValue) != 0 }

    /// Whether a point can start here (``DateReader/point(at:starts:gated:)``): ``opener`` opens
    /// only a range, and no pattern of a point asks for it. A fifth of the starts on the bench's
    /// 1,000 articles are such openers (`from`, `de`, `entre`), each a call that tried no pattern.
    var opensPoint: Bool {
        rawValue & ~(DateStarts.part.rawValue | DateStarts.noGrammarWord.rawValue | DateStarts.opener.rawValue) != 0
    }
}

extension DateStarts {
    /// What a word's grammar readings open (``DateReader/grams(_:)``), from the bits of their
    /// kinds (``GramKind``); `capitalized`: the word is written so, and a reading of kind
    /// `lower-day` opens nothing.
    init(readings kinds: GramKindSet, capitalized: Bool) {
        self = []
        if kinds & (GramKind.day.bit | GramKind.nextDay.bit) != 0 || !capitalized && kinds & GramKind.lowerDay.bit != 0 {
            insert(.relativeDay)
        }
        if kinds & GramKind.shift.bit != 0 { insert(.shift) }
        if kinds & (GramKind.unit.bit | GramKind.century.bit) != 0 { insert(.unit) }
        if kinds & GramKind.season.bit != 0 { insert(.season) }
        if kinds & GramKind.part.bit != 0 { insert(.part) }
        if kinds & (GramKind.from.bit | GramKind.between.bit | GramKind.fromPair.bit) != 0 { insert(.opener) }
    }

    /// What a word's grammar entries written exactly open (``DateReader/exactEntries(_:)``),
    /// from the bits of their kinds.
    init(exactEntries kinds: GramKindSet) {
        self = []
        if kinds & GramKind.ownUnit.bit != 0 { insert(.ownUnit) }
        if kinds & GramKind.count.bit != 0 { insert(.count) }
        if kinds & GramKind.demonstrative.bit != 0 { insert(.demonstrative) }
        if kinds & GramKind.numberedCentury.bit != 0 { insert(.ordinal) }
        if kinds & (GramKind.decadeOpener.bit | GramKind.decadeArticle.bit | GramKind.decadeWord.bit) != 0 { insert(.decadeNumber) }
        if kinds & (GramKind.offsetBefore.bit | GramKind.offsetAhead.bit | GramKind.durationBound.bit) != 0 { insert(.phrase) }
        if kinds & (GramKind.weekdayAbbreviation.bit | GramKind.cuedWeekday.bit) != 0 { insert(.weekday) }
        if kinds & GramKind.rest.bit != 0 { insert(.rest) }
        if kinds & GramKind.partUnit.bit != 0 { insert(.part) }
        // `in nineteen twenty eight` (periods20en): a century word may open a spoken year
        // after a cue (``DateReader/cuedSpokenYear(_:)``), as three digits open a year (`247 yılı`).
        if kinds & GramKind.decadeCentury.bit != 0 { insert(.threeDigits) }
    }
}

/// The longest point found at each token of a document: an index per token into the few
/// points there are, rather than a point-sized slot per token.
struct DatePoints {
    private var slots: [Int32]
    private var mentions: [DateMention] = []

    init(count: Int) { slots = [Int32](repeating: -1, count: count) }

    /// Whether a point starts at `i`, told without copying it out.
    func has(_ i: Int) -> Bool { slots[i] >= 0 }

    subscript(i: Int) -> DateMention? {
        get {
            let slot = slots[i]
            return slot < 0 ? nil : mentions[Int(slot)]
        }
        set {
            guard let newValue else {
                slots[i] = -1
                return
            }
            slots[i] = Int32(mentions.count)
            mentions.append(newValue)
        }
    }
}
