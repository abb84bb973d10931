import HaberICU
import HaberText

/// What the date reader of one language reads with: the calendar, grammar and quantity
/// models and the language's rules, made once per language and held by reference. Held by
/// value, they made the reader of each document a struct of some fifty references, copied
/// and destroyed twice an article (11 M instructions on the 1,000 bench articles).
final class DateLanguage: Sendable {
    /// ``DateRules/kinds``, read first by every ask of a grammar word.
    let kinds: GramKindSet
    let calendar: CalendarLexicon
    let grammar: DateGrammar
    let quantities: QuantityLexicon
    let rules: DateRules
    let names: CalendarNames
    /// The language's function words (`text/function-words.tsv`): after a weak year cue
    /// (``DateReader/isFreeYear(_:)``), such a word says that no noun follows the number.
    let functionWords: Set<String>
    /// Whether the language capitalizes its nouns (profile key `nouns`): a lowercase word after
    /// a number is then no noun it counts.
    let capitalizesNouns: Bool
    /// How the language's case endings sound after a stem (its profile's ``LanguageProfiles/Profile/suffixes``).
    let suffixes: SuffixGrammar
    /// The language's modifier phrases (``DateGrammar/modifiers``), taken out once: looked up
    /// by language and copied (four tables retained and released) at each mention read.
    let modifiers: DateGrammar.Modifiers?
    /// The openings (``DateOpenings``) of the month names and the language's abbreviations of
    /// them, of the weekday names, and of the first words of its entries of several words: a
    /// form read at first sight (``DateReader/readStarts(_:)``) that opens otherwise is no such
    /// name nor opens such an entry, and is not looked up in their tables (a hashed string
    /// each, some 4,000 instructions a form with the facts kept of it). The words it reads
    /// there open with one of the grammar's openings, which include these and far more.
    let monthOpenings: DateOpenings
    let weekdayOpenings: DateOpenings
    let phraseOpenings: DateOpenings

    init(calendar: CalendarLexicon, grammar: DateGrammar, quantities: QuantityLexicon, rules: DateRules, names: CalendarNames,
         functionWords: Set<String> = [], capitalizesNouns: Bool = false, suffixes: SuffixGrammar = .none) {
        self.calendar = calendar
        self.grammar = grammar
        self.quantities = quantities
        self.rules = rules
        self.names = names
        self.functionWords = functionWords
        self.capitalizesNouns = capitalizesNouns
        self.suffixes = suffixes
        kinds = rules.kinds
        modifiers = grammar.modifiers[rules.language]
        monthOpenings = DateOpenings(Set((Array(calendar.months.keys) + Array(rules.abbreviatedMonths.keys)).map { $0.prefix(3) }))
        weekdayOpenings = DateOpenings(Set(calendar.weekdays.keys.map { $0.prefix(3) }))
        phraseOpenings = DateOpenings(Set(rules.phrases.keys.map { $0.prefix(3) }))
    }
}

/// One date expression found in a document, before it becomes a ``Candidate``.
struct DateMention {
    /// What the expression says: calendar fields still to be completed from the
    /// reference date, or a span of days already resolved.
    indirect enum Value {
        case fields(year: Int?, month: Int?, day: Int?)
        case interval(DateInterval)
        /// Two ends (a range): each at its own granularity.
        case range(DateMention.Value, DateMention.Value)
    }

    var tokens: Range<Int>
    /// End of the span in the normalized text (UTF-16).
    var end: Int
    var value: Value
    var relative: Bool
    /// The Turkish case ending of the last token ("" when none).
    var caseEnding: String = ""
    /// Only an end of a range (`2015 ve Şubat 2018 arası`, `10/1'den`), never a date alone.
    var weak = false
    /// An unshifted weekday (`Cuma`): a range ending on it may roll over to the next week.
    var weekday = false
    /// The resolver's priority against other types covering the same text.
    var priority = 2
    /// What qualifies the period (TimeML `mod`: `since`, `end`…), read by ``DateReader/modified(_:)``.
    var mod: String?
    /// A day named only by its number (`15'inde`, `22'sine`): it borrows month and year.
    var isYear: Bool {
        if case .fields(_?, nil, nil) = value { return true }
        return false
    }
    var isBareDay: Bool {
        if case .fields(nil, nil, _?) = value { return true }
        return false
    }
}

/// Reads date expressions in one tokenized document: numeric and named dates, relative
/// days and periods, parts and ordinals of units, and ranges of two dates. Turkish suffixes
/// are read by rule (``Inflection``); grammar words come from ``DateGrammar``.
/// Not thread-safe (holds an ICU spell-out parser): one per document.
struct DateReader {
    /// What the reader works out about a token's form alone, computed once per distinct form
    /// of the pipeline's documents: the suffix analyses behind these are the costly part of
    /// reading dates, and most forms come back in every article.
    final class DateFormFacts: @unchecked Sendable {
        let months = FormFacts<(month: Int, inflection: Inflection?)?>()
        let digits = FormFacts<(value: Int, inflection: Inflection?)?>()
        let grams = FormFacts<[GramReading]>()
        let entries = FormFacts<[DateGrammar.Entry]>()
        /// The entries of several words the form opens (``DateReader/phrases(at:)``).
        let phrases = FormFacts<[DateGrammar.Phrase]>()
        /// The kinds of ``grams`` and ``entries`` as ``GramKind`` bits: most asks are answered no by them.
        let gramKinds = FormFacts<GramKindSet>()
        let exactKinds = FormFacts<GramKindSet>()
        /// `yetmişlerde` → (`ler`, `de`): a plural and a case ending after a spelled decade.
        let pluralSplits = FormFacts<[(plural: String, rest: String)]>()
        let weekdays = FormFacts<(weekday: Int, inflection: Inflection?)?>()
        /// Whether the form's key is a cue of kind `year-before` of the quantities (`in`, `seit`):
        /// asked of the word before most numbers and months, each ask a key hashed.
        let yearBeforeCues = FormFacts<Bool>()
        /// The value of the form's key as a spelled-out number by itself (`beş` → 5).
        let wordValues = FormFacts<Double?>()
        /// The ordinal a word writes by itself (`ilk` → 1, `üçüncü` → 3).
        let wordOrdinals = FormFacts<Int?>()
        /// Whether the form is a month's abbreviation and no whole month name (``DateReader/isAbbreviatedMonth(_:)``).
        let abbreviatedMonths = FormFacts<Bool>()
        /// The lengths of the modifier phrases before a date that the form ends (low half) and
        /// of those after it that it opens (high half), in the form's language
        /// (``DateReader/modifierEdges(_:)``).
        let modifierEdges = FormFacts<UInt32>()
        /// Per form id, the kinds of first token the form can be (``DateStarts``) with
        /// ``DateStarts/readMark`` set, or 0 when not read yet; for the forms of
        /// ``startsSpace``.
        var startsByForm: [UInt32] = []
        private var startsSpace = -1

        /// ``startsByForm`` for the forms of `space`, moved out (the caller puts it back, so
        /// that the pass over the tokens writes to it without copying it).
        func takeStarts(space: Int) -> [UInt32] {
            if space != startsSpace {
                startsByForm.removeSubrange(min(startsByForm.count, FormSpaces.sharedForms(from: startsSpace, to: space))...)
                startsSpace = space
            }
            let table = startsByForm
            startsByForm = []
            return table
        }
        /// Numbers as read aloud, for the suffixes after digits.
        let spoken = SpokenDigits()
        /// The inflection of the suffix after digits (``DateReader/readDigits(_:)``), nil when
        /// it reads as none, by ``NumberEnding``.
        var numberEndings = [NumberEnding: Inflection?](minimumCapacity: 512)
        /// A number word read alone, not followed by another (`bir` before a noun, `dördünde`):
        /// its value and the inflection of a suffix glued to it.
        let spelledAlone = FormFacts<(value: Int, inflection: Inflection?)?>()
        /// Per language, what its readers are made with (``Setup``), and the last one asked:
        /// most documents come after one of their own language.
        private var setups: [String: Setup] = [:]
        private var lastSetup: Setup?

        /// The setup of `language`, made by `make` at its first document.
        func setup(_ language: String, make: (String) -> Setup) -> Setup {
            if let last = lastSetup, last.language == language { return last }
            let setup = setups[language] ?? make(language)
            setups[language] = setup
            lastSetup = setup
            return setup
        }
    }

    /// What the reader of a document is made with, the same for every document of its language:
    /// kept per language (``DateFormFacts/setup(_:make:)``). Found at each document, the models,
    /// the openings and the spell-out (behind a lock) cost five lookups by the language's name.
    final class Setup: Sendable {
        let language: String
        let models: DateLanguage
        /// The first letters of the words a date expression can open with (``DateExtractor/openings``).
        let openings: DateOpenings?
        /// The language's spell-out: the starts ask every language whether a word may open a number.
        let spellout: NumberWords.Reader
        /// The openings of the language's number words, where it reads spelled-out numbers
        /// (``DateRules/caseSuffixes``).
        let numberOpenings: NumberOpenings?

        init(language: String, models: DateLanguage, openings: DateOpenings?, numbers: NumberWords) {
            self.language = language
            self.models = models
            self.openings = openings
            spellout = numbers.reader(language)
            numberOpenings = models.rules.caseSuffixes ? NumberOpenings(words: numbers.words(language)) : nil
        }
    }

