import HaberICU
import HaberText

/// Amounts of money: a number, an optional scale word and a currency (`4 milyon avro`,
/// `1,5 milyar TL`, `250 bin dolar`, `10 milyon Euro’luk`, `4 Millionen Euro`,
/// `beş milyon yen`), or a currency sign or code before the number (`$75 million`, `€4m`,
/// `USD 5 million`, `usd$ 15`), with sub-units added (`50 TL 30 kuruş`, `3 dolar 50 sent`,
/// `bir kuai beş mao beş fen`) or standing alone (`34 sent`). Currencies resolve to
/// ISO 4217 codes through `models/money/`; spelled-out numbers are read by ICU's rule-based
/// number format.
///
/// A class, not a struct: its methods hand `self` to the per-form closures, and a struct of a
/// dozen lexicons was copied (each reference retained and released) some 92,000 times on the
/// thousand bench articles.
public final class MoneyExtractor: Extractor {
    public let name = "money"
    let currencies: CurrencyLexicon
    let quantities: QuantityLexicon
    let languages: LanguageProfiles
    let local: LocalCurrencies
    /// Every ISO 4217 code the lexicon knows (`USD`, `TRY`): a code is a currency as written.
    let codes: Set<String>
    /// Every currency code of the lexicons, and `*` (a sub-unit of any currency), by its
    /// number: the facts of a form name currencies by number (``CurrencyID``), so that they
    /// are copied without retaining strings.
    let currencyCodes: [String]
    let currencyIDs: [String: CurrencyID]
    /// What each word of the money lexicons is (currency name, sub-unit, scale, link, first
    /// word of a longer name), by key: a word met near a number is looked up once, not once
    /// per table.
    let words: [String: MoneyWord]
    /// Says at once that most words are none of ``words``.
    let wordFilter: KeyFilter
    /// Says at once that most words are no cue of ``LocalCurrencies`` and open none of two
    /// words: a new form's cue was two `String` hashes (some 1,900 instructions a form, 4 M
    /// in the bench articles that asked for their country).
    let cueFilter: KeyFilter
    /// Say at once that no currency name, or no first word of a longer name, opens most
    /// words: the stem of a suffixed currency (``suffixedCode(of:suffixes:)``) and a leading word are
    /// such openings.
    let nameOpenings: KeyOpenings
    let longerNameOpenings: KeyOpenings
    /// Says at once that no currency name opens with the first two words of most spans of
    /// three words or more after a first word of a longer name (``mayOpenLongName(at:in:secondByKey:)``).
    let namePrefixes: KeyPrefixes
    /// The scale words that give a value, by their first letter: a word's stem can be one
    /// only if the word opens with it (``scaleStem(_:suffixes:)``).
    let scalesByFirstLetter: [Character: [String]]
    /// The first two bytes of every fraction word (``MoneyWord/fraction``), for a quick no.
    /// A bit each, by the pair's value: a `Set<UInt16>` hashed the pair of every new form
    /// (1.8 M instructions on the 2.59 MB bench).
    let fractionOpenings: [UInt64]

    /// A currency code's place in ``currencyCodes``.
    typealias CurrencyID = UInt16

    /// What one key is in the money lexicons.
    struct MoneyWord {
        /// The code of the currency the key names.
        var code: CurrencyID?
        /// The currency a sub-unit word means alone (`*`: any).
        var subunit: CurrencyID?
        /// Some currency name of several words opens with the key.
        var opensLongerName = false
        /// The scale's value (`milyon`), and that of the key with a full stop (`Mio.`), whose
        /// row may give none.
        var scale: Double?
        var isScaleWithStop = false
        var scaleWithStop: Double?
        /// A word between a scale and its currency (`d’`).
        var linksCurrency = false
        /// A word between a currency and its sub-unit (`and` of `15 dollars and 50 cents`).
        var linksSubunit = false
        /// The sub-unit's part of the main unit, when the row gives one (`mao` 0.1).
        var subunitFraction: Double?
        /// The part of what follows that the word counts (`half` 0.5, `quarter` 0.25 of
        /// `half a million dollars`), a row of kind `fraction`.
        var fraction: Double?
        /// The lowercase key is an ISO 4217 code that business writing glues to its amount
        /// (`USD115`, `115USD`), a row of kind `glued-code`.
        var gluesToAmounts = false
        /// The multiplier of a letter glued before such a code (`M` of `MUSD`, `k` of
        /// `kEUR`), a row of kind `code-scale`.
        var codeScale: Double?
        /// The lowercase key is an ISO 4217 code that is also a common word, written in capitals
        /// before a number in headlines (`TOP 10`, `ALL 5`), a row of kind `word-code`.
        var codeIsWord = false
    }
    let numbers: NumberWords
    /// Per form id: whether an amount may open at the form, read for every token, and what
    /// else the form can do in an amount, read for the tokens around numbers. The extractor
    /// serves one pipeline (one thread).
    let openings = FormFacts<Opening>()
    let forms = FormFacts<MoneyForm>()
    /// Per form id: whether a word that may open a spelled number does (ICU reads it), asked
    /// only of the words an amount has not taken, as ICU's answer costs much the first time.
    let spelled = FormFacts<Bool>()
    /// Per form id: whether a scale, a currency or a sub-unit may start at the form
    /// (``MoneyForm/mayEndSpelledNumber``), read for the words after a spelled number (`bir`
    /// opens one in most Turkish sentences) without copying the form's ``MoneyForm``.
    let mayEnd = FormFacts<Bool>()
    /// Per form id: whether each word of the form (split at spaces and hyphens) may be in a
    /// spelled number, as ``NumberWords`` asks of every word of a phrase before reading it. A
    /// form that may not ends the phrases ``spelledAmount(at:in:spellout:)`` tries: without
    /// this test it looked for a currency after each of the next five words (`bir`, `un`,
    /// `ein` open most sentences), some 15 M on the bench articles.
    let numberParts = FormFacts<Bool>()
    /// What a form is among the language's cues of ``LocalCurrencies``, read once per form:
    /// the country of a one-word cue, or whether it opens a cue of two words.
    let localCues = FormFacts<LocalCue>()
    /// Per form id: whether the form's key is a word of ``LocalCurrencies`` in its language
    /// (`pesos`), asked of the word after every amount (``localWord(at:in:words:)``), where
    /// hashing the key cost 5 M instructions on the 2.59 MB bench.
    let localWordForms = FormFacts<Bool>()
    /// What ``read(_:kind:language:)`` needs of the document's language profile, set once per
    /// document: looked up for each new form (a hashed language code and a copied profile),
    /// it cost 6 million instructions on the 2.59 MB bench.
    let current = LanguageFacts()

    /// The decimal separator, case endings, articles and sign order of one language
    /// (``LanguageProfiles/Profile``): read near every amount, each profile looked up (its
    /// language hashed, the profile copied) cost some 600 instructions.
    final class LanguageFacts: @unchecked Sendable {
        var code: String?
        var decimalSeparator: Character = ","
        /// The language's case endings, where its words take them (``LanguageProfiles/Profile/hasCaseSuffixes``).
        var suffixes: SuffixGrammar?
        var articles: Set<String> = []
        var writesSignBeforeLetter = false

        func set(_ code: String, profile: LanguageProfiles.Profile) {
            self.code = code
            decimalSeparator = profile.decimalSeparator
            suffixes = profile.hasCaseSuffixes ? profile.suffixes : nil
            articles = profile.articles
            writesSignBeforeLetter = profile.writesSignBeforeLetter
        }
    }

    struct LocalCue {
        /// The country's index in its language's rows, or -1.
        var country: Int32 = -1
        var opensPair = false
    }

    /// Whether an amount may open at a form.
    enum Opening {
        case none
        /// An amount written in digits: a number, or a word that starts with a digit (`4m`).
        case written
        /// Perhaps a spelled-out number: a word that opens like a number word (`beş`, `yüz`);
        /// ``opensSpelledNumber(_:in:)`` says whether it is one.
        case spelled
        /// A fraction word (`half`, `quarter`) that may count a scale (``fractionAmount(at:in:consumed:spellout:)``).
        case fraction
    }

