import HaberText

/// Cities and countries from the gazetteers in `models/geo/`.
///
/// A name is looked up on its tokens' stems (`Fransa’nın` → `fransa`), on Turkish stems
/// without an apostrophe (`Ankarada` → `ankara` + `da`, checked by vowel harmony), and,
/// for longer single words only, on ASCII-folded keys when that names one place alone
/// (`Gümüshane`). A capitalized word that opens a sentence and also occurs in lowercase in
/// the same article is taken as an ordinary word.
public struct PlaceExtractor: Extractor {
    public let name = "places"
    /// What the extractor reads and never changes, behind one reference: the extractor is
    /// copied into the closures that fill its tables and filter its candidates, and a copy
    /// retained each of these tables (23,000 copies on the bench).
    let lookups: Lookups
    var gazetteer: NameGazetteer { lookups.gazetteer }
    var vocabulary: Vocabulary { lookups.vocabulary }
    var homeCountries: [String: Set<String>] { lookups.homeCountries }
    var homeCountryCodes: [String: Set<UInt16>] { lookups.homeCountryCodes }
    var regionNames: NameSet { lookups.regionNames }
    var languages: LanguageProfiles { lookups.languages }
    var placeWords: KeyBits<PlaceWord> { lookups.placeWords }
    var streetWords: KeyBits<PersonExtractor.StreetWord> { lookups.streetWords }
    var contractedArticles: [String: [String]] { lookups.contractedArticles }

    /// The tables of ``lookups``: a class, so that a copy of the extractor retains one reference.
    final class Lookups: Sendable {
        let gazetteer: NameGazetteer
        let vocabulary: Vocabulary
        let homeCountries: [String: Set<String>]
        /// ``homeCountries`` by ``countryCode(_:)``: the countries an article is about, gathered
        /// from its places, are a set of codes hashed as integers (a set of strings, copied from
        /// the language's and hashed at each insert, cost 7 M instructions on the 2.55 MB bench).
        let homeCountryCodes: [String: Set<UInt16>]
        /// Names of regions no city of their country bears (``ExtractionModels/regionNames``).
        let regionNames: NameSet
        let languages: LanguageProfiles
        /// Currency names of one word, and month and weekday names (``PlaceWord``), in one table
        /// looked up by bytes: three `Set<String>` lookups of a form's key cost 6.7 M instructions
        /// on the 2.55 MB bench (a Turkish key is hashed through NFC), one lookup here 1.4 M.
        let placeWords: KeyBits<PlaceWord>
        /// ``Vocabulary``'s street words by bytes (``PersonExtractor/StreetWord``).
        let streetWords: KeyBits<PersonExtractor.StreetWord>
        /// Per language, the articles its contractions hold (``Vocabulary/placeContractions``), once each.
        let contractedArticles: [String: [String]]

        init(gazetteer: NameGazetteer, vocabulary: Vocabulary, homeCountries: [String: Set<String>],
             homeCountryCodes: [String: Set<UInt16>], regionNames: NameSet, languages: LanguageProfiles,
             placeWords: KeyBits<PlaceWord>, streetWords: KeyBits<PersonExtractor.StreetWord>,
             contractedArticles: [String: [String]]) {
            self.gazetteer = gazetteer
            self.vocabulary = vocabulary
            self.homeCountries = homeCountries
            self.homeCountryCodes = homeCountryCodes
            self.regionNames = regionNames
            self.languages = languages
            self.placeWords = placeWords
            self.streetWords = streetWords
            self.contractedArticles = contractedArticles
        }
    }

    /// Gazetteer lookups of a token's form, kept per form id: a capitalized word comes back
    /// in article after article. The extractor serves one pipeline (one thread).
    let facts = PlaceFormFacts()

    final class PlaceFormFacts: @unchecked Sendable {
        /// ``Marks`` of the form: read for every token, so that only the few that can open a
        /// name are looked at further.
        let marks = FormFacts<Marks>()
        /// What the gazetteer says of the form alone.
        let forms = FormFacts<PlaceForm>()
        /// Whether the form is a word that makes the name before or after it a street
        /// (`models/lexicon/street-words.tsv`): bit 0 after, bit 1 before.
        let streets = FormFacts<UInt8>()
        /// Whether the form's key is a word of the lists of names of its language (bit 0:
        /// ``Vocabulary/placeListWords``) or a place cue there (bit 1: ``Vocabulary/placeCues``),
        /// read by ``cueBits(_:in:)``: a list is read from every town found alone, and the
        /// words around it, each hashed as a string, cost 7 M instructions on the 2.59 MB bench.
        let cueWords = FormFacts<UInt8>()
        /// Names of several tokens, by the forms of their tokens.
        var phrases = PhraseTrie<Phrase>()
        /// What the gazetteer says of a key, by key id (``TokenForm/keyID``): `Ankara`,
        /// `ANKARA` and `Ankara'da` are three forms of one key, looked up once.
        var keys: [KeyReading?] = []
        /// ``Vocabulary/zipf(_:in:)`` of each key of `keys` (as many) in hundredths (the unit
        /// the vocabulary stores), by the place of the language in ``languages``,
        /// ``KeyReading/unknownZipf`` where not asked yet: a key comes back in articles of
        /// other languages (`Paris`), and one frequency kept, asked again at each change of
        /// language, cost 6 M instructions on the 2.55 MB bench. A vector, not an array: an
        /// array copied at each new language. Beside `keys`, not in its readings: reading one
        /// field of a reading copied the reading (two retains and releases an ask).
        var keyZipfs: [SIMD8<UInt16>] = []
        /// ``NameGazetteer/entries(forFoldedKey:)`` of the folded key of each key of `keys`
        /// (as many), once asked; beside `keys` for the same reason.
        var foldedByKey: [[GazetteerEntry]?] = []
        /// The form space `keys` belongs to.
        var keySpace = -1
        /// The languages of ``keyZipfs``, in the order met (at most eight kept).
        var languages: [String] = []
        /// `geonames:` refs by id, built once: a place named in article after article.
        var geonamesRefs: [Int: String] = [:]
        /// The spans of ``spans(from:in:marks:into:)``, kept between calls so that a name that
        /// may go on (half the words that open one) allocates no array.
        var spans: [(tokens: Range<Int>, phrase: Int32)] = []
        /// The marked key of a span (``markedKey(of:in:)``), rebuilt in place for each.
        var keyBytes: [UInt8] = []
        /// The matches of ``candidates(in:context:)``, kept between calls so that a document
        /// grows no array (3.4 M instructions of growth on the 2.55 MB bench); emptied after each.
        var matches: [Match] = []
        /// What the extractor's tables say of the document's language, looked up once per
        /// document (``prepareLanguage(_:of:)``): read at every form met, each lookup hashed the
        /// language's code (17,000 dictionary lookups, 5.4 M instructions on the 2.55 MB bench).
        var language = LanguageTables()

        /// ``PlaceExtractor/homeCountries``, ``PlaceExtractor/contractedArticles`` and
        /// ``Vocabulary/placeNameEndings`` of one language, and its place in ``languages``.
        struct LanguageTables {
            var code: String?
            var homeCountries: Set<String>?
            var articles: [String]?
            var endings: [Vocabulary.PlaceNameEnding]?
            var zipfSlot: Int?
            var listWords: Set<String>?
            var cues: Set<String>?
        }