    let document: TokenizedDocument
    let tokens: [Token]
    let language: String
    /// The models and the grammar of the document's language, shared by reference.
    let models: DateLanguage
    var calendar: CalendarLexicon { models.calendar }
    var grammar: DateGrammar { models.grammar }
    var quantities: QuantityLexicon { models.quantities }
    /// The grammar of the document's language.
    var rules: DateRules { models.rules }
    /// Month and weekday names by what a word opens with (``CalendarNames``).
    var names: CalendarNames { models.names }
    /// The grammar words of the document's language.
    var languageWords: [String: [DateGrammar.Entry]] { models.rules.words }
    let reference: CalendarDate?
    let spellout: NumberWords.Reader?
    /// Whether the document's language writes case endings on its words (``DateRules/caseSuffixes``).
    let caseSuffixes: Bool
    /// How those endings sound after a stem (``SuffixGrammar/none`` where it writes none).
    var suffixes: SuffixGrammar { models.suffixes }
    /// Per token: a word that may be (part of) a spelled-out number; only these reach
    /// ``NumberWords``. Set by the extractor as it reads the starts (``readNumberish(_:)``).
    var numberish: [Bool]
    /// Per token: what a date expression can open with there (``DateStarts``), set by the
    /// extractor once it has read them; the patterns look ahead in it for the tokens they need.
    var starts: [DateStarts] = []
    /// Spelled-out numbers already read in this document, by position: several patterns ask
    /// for the one at the same position, of up to two, three, four or six words.
    private let spelledReadings = SpelledReadings()

    typealias SpelledReading = (value: Int, next: Int, inflection: Inflection?)

    final class SpelledReadings {
        /// Position → the reading of at most `n` words at index `n` (1…``DateReader/maxSpelledWords``),
        /// right up to index `words`: a day asks for two words, and the words after them (and a
        /// phrase of three that only ICU's parser reads) are read only when a longer number is asked.
        var values: [Int: (readings: [SpelledReading?], words: Int)] = [:]
    }

    /// The most words a spelled-out number of a date is read over (`bin dokuz yüz yetmiş sekiz`).
    static let maxSpelledWords = 6

    init(document: TokenizedDocument, setup: Setup, reference: CalendarDate?, facts: DateFormFacts) {
        self.document = document
        tokens = document.tokens
        language = document.language
        models = setup.models
        self.reference = reference
        caseSuffixes = models.rules.caseSuffixes
        spellout = caseSuffixes ? setup.spellout : nil
        self.facts = facts
        numberOpenings = spellout == nil ? nil : setup.numberOpenings
        numberish = [Bool](repeating: false, count: tokens.count)
        yearWords = spellout == nil && models.kinds & GramKind.spelledYearLink.bit != 0 ? setup.spellout : nil
    }

    /// The spell-out of a language that reads a spelled year only after a month and a word of
    /// kind `spelled-year-link` (``linkedSpelledYear(_:)``), where it reads no other spelled number.
    let yearWords: NumberWords.Reader?

    /// The openings of the language's number words, where it reads spelled-out numbers.
    private let numberOpenings: NumberOpenings?

    /// Whether token `i` is a word that may open a spelled-out number, read once per form:
    /// the extractor asks it at a form's first sight, in its one pass over the tokens, and
    /// takes it from the form's ``DateStarts`` (``DateStarts/spelled``) everywhere else.
    func readNumberish(_ i: Int) -> Bool {
        guard let spellout, let numberOpenings, tokens[i].kind == .word else { return false }
        // Not kept as a fact of its own: the form's starts keep it (a table of facts asked only
        // here was filled and never read).
        let key = tokens[i].key
        return numberOpenings.mayOpen(key) && spellout.mayStartNumber(key)
    }

    // MARK: - Tokens

    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// Token `i` exists and continues the sentence of token `i - 1`.
    @inline(__always) func follows(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && !(tokens[i].newlinesBefore > 0) && tokens[i].sentence == tokens[i - 1].sentence
    }

    /// Tokens `a` and `b` are written with nothing between them. ``follows(_:)`` and this ask
    /// the reader's own tokens what ``TokenizedDocument`` answers: the document, a struct, was
    /// copied at each call (some 300,000 on the bench's 1,000 articles).
    func touches(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < tokens.count && !tokens[b].spaceBefore && tokens[a].range.upperBound == tokens[b].range.lowerBound
    }

    /// A grammar word of `kind` at `i`, Turkish inflections read by rule.
    ///
    /// Inlined, with the form's kinds looked up in place: a kind the language has no word of
    /// (``DateRules/kinds``), then a word that is no grammar word or none of the kind (its
    /// starts say so, ``DateStarts/noGrammarWord``, ``GramKind/starts``), then most words
    /// asked are no grammar word of the kind,
    /// and one bit says so each time. Through calls of their own, that no cost some 100 instructions an
    /// ask (147,000 asks on the bench's 1,000 articles); the rest is ``readGram(_:_:)``.
    @inline(__always)
    func gram(_ i: Int, _ kind: GramKind) -> (value: String, inflection: Inflection)? {
        guard models.kinds & kind.bit != 0, i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        if !caseSuffixes, i < starts.count, starts[i].contains(.noGrammarWord) || !kind.starts.isEmpty && starts[i].isDisjoint(with: kind.starts) {
            return nil
        }
        // Kinds known for the form: its readings are searched straight away, not its kinds again.
        if let kinds = facts.gramKinds.known(document.formIDs[i], space: document.formSpace) {
            return kinds & kind.bit == 0 ? nil : reading(i, kind)
        }
        return readGram(i, kind)
    }

    /// Whether token `i` is a grammar word of `kind` (``gram(_:_:)`` is not nil), told by the
    /// form's kinds alone: they are the bits of its readings' kinds (``gramKinds(_:)``), so no
    /// reading is looked for by its kind's name and copied out to be dropped. Most asks only
    /// want to know.
    @inline(__always)
    func hasGram(_ i: Int, _ kind: GramKind) -> Bool {
        guard models.kinds & kind.bit != 0, i >= 0, i < tokens.count, tokens[i].kind == .word else { return false }
        if !caseSuffixes, i < starts.count, starts[i].contains(.noGrammarWord) || !kind.starts.isEmpty && starts[i].isDisjoint(with: kind.starts) {
            return false
        }
        if let kinds = facts.gramKinds.known(document.formIDs[i], space: document.formSpace) { return kinds & kind.bit != 0 }
        return gramKinds(i) & kind.bit != 0
    }

    /// ``gram(_:_:)`` where the form's kinds are not known yet or include `kind`.
    @inline(never)
    private func readGram(_ i: Int, _ kind: GramKind) -> (value: String, inflection: Inflection)? {
        guard gramKinds(i) & kind.bit != 0 else { return nil }
        return reading(i, kind)
    }

    /// The first reading of `kind` of word `i`, whose kinds include it.
    @inline(never)
    private func reading(_ i: Int, _ kind: GramKind) -> (value: String, inflection: Inflection)? {
        guard let reading = grams(i).first(where: { $0.kind == kind.name }) else { return nil }
        return (reading.value, reading.inflection)
    }

    /// The kinds of ``grams(_:)`` of word `i`, as ``GramKind`` bits, read once per form.
    func gramKinds(_ i: Int) -> GramKindSet {
        fact(facts.gramKinds, i) { _ in GramKind.bits(grams(i).lazy.map(\.kind)) }
    }

    /// The kinds of ``exactEntries(_:)`` of token `i`, as ``GramKind`` bits, read once per form.
    func exactKinds(_ i: Int) -> GramKindSet {
        fact(facts.exactKinds, i) { _ in GramKind.bits(exactEntries(i).lazy.map(\.kind)) }
    }

    /// Every reading of word `i` as a grammar word, read once per form.
    func grams(_ i: Int) -> [GramReading] {
        fact(facts.grams, i) { _ in readGrams(i) }
    }

    /// Every reading of token `i` as a grammar word: the patterns ask one token for many
    /// kinds, so all are read at its first ask and kept for the document.
    private func readGrams(_ i: Int) -> [GramReading] {
        let token = tokens[i]
        var readings: [GramReading] = []
        // A grammar word written with an apostrophe inside where words take no case ending
        // (`aujourd'hui`): the tokenizer reads its tail as a suffix; the word is read whole.
        if token.hasSuffix, !caseSuffixes {
            guard let entries = languageWords[lexiconKey(token.text, language: language)] else { return [] }
            let whole = Inflection(possessive: false, caseEnding: "", keptLength: token.range.count)
            for entry in entries where !readings.contains(where: { $0.kind == entry.kind }) {
                readings.append(GramReading(kind: entry.kind, value: entry.value, inflection: whole))
            }
            return readings
        }
        // The form's exact entries, read once for ``exactEntries(_:)`` and here (the key was hashed twice).
        let entries = exactEntries(i)
        if !entries.isEmpty {
            let inflection: Inflection
            if token.hasSuffix {
                guard caseSuffixes, let analyzed = suffixes.inflection(
                    rest: token.suffix, after: token.key, stemLength: token.form.stemLength) else { return [] }
                inflection = apostrophed(analyzed, token)
            } else {
                inflection = Inflection(possessive: false, caseEnding: "", keptLength: token.form.stemLength)
            }
            for entry in entries where !readings.contains(where: { $0.kind == entry.kind }) {
                readings.append(GramReading(kind: entry.kind, value: entry.value, inflection: inflection))
            }
        }
        guard !token.hasSuffix else { return readings }
        for reading in inflectedReadings(of: token) where !readings.contains(where: { $0.kind == reading.kind }) {
            readings.append(reading)
        }
        return readings
    }