    /// What a form can do in an amount of money, worked out the first time it is met near a
    /// number: every word after one is asked whether a scale, a currency or a sub-unit starts
    /// there, so that this is one array load a token.
    struct MoneyForm {
        /// The value of the stem as a number written in digits (`1,5`, `60`).
        var number: Double?
        /// The stem is a plain run of digits (a group of three in `60 000`).
        var isDigits = false
        /// A number with its scale glued on (`4m`, `2bn`): the number and the scale.
        var glued: (number: Double, scale: Double)?
        /// `.`, `,`, `/` or `-`: no amount opens right after one that touches it (`1.5`, `2/3`).
        var joinsNumbers = false
        /// A full stop, which a scale may take (`Mio.`).
        var isFullStop = false
        /// A word between a scale and its currency (`d’` of `millions d’euros`,
        /// `models/lexicon/quantities.tsv`).
        var linksCurrency = false
        /// A word between a currency and its sub-unit (`and`, `et`, `und`, `y`, `con`).
        var linksSubunit = false
        /// The code of the currency the key names alone.
        var code: CurrencyID?
        /// Some currency name of several words opens with the key.
        var opensLongerName = false
        /// An all-caps ISO 4217 code as written (`USD`, `EUR`), or one with a scale letter
        /// glued before it (`MUSD`, then ``hasCodeScale``; ``scaledCode(_:)`` gives the scale
        /// when an amount takes the code: a form's facts are copied at every ask, and the
        /// rare facts are not kept in them).
        var writtenCode: CurrencyID?
        var hasCodeScale = false
        /// The written code is also a common word (kind `word-code`): no sign before an amount.
        var codeIsWord = false
        /// The currency the word names with a case ending but no apostrophe (`sterline`),
        /// and the UTF-16 length of its stem.
        var suffixedCode: (code: CurrencyID, stemLength: Int)?
        /// The scale the word means (`milyon`, `milyonluk`) without a full stop after it.
        var scale: Double?
        /// Whether the word is a scale with a full stop after it (`Mio.`), and its value then.
        var isScaleWithStop = false
        var scaleWithStop: Double?
        /// The currency a sub-unit word means alone (`*`: any), and its part of the main unit.
        var subunit: CurrencyID?
        var subunitFraction = 0.01

        /// A currency name, code or sign may start with the form.
        var mayOpenCurrency: Bool { code != nil || opensLongerName || writtenCode != nil || suffixedCode != nil }

        /// A scale (``scale(at:in:)``), a currency (``currency(at:in:)``, unless a sign is at
        /// or after the token) or a sub-unit may start at the form: otherwise none does.
        var mayEndSpelledNumber: Bool {
            linksCurrency || mayOpenCurrency || isScaleWithStop || scale != nil || subunit != nil
        }
    }

    public init(models: ExtractionModels) {
        currencies = models.currencies
        quantities = models.quantities
        languages = models.languageProfiles
        local = models.localCurrencies
        codes = Set(models.currencies.names.values)
        numbers = models.numberWords
        let currencyCodes = Set(models.currencies.names.values).union(models.currencies.subunits.values).union(["*"]).sorted()
        let currencyIDs = Dictionary(uniqueKeysWithValues: currencyCodes.enumerated().map { ($1, CurrencyID($0)) })
        self.currencyCodes = currencyCodes
        self.currencyIDs = currencyIDs
        let words = MoneyExtractor.words(currencies: models.currencies, quantities: models.quantities, ids: currencyIDs)
        self.words = words
        wordFilter = KeyFilter(words.keys)
        cueFilter = KeyFilter(models.localCurrencies.cues.values.flatMap(\.keys) + models.localCurrencies.cueOpenings.values.flatMap { $0 })
        nameOpenings = KeyOpenings(models.currencies.names.keys)
        longerNameOpenings = KeyOpenings(models.currencies.openings)
        namePrefixes = KeyPrefixes(models.currencies.names.keys)
        var scales: [Character: [String]] = [:]
        for (key, cues) in models.quantities.cues where cues.first(where: { $0.kind == "scale" })?.value != nil {
            if let first = key.first { scales[first, default: []].append(key) }
        }
        scalesByFirstLetter = scales
        var fractionOpenings = [UInt64](repeating: 0, count: (1 << 16) / 64)
        for (key, word) in words where word.fraction != nil {
            if let pair = Self.opening(ofKey: key) { fractionOpenings[Int(pair >> 6)] |= 1 << UInt64(pair & 63) }
        }
        self.fractionOpenings = fractionOpenings
    }

    /// The first two bytes of `key`, or nil when it has fewer.
    private static func opening(ofKey key: String) -> UInt16? {
        var bytes = key.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next() else { return nil }
        return UInt16(first) << 8 | UInt16(second)
    }

    /// Whether `key` may be a fraction word (false: it is none).
    private func mayBeFraction(_ key: String) -> Bool {
        guard let pair = Self.opening(ofKey: key) else { return false }
        return fractionOpenings[Int(pair >> 6)] >> UInt64(pair & 63) & 1 != 0
    }

    /// ``words`` from the lexicons: the answers `CurrencyLexicon` and `QuantityLexicon` give
    /// a key, gathered under it.
    private static func words(currencies: CurrencyLexicon, quantities: QuantityLexicon,
                              ids: [String: CurrencyID]) -> [String: MoneyWord] {
        var words: [String: MoneyWord] = [:]
        words.reserveCapacity(currencies.names.count + currencies.openings.count)
        for (key, code) in currencies.names { words[key, default: MoneyWord()].code = ids[code] }
        for (key, code) in currencies.subunits { words[key, default: MoneyWord()].subunit = ids[code] }
        for key in currencies.openings { words[key, default: MoneyWord()].opensLongerName = true }
        for (key, cues) in quantities.cues {
            if let cue = cues.first(where: { $0.kind == "scale" }) {
                words[key, default: MoneyWord()].scale = cue.value
                if key.hasSuffix("."), key.count > 1 {
                    words[String(key.dropLast()), default: MoneyWord()].isScaleWithStop = true
                    words[String(key.dropLast()), default: MoneyWord()].scaleWithStop = cue.value
                }
            }
            if cues.contains(where: { $0.kind == "currency-link" }) { words[key, default: MoneyWord()].linksCurrency = true }
            if cues.contains(where: { $0.kind == "subunit-link" }) { words[key, default: MoneyWord()].linksSubunit = true }
            if let cue = cues.first(where: { $0.kind == "subunit" }) { words[key, default: MoneyWord()].subunitFraction = cue.value }
            if let cue = cues.first(where: { $0.kind == "fraction" }) { words[key, default: MoneyWord()].fraction = cue.value }
            if cues.contains(where: { $0.kind == "glued-code" }) { words[key, default: MoneyWord()].gluesToAmounts = true }
            if let cue = cues.first(where: { $0.kind == "code-scale" }) { words[key, default: MoneyWord()].codeScale = cue.value }
            if cues.contains(where: { $0.kind == "word-code" }) { words[key, default: MoneyWord()].codeIsWord = true }
        }
        return words
    }