        /// ``language`` for `document`'s language; the language gets its place in
        /// ``languages`` (at most eight kept) as ``reading(of:in:)`` gave it one.
        func prepareLanguage(_ extractor: PlaceExtractor, of document: TokenizedDocument) {
            let code = document.language
            guard language.code != code else { return }
            var slot = languages.firstIndex(of: code)
            if slot == nil, languages.count < SIMD8<UInt16>.scalarCount {
                languages.append(code)
                slot = languages.count - 1
            }
            language = LanguageTables(code: code, homeCountries: extractor.homeCountries[code],
                                      articles: extractor.contractedArticles[code],
                                      endings: extractor.vocabulary.placeNameEndings[code], zipfSlot: slot,
                                      listWords: extractor.vocabulary.placeListWords[code], cues: extractor.vocabulary.placeCues[code])
        }

        /// `keys` for the form space of `document`: the readings of the keys it shares with
        /// the space before stay (``TokenizedDocument/sharedKeys(from:)``).
        func prepareKeys(for document: TokenizedDocument) {
            guard keySpace != document.formSpace else { return }
            let kept = min(keys.count, document.sharedKeys(from: keySpace))
            keys.removeSubrange(kept...)
            keyZipfs.removeSubrange(kept...)
            foldedByKey.removeSubrange(kept...)
            keySpace = document.formSpace
            if geonamesRefs.count > 20_000 { geonamesRefs.removeAll(keepingCapacity: true) }
        }
    }

    /// What a key's word is besides a place name.
    struct PlaceWord: OptionSet, Sendable {
        let rawValue: UInt8

        /// A currency name of one word (`lira`, `real`): such a word names the currency, not
        /// the town of that name (`Lira`, Uganda), unless an apostrophe's case ending makes it a place.
        static let currency = PlaceWord(rawValue: 1 << 0)
        /// A month or weekday name of some language (ICU/CLDR): after a place cue such a word
        /// is the date's (`in March`), not the town of that name.
        static let calendar = PlaceWord(rawValue: 1 << 1)
    }

    /// What the gazetteer holds for a phrase of several tokens (``PlaceFormFacts/phrases``),
    /// each part read on first need.
    struct Phrase {
        /// The run of the phrase's keys in the index: where the keys of its longer phrases are
        /// searched for, and whether some name goes on after it.
        var run: CompactIndex.KeyRun?
        /// The entries the phrase names that can count in the document's language.
        var entries: [GazetteerEntry]?
    }

    /// The readings of one key that do not depend on the form that writes it.
    struct KeyReading {
        /// ``NameGazetteer/opensLongerName(_:)``.
        var opensLongerName: Bool
        /// ``NameGazetteer/entries(forKey:)``, whatever the document's language.
        var entries: [GazetteerEntry]
        /// The key names entries and a region (``withoutRegions(_:namesRegion:)``): asked once
        /// per key, not hashed again at each new form of it.
        var namesRegion: Bool

        /// A frequency of ``PlaceFormFacts/keyZipfs`` not asked yet.
        static let unknownZipf = UInt16.max
    }

    /// What the extractor reads of every token's form, worked out once per form.
    struct Marks: OptionSet, Sendable {
        let rawValue: UInt8

        /// A place name may open at the form (``mayOpen(_:profile:in:)``).
        static let opens = Marks(rawValue: 1 << 0)
        /// A hyphen, full stop or apostrophe, which may join the words of one name.
        static let joinsWords = Marks(rawValue: 1 << 1)
    }

    /// What the gazetteer says of one form, with the entries that can count in the form's
    /// language (``fits(_:_:)``) only.
    ///
    /// A class: the facts are read at every token that may open a name, and a struct of six
    /// arrays was copied out of ``PlaceFormFacts/forms`` (six retains, then six releases) at
    /// each read: 9 M instructions of copies on the 2.55 MB bench, one retain now. Its facts
    /// are worked out by ``readPlace(_:profile:in:)`` before it is made.
    ///
    /// A form that names nothing (most capitalized words) shares ``nothing``: an instance for
    /// each cost its allocation and release, some 8 M instructions on the bench.
    final class PlaceForm: Sendable {
        /// The form that names no place and opens no name.
        static let nothing = PlaceForm(PlaceFormReading())

        let facts: PlaceFormReading

        init(_ facts: PlaceFormReading) { self.facts = facts }

        /// A form of `facts`, ``nothing`` when they name nothing.
        static func keeping(_ facts: PlaceFormReading) -> PlaceForm {
            let namesNothing = !facts.opensLongerName && facts.entries.isEmpty && facts.stems.isEmpty && facts.folded.isEmpty
                && facts.inflected == nil && facts.withArticle.isEmpty
            return namesNothing ? nothing : PlaceForm(facts)
        }
    }

    /// The facts of a ``PlaceForm``, worked out before the form is shared.
    struct PlaceFormReading: Sendable {
        /// Some name of several words opens with the form's key.
        var opensLongerName = false
        /// The Zipf frequency of the form's key as an ordinary word of its language, where a
        /// fact reads it: the key names places, or an article or the folded key makes the word
        /// a name (0 otherwise, as no fact reads it then).
        var zipf = 0.0
        /// Entries named by the key alone.
        var entries: [GazetteerEntry] = []
        /// Whether the word alone can name one of `entries` somewhere: not an ordinary word
        /// too frequent for them (``isOrdinaryWord(frequency:entries:hasSuffix:)``), and in
        /// capitals only a place written so.
        var namesAlone = false
        /// Whether the word, too frequent to name its entries alone, names a city of a country
        /// where the article's language is spoken right after a place cue (`bei Tübingen`).
        var namesAfterCue = false
        /// Stems without an apostrophe before a case ending of two letters or more
        /// (`Ankarada` → `ankara`) that name entries and are no ordinary word, with the stem's
        /// Zipf frequency and its length in the token's text.
        var stems: [(entries: [GazetteerEntry], zipf: Double, length: Int)] = []
        /// Entries of the ASCII-folded key of a long, uncommon word (`Gümüshane`), when they
        /// name one place and a major one (and are no alternate names), and the word is no
        /// ordinary word.
        var folded: [GazetteerEntry] = []
        /// Entries of the base of a word that names no place alone but ends in a case ending
        /// of the language's place names (`Frankreichs`, `Niederlanden`: ``Vocabulary/placeNameEndings``),
        /// a country or a city of 15,000 people or more that is no ordinary word, with the
        /// base's Zipf frequency and its length in the token's scalars (the value is the base).
        var inflected: (entries: [GazetteerEntry], zipf: Double, baseScalars: Int)?
        /// Entries of the word's key after an article the language fuses with a preposition
        /// (``Vocabulary/placeContractions``): `Bourget` names Le Bourget after `au`, `du`.
        var withArticle: [(article: String, entries: [GazetteerEntry])] = []
        /// The word is a month or weekday name (``PlaceWord/calendar``).
        var isCalendarWord = false
    }