    /// The value of token `i`'s key as a grammar word of `kind`, written exactly (no
    /// inflection read): the entries of a form are looked up once per form.
    ///
    /// Inlined, with the form's kinds looked up in place, as ``gram(_:_:)``: 195,000 asks on
    /// the bench's 1,000 articles, nearly all answered no by one bit.
    @inline(__always)
    func exactGram(_ i: Int, _ kind: GramKind) -> String? {
        guard models.kinds & kind.bit != 0, i >= 0, i < tokens.count else { return nil }
        if i < starts.count, starts[i].contains(.noGrammarWord) { return nil }
        // Kinds known for the form: its entries are asked straight away, not its kinds again.
        if let kinds = facts.exactKinds.known(document.formIDs[i], space: document.formSpace) {
            return kinds & kind.bit == 0 ? nil : exactValue(i, kind)
        }
        return readExactGram(i, kind)
    }

    /// Whether token `i` is a grammar word of `kind` written exactly (``exactGram(_:_:)`` is
    /// not nil), told by the bits of its entries' kinds (``exactKinds(_:)``), as ``hasGram(_:_:)``:
    /// the entries were searched by their kinds' names (two thirds of 39,000 searches on the
    /// bench's 1,000 articles for a value only compared with nil).
    @inline(__always)
    func hasExactGram(_ i: Int, _ kind: GramKind) -> Bool {
        guard models.kinds & kind.bit != 0, i >= 0, i < tokens.count else { return false }
        if i < starts.count, starts[i].contains(.noGrammarWord) { return false }
        if let kinds = facts.exactKinds.known(document.formIDs[i], space: document.formSpace) { return kinds & kind.bit != 0 }
        return exactKinds(i) & kind.bit != 0
    }

    /// The value of the first exact entry of `kind` of token `i`, whose kinds include it.
    @inline(never)
    private func exactValue(_ i: Int, _ kind: GramKind) -> String? {
        exactEntries(i).first { $0.kind == kind.name }?.value
    }

    /// ``exactGram(_:_:)`` where the form's kinds are not known yet.
    @inline(never)
    private func readExactGram(_ i: Int, _ kind: GramKind) -> String? {
        guard exactKinds(i) & kind.bit != 0 else { return nil }
        return exactValue(i, kind)
    }

    /// The grammar entries of token `i`'s key written exactly, looked up once per form.
    func exactEntries(_ i: Int) -> [DateGrammar.Entry] {
        fact(facts.entries, i) { rules.entries($0.key) ?? [] }
    }

    /// The grammar entries of several words that open with token `i`'s key
    /// (``DateGrammar/phrases(openingWith:language:)``).
    ///
    /// Once the starts are read, a token without ``DateStarts/phrase`` opens no such entry
    /// (``readStarts(_:)`` sets it for every word that opens one; the entries open with words):
    /// one load of the document's array answers it, not two lookups by string (the language,
    /// then the word, hashed through NFC), some 900 instructions at each of 12,700 asks on the
    /// bench's 1,000 articles, most of them answered no.
    ///
    /// The entries of a token with it are kept per form (``DateFormFacts/phrases``): the
    /// patterns ask the same frequent words (`this`, `le`, `el`) in every sentence, and each
    /// ask hashed the key (some 800 instructions, 8 M on the bench's 1,000 articles).
    func phrases(at i: Int) -> [DateGrammar.Phrase] {
        if i < starts.count, !starts[i].contains(.phrase) { return [] }
        guard i >= 0, i < tokens.count else { return [] }
        return fact(facts.phrases, i) { rules.phrases[$0.key] ?? [] }
    }

    struct GramReading {
        var kind: String
        var value: String
        var inflection: Inflection
    }

    /// The fact of `table` for token `i`'s form, computed by `compute` at the form's first ask.
    @inline(__always)
    func fact<Value>(_ table: FormFacts<Value>, _ i: Int, compute: (TokenForm) -> Value) -> Value {
        if let known = table.known(document.formIDs[i], space: document.formSpace) { return known }
        return table.value(for: tokens[i].form, in: document, compute: compute)
    }

    /// Readings of token forms, kept across the documents of one pipeline.
    let facts: DateFormFacts

    /// The readings of a word without an apostrophe as an inflected grammar word, one per
    /// kind: the first word of each kind, in the words' order, that it inflects. The patterns
    /// ask one word for many kinds, so all kinds are read at once, and kept per form by
    /// ``grams(_:)``.
    ///
    /// Read again after a reset of the form table rather than kept in a process-wide memo
    /// keyed by the word: hashing and comparing a non-ASCII key under a lock cost more (some
    /// 3,500 instructions a word, storing most) than the memo saved (7% of the words asked on
    /// the bench's 1,000 articles were in it): −22 M instructions there, −13 M on 20 MB.
    private func inflectedReadings(of token: Token) -> [GramReading] {
        let key = token.key
        guard let first = key.unicodeScalars.first else { return [] }
        let plain = Inflection(possessive: false, caseEnding: "", keptLength: token.form.stemLength)
        var found: [GramReading] = []
        let lemmas = rules.lemmas[first] ?? []
        let opening = DateGrammar.Lemma.packed(key).bytes
        // By index, the bytes first (``DateGrammar/Lemma/mayHead(_:)``): a lemma is copied only when its head may fit.
        for index in lemmas.indices where lemmas[index].mayHead(opening) && DateGrammar.Lemma.opens(key, with: lemmas[index].head) {
            let lemma = lemmas[index]
            guard let inflection = inflection(of: key, lemma: lemma, plain: plain) else { continue }
            for entry in lemma.entries where !found.contains(where: { $0.kind == entry.kind }) {
                found.append(GramReading(kind: entry.kind, value: entry.value, inflection: inflection))
            }
        }
        return found
    }

    /// `key` read as an inflected form of the grammar word `lemma`: case endings by rule
    /// where the language writes them, else a few plain endings (`vorigen`, `premiers`;
    /// class `ending` of `models/dates/endings.tsv`).
    private func inflection(of key: String, lemma: DateGrammar.Lemma, plain: Inflection) -> Inflection? {
        if caseSuffixes { return suffixes.inflection(of: key, lemma: lemma.word) }
        guard lemma.wordLength >= 4, DateGrammar.Lemma.opens(key, with: lemma.word),
              rules.plainEndings.contains(String(key.dropFirst(lemma.wordLength)))
        else { return nil }
        return plain
    }

    /// An inflection read from an apostrophe suffix: the kept part includes the apostrophe
    /// when a possessive follows it.
    private func apostrophed(_ inflection: Inflection, _ token: Token) -> Inflection {
        var result = inflection
        let stem = token.form.stemLength
        result.keptLength = inflection.possessive ? inflection.keptLength + 1 : stem
        return result
    }

    /// End of token `i` in the span: stem plus possessive; a `-ki` form whole.
    func end(_ i: Int, _ inflection: Inflection?, keepCase: Bool = false) -> Int {
        let token = tokens[i]
        guard let inflection else { return token.stemRange.upperBound }
        if keepCase || rules.relative.contains(inflection.caseEnding) {
            return token.range.upperBound
        }
        return token.range.lowerBound + inflection.keptLength
    }

    /// The case ending of token `i` (its apostrophe suffix or a month's glued one).
    func caseEnding(_ inflection: Inflection?, _ i: Int) -> String {
        inflection?.caseEnding ?? tokens[i].suffix
    }

    /// Whether a case ending is of the class (`models/dates/endings.tsv`): "from" (`5 Mart'tan`).
    func isAblative(_ ending: String) -> Bool { rules.ablative.contains(ending) }

    /// "To" (`8 Mart'a`).
    func isDative(_ ending: String) -> Bool { rules.dative.contains(ending) }

    /// "With", joining two ends (`4 Eylül'le`).
    func isComitative(_ ending: String) -> Bool { rules.comitative.contains(ending) }

    /// "Of" (`yılın`, `Mart'ın`).
    func isGenitive(_ ending: String) -> Bool { rules.genitive.contains(ending) }

    // MARK: - Numbers

    /// `number` as read aloud in the document's language (0–2,100).
    func spoken(_ number: Int) -> String? {
        facts.spoken.text(for: number, language: language)
    }

    /// A whole number written in digits at `i` (its suffix read by rule).
    func digits(_ i: Int) -> (value: Int, inflection: Inflection?)? {
        guard i >= 0, i < tokens.count else { return nil }
        guard tokens[i].kind == .number else { return nil }
        if let known = facts.digits.known(document.formIDs[i], space: document.formSpace) { return known }
        return storedDigits(i)
    }

    /// ``digits(_:)`` at a form's first ask: out of line, so that the asks answered from the
    /// form's fact (nearly all of 44,000 on the bench's 1,000 articles) save no registers for it.
    @inline(never)
    private func storedDigits(_ i: Int) -> (value: Int, inflection: Inflection?)? {
        facts.digits.store(readDigits(i), for: document.formIDs[i], space: document.formSpace)
    }