    /// One found amount: its tokens and value, before the currency.
    private typealias Amount = (value: Double, end: Int)

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        var found: [Candidate] = []
        let spellout = numbers.reader(document.language)
        let openings = self.openings.table(for: document) { opening(of: $0, spellout: spellout) }
        var consumed = 0
        // The country the article is about (``LocalCurrencies``), asked only of articles with
        // an amount it may change.
        var country: LocalCurrencies.Country??
        func localCountry() -> LocalCurrencies.Country? {
            if let known = country { return known }
            let found = self.localCountry(of: document)
            country = .some(found)
            return found
        }
        let localWords = local.words[document.language] ?? []
        let profile = languages[document.language]
        current.set(document.language, profile: profile)
        let decimalSeparator = profile.decimalSeparator
        let mayWriteOtherDecimals = local.hasDecimalSeparators.contains(document.language)
        for index in tokens.indices where index >= consumed {
            let opening = openings[Int(document.formIDs[index])] ?? .none
            var amount: Amount
            // The token the amount opens with (`a` of `a quarter million`).
            var opener = index
            let written = opening == .written
            if written {
                if index > 0, document.touches(index - 1, index), facts(index - 1, in: document).joinsNumbers { continue }
                // `USD115` stands apart: not inside a run of symbols and words (`%20CAD%20` of a URL).
                let numberForm = facts(index, in: document)
                if numberForm.number == nil, numberForm.glued == nil,
                   let (value, code) = gluedAmount(tokens[index].stem, decimalSeparator: decimalSeparator) {
                    guard index == 0 || !document.touches(index - 1, index) || tokens[index - 1].kind == .punctuation,
                          index + 1 == tokens.count || !document.touches(index, index + 1) || tokens[index + 1].kind == .punctuation
                    else { continue }
                    found.append(candidate(range: tokens[index].stemRange, tokens: index..<(index + 1), amount: value, code: code))
                    consumed = index + 1
                    continue
                }
                guard let digits = self.amount(at: index, in: document) else { continue }
                amount = digits
                // `1,300 millones` in an article about Mexico: its country's separator.
                if mayWriteOtherDecimals, Self.hasGroupsOfThree(tokens[index].form.stem, separator: decimalSeparator),
                   let separator = localCountry()?.decimalSeparator, let read = self.amount(at: index, in: document, decimalSeparator: separator) {
                    amount = read
                }
            } else if opening == .spelled, opensSpelledNumber(tokens[index], in: document),
                      let spelled = spelledAmount(at: index, in: document, spellout: spellout) {
                amount = spelled
            } else if opening == .fraction, let (counted, first) = fractionAmount(at: index, in: document, consumed: consumed, spellout: spellout) {
                amount = counted
                opener = first
            } else {
                continue
            }
            // `a 12-cent dividend`, `a 50-euro note`: a hyphen between the digits and a currency
            // or sub-unit word, the three glued.
            if written, amount.end == index + 1, amount.end + 1 < tokens.count, PlaceExtractor.isHyphen(tokens[amount.end]),
               tokens[amount.end + 1].kind == .word, document.touches(index, amount.end), document.touches(amount.end, amount.end + 1),
               !document.isBoundary(before: amount.end + 1), facts(amount.end + 1, in: document).subunit != nil
                || currency(at: amount.end + 1, in: document) != nil {
                amount.end += 1
            }
            var match = currency(at: amount.end, in: document)
            // `$ 20,000.00 $ 37,305.97`: a sign before the amount, and one after it that opens the
            // next amount, is the first's; the second is the next's.
            if written, let (_, end, _) = match, end == amount.end + 1, tokens[amount.end].kind == .symbol, end < tokens.count,
               tokens[end].kind == .number, !document.isBoundary(before: end), index > 0, sign(before: index, in: document) != nil {
                match = nil
            }
            if match == nil, let word = localWord(at: amount.end, in: document, words: localWords), let local = localCountry(),
               local.words.contains(word.key), let code = currencyIDs[local.currency] {
                match = (code, word.end, word.stemEnd)
            }
            if var (code, end, stemEnd) = match {
                // `1,34 $` in an article about Canada.
                if end == amount.end + 1, localWords.contains(tokens[amount.end].key), let local = localCountry(),
                   local.words.contains(tokens[amount.end].key), let localCode = currencyIDs[local.currency] {
                    code = localCode
                }
                // `500 milliards de francs CFA` in an article about Cameroon: a name another
                // currency takes elsewhere is the country's own there (column `replaces`).
                if let replaced = local.replaced[document.language], replaced.contains(currencyCodes[Int(code)]),
                   let local = localCountry(), local.replaces.contains(currencyCodes[Int(code)]),
                   let localCode = currencyIDs[local.currency] {
                    code = localCode
                }
                var total = amount.value
                let codeForm = facts(end - 1, in: document)
                var scaledAfterCode = false
                if codeForm.writtenCode != nil {
                    // `30 MUSD`: the scale glued to the code.
                    if codeForm.hasCodeScale, let (_, scale) = scaledCode(tokens[end - 1].stem) { total *= scale }
                    // `75 USD million`: business shorthand writes the scale after the code.
                    if written, amount.end == index + 1, let (scale, next) = scale(at: end, in: document) {
                        total *= scale
                        end = next
                        stemEnd = tokens[next - 1].stemRange.upperBound
                        scaledAfterCode = true
                    }
                }
                var last = end
                var range = tokens[opener].range.lowerBound..<stemEnd
                // `50 TL 30 kuruş`, `bir kuai beş mao beş fen`, `15 dollars and 50 cents`:
                // sub-units one after another, a link word before each.
                while true {
                    let link = last < tokens.count && !document.isBoundary(before: last) && facts(last, in: document).linksSubunit ? 1 : 0
                    guard let (part, partEnd, partStem, _) = subunit(at: last + link, in: document, spellout: spellout), part < 1 else { break }
                    total += part
                    last = partEnd
                    range = range.lowerBound..<partStem
                }
                // dates21en: `one kuai and five mao five.`: after a sub-unit of more than a hundredth
                // (`mao`, a tenth), a number from 1 to 9 that ends the phrase counts in the tier a
                // tenth below it, as the hundredths after a currency.
                if last > end, case let fraction = facts(last - 1, in: document).subunitFraction, fraction > 0.01,
                   let (part, partEnd, partStem) = trailingHundredths(at: last, in: document)
                    ?? spelledHundredths(at: last, in: document, spellout: spellout),
                   case let count = (part * 100).rounded(), (1...9).contains(count) {
                    total += count * fraction / 10
                    last = partEnd
                    range = range.lowerBound..<partStem
                }
                // Hundredths only after a whole amount without a scale (`15 dollars 50.`).
                if last == end, codeForm.subunit == nil, opening != .fraction, facts(amount.end - 1, in: document).scale == nil,
                   !codeForm.hasCodeScale, !scaledAfterCode,
                   let (part, partEnd, partStem) = trailingHundredths(at: end, in: document)
                    ?? spelledHundredths(at: end, in: document, spellout: spellout) {
                    total += part
                    last = partEnd
                    range = range.lowerBound..<partStem
                }
                found.append(candidate(range: range, tokens: opener..<last, amount: total, code: code))
                consumed = last
            } else if written || (opening == .spelled && facts(amount.end - 1, in: document).scale != nil
                                  && index > 0 && tokens[index - 1].kind == .symbol),
                      index > 0, case (var code, let start)? = sign(before: index, in: document) {
                // (A sign before a spelled amount only with its scale: `$ un mil millones`.)
                // `$48.2 million` in an article about Canada.
                if start == index - 1, localWords.contains(tokens[start].key), let local = localCountry(),
                   local.words.contains(tokens[start].key), let localCode = currencyIDs[local.currency] {
                    code = localCode
                }
                var range = tokens[start].range.lowerBound..<document.span(index..<amount.end).upperBound
                // `MAUD 60`: the scale glued to the code.
                let scale = facts(start, in: document).hasCodeScale ? scaledCode(tokens[start].stem)?.1 ?? 1 : 1
                var total = amount.value * scale
                var last = amount.end
                // dates21en: `C$ 100 and fifty.`: hundredths spelled after a link word of sub-units
                // (`and`), ending the phrase, after a whole amount in digits with no scale; digits
                // there stay apart (`$100 and 50` is as often two figures).
                if written, scale == 1, amount.end < tokens.count, amount.value == amount.value.rounded(),
                   facts(amount.end - 1, in: document).scale == nil, facts(amount.end, in: document).linksSubunit,
                   let (part, partEnd, partStem) = spelledHundredths(at: amount.end, in: document, spellout: spellout) {
                    total += part
                    last = partEnd
                    range = range.lowerBound..<partStem
                }
                found.append(candidate(range: range, tokens: start..<last, amount: total, code: code))
                consumed = last
            } else if opening != .fraction, let (part, end, stemEnd, unit) = subunit(startingWith: index, amount: amount, in: document),
                      let code = currencyCodes[Int(unit)] != "*" ? unit : subunitCurrency(of: document.language),
                      written || currencyCodes[Int(unit)] != "*" || !opensSpelledNumber(tokens[end - 1], in: document) {
                // (After a spelled number, a sub-unit word that is also a number word is that
                // number: `mille quatre cent` is 1,400, not 10.04 EUR.)
                // `34 sent`, `470 peni`, `50 cents`: a sub-unit alone, of the currency its word
                // means, or of the one the language's profile gives a word that names none.
                found.append(candidate(range: tokens[index].range.lowerBound..<stemEnd, tokens: index..<end, amount: part, code: code))
                consumed = end
            } else if !written {
                consumed = amount.end
            }
        }
        return found
    }

    /// The country `document` is about among its language's rows of ``LocalCurrencies``: the
    /// one whose cues it writes at least twice and more often than any other's.
    private func localCountry(of document: TokenizedDocument) -> LocalCurrencies.Country? {
        guard let cues = local.cues[document.language], let countries = local.countries[document.language] else { return nil }
        let openings = local.cueOpenings[document.language] ?? []
        let tokens = document.tokens
        var counts = [Int](repeating: 0, count: countries.count)
        for index in tokens.indices where tokens[index].kind == .word {
            let cue = localCues.known(document.formIDs[index], space: document.formSpace)
                ?? localCues.value(for: tokens[index].form, in: document) { form in
                    guard cueFilter.mayContain(form.key) else { return LocalCue(country: -1, opensPair: false) }
                    return LocalCue(country: cues[form.key].map(Int32.init) ?? -1, opensPair: openings.contains(form.key))
                }
            if cue.country >= 0 {
                counts[Int(cue.country)] += 1
            } else if cue.opensPair, index + 1 < tokens.count, !document.isBoundary(before: index + 1),
                      let country = cues[document.key(of: index..<(index + 2))] {
                counts[country] += 1
            }
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 2,
              counts.indices.allSatisfy({ $0 == best || counts[$0] < counts[best] }) else { return nil }
        return countries[best]
    }

    /// A word that is a currency only in an article about its country (`150 millones de
    /// pesos` about Mexico), after its link word: its key, token end and stem end, for the
    /// caller to check against the article's country. (Asking for the country through a
    /// closure here copied the document at every amount.)
    private func localWord(at start: Int, in document: TokenizedDocument, words: Set<String>) -> (key: String, end: Int, stemEnd: Int)? {
        let tokens = document.tokens
        guard !words.isEmpty, start < tokens.count, !document.isBoundary(before: start) else { return nil }
        var index = start
        if facts(start, in: document).linksCurrency, index + 1 < tokens.count, !document.isBoundary(before: index + 1) { index += 1 }
        guard isLocalWord(index, in: document, words: words), !tokens[index].hasSuffix else { return nil }
        return (tokens[index].key, index + 1, tokens[index].stemRange.upperBound)
    }

    /// Whether the key of token `index` is one of `words`, the document's language's
    /// ``LocalCurrencies/words``, once per form (a form is of one language).
    @inline(__always)
    private func isLocalWord(_ index: Int, in document: TokenizedDocument, words: Set<String>) -> Bool {
        if let known = localWordForms.known(document.formIDs[index], space: document.formSpace) { return known }
        return localWordForms.store(words.contains(document.tokens[index].key), for: document.formIDs[index], space: document.formSpace)
    }

    /// Whether `stem` is digits in groups of three after `separator` (`1,300`, `12,345,678`):
    /// a number another country's writing may read otherwise.
    ///
    /// Read from the stem's bytes where the separator is one ASCII byte: split as strings,
    /// 1,100 instructions a number in the languages that ask (4.7 M on the 2.59 MB bench).
    static func hasGroupsOfThree(_ stem: String, separator: Character) -> Bool {
        if let separatorByte = separator.asciiValue, separator.utf8.count == 1 {
            var stem = stem
            return stem.withUTF8 { bytes in
                // The separators met, and the digits since the last one.
                var groups = 0
                var digits = 0
                for byte in bytes {
                    if byte == separatorByte {
                        guard groups == 0 ? (1...3).contains(digits) : digits == 3 else { return false }
                        groups += 1
                        digits = 0
                    } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                        digits += 1
                    } else {
                        return false
                    }
                }
                return groups > 0 && digits == 3
            }
        }
        guard stem.contains(separator) else { return false }
        let parts = stem.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, (1...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// The currency a sub-unit word of no currency of its own means alone in `language`'s
    /// articles (its profile's `subunits` row).
    private func subunitCurrency(of language: String) -> CurrencyID? {
        languages[language].subunitCurrency.flatMap { currencyIDs[$0] }
    }

    // MARK: - Facts per form

    /// Whether an amount may open at `token`, worked out once per form.
    private func opening(of token: Token, spellout: NumberWords.Reader) -> Opening {
        if token.kind == .number || (token.kind == .word && token.text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) {
            return .written
        }
        guard token.kind == .word, !token.hasSuffix else { return .none }
        // A capital letter opens a code (the form's flag, read before the text).
        if token.isCapitalized, Self.mayBeCodeThenDigits(token.stem), gluedCode(String(token.stem.prefix(3))) != nil { return .written }
        if spellout.mayStartNumber(token.lower) { return .spelled }
        return mayBeFraction(token.key) && words[token.key]?.fraction != nil ? .fraction : .none
    }

    /// ``opening(of:spellout:)`` of token `index`, once per form.
    private func opening(_ index: Int, in document: TokenizedDocument, spellout: NumberWords.Reader) -> Opening {
        let token = document.tokens[index]
        return openings.value(for: token.form, in: document) { _ in opening(of: token, spellout: spellout) }
    }

    /// Whether a spelled-out number may open at `token`: every one starts with a word that is
    /// a number by itself (`beş`, `yüz`). Once per form.
    private func opensSpelledNumber(_ token: Token, in document: TokenizedDocument) -> Bool {
        guard token.kind == .word, !token.hasSuffix else { return false }
        if let known = spelled.known(token.form.id, space: document.formSpace) { return known }
        return spelled.value(for: token.form, in: document) { form in
            let spellout = numbers.reader(document.language)
            return spellout.mayStartNumber(form.lower) && (spellout.value(of: form.lower) != nil || spellout.hasWordValue(form.lower))
        }
    }

    /// What the form of token `index` can do in an amount, worked out once per form.
    ///
    /// Known facts are asked by form id: passing the token's form to ``FormFacts`` retained
    /// and released it at every ask, and amounts ask some tokens several times.
    ///
    /// Inlined, the first sight apart: each caller reads one or two facts of the form, which
    /// the optimizer then loads alone, where a call entered a large function and copied the
    /// whole ``MoneyForm`` out (some 270 instructions an ask, 14 M on the 2.59 MB bench).
    @inline(__always)
    private func facts(_ index: Int, in document: TokenizedDocument) -> MoneyForm {
        if let known = forms.known(document.formIDs[index], space: document.formSpace) { return known }
        return firstFacts(index, in: document)
    }

    /// ``facts(_:in:)`` of a form not met before.
    @inline(never)
    private func firstFacts(_ index: Int, in document: TokenizedDocument) -> MoneyForm {
        let token = document.tokens[index]
        if current.code != document.language { current.set(document.language, profile: languages[document.language]) }
        // The closure takes the language's facts, not the document: capturing it copied the document.
        let language = current
        return forms.value(for: token.form, in: document) { form in
            read(form, kind: token.kind, language: language)
        }
    }

    private func read(_ form: TokenForm, kind: Token.Kind, language: LanguageFacts) -> MoneyForm {
        var facts = MoneyForm()
        let isWord = kind == .word
        if kind == .number || (isWord && form.text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) {
            facts.number = NumberReader.value(of: form.stem, decimalSeparator: language.decimalSeparator)
            if facts.number == nil { facts.glued = glued(form.stem, decimalSeparator: language.decimalSeparator) }
        }
        facts.isDigits = NumberReader.isDigits(form.stem)
        let text = form.text.utf8
        let single = text.count == 1 ? text.first : nil
        facts.joinsNumbers = single.map { [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "-")].contains($0) } ?? false
        facts.isFullStop = single == UInt8(ascii: ".")
        let word = wordFilter.mayContain(form.key) ? words[form.key] : nil
        // The lowercase is the key when their key ids are one (compared as ids, not strings).
        let lower = form.lowerID == form.keyID ? word : wordFilter.mayContain(form.lower) ? words[form.lower] : nil
        facts.linksCurrency = lower?.linksCurrency ?? false
        facts.linksSubunit = lower?.linksSubunit ?? false
        facts.code = word?.code
        if longerNameOpenings.mayOpen(form.key) {
            let lead = leadingWord(of: form.key)
            facts.opensLongerName = lead == form.key ? word?.opensLongerName ?? false : currencies.openings.contains(lead)
        }
        if isWord, !form.hasSuffix, form.stemCharacterCount == 3, form.isAllCaps, codes.contains(form.stem) {
            facts.writtenCode = currencyIDs[form.stem]
            facts.codeIsWord = lower?.codeIsWord ?? false
        }
        if isWord, !form.hasSuffix {
            if facts.writtenCode == nil, let (code, _) = scaledCode(form.stem) {
                facts.writtenCode = code
                facts.hasCodeScale = true
            }
            // `20 usd`: a code glued to amounts is one in lowercase too (no word of the languages).
            if isWord, facts.writtenCode == nil, form.stemCharacterCount == 3, form.stem.utf8.allSatisfy({ (0x61...0x7A).contains($0) }),
               wordFilter.mayContain(form.stem), words[form.stem]?.gluesToAmounts == true {
                facts.writtenCode = currencyIDs[form.stem.uppercased()]
            }
        }
        let suffixes = language.suffixes
        if isWord, !form.hasSuffix, let suffixes { facts.suffixedCode = suffixedCode(of: form, suffixes: suffixes) }
        if isWord {
            facts.scale = word?.scale ?? scaleStem(form, suffixes: suffixes)
            if word?.isScaleWithStop == true {
                facts.isScaleWithStop = true
                facts.scaleWithStop = word?.scaleWithStop ?? scaleStem(form, suffixes: suffixes)
            }
        }
        facts.subunit = word?.subunit
        facts.subunitFraction = word?.subunitFraction ?? 0.01
        return facts
    }

    // MARK: - Amounts

    /// The number at `index` with its scale words (`1,5 milyar`, `4m`, `2,5 Mio.`).
    private func amount(at index: Int, in document: TokenizedDocument, decimalSeparator: Character? = nil) -> Amount? {
        let tokens = document.tokens
        let form = facts(index, in: document)
        var value: Double
        var end = index + 1
        if let plain = form.number {
            // Another country's separator (``LocalCurrencies``) than the language's.
            value = decimalSeparator.flatMap { NumberReader.value(of: tokens[index].form.stem, decimalSeparator: $0) } ?? plain
            // `60 000 €`, `1 200 000 euros`: groups of three digits after a space.
            while !tokens[end - 1].hasSuffix, end < tokens.count, tokens[end].kind == .number, tokens[end].spaceBefore,
                  tokens[end].newlinesBefore == 0, tokens[end].form.stemCharacterCount == 3, facts(end, in: document).isDigits,
                  facts(end - 1, in: document).isDigits, tokens[end - 1].form.stemCharacterCount <= 3,
                  let group = facts(end, in: document).number {
                value = value * 1000 + group
                end += 1
            }
        } else if let (number, scale) = form.glued {
            return (number * scale, index + 1)
        } else {
            return nil
        }
        return scaled(value, end: end, in: document)
    }

    /// `value` times the scale words from `end` on (`milyon`, `Mio.`, `milyonluk`).
    private func scaled(_ value: Double, end: Int, in document: TokenizedDocument) -> Amount {
        let tokens = document.tokens
        var value = value, end = end
        if tokens[end - 1].hasSuffix { return (value, end) }
        // `$42-million`, `C$5-billion`: a hyphen glued to the number and its scale word.
        if end + 1 < tokens.count, PlaceExtractor.isHyphen(tokens[end]), document.touches(end - 1, end), document.touches(end, end + 1),
           let (scale, next) = scale(at: end + 1, in: document) {
            value *= scale
            end = next
        }
        while end < tokens.count, !document.isBoundary(before: end), tokens[end].kind == .word {
            guard let (scale, next) = scale(at: end, in: document) else { break }
            value *= scale
            end = next
            if tokens[end - 1].hasSuffix { break }
        }
        return (value, end)
    }

    /// The scale word at `index` and the token after it (`Mio.` takes its full stop).
    private func scale(at index: Int, in document: TokenizedDocument) -> (Double, Int)? {
        let tokens = document.tokens
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let form = facts(index, in: document)
        let next = index + 1
        if form.isScaleWithStop, next < tokens.count, facts(next, in: document).isFullStop, document.touches(index, next) {
            return form.scaleWithStop.map { ($0, next + 1) }
        }
        return form.scale.map { ($0, next) }
    }

    /// A spelled-out number at `index` (`beş`, `bir`, `yüz elli`) right before a scale word, a
    /// currency or a sub-unit, with its scale words: `beş milyon`. Only phrases that end
    /// where a scale or currency starts are parsed, so ICU reads few words.
    private func spelledAmount(at index: Int, in document: TokenizedDocument, spellout: NumberWords.Reader) -> Amount? {
        let tokens = document.tokens
        // A word that starts with a digit (`4m`) is read as written, but asked here too.
        guard opening(index, in: document, spellout: spellout) != .none, opensSpelledNumber(tokens[index], in: document) else { return nil }
        // `twenty-five cents`, `quarante-cinq`: a hyphen between two words of one number.
        func isJoiner(_ k: Int) -> Bool { PlaceExtractor.isHyphen(tokens[k]) && document.touches(k - 1, k) && document.touches(k, k + 1) }
        var ends: [Int] = []
        var end = index + 1, joiners = 0
        while end < tokens.count, end - index - joiners <= 5, !document.isBoundary(before: end),
              tokens[end - 1].kind == .word || isJoiner(end - 1), !tokens[end - 1].hasSuffix {
            if isJoiner(end - 1) { joiners += 1 }
            guard mayBeInSpelledNumber(end - 1, in: document, spellout: spellout) else { break }
            if tokens[end].kind != .number, mayEndSpelledNumber(at: end, in: document),
               scale(at: end, in: document) != nil || currency(at: end, in: document) != nil || facts(end, in: document).subunit != nil {
                ends.append(end)
            }
            end += 1
        }
        for end in ends.reversed() {
            var phrase = ""
            for k in index..<end {
                if k > index, !isJoiner(k), !isJoiner(k - 1) { phrase += " " }
                phrase += tokens[k].text
            }
            if let value = spellout.value(of: phrase) {
                return scaled(value, end: end, in: document)
            }
        }
        return nil
    }

    /// Whether every word of token `index` may be in a spelled number (``numberParts``): as
    /// ``NumberWords/Reader/value(of:)`` splits the lowercased phrase, each a word that may be
    /// a number word or a link. A phrase holding a token that is not is read as no number.
    private func mayBeInSpelledNumber(_ index: Int, in document: TokenizedDocument, spellout: NumberWords.Reader) -> Bool {
        let id = document.formIDs[index]
        if let known = numberParts.known(id, space: document.formSpace) { return known }
        let lower = document.tokens[index].text.lowercased()
        func mayBeInNumber(_ word: String) -> Bool { spellout.mayStartNumber(word) || spellout.isLink(word) }
        // Split only a form with a space or hyphen byte: splitting by characters cost 3,500
        // instructions a form.
        let answer = lower.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") })
            ? lower.split(whereSeparator: { $0 == " " || $0 == "-" }).allSatisfy { mayBeInNumber(String($0)) }
            : lower.isEmpty || mayBeInNumber(lower)
        return numberParts.store(answer, for: id, space: document.formSpace)
    }

    /// Whether a scale, a currency or a sub-unit may start at token `index`: a sign there or
    /// right after it, or a form that may start one (once per form).
    private func mayEndSpelledNumber(at index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        if tokens[index].kind == .symbol || (index + 1 < tokens.count && tokens[index + 1].kind == .symbol) { return true }
        if let known = mayEnd.known(document.formIDs[index], space: document.formSpace) { return known }
        return mayEnd.value(for: tokens[index].form, in: document) { _ in facts(index, in: document).mayEndSpelledNumber }
    }

    /// `milyonluk` → `milyon`, where the language glues case endings and derivations to words.
    private func scaleStem(_ form: TokenForm, suffixes: SuffixGrammar?) -> Double? {
        guard let suffixes, !form.hasSuffix, let first = form.key.first, let scales = scalesByFirstLetter[first] else { return nil }
        // The stem is the word less an ending of one to seven letters, two letters or more.
        let count = form.key.count
        guard count >= 3, scales.contains(where: { (max(2, count - 7)..<count).contains($0.count) && form.key.hasPrefix($0) })
        else { return nil }
        for (stem, _) in suffixes.splits(of: form.key, derivations: true) {
            if let scale = quantities.cue(stem, kind: "scale")?.value { return scale }
        }
        return nil
    }

    /// `4m`, `2bn`, `500k`: a number with its scale glued on.
    private func glued(_ text: String, decimalSeparator: Character) -> (number: Double, scale: Double)? {
        // Most numbers that are not read as one have no letter (`10:30`, `1.2.3`): a byte
        // that is no ASCII letter and below 0x80 is no letter, and needs no `Character`.
        guard text.utf8.contains(where: { $0 >= 0x80 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }) else { return nil }
        guard let split = text.firstIndex(where: { $0.isLetter }) else { return nil }
        let number = String(text[..<split]), unit = String(text[split...]).lowercased()
        guard let value = NumberReader.value(of: number, decimalSeparator: decimalSeparator),
              let scale = quantities.cue(unit, kind: "scale")?.value else { return nil }
        return (value, scale)
    }

    /// `USD115`, `115.5USD`: an amount and an ISO code that business writing glues to
    /// amounts (rows of kind `glued-code`), written as one word, the code in capitals.
    private func gluedAmount(_ stem: String, decimalSeparator: Character) -> (value: Double, code: CurrencyID)? {
        // Read from the bytes first: most forms fail at their first lowercase letter, or
        // have no capital at all (numbers), and build no string.
        let bytes = stem.utf8
        var capitals = 0, digits = 0, firstCapital = -1, position = 0
        for byte in bytes {
            switch byte {
            case 0x41...0x5A:
                if firstCapital < 0 { firstCapital = position }
                capitals += 1
            case 0x30...0x39: digits += 1
            case UInt8(ascii: "."), UInt8(ascii: ","): break
            default: return nil
            }
            position += 1
        }
        guard capitals == 3, digits > 0, firstCapital == 0 || firstCapital == position - 3 else { return nil }
        let codeFirst = firstCapital == 0
        let code = codeFirst ? String(stem.prefix(3)) : String(stem.suffix(3))
        let number = codeFirst ? String(stem.dropFirst(3)) : String(stem.dropLast(3))
        guard let numberFirst = number.utf8.first, (0x30...0x39).contains(numberFirst), let id = gluedCode(code),
              let value = NumberReader.value(of: number, decimalSeparator: decimalSeparator) else { return nil }
        return (value, id)
    }

    /// Whether `stem` opens with three capital ASCII letters and a digit (`USD115`).
    static func mayBeCodeThenDigits(_ stem: String) -> Bool {
        var bytes = stem.utf8.makeIterator()
        for _ in 0..<3 {
            guard let byte = bytes.next(), (0x41...0x5A).contains(byte) else { return false }
        }
        guard let fourth = bytes.next() else { return false }
        return (0x30...0x39).contains(fourth)
    }

    /// The id of `code` (capitals) when it is a code written glued to amounts.
    private func gluedCode(_ code: String) -> CurrencyID? {
        let key = code.lowercased()
        guard wordFilter.mayContain(key), words[key]?.gluesToAmounts == true else { return nil }
        return currencyIDs[code]
    }

    /// `MUSD`, `kEUR`: a scale letter (rows of kind `code-scale`) glued before a code written
    /// glued to amounts: the code and the scale.
    private func scaledCode(_ stem: String) -> (CurrencyID, Double)? {
        let bytes = stem.utf8
        guard bytes.count == 4, let first = bytes.first, first < 0x80,
              bytes.dropFirst().allSatisfy({ (0x41...0x5A).contains($0) }) else { return nil }
        let letter = String(UnicodeScalar(first | 0x20))
        guard wordFilter.mayContain(letter), let scale = words[letter]?.codeScale, let code = gluedCode(String(stem.dropFirst())) else { return nil }
        return (code, scale)
    }

    /// `half a million`, `a quarter million`, `three quarters billion`: a fraction word at
    /// `index` that counts a scale after it (an article of the language may stand between),
    /// with a number or an article before it when no amount took that: the amount, and the
    /// token the amount opens with. A fraction alone, without a scale, is no amount.
    private func fractionAmount(at index: Int, in document: TokenizedDocument, consumed: Int,
                                spellout: NumberWords.Reader) -> (amount: Amount, opener: Int)? {
        let tokens = document.tokens
        guard !tokens[index].hasSuffix, let fraction = words[tokens[index].key]?.fraction else { return nil }
        let articles = current.articles
        var next = index + 1
        if next + 1 < tokens.count, !document.isBoundary(before: next), articles.contains(tokens[next].key) { next += 1 }
        guard next < tokens.count, !document.isBoundary(before: next), let (scale, after) = scale(at: next, in: document) else { return nil }
        var value = fraction
        var opener = index
        let previous = index - 1
        if previous >= consumed, previous >= 0, !document.isBoundary(before: index), !tokens[previous].hasSuffix {
            if tokens[previous].kind == .number, let count = facts(previous, in: document).number {
                value *= count
                opener = previous
            } else if articles.contains(tokens[previous].key) {
                opener = previous
            } else if opensSpelledNumber(tokens[previous], in: document), let count = spellout.value(of: tokens[previous].text) {
                value *= count
                opener = previous
            }
        }
        return (scaled(value * scale, end: after, in: document), opener)
    }

    /// `15 dollars 50.`, `15 dollars and 50.`: one or two digits after a currency (and a link
    /// word of sub-units) that end the phrase, which count as its hundredths although no
    /// sub-unit word follows: their value, the token end and the end of the digits.
    private func trailingHundredths(at end: Int, in document: TokenizedDocument) -> (Double, Int, Int)? {
        let tokens = document.tokens
        guard end < tokens.count, !document.isBoundary(before: end) else { return nil }
        let index = facts(end, in: document).linksSubunit && end + 1 < tokens.count ? end + 1 : end
        guard !document.isBoundary(before: index), tokens[index].kind == .number, !tokens[index].hasSuffix,
              tokens[index].form.stemCharacterCount <= 2, facts(index, in: document).isDigits,
              let value = facts(index, in: document).number else { return nil }
        // The phrase ends there: the text does, or a mark that joins no numbers (`.`, `,`, `;`).
        let after = index + 1
        guard after == tokens.count || (tokens[after].kind == .punctuation && !["-", "/"].contains(tokens[after].text)) else { return nil }
        return (value / 100, after, tokens[index].range.upperBound)
    }

    /// `thirteen dollars forty five.`, `15 dollars and fifty.`: a spelled number from 1 to 99
    /// of at most three words (and a hyphen) after a currency (and a link word of sub-units)
    /// that ends the phrase, as ``trailingHundredths(at:in:)`` reads digits.
    private func spelledHundredths(at end: Int, in document: TokenizedDocument, spellout: NumberWords.Reader) -> (Double, Int, Int)? {
        let tokens = document.tokens
        guard end < tokens.count, !document.isBoundary(before: end) else { return nil }
        let index = facts(end, in: document).linksSubunit && end + 1 < tokens.count ? end + 1 : end
        guard !document.isBoundary(before: index), tokens[index].kind == .word, !tokens[index].hasSuffix,
              opensSpelledNumber(tokens[index], in: document) else { return nil }
        var after = index
        var phrase = ""
        while after < tokens.count, after - index < 4, !document.isBoundary(before: after), !tokens[after].hasSuffix,
              tokens[after].kind == .word || (PlaceExtractor.isHyphen(tokens[after]) && after > index && document.touches(after - 1, after)) {
            if after > index, tokens[after].text != "-", tokens[after - 1].text != "-" { phrase += " " }
            phrase += tokens[after].text
            after += 1
        }
        // The phrase ends there: the text does, or a mark that joins no numbers (`.`, `,`, `;`).
        guard after > index, tokens[after - 1].kind == .word,
              after == tokens.count || (tokens[after].kind == .punctuation && !["-", "/"].contains(tokens[after].text)),
              let value = spellout.value(of: phrase), value >= 1, value <= 99, value == value.rounded() else { return nil }
        return (value / 100, after, tokens[after - 1].range.upperBound)
    }

    // MARK: - Currencies

    /// A currency name or sign starting at `index`: its code, the token end, and the end of
    /// its stem in the normalized text (the span stops before `’luk`).
    private func currency(at start: Int, in document: TokenizedDocument) -> (CurrencyID, Int, Int)? {
        let tokens = document.tokens
        guard start < tokens.count, !document.isBoundary(before: start) else { return nil }
        let opening = facts(start, in: document)
        // Most words after a number open nothing: no link word, currency name or code, and no
        // sign here or after it (`usd$`).
        guard opening.linksCurrency || opening.mayOpenCurrency || tokens[start].kind == .symbol
            || (start + 1 < tokens.count && tokens[start + 1].kind == .symbol) else { return nil }
        var index = start
        // `4 millions d’euros`, `30 milliards de dollars`.
        if opening.linksCurrency, index + 1 < tokens.count { index += 1 }
        if let code = compoundSign(at: index, in: document) {
            return (code, index + 2, document.span(index..<(index + 2)).upperBound)
        }
        let form = facts(index, in: document)
        let longest = form.opensLongerName ? currencies.maxWords : 1
        let mayBeLong = longest >= 3 && mayOpenLongName(at: index, in: document, secondByKey: false)
        for length in stride(from: min(longest, tokens.count - index), through: 1, by: -1) {
            if length >= 3, !mayBeLong { continue }
            let span = index..<(index + length)
            if span.dropLast().contains(where: { tokens[$0].hasSuffix }) { continue }
            if length > 1, (span.lowerBound + 1..<span.upperBound).contains(where: { document.isBoundary(before: $0) }) { continue }
            if let code = length == 1 ? form.code : currencies.names[document.key(of: span)].flatMap({ currencyIDs[$0] }) {
                // `bir Ar-Ge çağrısı`, `zwei Euro-Münzen`: the head of a hyphenated word is none.
                if opensCompound(at: span.upperBound, in: document) { return nil }
                return (code, span.upperBound, document.span(span).upperBound)
            }
        }
        // `5 milyon USD`: an ISO code as written, in running text (not a line in capitals).
        if let code = form.writtenCode, index + 1 >= tokens.count || !tokens[index + 1].isAllCaps,
           start < 2 || !tokens[start - 2].isAllCaps {
            return (code, index + 1, tokens[index].stemRange.upperBound)
        }
        if current.suffixes != nil { return suffixedCurrency(at: index, in: document) }
        return nil
    }

    /// Whether token `index` is a hyphen that joins the word before it to a word after it.
    private func opensCompound(at index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        return index + 1 < tokens.count && PlaceExtractor.isHyphen(tokens[index]) && document.touches(index - 1, index)
            && document.touches(index, index + 1) && tokens[index + 1].kind == .word
    }

    /// A currency name whose last word carries a case ending without an apostrophe:
    /// `sterline`, `yuanı`, `dolarlık`, `ABD dolarını` (`doları` + `nı`).
    private func suffixedCurrency(at index: Int, in document: TokenizedDocument) -> (CurrencyID, Int, Int)? {
        let tokens = document.tokens
        let longest = facts(index, in: document).opensLongerName ? currencies.maxWords : 1
        // Before the stem, the second word is written by its key when it is the last there.
        let mayBeLong = longest >= 4 && mayOpenLongName(at: index, in: document, secondByKey: false)
        let mayBeThree = longest >= 3 && mayOpenLongName(at: index, in: document, secondByKey: true)
        for length in stride(from: min(longest, tokens.count - index), through: 1, by: -1) {
            if length >= 4 ? !mayBeLong : length == 3 && !mayBeThree { continue }
            let span = index..<(index + length)
            if span.contains(where: { tokens[$0].hasSuffix }) { continue }
            if length == 1 {
                let last = tokens[index]
                guard last.kind == .word, let (code, stemLength) = facts(index, in: document).suffixedCode else { continue }
                return (code, index + 1, last.range.lowerBound + stemLength)
            }
            if (span.lowerBound + 1..<span.upperBound).contains(where: { document.isBoundary(before: $0) }) { continue }
            let last = tokens[span.upperBound - 1]
            guard last.kind == .word else { continue }
            let prefix = length > 1 ? document.key(of: index..<(span.upperBound - 1)) + (last.spaceBefore ? " " : "") : ""
            for (stem, _) in (current.suffixes?.unitSplits(of: last.key) ?? []) {
                if let code = currencies.names[prefix + stem].flatMap({ currencyIDs[$0] }) {
                    let length = String(last.text.unicodeScalars.prefix(stem.unicodeScalars.count)).utf16.count
                    return (code, span.upperBound, last.range.lowerBound + length)
                }
            }
        }
        return nil
    }

    /// Whether a currency name of three tokens or more may start at token `index`: some name
    /// opens with the first two tokens as a span's key writes them (the second by its key when
    /// `secondByKey`, else lowercase). Building the keys of every longer span after a first
    /// word of a longer name (`abd`, `new`) and looking each up cost more than the rest of
    /// the search for a currency.
    private func mayOpenLongName(at index: Int, in document: TokenizedDocument, secondByKey: Bool) -> Bool {
        let tokens = document.tokens
        guard index + 2 < tokens.count else { return false }
        let second = tokens[index + 1], third = tokens[index + 2]
        // From the strings' contiguous bytes, on the stack: built from their `utf8` views, the
        // probe cost some 1,100 instructions, and as an array an allocation a call.
        var (first, next) = (tokens[index].lower, secondByKey ? second.key : second.lower)
        let space = second.spaceBefore
        return first.withUTF8 { first in
            next.withUTF8 { next in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: first.count + 1 + next.count) { buffer in
                    var count = 0
                    for byte in first {
                        buffer[count] = byte
                        count += 1
                    }
                    if space {
                        buffer[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    for byte in next {
                        buffer[count] = byte
                        count += 1
                    }
                    let probe = UnsafeBufferPointer(rebasing: buffer[..<count])
                    // A scalar from U+0300 on, in the probe or opening the third token, may
                    // compose with its neighbour in NFC: maybe.
                    if probe.contains(where: { $0 >= 0xCC }) { return true }
                    if !third.spaceBefore, (third.lower.utf8.first ?? 0) >= 0xCC || (third.key.utf8.first ?? 0) >= 0xCC { return true }
                    return namePrefixes.mayOpenKey(probe)
                }
            }
        }
    }

    /// Whether some prefix of `word` that ``SuffixGrammar`` could read as its stem (two
    /// letters or more, before an ending of one to seven) is `wanted`: unless one is, the word
    /// need not be split at all.
    private func hasStem(_ word: String, where wanted: (String) -> Bool) -> Bool {
        let count = word.count
        guard count >= 3 else { return false }
        return (max(2, count - 7)..<count).contains { wanted(String(word.prefix($0))) }
    }

    /// The one-word currency name `form` writes with a case ending, and its stem's length.
    private func suffixedCode(of form: TokenForm, suffixes: SuffixGrammar) -> (code: CurrencyID, stemLength: Int)? {
        guard nameOpenings.mayOpen(form.key), hasStem(form.key, where: { currencies.names[$0] != nil }) else { return nil }
        for (stem, _) in suffixes.unitSplits(of: form.key) {
            if let code = currencies.names[stem].flatMap({ currencyIDs[$0] }) {
                return (code, String(form.text.unicodeScalars.prefix(stem.unicodeScalars.count)).utf16.count)
            }
        }
        return nil
    }

    /// A sign written with letters beside it, at `index` and `index + 1`: a code or country
    /// letters before it (`usd$`, `hk $`, `c$`, `ABD $`), or, in languages whose translations
    /// write it so, a letter after it (`$ c` for `c$`).
    private func compoundSign(at index: Int, in document: TokenizedDocument) -> CurrencyID? {
        let tokens = document.tokens
        guard index + 1 < tokens.count, !document.isBoundary(before: index + 1), !tokens[index].hasSuffix else { return nil }
        let first = tokens[index], second = tokens[index + 1]
        // `A$`, `US$`, `hk $`: an article of the language before a sign (`a $48 million`) is
        // no currency's letter.
        if first.kind == .word, second.kind == .symbol,
           document.touches(index, index + 1) || !current.articles.contains(first.key),
           Self.isLettersWithDots(first.stem) {
            // dates21en: letters with a dot inside (`U.S$`, `U.S $`, a row of `currency-words.tsv`);
            // `U.S. $20 bill` ends with its dot and is the adjective of what follows.
            if first.form.stemCharacterCount == 3, codes.contains(first.stem.uppercased()), currencies.names[second.key] != nil {
                return currencyIDs[first.stem.uppercased()]
            }
            return currencies.names[first.lower + second.key].flatMap { currencyIDs[$0] }
        }
        // `$ c`, `$ hk`, `$ us`, `$ usd`: the letters of a sign (`c$`, `hk$`) or a code after it.
        if first.kind == .symbol, second.kind == .word, second.spaceBefore, (1...3).contains(second.form.stemCharacterCount),
           current.writesSignBeforeLetter, second.stem.unicodeScalars.allSatisfy(\.properties.isAlphabetic) {
            // A code only where its letters write the same currency with the sign (`$ usd`, as
            // `us$`): `800 $ sur le marché` is no Soviet rouble.
            let code = second.stem.uppercased()
            if second.form.stemCharacterCount == 3, codes.contains(code), currencies.names[String(second.key.prefix(2)) + first.key] == code {
                return currencyIDs[code]
            }
            return currencies.names[second.key + first.key].flatMap { currencyIDs[$0] }
        }
        return nil
    }

    /// Whether `stem` is letters and full stops and does not end in one (`usd`, `U.S`): read
    /// from its bytes where it is ASCII (whose letters are the ASCII ones), else scalar by
    /// scalar from their properties, which cost some 2,200 instructions a word before a sign.
    static func isLettersWithDots(_ stem: String) -> Bool {
        var stem = stem
        let ascii = stem.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.last != UInt8(ascii: ".") && bytes.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: ".")
            }
        }
        return ascii ?? (stem.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "." } && stem.last != ".")
    }

    /// `$`, `€`, `US$`, `USD`, `usd$`, `hk$` right before a number: the code and the first token.
    private func sign(before index: Int, in document: TokenizedDocument) -> (CurrencyID, Int)? {
        if index >= 2, document.tokens[index - 1].kind == .symbol, !document.isBoundary(before: index - 1),
           let code = compoundSign(at: index - 2, in: document) {
            return (code, index - 2)
        }
        // `U$D 90 millones`, `U$S`: a sign written between two letters, the three glued.
        if index >= 3, document.tokens[index - 1].kind == .word, document.tokens[index - 2].kind == .symbol,
           document.tokens[index - 3].kind == .word, document.touches(index - 3, index - 2), document.touches(index - 2, index - 1),
           !document.isBoundary(before: index - 2), !document.isBoundary(before: index),
           let code = currencies.names[document.tokens[index - 3].lower + document.tokens[index - 2].key + document.tokens[index - 1].lower]
            .flatMap({ currencyIDs[$0] }) {
            return (code, index - 3)
        }
        let token = document.tokens[index - 1]
        // A sign may stand a space before its number (`$ 75 million`, `€ 2 millones`), as
        // a code does; a word only touching it (`usd50`).
        guard token.kind == .symbol || token.isAllCaps || token.kind == .word,
              document.touches(index - 1, index) || ((token.isAllCaps || token.kind == .symbol) && !document.isBoundary(before: index))
        else { return nil }
        if token.kind == .word, !token.isAllCaps { return nil }
        let form = facts(index - 1, in: document)
        // `TOP 10 players`, `ALL 5 defendants`: a code that is also a word is that word before a number.
        if form.codeIsWord { return nil }
        if let code = form.writtenCode { return (code, index - 1) }
        return form.code.map { ($0, index - 1) }
    }

    // MARK: - Sub-units

    /// A sub-unit amount at `index` (`30 kuruş`, `elli sent`): its value in the main unit, the
    /// token end, the stem end and the currency the sub-unit word names (`*`: any).
    private func subunit(at index: Int, in document: TokenizedDocument, spellout: NumberWords.Reader)
        -> (Double, Int, Int, CurrencyID)? {
        let tokens = document.tokens
        guard index + 1 < tokens.count, !document.isBoundary(before: index) else { return nil }
        let amount: Amount
        if tokens[index].kind == .number {
            guard let value = facts(index, in: document).number, !tokens[index].hasSuffix else { return nil }
            amount = (value, index + 1)
        } else if tokens[index].kind == .word, !tokens[index].hasSuffix,
                  let spelled = spelledAmount(at: index, in: document, spellout: spellout) {
            amount = spelled
        } else {
            return nil
        }
        return subunit(startingWith: index, amount: amount, in: document)
    }

    /// The sub-unit word right after `amount`: the amount in the main unit (a hundredth, or the
    /// fraction `models/lexicon/quantities.tsv` gives the word: `mao` 0.1), the token end, the
    /// stem end and the sub-unit's currency.
    private func subunit(startingWith index: Int, amount: Amount, in document: TokenizedDocument)
        -> (Double, Int, Int, CurrencyID)? {
        let tokens = document.tokens
        let end = amount.end
        guard end < tokens.count, !document.isBoundary(before: end), !tokens[end - 1].hasSuffix else { return nil }
        let form = facts(end, in: document)
        guard let unit = form.subunit else { return nil }
        return (rounded(amount.value * form.subunitFraction), end + 1, tokens[end].stemRange.upperBound, unit)
    }

    /// Amounts rid of binary noise (`16,4 milyon` is 16400000, not 16399999.999999998).
    private func rounded(_ value: Double) -> Double {
        let scaled = value * 1e6
        guard scaled.magnitude < 9e15 else { return value }
        return scaled.rounded() / 1e6
    }

    private func candidate(range: Range<Int>, tokens: Range<Int>, amount: Double, code: CurrencyID) -> Candidate {
        Candidate(type: .money, range: range, tokens: tokens, value: .money(amount: rounded(amount), currency: currencyCodes[Int(code)]),
                  priority: 3)
    }
}