    public init(models: ExtractionModels) {
        var placeWords = KeyBits<PlaceWord>()
        // A byte of the name's UTF-8, not `contains(" ")`: Foundation's search for a string
        // cost 5,400 instructions a name, 12.7 M for the 2,335 names at each start.
        placeWords.insert(contentsOf: models.currencies.names.keys.filter { !$0.utf8.contains(UInt8(ascii: " ")) }, .currency)
        placeWords.insert(contentsOf: models.calendar.months.keys, .calendar)
        placeWords.insert(contentsOf: models.calendar.weekdays.keys, .calendar)
        lookups = Lookups(gazetteer: models.places, vocabulary: models.vocabulary, homeCountries: models.homeCountries,
                          homeCountryCodes: models.homeCountries.mapValues { Set($0.map(Self.countryCode)) },
                          regionNames: models.regionNames, languages: models.languageProfiles, placeWords: placeWords,
                          streetWords: PersonExtractor.StreetWord.table(models.vocabulary),
                          contractedArticles: models.vocabulary.placeContractions.mapValues { Set($0.values).sorted() })
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        // Moved out of the facts while it is filled, so that filling it copies nothing.
        var matches = facts.matches
        facts.matches = []
        defer {
            matches.removeAll(keepingCapacity: true)
            facts.matches = matches
        }
        let profile = languages[document.language]
        facts.phrases.prepare(for: document)
        facts.prepareKeys(for: document)
        facts.prepareLanguage(self, of: document)
        let marks = facts.marks.table(for: document) { token in
            var marks: Marks = mayOpen(token, profile: profile, in: document) ? .opens : []
            if token.kind != .word, Self.joinsWords(token.form.text) { marks.insert(.joinsWords) }
            return marks
        }
        let datelinePlace = context.datelinePlace ?? Self.capitalsLead(in: document)
        let dateline = datelinePlace?.lowerBound
        // The date line's place opens a name whatever its form's marks say (`DETROIT`).
        for index in tokens.indices where (marks[Int(document.formIDs[index])] ?? []).contains(.opens) || index == dateline {
            if let match = longestMatch(at: index, in: document, profile: profile, marks: marks, datelinePlace: datelinePlace) {
                matches.append(match)
            }
        }
        // Small towns abroad count only where the article is about their country: the
        // countries are gathered the first time a small town asks (most articles, never).
        var countries: Set<UInt16>?
        func isAbout(_ country: String) -> Bool {
            if let countries { return countries.contains(Self.countryCode(country)) }
            var gathered = homeCountryCodes[document.language] ?? []
            // By index: a match taken out of the array was copied (its entries retained).
            for match in matches.indices {
                for index in matches[match].entries.indices where matches[match].entries[index].type == .country {
                    gathered.insert(Self.countryCode(matches[match].entries[index].country))
                }
            }
            countries = gathered
            return gathered.contains(Self.countryCode(country))
        }
        // Read in place: a filtered copy of each match's entries cost more than the choice.
        // Through a pointer: an entry passed to a closure by value was copied (three strings).
        func counts(_ entry: UnsafePointer<GazetteerEntry>) -> Bool {
            entry.pointee.population >= 15_000 || entry.pointee.isProvince || isAbout(entry.pointee.country)
        }
        func geonamesRef(_ id: Int) -> String {
            if let known = facts.geonamesRefs[id] { return known }
            let ref = "geonames:" + String(id)
            facts.geonamesRefs[id] = ref
            return ref
        }
        var found: [Candidate] = []
        found.reserveCapacity(matches.count)
        // The end of the last name of several words that names a region, not a city.
        var regionEnd = 0
        // The end of the match before, whatever it became: a place right before a word is no
        // sign that the word ends a longer name.
        var previousEnd = -1
        // Through a pointer: a match taken out of the array was copied three times (its entries
        // retained and released each time), 4 M instructions on the bench.
        matches.withUnsafeBufferPointer { matches in
            guard let first = matches.baseAddress else { return }
            for index in matches.indices {
                let match = first + index
                defer { previousEnd = max(previousEnd, match.pointee.tokens.upperBound) }
                if match.pointee.tokens.lowerBound < regionEnd { continue }
                if namesRegion(match.pointee, in: document) {
                    regionEnd = match.pointee.tokens.upperBound
                    continue
                }
                guard let best = best(match.pointee.entries, where: counts) else { continue }
                // An inflected name follows its head noun (`Export Italiens`).
                if match.pointee.tokens.count == 1, match.pointee.tokens.lowerBound != dateline, !match.pointee.named,
                   match.pointee.baseScalars == nil,
                   endsLongerName(match.pointee.tokens.lowerBound, after: previousEnd, profile: profile, in: document) {
                    continue
                }
                let text = document.originalText(ofSpan: match.pointee.range)
                let entry = match.pointee.entries[best]
                let canonical = match.pointee.folded && entry.name != text ? entry.name : nil
                let value = match.pointee.baseScalars.map { String(String.UnicodeScalarView(text.unicodeScalars.prefix($0))) } ?? text
                found.append(Candidate(type: entry.type, range: match.pointee.range, tokens: match.pointee.tokens, value: .name(value),
                                       canonical: canonical,
                                       ref: Self.ref(entry, among: match.pointee.entries, where: counts, geonames: geonamesRef),
                                       // The lead's place over an acronym of the same word (`TOULOUSE –`).
                                       priority: match.pointee.tokens.lowerBound == dateline || match.pointee.named ? 5
                                           : entry.type == .country ? 3 : 2))
            }
        }
        if facts.language.listWords != nil,
           found.contains(where: { $0.type == .city && $0.tokens.count == 1 && $0.tokens.lowerBound != dateline }) {
            // By token index: a set of indices hashed each one.
            var placeTokens = [Bool](repeating: false, count: tokens.count)
            for candidate in found {
                for index in candidate.tokens { placeTokens[index] = true }
            }
            found.removeAll { candidate in
                candidate.type == .city && candidate.tokens.count == 1 && candidate.tokens.lowerBound != dateline
                    && isInListOfOtherNames(candidate.tokens.lowerBound, places: placeTokens, in: document)
            }
        }
        return found
    }

    /// Whether the one word at `index` ends a longer capitalized name that is no place
    /// (`Rocket Factory Augsburg`, `Business Joensuu`, `Nord France Invest`): it comes right
    /// after a capitalized word of four letters or more of the same sentence (not in capitals:
    /// an acronym or a surname, `Murat TOKAT Konya Sanayi Odası`), not its first word, that
    /// ends no place found (`previousEnd`) and names none alone (`Business` opens `Business
    /// Bay`: no matter). A word with
    /// a case ending is a place the sentence speaks of (`Bakan Varank Kocaeli'de`). In a
    /// language that capitalizes its nouns, only a word clearly rarer there than in English
    /// says so (`Factory`, not `Region Stuttgart`, `Landeshauptstadt München`, `Export`); a line in title case
    /// (`Clusters Visit Stuttgart`) says nothing.
    private func endsLongerName(_ index: Int, after previousEnd: Int, profile: LanguageProfiles.Profile,
                                in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        guard index > 1, previousEnd != index, !tokens[index].hasSuffix, !document.isBoundary(before: index) else { return false }
        let previous = index - 1
        let word = tokens[previous]
        guard word.kind == .word, word.isCapitalized, !word.isAllCaps, !word.hasSuffix, word.form.stemCharacterCount >= 4,
              !document.isInitial(previous), !namesPlaceAlone(document.formIDs[previous], in: document) else { return false }
        // `« Depuis Tanger, …`: the first word of a quotation opens it like a sentence (a
        // hyphen inside a word is no such mark: `BIO-Europe Spring`).
        if tokens[previous - 1].kind == .punctuation, tokens[previous - 1].isOpeningMark,
           previous < 2 || !document.touches(previous - 2, previous - 1) { return false }
        if profile.capitalizesNouns {
            let zipf = vocabulary.zipf(word.key, in: document.language)
            guard zipf < 4.0, zipf + 0.5 < vocabulary.zipf(word.key, in: "en") else { return false }
        }
        return !isTitleCaseLine(index, in: document)
    }

    /// Whether every word of four letters or more on the line of the token at `index` is
    /// capitalized (a title in title case).
    private func isTitleCaseLine(_ index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        var start = index
        while start > 0, tokens[start].newlinesBefore == 0 { start -= 1 }
        var end = index + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        for k in start..<end where tokens[k].kind == .word && tokens[k].form.stemCharacterCount >= 4 && !tokens[k].isCapitalized {
            return false
        }
        return true
    }