    private func readDigits(_ i: Int) -> (value: Int, inflection: Inflection?)? {
        guard tokens[i].kind == .number, let value = Self.value(ofDigits: tokens[i].stem) else { return nil }
        let token = tokens[i]
        guard token.hasSuffix else { return (value, nil) }
        guard caseSuffixes, let spoken = self.spoken(value % 1000 == 0 ? value : value % 1000) ?? self.spoken(value)
        else { return (value, nil) }
        // The last word spoken decides the ending (`2015'te`: "beş"); numbers share few of them.
        // By its bytes: ICU's spell-out separates its words by plain spaces.
        let word = spoken.utf8.lastIndex(of: 0x20).map { String(spoken[spoken.utf8.index(after: $0)...]) } ?? spoken
        let key = NumberEnding(word: word, suffix: token.suffix, stemLength: token.form.stemLength)
        let analyzed: Inflection?
        if let known = facts.numberEndings[key] {
            analyzed = known
        } else {
            analyzed = suffixes.inflection(rest: token.suffix, after: word, stemLength: token.form.stemLength)
            facts.numberEndings[key] = analyzed
        }
        guard let inflection = analyzed else { return (value, nil) }
        return (value, apostrophed(inflection, token))
    }

    /// What ``DateReader/readDigits(_:)`` reads a suffix after digits by: the last word of
    /// the number spoken, the suffix and the length of the digits. Hashed as is, not joined
    /// into one string and looked up behind a lock (some 2,000 instructions a number form).
    struct NumberEnding: Hashable {
        let word: String
        let suffix: String
        let stemLength: Int
    }