/// A quick, exact "no" to "does one of the keys open this word?": the keys' bytes in NFC by
/// their first two bytes (and the keys of one byte by that byte). As in ``KeyFilter``, a word
/// whose scalars are all below U+0300 is in NFC, so a key that opens it as a `String` opens
/// its bytes; other words answer "maybe".
struct KeyOpenings: Sendable {
    private let byPair: [UInt16: [[UInt8]]]
    /// The pairs of ``byPair``, a bit each: most words open with no key's pair, and are refused
    /// without hashing the pair for the dictionary (some 200 instructions a word).
    private let pairs: [UInt64]
    private let single: [Bool]

    init(_ keys: some Sequence<String>) {
        var byPair: [UInt16: [[UInt8]]] = [:]
        var pairs = [UInt64](repeating: 0, count: (1 << 16) / 64)
        var single = [Bool](repeating: false, count: 256)
        for key in keys {
            let bytes = LookupKey.canonical(Array(key.utf8))
            if bytes.count == 1 {
                single[Int(bytes[0])] = true
            } else if bytes.count >= 2 {
                let pair = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
                byPair[pair, default: []].append(bytes)
                pairs[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
            }
        }
        self.byPair = byPair
        self.pairs = pairs
        self.single = single
    }

    /// Whether some key may open `word` (false: none does).
    ///
    /// Over the word's contiguous bytes: through the generic `String.UTF8View` it cost some
    /// 600 instructions a word.
    func mayOpen(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            if bytes.contains(where: { $0 >= 0xCC }) { return true }
            guard bytes.count >= 1 else { return false }
            if single[Int(bytes[0])] { return true }
            guard bytes.count >= 2 else { return false }
            let pair = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
            guard pairs[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0, let keys = byPair[pair] else { return false }
            return keys.contains { bytes.starts(with: $0) }
        }
    }
}

/// A quick, exact "no" to "does one of the keys open with these bytes?": the keys' bytes in
/// NFC, sorted, searched for the first at or after the bytes. The caller gives bytes in NFC
/// (below U+0300) that no following scalar composes with.
struct KeyPrefixes: Sendable {
    private let sorted: [[UInt8]]

    init(_ keys: some Sequence<String>) {
        sorted = keys.map { LookupKey.canonical(Array($0.utf8)) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Whether some key opens with `bytes` (false: none does).
    func mayOpenKey(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { mayOpenKey($0) }
    }

    /// ``mayOpenKey(_:)`` of bytes in a buffer.
    func mayOpenKey(_ probe: UnsafeBufferPointer<UInt8>) -> Bool {
        // Compared as buffers: the arrays' generic `lexicographicallyPrecedes` cost some 70
        // instructions a step of the search.
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].withUnsafeBufferPointer({ Self.precedes($0, probe) }) { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low].starts(with: probe)
    }

    /// `key.lexicographicallyPrecedes(probe)`, byte by byte.
    private static func precedes(_ key: UnsafeBufferPointer<UInt8>, _ probe: UnsafeBufferPointer<UInt8>) -> Bool {
        let shared = min(key.count, probe.count)
        var index = 0
        while index < shared {
            if key[index] != probe[index] { return key[index] < probe[index] }
            index += 1
        }
        return key.count < probe.count
    }
}