    /// Whether the one word at `index` is an item of a list of three names or more, joined by
    /// the language's list words (`lexicon/place-cues.tsv` kind `list`: commas and
    /// conjunctions), none of whose other items is a place found (`places`, true at their token indices):
    /// a list of companies (`Forvia, Mahle et Hutchinson`, `Stellantis, Renault ve Toyota'nın`),
    /// not of towns (`in Feuerbach, Bad Cannstatt und Friedrichshafen`). A list after a place
    /// cue is one of places, and a word with a case ending is the place the sentence speaks
    /// of (`Brianza ve Udine'deki üreticiler`).
    private func isInListOfOtherNames(_ index: Int, places: [Bool], in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        guard !tokens[index].hasSuffix else { return false }
        func isListWord(_ k: Int) -> Bool {
            k > 0 && k + 1 < tokens.count && (tokens[k].kind == .word || tokens[k].kind == .punctuation) && cueBits(k, in: document) & 1 != 0
        }
        func isNameWord(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].isCapitalized }
        // A hyphen inside a name (`Mercedes-Benz`), or a short lowercase word between its
        // capitalized words (`Oliveira de Azeméis`).
        func isJoiner(_ k: Int) -> Bool {
            guard k > 0, k + 1 < tokens.count, isNameWord(k + 1) else { return false }
            if tokens[k].kind == .word {
                return !tokens[k].isCapitalized && tokens[k].form.stemCharacterCount <= 3 && isNameWord(k - 1) && cueBits(k, in: document) & 1 == 0
            }
            return tokens[k].text == "-" && document.touches(k - 1, k) && document.touches(k, k + 1)
        }
        var items: [Range<Int>] = []
        // Whether a conjunction joins two items: a list ends with one (`Mahle et Hutchinson`),
        // where `Feyzin, Arkema, Elkem, Seqens et la raffinerie` goes on with no name.
        var conjoined = false
        // Items before the word, each ending right before a list word.
        var first = index
        var k = index - 1
        while items.count < 3, isListWord(k), !document.isBoundary(before: k + 1), !document.isBoundary(before: k) {
            var start = k
            var words = 0
            while start > 0, words < 4, !tokens[start - 1].hasSuffix, isNameWord(start - 1) || isJoiner(start - 1) {
                if isNameWord(start - 1) { words += 1 }
                start -= 1
                if document.isBoundary(before: start) { break }
            }
            guard words > 0, start < k else { break }
            if tokens[k].kind == .word { conjoined = true }
            items.append(start..<k)
            first = start
            k = start - 1
        }
        if first > 0, !document.isBoundary(before: first), cueBits(first - 1, in: document) & 2 != 0 {
            return false
        }
        // Items after the word, each opening right after a list word.
        k = index + 1
        while items.count < 6, k < tokens.count, !tokens[k - 1].hasSuffix, isListWord(k), !document.isBoundary(before: k), !document.isBoundary(before: k + 1) {
            var end = k + 1
            var words = 0
            while end < tokens.count, words < 4, isNameWord(end) || (end > k + 1 && isJoiner(end)) {
                if end > k + 1, document.isBoundary(before: end) { break }
                if isNameWord(end) { words += 1 }
                end += 1
                if tokens[end - 1].hasSuffix { break }
            }
            guard words > 0 else { break }
            if tokens[k].kind == .word { conjoined = true }
            items.append((k + 1)..<end)
            k = end
            guard k < tokens.count else { break }
        }
        guard items.count >= 2, conjoined else { return false }
        return !items.contains { item in item.contains { places[$0] } }
    }

    /// The registry identifier of the place `best` names, chosen among the `entries` of
    /// the same name: a COUNTRY's ISO 3166-1 code (`iso3166:FR`); for a CITY the GeoNames id
    /// (`geonames:323786`) of, in `best`'s country,
    /// 1. the most populous city of 15,000 people or more (`Ankara`: the capital, not the province);
    /// 2. else a Turkish province, then a district, of that name (GeoNames ADM1, ADM2:
    ///    `Kocaeli` is the province, not a village of 600 people);
    /// 3. else the most populous place that has an id;
    /// the smallest id among equals; nil when no entry has an id (a CLDR name GeoNames
    /// does not know). Once per found name, over the entries already looked up.
    static func ref(_ best: GazetteerEntry, among entries: [GazetteerEntry]) -> String? {
        ref(best, among: entries, where: { _ in true }, geonames: { "geonames:" + String($0) })
    }

    /// ``ref(_:among:)`` among the entries that `counts`, the `geonames:` ref of an id
    /// written by `geonames`.
    static func ref(_ best: GazetteerEntry, among entries: [GazetteerEntry], where counts: (UnsafePointer<GazetteerEntry>) -> Bool,
                    geonames: (Int) -> String) -> String? {
        if best.type == .country { return best.country.isEmpty ? nil : "iso3166:" + best.country }
        func rank(_ entry: GazetteerEntry) -> (Int, Int) {
            let tier = entry.population >= 15_000 ? 3 : entry.isProvince ? (entry.isDistrict ? 1 : 2) : 0
            return (tier, entry.population)
        }
        var chosen: (rank: (Int, Int), id: Int)?
        entries.withUnsafeBufferPointer { entries in
            guard let first = entries.baseAddress else { return }
            for index in entries.indices where entries[index].type == .city && entries[index].country == best.country && counts(first + index) {
                guard let id = entries[index].geonames else { continue }
                let rank = rank(entries[index])
                if let current = chosen, rank < current.rank || rank == current.rank && id >= current.id { continue }
                chosen = (rank, id)
            }
        }
        return chosen.map { geonames($0.id) }
    }

    /// Whether `match`, a name of several words, names a region that no major city bears
    /// (`Nuevo León`, a state, and only villages elsewhere): neither it nor a word of it is a
    /// city there (``withoutRegions(_:named:)`` for one word).
    private func namesRegion(_ match: Match, in document: TokenizedDocument) -> Bool {
        guard match.tokens.count > 1, !match.entries.contains(where: { $0.type == .country || $0.population >= 100_000 }) else { return false }
        return regionNames.contains(document.key(of: match.tokens))
    }

    /// The lead's place in capitals where no date line gave one: a word in capitals that
    /// opens a line of the top of the article, then a dash and the text (`TOULOUSE – À une
    /// semaine du salon…`), as a dateline whose date is given above it.
    static func capitalsLead(in document: TokenizedDocument) -> Range<Int>? {
        let tokens = document.tokens
        var index = 0
        while index + 2 < min(tokens.count, 160) {
            defer { index += 1 }
            guard index == 0 || tokens[index].newlinesBefore > 0, tokens[index].kind == .word, tokens[index].isAllCaps,
                  tokens[index].text.unicodeScalars.count >= 3 else { continue }
            let dash = tokens[index + 1]
            guard dash.spaceBefore, dash.text == "–" || dash.text == "—" || dash.text == "-",
                  tokens[index + 2].newlinesBefore == 0, tokens[index + 2].isCapitalized else { continue }
            return index..<(index + 1)
        }
        return nil
    }

    /// Whether the last word of `span` is joined to the word before it by a hyphen, with no
    /// space on either side (`Vila-real`).
    static func endsHyphened(_ span: Range<Int>, in document: TokenizedDocument) -> Bool {
        let last = span.upperBound - 1
        return span.count >= 3 && document.tokens[last - 1].text == "-" && document.touches(last - 1, last) && document.touches(last - 2, last - 1)
    }

    /// A country's code (ISO 3166-1, two ASCII letters) as one integer: its bytes.
    static func countryCode(_ country: String) -> UInt16 {
        country.utf8.reduce(0) { $0 << 8 | UInt16($1) }
    }

    /// Whether `token` is a hyphen, read from its one byte: asked of the words around every
    /// place found, where comparing strings cost 1.8 M instructions on the 2.55 MB bench.
    @inline(__always)
    static func isHyphen(_ token: Token) -> Bool {
        var text = token.text
        return text.utf8.count == 1 && text.withUTF8 { $0[0] == UInt8(ascii: "-") }
    }

    /// Whether `text` is a hyphen, a full stop or an apostrophe, read from its one byte.
    static func joinsWords(_ text: String) -> Bool {
        var text = text
        return text.utf8.count == 1 && text.withUTF8 { $0[0] == UInt8(ascii: "-") || $0[0] == UInt8(ascii: ".") || $0[0] == UInt8(ascii: "'") }
    }

    struct Match {
        var entries: [GazetteerEntry]
        var tokens: Range<Int>
        var range: Range<Int>
        var folded = false
        /// The scalars of the name's base, when the word is inflected (``PlaceFormReading/inflected``):
        /// the value is the base, the span the word.
        var baseScalars: Int?
        /// A word after the name says what the place is (``isBeforePlaceNoun(_:in:)``): it
        /// outweighs a date's reading of the word (`Pazar ilçesi`, not Sunday).
        var named = false
    }

    /// Whether a place name may open at `token`: a capitalized word that some name opens
    /// with, or that names a place alone, by its stem or by its folded key. Once per form.
    private func mayOpen(_ token: Token, profile: LanguageProfiles.Profile, in document: TokenizedDocument) -> Bool {
        guard token.kind == .word, token.isCapitalized else { return false }
        let form = place(token, profile: profile, in: document)
        return form.facts.opensLongerName || form.facts.namesAlone || form.facts.namesAfterCue
            || !token.hasSuffix && (!form.facts.stems.isEmpty || !form.facts.folded.isEmpty || form.facts.inflected != nil || !form.facts.withArticle.isEmpty)
    }

    /// What the gazetteer says of `token`'s form, read once per form.
    private func place(_ token: Token, profile: LanguageProfiles.Profile, in document: TokenizedDocument) -> PlaceForm {
        if let known = facts.forms.known(token.form.id, space: document.formSpace) { return known }
        return facts.forms.store(readPlace(token, profile: profile, in: document), for: token.form.id, space: document.formSpace)
    }

    /// ``place(_:profile:in:)`` worked out: a method, not a closure handed to ``FormFacts``,
    /// whose context copied the extractor and the document at every new form (a third of
    /// the cost of a first sight).
    private func readPlace(_ token: Token, profile: LanguageProfiles.Profile, in document: TokenizedDocument) -> PlaceForm {
        let form = token.form
        guard token.kind == .word else { return PlaceForm.nothing }
        var place = PlaceFormReading()
        let key = reading(of: form, in: document)
        place.opensLongerName = key.opensLongerName
        // The key's frequency, looked up when a fact needs it: a word whose key names no
        // place, and that neither an article, a case ending nor its folded key makes one,
        // needs none (the lookup cost some 580 instructions a new form).
        var knownZipf: Double?
        func zipf() -> Double {
            if let knownZipf { return knownZipf }
            let zipf = self.zipf(of: form, in: document)
            knownZipf = zipf
            return zipf
        }
        if !key.entries.isEmpty {
            place.zipf = zipf()
            let rare = place.zipf < Self.rareWord && !form.isAllCaps
            place.entries = withoutRegions(Self.kept(key.entries) { fits($0, document, rare: rare) }, namesRegion: key.namesRegion)
        }
        // Looked up only for a word that names places (a fifth of the forms read).
        let words: PlaceWord = place.entries.isEmpty ? [] : placeWords[form.key]
        let plausible = !place.entries.isEmpty && !form.isAllCaps && (form.hasSuffix || !words.contains(.currency))
        let ordinary = !place.entries.isEmpty && Self.isOrdinaryWord(frequency: place.zipf, entries: place.entries, hasSuffix: form.hasSuffix)
        place.isCalendarWord = words.contains(.calendar)
        place.namesAlone = !place.entries.isEmpty && !(form.isAllCaps && !gazetteer.isPlace(inCapitals: place.entries))
            && !ordinary && (form.hasSuffix || !words.contains(.currency))
        if plausible, ordinary, !form.hasSuffix, let home = facts.language.homeCountries {
            place.namesAfterCue = place.entries.contains {
                $0.type == .city && ($0.population >= 15_000 || $0.isDistrict) && home.contains($0.country)
            }
        }
        guard !form.hasSuffix else { return PlaceForm.keeping(place) }
        if !form.isAllCaps, let articles = facts.language.articles {
            // The marked key written in bytes (`=au bourget`), in the buffer kept between calls:
            // most name nothing, and the strings joined for each cost 2.4 M instructions on the bench.
            var bytes = facts.keyBytes
            facts.keyBytes = []
            defer { facts.keyBytes = bytes }
            // From the strings' contiguous bytes: from their `utf8` views, 350 instructions a key.
            var key = form.key
            for var article in articles {
                bytes.removeAll(keepingCapacity: true)
                bytes.append(NameGazetteer.exactKeyMark)
                article.withUTF8 { bytes.append(contentsOf: $0) }
                bytes.append(UInt8(ascii: " "))
                key.withUTF8 { bytes.append(contentsOf: $0) }
                let entries = Self.kept(gazetteer.entries(forMarkedKey: bytes)) { fits($0, document) }
                if !entries.isEmpty { place.withArticle.append((article, entries)) }
            }
        }
        // The frequency that ``longestMatch(at:in:profile:marks:datelinePlace:)`` reads of a
        // name after an article.
        if !place.withArticle.isEmpty { place.zipf = zipf() }
        if place.entries.isEmpty, !form.isAllCaps, let endings = facts.language.endings {
            place.inflected = inflected(form, zipf: zipf, endings: endings, in: document)
        }
        // `Ankarada`, `İzmirdeki`: a case ending without the apostrophe (one-letter endings
        // read too many ordinary words as places).
        if profile.hasCaseSuffixes, profile.suffixes.mayEndInCaseEnding(form.key, minimumLength: 2) {
            place.stems = profile.suffixes.splits(of: form.key).compactMap { stem, suffix in
                guard suffix.count >= 2, !placeWords[stem].contains(.currency) else { return nil }
                let entries = Self.kept(gazetteer.entries(forKey: stem)) { fits($0, document) }
                let zipf = vocabulary.zipf(stem, in: document.language)
                guard !entries.isEmpty, !Self.isOrdinaryWord(frequency: zipf, entries: entries, hasSuffix: false) else { return nil }
                let length = String(form.text.unicodeScalars.prefix(stem.unicodeScalars.count)).utf16.count
                return (entries, zipf, length)
            }
        }
        // The folded key's bytes before its characters (counted from its start): a key of
        // fewer than five bytes has fewer than five characters, and an ASCII key (no CR, the
        // one byte that joins the next in a character) has one a byte, read from its
        // contiguous bytes (counted by characters, or its bytes walked as a collection, 7,100
        // keys cost 2.1 M instructions on the 2.59 MB bench). The folded entries before the
        // frequency: they are looked up once per key and most keys have none, where the
        // frequency is looked up once per key and language (5,000 lookups of 570 instructions
        // on the bench, for words that no folded key makes a place).
        if form.foldedKey.utf8.count >= 5, Self.isPlainASCII(form.foldedKey) || form.foldedKey.count >= 5 {
            let entries = Self.kept(foldedEntries(of: form)) { fits($0, document) && !$0.isAlternate }
            // One name (compared, not hashed), after the cheaper tests.
            if entries.contains(where: NameGazetteer.isMajor), zipf() < 3.0,
               !Self.isOrdinaryWord(frequency: zipf(), entries: entries, hasSuffix: false),
               let name = entries.first?.name, entries.allSatisfy({ $0.name == name }) {
                place.folded = entries
                place.zipf = zipf()
            }
        }
        return PlaceForm.keeping(place)
    }

    /// `entries` less those that `keeps` refuses: `entries` itself, not a copy, when it keeps
    /// them all (as it does most lists): `filter` built a new array, each entry copied and its
    /// strings retained, for some 6,000 lists of a new form's entries on the 2.59 MB bench.
    static func kept(_ entries: [GazetteerEntry], where keeps: (GazetteerEntry) -> Bool) -> [GazetteerEntry] {
        entries.allSatisfy(keeps) ? entries : entries.filter(keeps)
    }

    /// Whether `text` is ASCII without a carriage return: a text of one character a byte.
    /// Eight bytes at a time: byte by byte cost some 155 instructions a key.
    static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            let highBits: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
            var index = 0
            while index + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A byte of CR is a zero byte once xored with CR bytes.
                let returns = word ^ (ones &* UInt64(UInt8(ascii: "\r")))
                if word & highBits != 0 || (returns &- ones) & ~returns & highBits != 0 { return false }
                index += 8
            }
            return !raw[index...].contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }
        }
    }

    /// The ``KeyReading`` of `form`'s key, looked up the first time a form of the key is met.
    private func reading(of form: TokenForm, in document: TokenizedDocument) -> KeyReading {
        let id = Int(form.keyID)
        if id < facts.keys.count, let known = facts.keys[id] { return known }
        let opensLongerName = gazetteer.opensLongerName(form.key), entries = gazetteer.entries(forKey: form.key)
        let reading = KeyReading(opensLongerName: opensLongerName, entries: entries,
                                 namesRegion: !entries.isEmpty && regionNames.contains(form.key))
        while facts.keys.count <= id {
            facts.keys.append(nil)
            facts.keyZipfs.append(SIMD8(repeating: KeyReading.unknownZipf))
            facts.foldedByKey.append(nil)
        }
        facts.keys[id] = reading
        return reading
    }

    /// The frequency of `form`'s key in the document's language, looked up the first time the
    /// key is asked in that language (after ``reading(of:in:)``, which makes its reading).
    private func zipf(of form: TokenForm, in document: TokenizedDocument) -> Double {
        let id = Int(form.keyID)
        let language = facts.language.zipfSlot
        if let language, id < facts.keyZipfs.count, case let known = facts.keyZipfs[id][language], known != KeyReading.unknownZipf {
            return Double(known) / 100
        }
        let zipf = vocabulary.zipf(form.key, in: document.language)
        // Hundredths, as the vocabulary stores them: the same Double again when divided.
        if let language, id < facts.keyZipfs.count { facts.keyZipfs[id][language] = UInt16((zipf * 100).rounded()) }
        return zipf
    }

    /// The base of `form` less one of the language's case `endings` of place names, when it
    /// names a country (or a city of 15,000 people or more, where the ending allows) and is
    /// no ordinary word: a town of unknown size is too weak to read an inflection on
    /// (`Hofs`). An inflected form is rarer than its base: a word as frequent as its base
    /// or more is another word (`Dessen`, `Sachsen`). `zipf`: the form's own frequency, asked
    /// only of a base that names places. Once per form.
    private func inflected(_ form: TokenForm, zipf formZipf: () -> Double, endings: [Vocabulary.PlaceNameEnding],
                           in document: TokenizedDocument) -> (entries: [GazetteerEntry], zipf: Double, baseScalars: Int)? {
        for ending in endings {
            guard let base = ending.base(of: form.key) else { continue }
            let entries = withoutRegions(Self.kept(gazetteer.entries(forKey: base)) { fits($0, document) }, named: base)
                .filter { $0.type == .country || ending.citiesToo && $0.population >= 15_000 }
            guard !entries.isEmpty else { continue }
            let zipf = vocabulary.zipf(base, in: document.language)
            guard formZipf() < zipf || formZipf() == 0, !Self.isOrdinaryWord(frequency: zipf, entries: entries, hasSuffix: false) else { continue }
            let scalars = form.text.unicodeScalars.count - ending.ending.unicodeScalars.count
            return (entries, zipf, scalars)
        }
        return nil
    }

    /// The entries of `form`'s folded key (a function of its key), looked up once per key.
    private func foldedEntries(of form: TokenForm) -> [GazetteerEntry] {
        let id = Int(form.keyID)
        if id < facts.foldedByKey.count, let folded = facts.foldedByKey[id] { return folded }
        let folded: [GazetteerEntry]
        if id < facts.keys.count, let reading = facts.keys[id], form.foldedKey == form.key, Self.isPlainASCII(form.key) {
            folded = gazetteer.entries(forFoldedKey: form.foldedKey, exact: reading.entries)
        } else {
            folded = gazetteer.entries(forFoldedKey: form.foldedKey)
        }
        if id < facts.foldedByKey.count { facts.foldedByKey[id] = folded }
        return folded
    }

    private func longestMatch(at start: Int, in document: TokenizedDocument, profile: LanguageProfiles.Profile,
                              marks: [Marks?], datelinePlace: Range<Int>?) -> Match? {
        let opensDateline = datelinePlace?.lowerBound == start
        let tokens = document.tokens
        // Read by id: the marks worked it out already (passing the token's form retains it).
        let first = facts.forms.known(document.formIDs[start], space: document.formSpace)
            ?? place(tokens[start], profile: profile, in: document)
        // `au Bourget`: the article of the place's name fused with the preposition before it.
        if !first.facts.withArticle.isEmpty, start > 0, !document.isBoundary(before: start),
           let article = vocabulary.placeContractions[document.language]?[tokens[start - 1].key],
           let named = first.facts.withArticle.first(where: { $0.article == article }),
           isNamePosition(start, frequency: first.facts.zipf, in: document, entries: named.entries, opensDateline: false) {
            return Match(entries: named.entries, tokens: start..<(start + 1), range: document.span(start..<(start + 1)))
        }
        // The longest span that names entries, of those that open at `start`.
        func match(_ span: Range<Int>, phrase: Int32) -> Match? {
            if span.count == 1, document.writesInLowercase(tokens[start]), document.isInitial(start) { return nil }
            // `La réunion` ("the meeting") is no `La Réunion`: a name of several words ends
            // capitalized, unless its last word is hyphened to it (`Vila-real`).
            if span.count > 1, !tokens[span.upperBound - 1].isCapitalized, !Self.endsHyphened(span, in: document) { return nil }
            // One word that cannot name its entries alone is passed over at once.
            // Asked only of a word that is no place alone, or that a date may read (`Pazar ilçesi`).
            let named = span.count == 1 && (first.facts.namesAlone ? first.facts.isCalendarWord : first.facts.namesAfterCue)
                && isBeforePlaceNoun(start, in: document)
            let cued = named || span.count == 1 && !first.facts.namesAlone && first.facts.namesAfterCue && !first.facts.isCalendarWord
                && isCuedPlace(start, in: document)
            // `DETROIT, Oct. 3, 2024 –`: the date line says a word in capitals is a place.
            let inCapitalsOnDateline = span.count == 1 && opensDateline && tokens[start].isAllCaps
            let entries = span.count == 1 ? (first.facts.namesAlone || cued || inCapitalsOnDateline ? first.facts.entries : [])
                : entries(phrase, span, in: document)
            guard !entries.isEmpty else { return nil }
            if span.count == 1, !cued {
                if tokens[start].isAllCaps, !inCapitalsOnDateline, !gazetteer.isPlace(inCapitals: entries) { return nil }
                if !isNamePosition(start, frequency: first.facts.zipf, in: document, entries: entries, opensDateline: opensDateline) {
                    return nil
                }
            }
            return Match(entries: entries, tokens: span, range: document.span(span), named: named)
        }
        if first.facts.opensLongerName {
            // Moved out of the facts while it is read, so that filling it copies nothing.
            var spans = facts.spans
            facts.spans = []
            self.spans(from: start, in: document, marks: marks, into: &spans)
            defer { facts.spans = spans }
            for (span, phrase) in spans.reversed() {
                if let found = match(span, phrase: phrase) { return found }
            }
        } else if let found = match(start..<(start + 1), phrase: -1) {
            // A word that opens no longer name is its only span (it is a word: it opens).
            return found
        }
        let token = tokens[start]
        guard !token.hasSuffix else { return nil }
        for stem in first.facts.stems where isNamePosition(start, frequency: stem.zipf, in: document, entries: stem.entries,
                                                     opensDateline: opensDateline) {
            return Match(entries: stem.entries, tokens: start..<(start + 1),
                         range: token.range.lowerBound..<(token.range.lowerBound + stem.length))
        }
        if !first.facts.folded.isEmpty,
           isNamePosition(start, frequency: first.facts.zipf, in: document, entries: first.facts.folded, opensDateline: opensDateline) {
            return Match(entries: first.facts.folded, tokens: start..<(start + 1), range: document.span(start..<(start + 1)), folded: true)
        }
        if let inflected = first.facts.inflected,
           isNamePosition(start, frequency: inflected.zipf, in: document, entries: inflected.entries, opensDateline: opensDateline) {
            return Match(entries: inflected.entries, tokens: start..<(start + 1), range: document.span(start..<(start + 1)),
                         baseScalars: inflected.baseScalars)
        }
        return nil
    }

    /// Whether the word at `index` stands alone right after a place cue of the article's
    /// language (`bei Tübingen`, `à Avion`), or at the end of a list of names after one (`in
    /// Feuerbach und Friedrichshafen`: `lexicon/place-cues.tsv` kind `list`), in its sentence: no capitalized word or number
    /// after it, where it would open a longer name or a date (`in March 2023`); a capitalized
    /// word may follow in a language that capitalizes its nouns (``LanguageProfiles/Profile/capitalizesNouns``).
    private func isCuedPlace(_ index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        guard index > 0, !document.isBoundary(before: index), tokens[index].isCapitalized,
              facts.language.cues != nil else { return false }
        // `in Feuerbach, Bad Cannstatt und Friedrichshafen`: the cue reaches over a short list
        // of names (at most three, of at most three capitalized words), in the same sentence.
        var before = index - 1
        var names = 0
        while cueBits(before, in: document) & 2 == 0 {
            guard names < 3, cueBits(before, in: document) & 1 != 0 else { return false }
            var first = before
            while first > 0, first > before - 3, !document.isBoundary(before: first),
                  tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized {
                first -= 1
            }
            guard first < before, first > 0, !document.isBoundary(before: first) else { return false }
            before = first - 1
            names += 1
        }
        let next = index + 1
        guard next < tokens.count, !document.isBoundary(before: next) else { return true }
        // `in Baden-Württemberg`: the first part of a longer name.
        if document.touches(index, next), tokens[next].text == "-" { return false }
        // A language that capitalizes its nouns writes one after the place (`bei Tübingen Zellen`).
        return (!tokens[next].isCapitalized || languages[document.language].capitalizesNouns) && tokens[next].kind != .number
    }

    /// Whether the capitalized word at `index` stands right before a word that says what a
    /// place is (`Of ilçesi`, `Pazar ilçesinde`: `lexicon/place-cues.tsv` kind `after`), where
    /// it is the place, not a weekday or an ordinary word.
    private func isBeforePlaceNoun(_ index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        guard tokens[index].isCapitalized, index + 1 < tokens.count, !document.isBoundary(before: index + 1),
              let nouns = vocabulary.placeCuesAfter[document.language] else { return false }
        return nouns.contains(tokens[index + 1].key)
    }

    /// Replaces the contents of `spans` with the spans of words from `start` that may name a
    /// place, shortest first, each with its phrase in ``PhraseTrie``.
    private func spans(from start: Int, in document: TokenizedDocument, marks: [Marks?],
                       into spans: inout [(tokens: Range<Int>, phrase: Int32)]) {
        let tokens = document.tokens
        let longest = gazetteer.maxWords * 2 + 1
        let limit = min(tokens.count, start + longest)
        var end = start + 1
        spans.removeAll(keepingCapacity: true)
        var outer = PhraseTrie<Phrase>.root
        var phrase = facts.phrases.node(after: outer, form: tokens[start].form.id, space: false)
        // Multi-word names: words joined by spaces, hyphens or full stops on one line.
        while end <= limit {
            let last = tokens[end - 1]
            if last.kind == .word { spans.append((start..<end, phrase)) }
            if last.hasSuffix || end == limit || end >= tokens.count || document.isBoundary(before: end) { break }
            let next = tokens[end]
            guard next.kind == .word || ((marks[Int(next.form.id)] ?? []).contains(.joinsWords) && document.touches(end - 1, end))
            else { break }
            // No name goes on after these words: no longer span can name a place.
            guard continues(phrase, after: outer, start..<end, in: document) else { break }
            outer = phrase
            phrase = facts.phrases.node(after: phrase, form: next.form.id, space: next.spaceBefore)
            end += 1
        }
    }

    /// Whether some name is longer than the words `span` and opens with them, asked once per
    /// phrase of forms (the words are `phrase` in ``PhraseTrie``).
    /// The keys are searched for among those of the phrase one word shorter, `outer`, not
    /// among all of the index (the keys of `baden` for `baden-baden`).
    private func continues(_ phrase: Int32, after outer: Int32, _ span: Range<Int>, in document: TokenizedDocument) -> Bool {
        if let known = facts.phrases.continues(at: phrase) { return known }
        let run = gazetteer.run(ofMarkedKey: markedKey(of: span, in: document),
                                within: facts.phrases.nodes[Int(outer)].value?.run)
        facts.phrases.setContinues(run.opensLongerKey, at: phrase)
        facts.phrases.nodes[Int(phrase)].value = Phrase(run: run, entries: facts.phrases.nodes[Int(phrase)].value?.entries)
        return run.opensLongerKey
    }

    /// The entries named by the words `span` (the words are `phrase` in ``PhraseTrie``)
    /// that can count in the document's language, read once per phrase of forms.
    private func entries(_ phrase: Int32, _ span: Range<Int>, in document: TokenizedDocument) -> [GazetteerEntry] {
        if let known = facts.phrases.nodes[Int(phrase)].value?.entries { return known }
        let entries = Self.kept(gazetteer.entries(forMarkedKey: markedKey(of: span, in: document))) { fits($0, document, rare: true) }
        facts.phrases.nodes[Int(phrase)].value = Phrase(run: facts.phrases.nodes[Int(phrase)].value?.run, entries: entries)
        return entries
    }

    /// `entries` without their minor cities when the word `key` names a region that no city of
    /// its country bears (`Jura`, `Zeeland`, `Andalucía`): the region is what the text names,
    /// not a town of the name abroad, nor another city's alternate name (`Jura` for Győr); a
    /// major city by its own name stays (`Manchester`, a parish of Jamaica too). Names of several words are left as they are: a region's name dropped would leave
    /// a word of it to be read alone (`Nuevo León` → `León`).
    private func withoutRegions(_ entries: [GazetteerEntry], named key: String) -> [GazetteerEntry] {
        withoutRegions(entries, namesRegion: !entries.isEmpty && regionNames.contains(key))
    }

    /// ``withoutRegions(_:named:)`` where whether the key names a region is known.
    private func withoutRegions(_ entries: [GazetteerEntry], namesRegion: Bool) -> [GazetteerEntry] {
        guard namesRegion else { return entries }
        return entries.filter { $0.type == .country || ($0.population >= 100_000 && !$0.isAlternate) }
    }

    /// The UTF-8 bytes of the key of the words `span` (``TokenizedDocument/key(of:)``) after
    /// the gazetteer's ``NameGazetteer/exactKeyMark``: built in a buffer kept between calls,
    /// not as strings joined and then prefixed.
    private func markedKey(of span: Range<Int>, in document: TokenizedDocument) -> [UInt8] {
        // Moved out of the facts while it is written, so that writing it copies nothing.
        var bytes = facts.keyBytes
        facts.keyBytes = []
        defer { facts.keyBytes = bytes }
        document.writeMarkedKey(of: span, mark: NameGazetteer.exactKeyMark, into: &bytes)
        return bytes
    }

    /// Whether the one word at `index` names the place here: not an ordinary word that
    /// opens a sentence or names a minor place (`Union`, `Marka`), not the first part of a
    /// longer name (`Baden-Württemberg`), not a street (`Oxford Road`), not a numbered hall (`Halle 16`),
    /// not the last part of a compound (`Wasserstoff-Hub`).
    /// `frequency`: the Zipf frequency, as an ordinary word, of the key the name was found
    /// by (the token's, or its stem's).
    private func isNamePosition(_ index: Int, frequency: Double, in document: TokenizedDocument,
                                entries: [GazetteerEntry], opensDateline: Bool) -> Bool {
        let tokens = document.tokens
        let token = tokens[index]
        if Self.isOrdinaryWord(frequency: frequency, entries: entries, hasSuffix: token.hasSuffix) { return false }
        // A frequent word that opens its sentence is a place only where the date line says so.
        if frequency >= Self.ordinaryThreshold(entries), document.isInitial(index), !opensDateline,
           !entries.contains(where: { $0.type == .country || $0.isProvince }) {
            return false
        }
        let next = index + 1
        if !token.hasSuffix, next < tokens.count, !document.isBoundary(before: next) {
            if Self.isHyphen(tokens[next]), document.touches(index, next), next + 1 < tokens.count, tokens[next + 1].isCapitalized {
                return false
            }
            if street(next, in: document) & 1 != 0 { return false }
            if tokens[next].kind == .number, frequency >= 3.5 { return false }
        }
        if index > 0, street(index - 1, in: document) & 2 != 0 { return false }
        // `Wasserstoff-Hub`: the last part of a compound whose first part names no place.
        if index >= 2, Self.isHyphen(tokens[index - 1]), document.touches(index - 1, index), document.touches(index - 2, index - 1),
           tokens[index - 2].kind == .word, !namesPlace(document.formIDs[index - 2], in: document) {
            return false
        }
        return true
    }

    /// Whether the form of id `id`, read already (a capitalized word), may name a place alone
    /// or open a name (`Bulgaristan` of `Bulgaristan-Türkiye`); a word not read names none.
    private func namesPlace(_ id: Int32, in document: TokenizedDocument) -> Bool {
        guard let form = facts.forms.known(id, space: document.formSpace) else { return false }
        return form.facts.namesAlone || form.facts.opensLongerName || form.facts.namesAfterCue || !form.facts.stems.isEmpty
            || !form.facts.folded.isEmpty || form.facts.inflected != nil
    }

    /// Whether the form of id `id`, read already, may name a place by itself, not only open a
    /// longer name (`Business` of `Business Bay`).
    private func namesPlaceAlone(_ id: Int32, in document: TokenizedDocument) -> Bool {
        guard let form = facts.forms.known(id, space: document.formSpace) else { return false }
        return form.facts.namesAlone || form.facts.namesAfterCue || !form.facts.stems.isEmpty || !form.facts.folded.isEmpty || form.facts.inflected != nil
    }

    /// The Zipf frequency from which a word is an ordinary word before it is a name of
    /// `entries`: villages of unknown size share names with many ordinary words (`Ortaklar`).
    static func ordinaryThreshold(_ entries: [GazetteerEntry]) -> Double {
        entries.contains(where: { $0.population > 0 || $0.isProvince || $0.type == .country }) ? 3.5 : 3.0
    }

    /// Whether a word of Zipf `frequency` is an ordinary word wherever it stands, not one of
    /// `entries`: frequent enough, and none of them a place strong enough. Word frequencies
    /// count names too (`sincan`, `akhisar`): only a very frequent word makes a district
    /// doubtful (`Havza`, `Pazar`, `Orta`), and then it needs the apostrophe of a proper name.
    /// It depends on the form alone, so it is worked out once per form.
    static func isOrdinaryWord(frequency: Double, entries: [GazetteerEntry], hasSuffix: Bool) -> Bool {
        guard frequency >= ordinaryThreshold(entries) else { return false }
        let ordinaryDistrict = !hasSuffix && frequency >= 4.5
        return !entries.contains {
            $0.type == .country || ($0.isProvince && !$0.isDistrict) || $0.population >= 100_000
                || ($0.isDistrict && !ordinaryDistrict)
        }
    }

    /// The ``PlaceFormFacts/cueWords`` bits of the token at `index`, once per form (a form is
    /// of one language: that of the documents it is met in).
    private func cueBits(_ index: Int, in document: TokenizedDocument) -> UInt8 {
        let id = document.formIDs[index]
        if let known = facts.cueWords.known(id, space: document.formSpace) { return known }
        let key = document.tokens[index].key
        let bits: UInt8 = (facts.language.listWords?.contains(key) == true ? 1 : 0) | (facts.language.cues?.contains(key) == true ? 2 : 0)
        return facts.cueWords.store(bits, for: id, space: document.formSpace)
    }

    /// Whether the token at `index` makes the name before it a street (bit 0: `Oxford Road`)
    /// or the name after it one (bit 1), once per form, read by form id when known.
    private func street(_ index: Int, in document: TokenizedDocument) -> UInt8 {
        if let known = facts.streets.known(document.formIDs[index], space: document.formSpace) { return known }
        return facts.streets.value(for: document.tokens[index].form, in: document) { form in
            streetWords[form.key].rawValue
        }
    }

    /// Country names count in the article's language or in a language whose names count
    /// everywhere (`models/languages.tsv`: `Japon` is an adjective in Turkish, and French
    /// names do not count in Turkish articles); GeoNames' alternate names only for larger places, since they include many
    /// words of other languages (`Union`, `Valley`, `Gold`). `rare`: the name is no word of
    /// the article's language (a rare word, or several capitalized words), so that the
    /// alternate name of a city of 15,000 people or more in a country where the language is
    /// spoken counts too: the name its own region gives it (`Arrasate` of Mondragón, `O Porriño`).
    private func fits(_ entry: GazetteerEntry, _ document: TokenizedDocument, rare: Bool = false) -> Bool {
        if entry.type == .country {
            return entry.language == document.language || entry.language == "*"
                || languages.countryNamesEverywhere.contains(entry.language)
        }
        guard entry.isAlternate, entry.population < 50_000 else { return true }
        return rare && entry.population >= 15_000 && facts.language.homeCountries?.contains(entry.country) == true
    }

    /// Below this Zipf frequency a word is too rare in the language to be an ordinary word
    /// that an alternate name of a town happens to spell (``fits(_:_:rare:)``).
    static let rareWord = 2.5

    /// The index of the best of `entries` that `counts`: countries before cities, then the
    /// most populous (the first of equals, as `max(by:)` over them chooses). Read in place,
    /// by index: a copy of each entry copies its strings.
    private func best(_ entries: [GazetteerEntry], where counts: (UnsafePointer<GazetteerEntry>) -> Bool) -> Int? {
        var best: Int?
        entries.withUnsafeBufferPointer { entries in
            guard let first = entries.baseAddress else { return }
            for index in entries.indices where counts(first + index) {
                guard let current = best else {
                    best = index
                    continue
                }
                let isBetter = entries[current].type != entries[index].type ? entries[current].type == .city
                    : entries[current].population < entries[index].population
                if isBetter { best = index }
            }
        }
        return best
    }
}