    /// The value of `text` when it is ASCII digits alone and fits an `Int` (what
    /// ``NumberReader/isDigits(_:)`` and `Int(_:)` answer together), in one pass over its
    /// bytes: `Int(_:)`, generic over the radix, cost some 400 instructions a number form.
    static func value(ofDigits text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return nil }
            var value = 0
            for byte in bytes {
                let digit = byte &- 0x30
                guard digit < 10 else { return nil }
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times.addingReportingOverflow(Int(digit))
                guard !overflow, !carry else { return nil }
                value = sum
            }
            return value
        }
    }

    /// A number spelled out in Turkish words starting at `i` (`yirmi bir`, `dördünde`):
    /// its value, the index after it and the inflection of its last word.
    func spelled(_ i: Int, maxWords: Int = 4) -> (value: Int, next: Int, inflection: Inflection?)? {
        guard spellout != nil, isWord(i), numberish[i] else { return nil }
        // A number word alone (`bir` before a noun, `dördünde`): what ``readSpelled(_:)``
        // reads there depends on the form only, and is read once per form.
        if tokens[i].hasSuffix || !(follows(i + 1) && isWord(i + 1) && numberish[i + 1]) {
            let reading = fact(facts.spelledAlone, i) { _ in spelledAlone(i) }
            return reading.map { ($0.value, i + 1, $0.inflection) }
        }
        let words = min(maxWords, Self.maxSpelledWords)
        if let known = spelledReadings.values[i], known.words >= words { return known.readings[words] }
        let (readings, read) = readSpelled(i, upTo: words)
        spelledReadings.values[i] = (readings, read)
        return readings[words]
    }

    /// The number word `i` read alone, as ``readSpelled(_:)`` reads a word that no number
    /// word follows: its own value when it is a whole number and has no suffix after an
    /// apostrophe, else the number it writes with a suffix glued to it.
    private func spelledAlone(_ i: Int) -> (value: Int, inflection: Inflection?)? {
        // `Int(exactly:)`: a whole number within `Int` (many scales in a row are beyond it).
        if !tokens[i].hasSuffix, let value = wordValue(i), let whole = Int(exactly: value) { return (whole, nil) }
        guard let spellout, let reading = suffixedNumber(phrase: "", word: tokens[i].key, spellout: spellout) else { return nil }
        return (reading.value, reading.inflection)
    }

    /// The value of token `i`'s key alone as a spelled-out number, read once per form.
    func wordValue(_ i: Int) -> Double? {
        guard let spellout else { return nil }
        return fact(facts.wordValues, i) { spellout.value(of: $0.key) }
    }

    /// The spelled-out number at `i` read over at most `n` words, at index `n` for every `n`
    /// up to `limit`, in one pass: the longest reading that is a whole number, or the first
    /// word with a suffix read as a number (`dördünde`). The reading of `n` words depends on
    /// those words only; `read` is the last index that is right (``maxSpelledWords`` when the
    /// number ended before `limit` words).
    private func readSpelled(_ i: Int, upTo limit: Int) -> (readings: [SpelledReading?], read: Int) {
        var readings = [SpelledReading?](repeating: nil, count: Self.maxSpelledWords + 1)
        guard let spellout else { return (readings, Self.maxSpelledWords) }
        var best: SpelledReading?
        var phrase = ""
        var j = i
        while j < min(tokens.count, i + limit), isWord(j), numberish[j], j == i || follows(j) {
            let words = j - i + 1
            let key = tokens[j].key
            if !tokens[j].hasSuffix, let value = phrase.isEmpty ? wordValue(j) : spellout.value(of: phrase + key),
               let whole = Int(exactly: value) {
                best = (whole, j + 1, nil)
            } else if let reading = suffixedNumber(phrase: phrase, word: key, spellout: spellout) {
                for n in words...Self.maxSpelledWords { readings[n] = (reading.value, j + 1, reading.inflection) }
                return (readings, Self.maxSpelledWords)
            }
            readings[words] = best
            if tokens[j].hasSuffix {
                for n in words...Self.maxSpelledWords { readings[n] = best }
                return (readings, Self.maxSpelledWords)
            }
            phrase += key + " "
            j += 1
        }
        for n in max(j - i, 1)...Self.maxSpelledWords { readings[n] = best }
        // Stopped at `limit` words: what more words would read is not known yet.
        return (readings, j - i == limit ? limit : Self.maxSpelledWords)
    }

    struct SuffixedNumber {
        var value: Int
        var inflection: Inflection
    }

    /// A number word with a suffix at the end of `phrase`: `dördünde` = `dört` + `ü` + `nde`.
    /// Every cut of the word is tried against the spell-out; the answer is remembered.
    private func suffixedNumber(phrase: String, word: String, spellout: NumberWords.Reader) -> SuffixedNumber? {
        let memoKey = phrase + "|" + word
        if let known = Self.suffixedNumbers.value(for: memoKey) { return known }
        var found: SuffixedNumber?
        // Cut at the characters' starts, each side copied from the word: made from an array of
        // characters, each string was built character by character (some 5,000 instructions a cut).
        let bounds = Array(word.indices)
        search: for cut in stride(from: bounds.count - 1, through: 2, by: -1) {
            let stem = String(word[..<bounds[cut]])
            let rest = String(word[bounds[cut]...])
            var candidates = [stem]
            if let last = stem.last, let hard = suffixes.hardenings[last] { candidates.append(String(stem.dropLast()) + String(hard)) }
            for candidate in candidates {
                // The ending first: most cuts leave no case ending, and are refused before the
                // spell-out is asked (which parses a phrase it cannot read word by word with ICU,
                // millions of instructions).
                guard let inflection = suffixes.inflection(rest: rest, after: candidate, stemLength: cut),
                      let value = spellout.value(of: phrase + candidate), let whole = Int(exactly: value)
                else { continue }
                found = SuffixedNumber(value: whole, inflection: inflection)
                break search
            }
        }
        Self.suffixedNumbers.store(found, for: memoKey)
        return found
    }

    static let suffixedNumbers = Memo<String, SuffixedNumber?>()

    /// A day of the month at `i`: `21`, `4'ünde`, `21.` (German), `1er`, `yirmi biri`.
    func day(_ i: Int, spelledOK: Bool = true) -> (day: Int, next: Int, inflection: Inflection?)? {
        guard i >= 0, i < tokens.count else { return nil }
        let token = tokens[i]
        if token.kind == .number, token.form.stemCharacterCount <= 2, let (value, inflection) = digits(i), (1...31).contains(value) {
            if token.hasSuffix, inflection == nil { return nil }
            // `21.` in German: a mark of the day (grammar kind `day-mark`).
            if !token.hasSuffix, i + 1 < tokens.count, touches(i, i + 1), hasExactGram(i + 1, .dayMark) {
                return (value, i + 2, nil)
            }
            return (value, i + 1, inflection)
        }
        if let value = exactGram(i, .numberedDay), let number = Int(value) { return (number, i + 1, nil) }
        if spelledOK, caseSuffixes, let (value, next, inflection) = spelled(i, maxWords: 2), (1...31).contains(value) {
            return (value, next, inflection)
        }
        return nil
    }

    /// A day of the month written as a word (grammar kind `word-day`: `fourth`, `ersten`,
    /// `premier`, `veintiuno`), for ``named(_:)`` to read right before its month: not after
    /// a hyphen (`twenty-first` is no `first`), and only before the word that joins a day to
    /// its month where the language has one (`fourth of July`, `primero de enero`; not
    /// `the first March`).
    /// The tens of a day of two words (grammar kind `day-tens`) open it: `twenty-second`,
    /// `twenty second` (its units a `word-day` of one to nine), and a `word-day` right after
    /// one is no day of its own.
    /// `needsJoiner: false` reads it where no month follows (`Friday the seventh`).
    func wordDay(_ i: Int, needsJoiner: Bool = true) -> (day: Int, next: Int, inflection: Inflection?)? {
        var number: Int
        var next: Int
        if let tens = exactGram(i, .dayTens).flatMap({ Int($0) }) {
            var k = i + 1
            if k + 1 < tokens.count, tokens[k].kind == .punctuation, tokens[k].text == "-", touches(i, k),
               touches(k, k + 1) { k += 1 }
            guard follows(k), let units = exactGram(k, .wordDay).flatMap({ Int($0) }), (1...9).contains(units),
                  tens + units <= 31 else { return nil }
            (number, next) = (tens + units, k + 1)
        } else {
            guard let value = exactGram(i, .wordDay), let found = Int(value), (1...31).contains(found) else { return nil }
            if follows(i), hasExactGram(i - 1, .dayTens) { return nil }
            (number, next) = (found, i + 1)
        }
        if i > 0, touches(i - 1, i) { return nil }
        if needsJoiner, models.kinds & GramKind.joiner.bit != 0, !(follows(next) && hasExactGram(next, .joiner)) { return nil }
        return (number, next, nil)
    }

    /// A day of the month in cardinal words at `i` (kind `cardinal-day`, after a word of kind
    /// `day-tens` or not: `fifteen`, `twenty one`, `thirty-one`); its callers ask that the
    /// sentence end after it.
    func cardinalDay(_ i: Int) -> (day: Int, next: Int, inflection: Inflection?)? {
        guard models.kinds & GramKind.cardinalDay.bit != 0, i > 0, !touches(i - 1, i) else { return nil }
        if let tens = exactGram(i, .dayTens).flatMap({ Int($0) }) {
            var k = i + 1
            if k + 1 < tokens.count, tokens[k].kind == .punctuation, tokens[k].text == "-", touches(i, k),
               touches(k, k + 1) { k += 1 }
            if follows(k), let units = exactGram(k, .cardinalDay).flatMap({ Int($0) }), (1...9).contains(units), tens + units <= 31 {
                return (tens + units, k + 1, nil)
            }
        }
        guard let value = exactGram(i, .cardinalDay), let found = Int(value), (1...31).contains(found) else { return nil }
        return (found, i + 1, nil)
    }

    /// A year spelled out at `i` where no spell-out reader runs (``spelledYear(_:minimum:)`` is for
    /// languages with case endings): `two thousand` (kind `cardinal-day` 2, kind `year-number`
    /// 1000), `and` and a number under a hundred after it; or a century word (kind
    /// `decade-century`: `nineteen`) and the year in the century: `zero`/`oh` and a unit (kind
    /// `year-number` 0), a teen, or tens with a unit or not (`nineteen seventy eight`,
    /// `twenty eighteen`). Its caller asks that the sentence end after it.
    func spokenYear(_ i: Int) -> (year: Int, next: Int)? {
        guard models.kinds & GramKind.yearNumber.bit != 0, isWord(i) else { return nil }
        func word(_ k: Int, _ kind: GramKind) -> Int? {
            guard k == i || follows(k) else { return nil }
            return exactGram(k, kind).flatMap { Int($0) }
        }
        /// A number under a hundred at `k`: tens (kinds `cardinal-day` 20, 30 or `year-number`
        /// 40–90) and a unit, a hyphen between or not, or a number 1–19.
        func underHundred(_ k: Int) -> (value: Int, next: Int)? {
            let small = word(k, .cardinalDay)
            let tens = small.map { $0 == 20 || $0 == 30 ? $0 : nil } ?? word(k, .yearNumber).flatMap { (40...90).contains($0) && $0 % 10 == 0 ? $0 : nil }
            if let tens {
                var u = k + 1
                if u + 1 < tokens.count, tokens[u].kind == .punctuation, tokens[u].text == "-", touches(k, u),
                   touches(u, u + 1) { u += 1 }
                if let unit = word(u, .cardinalDay), (1...9).contains(unit) { return (tens + unit, u + 1) }
                return (tens, k + 1)
            }
            if let small, (1...19).contains(small) { return (small, k + 1) }
            return nil
        }
        if word(i, .cardinalDay) == 2, word(i + 1, .yearNumber) == 1000 {
            var k = i + 2
            if follows(k), hasGram(k, .and), let rest = underHundred(k + 1) { return (2000 + rest.value, rest.next) }
            if let rest = underHundred(k) { return (2000 + rest.value, rest.next) }
            k = i + 2
            return (2000, k)
        }
        guard let century = word(i, .decadeCentury), century % 100 == 0 else { return nil }
        if word(i + 1, .yearNumber) == 0, let unit = word(i + 2, .cardinalDay), (1...9).contains(unit) {
            return (century + unit, i + 3)
        }
        if let rest = underHundred(i + 1), rest.value >= 10 { return (century + rest.value, rest.next) }
        return nil
    }

    func isYear(_ value: Int) -> Bool { (1900...2100).contains(value) }

    /// A four-digit year at `i`.
    ///
    /// Only digits are read (``digits(_:)``): the kind of the token is asked here, in line, and
    /// the words asked (a third of 29,000 asks on the bench's 1,000 articles) load no form.
    @inline(__always)
    func year(_ i: Int, wide: Bool = false) -> (year: Int, inflection: Inflection?)? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        return digitYear(i, wide: wide)
    }

    @inline(never)
    private func digitYear(_ i: Int, wide: Bool) -> (year: Int, inflection: Inflection?)? {
        guard tokens[i].form.stemCharacterCount == 4, let (value, inflection) = digits(i),
              isYear(value) || (wide && (1000...2999).contains(value)) else { return nil }
        return (value, inflection)
    }

    /// A month name at `i` (from ICU), with its Turkish suffix.
    ///
    /// In line: most of its 75,000 asks on the bench's 1,000 articles are answered no by the
    /// starts, and a call saved and restored the registers the reading of a month needs.
    @inline(__always)
    func month(_ i: Int) -> (month: Int, inflection: Inflection?)? {
        guard isWord(i) else { return nil }
        // Once the starts are read, they say which words are months (``DateStarts/month``):
        // one load of the document's array, not of the form and its fact.
        if i < starts.count, !starts[i].contains(.month) { return nil }
        return monthFact(i)
    }

    @inline(never)
    private func monthFact(_ i: Int) -> (month: Int, inflection: Inflection?)? {
        fact(facts.months, i) { _ in readMonth(i) }
    }

    private func readMonth(_ i: Int) -> (month: Int, inflection: Inflection?)? {
        guard isWord(i) else { return nil }
        let token = tokens[i]
        switch wholeName(token, in: calendar.months) {
        case .found(let month, let inflection): return (month, inflection)
        case .rejected: return nil
        case .absent: break
        }
        // `Oct`, `sept`, `janv`: taken only beside a day or a year (``isAbbreviatedMonth(_:)``).
        if !caseSuffixes, !token.hasSuffix, let month = rules.abbreviatedMonths[token.key] { return (month, nil) }
        guard caseSuffixes, !token.hasSuffix, !names.monthHeads(of: token.key).isEmpty,
              names.openings.contains(token.key.prefix(3)) else { return nil }
        for (stem, _) in suffixes.splits(of: token.key) {
            if let month = calendar.months[stem],
               let inflection = suffixes.inflection(of: token.key, lemma: stem) {
                return (month, inflection)
            }
        }
        return nil
    }

    /// Whether the month name at `i` is abbreviated (`Oct`, `Sept`), not written whole: read
    /// once per form (two lookups by string at each of 7,000 asks on the bench's articles).
    func isAbbreviatedMonth(_ i: Int) -> Bool {
        !caseSuffixes && fact(facts.abbreviatedMonths, i) { calendar.months[$0.key] == nil && rules.abbreviatedMonths[$0.key] != nil }
    }

    enum NameMatch {
        case absent, rejected
        case found(Int, Inflection?)
    }

    /// A month or weekday name written whole (`Temmuz`, `Temmuz’da`), its apostrophe suffix
    /// read as a Turkish case ending; `rejected` when the suffix is none.
    private func wholeName(_ token: Token, in table: [String: Int]) -> NameMatch {
        guard let number = table[token.key] else { return .absent }
        guard token.hasSuffix else { return .found(number, nil) }
        guard caseSuffixes, let inflection = suffixes.inflection(
            rest: token.suffix, after: token.key, stemLength: token.form.stemLength) else { return .rejected }
        return .found(number, apostrophed(inflection, token))
    }

    /// A weekday name at `i` (from ICU), with its Turkish suffix.
    @inline(__always)
    func weekday(_ i: Int) -> (weekday: Int, inflection: Inflection?)? {
        guard isWord(i) else { return nil }
        // As in ``month(_:)``.
        if i < starts.count, !starts[i].contains(.weekday) { return nil }
        return weekdayFact(i)
    }

    @inline(never)
    private func weekdayFact(_ i: Int) -> (weekday: Int, inflection: Inflection?)? {
        fact(facts.weekdays, i) { _ in readWeekday(i) }
    }

    private func readWeekday(_ i: Int) -> (weekday: Int, inflection: Inflection?)? {
        let token = tokens[i]
        switch wholeName(token, in: calendar.weekdays) {
        case .found(let weekday, let inflection): return (weekday, inflection)
        case .rejected: return nil
        case .absent: break
        }
        guard caseSuffixes, names.openings.contains(token.key.prefix(3)) else { return nil }
        for (name, weekday) in names.weekdayHeads(of: token.key) {
            if let inflection = suffixes.inflection(of: token.key, lemma: name) { return (weekday, inflection) }
        }
        return nil
    }

    /// An ordinal at `i`: `ilk`, `son` (-1), `üçüncü`, `3.`, `11'inci`.
    func ordinal(_ i: Int) -> (value: Int, next: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        let token = tokens[i]
        if token.kind == .number, let (value, _) = digits(i), value > 0, value < 60 {
            if token.hasSuffix, rules.ordinalSuffixes.contains(token.suffix) {
                return (value, i + 1)
            }
            if !token.hasSuffix, i + 1 < tokens.count, tokens[i + 1].text == ".", touches(i, i + 1) {
                return (value, i + 2)
            }
            return nil
        }
        guard token.kind == .word, !token.hasSuffix else { return nil }
        return fact(facts.wordOrdinals, i) { _ in wordOrdinal(i) }.map { ($0, i + 1) }
    }

    /// The ordinal a word alone writes (`ilk`, `üçüncü`, `premier`), read once per form.
    private func wordOrdinal(_ i: Int) -> Int? {
        let token = tokens[i]
        if let value = exactGram(i, .ordinal), let number = Int(value) { return number }
        guard caseSuffixes, let spellout else { return nil }
        for ending in rules.sortedOrdinalWordEndings where token.key.hasSuffix(ending) {
            var base = String(token.key.dropLast(ending.count))
            if let value = spellout.value(of: base), value >= 1, let whole = Int(exactly: value.rounded(.towardZero)) { return whole }
            base = String(base.dropLast())
            for candidate in [base, base.last == "d" ? String(base.dropLast()) + "t" : base] {
                if let value = spellout.value(of: candidate), value >= 1, let whole = Int(exactly: value.rounded(.towardZero)) {
                    return whole
                }
            }
        }
        return nil
    }

    /// A count before a unit: digits, a spelled number, `birkaç`.
    func count(_ i: Int) -> (value: Int, next: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        if tokens[i].kind == .number, !tokens[i].hasSuffix, let (value, _) = digits(i), value > 0, value < 1000 {
            return (value, i + 1)
        }
        if isWord(i), let value = exactGram(i, .count), let number = Int(value) {
            return (number, i + 1)
        }
        if caseSuffixes, let (value, next, inflection) = spelled(i, maxWords: 3), inflection == nil, value > 0, value < 1000 {
            return (value, next)
        }
        return nil
    }
}

/// A kind of grammar word the patterns ask for (`dates/grammar.tsv`, column `kind`), with a
/// bit of its own: the kinds a form has are kept as bits (``DateReader/gram(_:_:)``), so
/// that asking a word for a kind it lacks, the most frequent ask, compares no strings and
/// copies no readings.
/// A set of ``GramKind``s, one bit each; 128 bits leave room for every language's kinds
/// (the 62 of session 14 had filled 64 bits).
typealias GramKindSet = UInt128

struct GramKind: Sendable {
    let name: String
    /// The kind's bit in a ``GramKindSet``, below 128.
    ///
    /// Kept as a byte, the bit made from it where asked: a kind that held its 128-bit set was
    /// made at run time, behind a lazy global's check (`swift_once`) at each of 730,000 asks
    /// on the bench's 1,000 articles; a name and a byte are laid out by the compiler, and the
    /// bit folds to a constant where the kind is named.
    private let index: UInt8
    @inline(__always) var bit: GramKindSet { 1 << GramKindSet(index) }
    /// The ``DateStarts`` that ``DateReader/readStarts(_:)`` sets for every word with a reading
    /// of the kind (none for most kinds): where words take no case ending, a word whose starts
    /// lack it has no such reading, told by ``DateReader/gram(_:_:)`` without the form's kinds.
    let starts: DateStarts

    /// `index` below 128: each kind is one bit of a ``GramKindSet``.
    private init(_ name: String, _ index: Int, starts: DateStarts = []) {
        self.name = name
        self.index = UInt8(index)
        self.starts = starts
    }

    static let and = GramKind("and", 0)
    static let andAHalf = GramKind("and-a-half", 1)
    static let article = GramKind("article", 2)
    static let belonging = GramKind("belonging", 3)
    static let between = GramKind("between", 4, starts: .opener)
    static let count = GramKind("count", 5)
    static let day = GramKind("day", 6, starts: .relativeDay)
    static let dayMark = GramKind("day-mark", 7)
    /// A word between a weekday and the date it names (German `Montag, den 15. Januar`).
    static let dayArticle = GramKind("day-article", 33)
    /// A shift word after its unit (`la semaine prochaine`, `el año pasado`).
    static let postShift = GramKind("post-shift", 34)
    /// A unit in the plural (`Jahren`, `semaines`): after a shift word without a count it
    /// names recent or coming years (`in den vergangenen Jahren`), not one unit.
    static let pluralUnit = GramKind("plural-unit", 35)
    /// An article before an end of a range (`zwischen dem 15. und dem 19.`, `bis zum`).
    static let rangeArticle = GramKind("range-article", 36)
    static let demonstrative = GramKind("demonstrative", 8)
    static let during = GramKind("during", 9)
    static let from = GramKind("from", 10, starts: .opener)
    static let joiner = GramKind("joiner", 11)
    static let less = GramKind("less", 12)
    static let listAnd = GramKind("list-and", 13)
    static let nextDay = GramKind("next-day", 14, starts: .relativeDay)
    static let numberedDay = GramKind("numbered-day", 15)
    static let offset = GramKind("offset", 16)
    static let ordinal = GramKind("ordinal", 17)
    static let ownUnit = GramKind("own-unit", 18)
    static let part = GramKind("part", 19, starts: .part)
    static let season = GramKind("season", 20, starts: .season)
    static let seasonAdverb = GramKind("season-adverb", 21)
    static let seasonOf = GramKind("season-of", 30)
    static let century = GramKind("century", 31, starts: .unit)
    static let numberedCentury = GramKind("numbered-century", 32)
    static let shift = GramKind("shift", 22, starts: .shift)
    static let shiftLast = GramKind("shift-last", 23)
    static let shiftWeek = GramKind("shift-week", 24)
    static let since = GramKind("since", 25)
    static let ten = GramKind("ten", 26)
    static let unit = GramKind("unit", 27, starts: .unit)
    static let until = GramKind("until", 28)
    static let within = GramKind("within", 29)

    /// A word before the digits of a decade (`les années 90`, `los años 2000`).
    static let decadeOpener = GramKind("decade-opener", 37)
    /// An article before a decade, part of its span (`the 1990s`, `les années 70`).
    static let decadeArticle = GramKind("decade-article", 38)
    /// An article before a unit that an ordinal opens or a shift word follows, part of the
    /// span (`the third quarter of 2016`, `el año pasado`).
    static let unitArticle = GramKind("unit-article", 39)
    /// A word between an ordinal part and the period it is of (`of`, `de`, `del`).
    static let partOf = GramKind("part-of", 40)
    /// A quarter or half written as one word with its number (`Q3`, `H1`); value = the unit
    /// and the number (`quarter 3`).
    static let numberedPart = GramKind("numbered-part", 41)
    /// A word that opens a range only with its own closing word (`de enero a marzo`, `de
    /// janvier à mars`: `de` opens and `a`, `à` close; no other `de` is an opener).
    static let fromPair = GramKind("from-pair", 42, starts: .opener)
    static let untilPair = GramKind("until-pair", 43)
    /// A day of the month written as a word (`fourth`, `ersten`, `premier`, `veintiuno`): a
    /// date only right before its month (``DateReader/wordDay(_:)``).
    static let wordDay = GramKind("word-day", 44)
    /// A word that announces a day (`am 15.01.`): day and month in digits read after it only.
    static let dayCue = GramKind("day-cue", 45)
    /// The tens of a day written in two words (`twenty` of `twenty-first`); value = the tens.
    static let dayTens = GramKind("day-tens", 46)
    /// A word between a weekday and the shifted week it is of (`of`, `de`, `la`).
    static let weekLink = GramKind("week-link", 47)
    /// A day named relative to the reference only in lowercase (German `morgen`).
    static let lowerDay = GramKind("lower-day", 48)
    /// A word or phrase before a duration that places it back or forward from the reference
    /// (`vor 3 Tagen`, `il y a deux ans`, `hace 3 días`, `dentro de 3 semanas`); value = direction.
    static let offsetBefore = GramKind("offset-before", 49)
    /// A count in words read only after ``offsetBefore`` (`il y a deux ans`, `vor zwei Jahren`);
    /// value = the count.
    static let offsetCount = GramKind("offset-count", 50)
    /// A word after a duration that counts it from a day named relative to the reference
    /// (`two weeks from now`, `three days from tomorrow`, `two days before yesterday`); value = direction.
    static let offsetFrom = GramKind("offset-from", 51)
    /// The word for the reference's own moment after ``offsetFrom`` (`from now`); value unused.
    static let offsetNow = GramKind("offset-now", 52)
    /// A word before a day named by its number alone (`on the 27th`, `am 15.`); value unused.
    static let bareDayCue = GramKind("bare-day-cue", 53)
    /// An abbreviated weekday, read only before the date it names (`Wed, 22 Jan`); value = the weekday (1 = Monday).
    static let weekdayAbbreviation = GramKind("weekday-abbreviation", 54)
    /// A shift word that is also a verb's participle, no shift before a count (`il a passé 3
    /// jours en prison`, `ha pasado 3 días`); value unused.
    static let participleShift = GramKind("participle-shift", 55)
    /// The rest of a unit from the reference day on (`rest` of `the rest of the year`).
    static let rest = GramKind("rest", 56)
    /// A word between `rest` and its unit (`of`, `the`, `de`, `la`, `der`).
    static let restLink = GramKind("rest-link", 57)
    /// A unit that an ordinal opens in a part of a period only (`cuarto` of `el tercer cuarto
    /// de 2016`; alone, `este cuarto` is a room); value = the unit.
    static let partUnit = GramKind("part-unit", 58)
    /// A word after a unit that shifts it one step past the shift word after it (`after` of
    /// `the week after next`); kind `after-link` words may stand between (`the`, `de la`).
    static let afterShift = GramKind("after-shift", 59)
    static let afterLink = GramKind("after-link", 60)
    /// A verb after `between X and Y` that makes it a range of values, not of years
    /// (`1950 ile 2000 arasında değişiyor`: prices vary between them); value unused.
    static let valueRange = GramKind("value-range", 61)

    // periods17en (issue 13, English periods): indexes 82–91.
    /// A word after a unit or a count of units that names the day they start on (`starting`
    /// of `the week starting 4 February`, `two weeks beginning Monday`); value unused.
    static let unitStart = GramKind("unit-start", 82)
    /// A word between ``unitStart`` and its day (`on`, `from`); value unused.
    static let startLink = GramKind("start-link", 83)
    /// The word that closes `year to date` after a unit and a word of kind `until` (`date`); value unused.
    static let toDate = GramKind("to-date", 84)
    /// A year or month with its possessive ending (`year's`), before an ordinal part of it
    /// (`last year's fourth quarter`); value = the unit.
    static let possessiveUnit = GramKind("possessive-unit", 85)

    // days17frde (single days in French and German, indexes 72–81).
    /// A word before a day and a month in digits with the day's mark and no year (German
    /// `für 28.10.`, `den 28.10.`), for that form only (``dayCue`` also opens `am 22/04`).
    static let dottedDayCue = GramKind("dotted-day-cue", 72)
    /// A word between a shifted week and its weekday (`am` of `nächste Woche am Freitag`,
    /// `on` of `next week on Friday`).
    static let weekDayLink = GramKind("week-day-link", 73)
    /// A shift word after a day and its month that picks the next or the last such day (`le
    /// 31 mars prochain`, `le 5 mai dernier`); value = direction.
    static let datePostShift = GramKind("date-post-shift", 74)
    /// A word before a weekday after which a capitalized word, where nouns are capitalized, is
    /// no sign of a name (`am` of `am Dienstag Gewinne`); value unused.
    static let weekdayCue = GramKind("weekday-cue", 75)
    /// A word after a shift word and the unit day that makes it a day of what follows (`du` of
    /// `le dernier jour du salon`, `der` of `am letzten Tag der Messe`); value unused.
    static let dayOf = GramKind("day-of", 76)

    // days18frde (issue 13, French and German single days, second round): indexes 77–81.
    /// A word before a weekday that announces it and a day in digits after it (`le` of `le
    /// jeudi 8`); value unused.
    static let weekdayDayCue = GramKind("weekday-day-cue", 77)
    /// A word that may follow a cued weekday and its bare day (`au` of `le jeudi 8 au soir`);
    /// value unused.
    static let afterWeekdayDay = GramKind("after-weekday-day", 78)

    // dates17es (issue 13, Spanish dates): indexes 102–111.
    /// A word before a day named relative to the reference that makes it a noun (`esta mañana`,
    /// `de la mañana`: the morning, not tomorrow); value unused.
    static let dayNoun = GramKind("day-noun", 102)
    /// A shift word beside a calendar date with no year (`el pasado 20 de diciembre`, `el
    /// próximo mes de junio`, `enero pasado`); value = direction.
    static let dateShift = GramKind("date-shift", 103)
    /// A phrase naming the weekend (`fin de semana`), read beside a shift word only; value unused.
    static let weekend = GramKind("weekend", 104)
    /// A word between the unit word of a decade and its digits (`la década de los 90`); value unused.
    static let decadeLink = GramKind("decade-link", 105)

    // dates18es (issue 13, Spanish dates, second round): indexes 106–111.
    /// A phrase before a unit of the reference that names it up to the reference day (`lo que
    /// va de` of `en lo que va de año`); value unused.
    static let soFar = GramKind("so-far", 106)

    // dates19es (issue 13, Spanish dates, third round): indexes 107–112.
    /// A mark between a month in digits and its year (`-` of `11-2016`, `.` of `3.2015`); value unused.
    static let monthYearSign = GramKind("month-year-sign", 107)
    /// An abbreviated month that is a date alone after a month cue or a shift word (`en feb`,
    /// `este jul`); value = the month.
    static let cuedShortMonth = GramKind("cued-short-month", 108)
    /// An article before a shift word and a unit in the singular, or before a day phrase opening
    /// with the unit day, part of the span (`el próximo mes`, `el día después de mañana`); value unused.
    static let shiftArticle = GramKind("shift-article", 109)
    /// A decade in words read only after an article and a word of kind `decade-opener` (`los años
    /// setenta`); value = the decade's first year in the century it names alone.
    static let openerDecadeWord = GramKind("opener-decade-word", 110)
    /// The unit day when a day number follows it as its name (`el próximo día 15`); value unused.
    static let dayNumberUnit = GramKind("day-number-unit", 111)
    /// A word between a month and its year spelled out (`de` of `junio de mil novecientos noventa
    /// y nueve`), where the language reads such years only there; value unused.
    static let spelledYearLink = GramKind("spelled-year-link", 112)

    // days17en (single days in English, issue 13): indexes 62–71.
    // (62: `next week on Friday` reads `on` as kind `week-day-link`, as German `am`.)
    /// A mark after a day number read only before a month that a year follows (`16. Nov.
    /// 2016`); alone, `on 15.` ends a sentence; value unused.
    static let datedDayMark = GramKind("dated-day-mark", 63)
    /// A word between a month and its day written as a word, where the month comes first
    /// (`May the eleventh`); value unused.
    static let monthDayArticle = GramKind("month-day-article", 64)
    /// A word between an ordinal weekday and the month it is of, besides kind `part-of`
    /// (`the first Tuesday in November`); value unused.
    static let weekdayIn = GramKind("weekday-in", 65)

    // days18en (single days in English, second round, issue 13): indexes 66–71.
    /// A month name that is also a given name (`May`, `June`): after a shifted year it is
    /// read only where no word follows it (`Next year May will step down` names a person);
    /// value unused.
    static let nameMonth = GramKind("name-month", 66)

    // periods18en (English periods, second round, issue 13): indexes 86–91.
    /// A decade written as one word, read after an article of kind `decade-article` (`the
    /// seventies`); value = the decade's first year in the century it names alone (`1970`).
    static let decadeWord = GramKind("decade-word", 86)
    /// A word naming the century of a spelled decade after it (`the nineteen seventies`); value =
    /// the century's first year (`1900`).
    static let decadeCentury = GramKind("decade-century", 87)

    // days19en (English single days, third round, issue 13): indexes 67–71.
    /// A verb after which a month that is also a given name (kind `name-month`) is the person
    /// (`Since May took office`, `After May resigned`); value unused.
    static let nameVerb = GramKind("name-verb", 67)
    /// A weekday abbreviation that is no other word (`tues`, `thurs`), read alone after a word
    /// of kind `bare-day-cue` with no word after it in the sentence (`on tues`); value = the weekday.
    static let cuedWeekday = GramKind("cued-weekday", 68)
    /// A word before an ordinal weekday that makes it no day of the reference's month (`the`,
    /// `his`, `every` of `his first Sunday`, `every second Friday`); value unused.
    static let ordinalWeekdayStop = GramKind("ordinal-weekday-stop", 69)
    /// A day of the month as a cardinal word (`fifteen`, `one` of `twenty one`), read only after
    /// its month or `weekday the`, ending the sentence (`May twenty one`; `in May twenty one
    /// people died` is a count); value = the number.
    static let cardinalDay = GramKind("cardinal-day", 70)
    /// A number word read only in a year spelled after its day and month (`seventy` of
    /// `nineteen seventy eight`, `zero` of `nineteen zero one`, `thousand` of `two thousand`);
    /// value = the number.
    static let yearNumber = GramKind("year-number", 71)

    // dates19fr (French days and periods, third round, issue 13): indexes 94–99.
    /// A full month name read alone, with no day, year or cue beside it, where the language
    /// writes its months in lowercase (`septembre a été chaud`); value `any` (capitalized too) or
    /// `lower` (only in lowercase: capitalized, it is a name more often, `Avril`).
    static let loneMonth = GramKind("lone-month", 94)
    /// A word after which a month or its abbreviation alone is a month (`dans déc.`); value unused.
    static let monthCue = GramKind("month-cue", 95)
    /// A mark between a month and its year in digits (`11-2016`, `2016/11`, `2015.3`); value =
    /// the orders it joins: `month-year`, `year-month` or `both`.
    static let monthYearMark = GramKind("month-year-mark", 96)
    /// A word of kind `until` that joins days only, never numbers (`au`): two bare days it joins
    /// before a month named relative to the reference need no opener (`4 au 23 mois prochain`),
    /// and that month no `part-of` word in the language (`entre 4 et 22 ce mois`); value unused.
    static let dayUntil = GramKind("day-until", 97)

    // dates20fr (French dates, fourth round, issue 13): indexes 79–81, 98–101.
    /// A word before a day and a month in digits with a slash that announces them only where
    /// they end the sentence (`sur 22/04`; `sur 2/3 des élus` is a part); value unused.
    static let closingDayCue = GramKind("closing-day-cue", 79)
    /// A word between a day in digits and its month in a language whose grammar has no such
    /// joiner (`12 de Sept`, `3 jusqu'à 12 de septembre`), read only where no range word follows
    /// the month; value unused.
    static let dayMonthLink = GramKind("day-month-link", 80)

    // periods19en (English periods, third round, issue 13): indexes 88–93.
    /// The possessive ending after a year's digits (`'s` of `2016's third quarter`); value unused.
    static let possessiveEnding = GramKind("possessive-ending", 88)
    /// A word or phrase before a count of units that bounds it (`more than`, `less than`,
    /// `within`); value = `more`, `less` or `within`.
    static let durationBound = GramKind("duration-bound", 89)
    /// A word or phrase after a count of units that places them after the reference (`hence`,
    /// `in the future`); value unused.
    static let countAhead = GramKind("count-ahead", 90)
    /// A word before counts of units that last from the day after them (`for` of `for three
    /// days from Friday`); value unused.
    static let durationFor = GramKind("duration-for", 91)
    /// A word before a quarter or half written as one word with no year (`during` of `during
    /// Q3`); value unused.
    static let numberedPartCue = GramKind("numbered-part-cue", 92)
    /// A phrase before the reference's own unit (`later in the` of `later in the year`); value unused.
    static let ownUnitLead = GramKind("own-unit-lead", 93)

    // periods20en (English periods, fourth round, issue 13): indexes 113–117.
    /// A month name in lowercase read as a month after a shift word or before a shifted year
    /// (`next june`, `last sept`, `june next year`), where months are written capitalized; not a
    /// name that is also a common word (`march`, `may`, `august`); value unused.
    static let shiftLowerMonth = GramKind("shift-lower-month", 113)
    /// A word before a year spelled out in pairs that starts with a century word (`in nineteen
    /// twenty eight`), the year ending the sentence; value unused.
    static let spokenYearCue = GramKind("spoken-year-cue", 114)

    // days20en (English single days, fourth round, issue 13): indexes 118–122.
    /// A month whose name is also a common word in lowercase (`may`, `march`, `mar`): not read
    /// in lowercase after a day in ordinal digits (`the 1st march on the capital`), where the
    /// other months are (`1st jan`); value unused.
    static let wordMonth = GramKind("word-month", 118)
    /// A weekday's name in the plural (`Sundays`), read after a count and before `from now`
    /// (``DateReader/weekdaysFromNow(_:)``); value = the weekday, Monday 1.
    static let weekdayPlural = GramKind("weekday-plural", 119)
    /// dates21en: a word that opens a count of units after the reference (`in` of `will leave in
    /// 3 weeks`), read only after a lowercase word after one of kind ``futureCue`` (`the first
    /// time in 3 weeks`, `the highest level in 3 years` are durations); value = the direction.
    static let futureIn = GramKind("future-in", 62)
    /// dates21en: an auxiliary of the future (`will`, `shall`) two words before ``futureIn``.
    static let futureCue = GramKind("future-cue", 81)

    // periods21en (English periods, fifth round, issue 13): indexes 120–123.
    /// The plural of the word for a thousand after the number two, naming the decade of the
    /// century's first years (`the two thousands`); value = that decade's first year.
    static let thousandDecade = GramKind("thousand-decade", 120)
    /// A word before two decade digits with an apostrophe and the plural and no article (`in
    /// 70's`: ``DateReader/plainDecade(_:)``); value unused.
    static let decadeCue = GramKind("decade-cue", 121)
    /// A phrase before a day that names the week it opens (`w/c 4 February`, `week commencing 4
    /// March`): the week (ISO) that holds the day; value unused.
    static let weekCommencing = GramKind("week-commencing", 122)
    /// A word that joins two bare days into a range of a month named relative to the reference:
    /// value `until` between the days with no opener before them (`4 till 23 of this month`), or
    /// `month` before the month as a word of kind `part-of` is (`from 4-23 in next month`).
    static let bareDayLink = GramKind("bare-day-link", 123)

    // dates21fr (French dates, fifth round, issue 13): indexes 124–126.
    /// A word after which numbers joined by a dash are a score, a record or a count, not a date
    /// (`un score de 11-2016`, `une fiche de 9-18-15`); value unused.
    static let scoreCue = GramKind("score-cue", 124)
    /// A word before a duration counted in words that places it forward from the reference
    /// (`dans trois ans`); a count in digits after it is not read (`dans 3 semaines`: the period
    /// suite reads no date there); value = direction.
    static let offsetAhead = GramKind("offset-ahead", 125)
    /// A word after the unit of such a duration that makes it a length, not a day (`dans trois
    /// jours de grève`, `dans deux ans et demi`); value unused.
    static let offsetAheadStop = GramKind("offset-ahead-stop", 126)

    // periods21fr (French periods and money, fifth round, issue 13): indexes 98–101, 115–117.
    /// A word that joins into a range two ends that each write their day and their month,
    /// whatever their order (`a` typed for `à`: `du 2 oct. a 22 octobre`; `au` of `de Oct. 2 au
    /// Octobre 22`); beside it only, a month before its day in digits is an end (French writes the
    /// day first: `en septembre 4 personnes` is a count); value unused.
    static let datedUntil = GramKind("dated-until", 98)
    /// A shift word in the plural (`derniers`, `prochaines`): before a unit with no count it
    /// names several units left unsaid (`ces derniers mois`, `dans les prochains mois`), no
    /// single one, where the unit's plural is written as its singular; value unused.
    static let pluralShift = GramKind("plural-shift", 99)
    /// A word before a season that makes it the noun, not the participle `été` (`l'été de 2003`,
    /// `au printemps prochain`): after it only, a season takes a linking word before its year or
    /// a shift word after it, in a language that has such words; value unused.
    static let seasonArticle = GramKind("season-article", 100)
    /// `de` of kind `from-pair` elided before a vowel (`d'`), an opener only before a month's
    /// name (`d'avril à juin`, `d'octobre à décembre 2023`), as ``fromPair`` closed by a word
    /// of kind `until-pair`; value unused.
    static let elidedFromPair = GramKind("elided-from-pair", 101)

    // dates22fr (French dates, sixth round, issue 13): index 115.
    /// A word glued after a hyphen to a shifted unit that makes it the story's period, not the
    /// reference's (`là` of `cette année-là`, `ce week-end-là`; `ce mois-ci` stays this month);
    /// value unused.
    static let distal = GramKind("distal", 115)

    // Session 18 (French months, issue 13): index 116.
    /// A word after which a capitalized month ending the sentence is a name or a title, not
    /// the month (`d'` of `la révolution d'Octobre.`, `roman` of `le roman Novembre.`); value unused.
    static let loneMonthStop = GramKind("lone-month-stop", 116)

    static let all: [GramKind] = [.decadeOpener, .decadeArticle, .unitArticle, .partOf, .numberedPart, .fromPair, .untilPair, .and, .andAHalf, .article, .belonging, .between, .count, .day, .dayMark, .dayArticle, .demonstrative, .during, .from, .joiner, .less, .listAnd, .nextDay, .numberedDay, .offset, .ordinal, .ownUnit, .part, .pluralUnit, .postShift, .rangeArticle, .season, .seasonAdverb, .seasonOf, .century, .numberedCentury, .wordDay, .dayCue, .dayTens, .weekLink, .lowerDay, .offsetBefore, .offsetCount, .offsetFrom, .offsetNow, .bareDayCue, .weekdayAbbreviation, .participleShift, .shift, .shiftLast, .shiftWeek, .since, .ten, .unit, .until, .within, .rest, .restLink, .partUnit, .afterShift, .afterLink, .valueRange,
        .unitStart, .startLink, .toDate, .possessiveUnit,
        .dottedDayCue, .weekDayLink, .datePostShift, .weekdayCue, .dayOf,
        .dayNoun, .dateShift, .weekend, .decadeLink,
        .datedDayMark, .monthDayArticle, .weekdayIn,
        .nameMonth,
        .weekdayDayCue, .afterWeekdayDay,
        .soFar,
        .decadeWord, .decadeCentury,
        .nameVerb, .cuedWeekday, .ordinalWeekdayStop, .cardinalDay, .yearNumber,
        .loneMonth, .monthCue, .monthYearMark, .dayUntil,
        .monthYearSign, .cuedShortMonth, .shiftArticle, .openerDecadeWord, .dayNumberUnit, .spelledYearLink,
        .possessiveEnding, .durationBound, .countAhead, .durationFor, .numberedPartCue, .ownUnitLead,
        .shiftLowerMonth, .spokenYearCue,
        .closingDayCue, .dayMonthLink,
        .wordMonth, .weekdayPlural,
        .thousandDecade, .decadeCue, .weekCommencing, .bareDayLink,
        .scoreCue, .offsetAhead, .offsetAheadStop,
        .datedUntil, .pluralShift, .seasonArticle, .elidedFromPair,
        .futureIn, .futureCue,
        .distal, .loneMonthStop]
    private static let byName: [String: GramKindSet] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0.bit) })

    /// The bits of the kinds named (none for a kind no pattern asks for).
    static func bits(_ names: some Sequence<String>) -> GramKindSet {
        names.reduce(0) { $0 | (byName[$1] ?? 0) }
    }
}
