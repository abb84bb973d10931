import HaberText

/// What the lexicons of `models/` together say about one word form: the classes an
/// extractor may ask about a word that its own lexicon does not hold.
///
/// Extractors read their own lexicon and these classes, never another extractor's lexicon:
/// the person extractor learns that `Kümelenmesi` is an organization word from
/// ``organizationWord``, not from the organization lexicon, so a lexicon can change shape
/// without touching the extractors that only consult it.
public struct WordClasses: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The key of a place of any kind (country, province, district, city, town).
    public static let place = WordClasses(rawValue: 1 << 0)
    /// A city most readers know (``NameGazetteer/isMajor(_:)``): `Trabzon` opens an
    /// organization's name (`Trabzon Ticaret ve Sanayi Odası`), not a person's.
    public static let majorCity = WordClasses(rawValue: 1 << 1)
    /// A country or a place of 100,000 people or more: no person's name opens with it.
    public static let largePlace = WordClasses(rawValue: 1 << 2)
    /// A place even when written in capitals (``NameGazetteer/isPlace(inCapitals:)``).
    public static let placeInCapitals = WordClasses(rawValue: 1 << 3)
    /// The name of a currency (`lira`, `euro`).
    public static let currencyName = WordClasses(rawValue: 1 << 4)
    public static let givenName = WordClasses(rawValue: 1 << 5)
    public static let surname = WordClasses(rawValue: 1 << 6)
    /// A role word (`Koordinatörü`, `président`).
    public static let role = WordClasses(rawValue: 1 << 7)
    /// A title as the lexicon writes it (`Herr`, `Prof.` without its stop is ``abbreviatedTitle``).
    public static let title = WordClasses(rawValue: 1 << 8)
    /// A title that the lexicon writes with a full stop, the token being the word before it (`Dr`).
    public static let abbreviatedTitle = WordClasses(rawValue: 1 << 9)
    /// A word of an organization's name: a head or a unit (`Odası`, `Université`, `Fakültesi`).
    public static let organizationWord = WordClasses(rawValue: 1 << 10)
    /// An acronym with a known expansion (`models/lexicon/acronyms.tsv`).
    public static let knownAcronym = WordClasses(rawValue: 1 << 11)

    /// Whether any of `members` applies.
    public func isAny(of members: WordClasses) -> Bool { !isDisjoint(with: members) }
}

/// The classes of a form and how common its key is in the form's language.
public struct WordFacts: Sendable {
    public var classes: WordClasses
    /// The key's Zipf frequency in the document's language (``Vocabulary/zipf(_:in:)``).
    public var zipf: Double

    public func contains(_ member: WordClasses) -> Bool { classes.contains(member) }
    /// Whether any of `members` applies.
    public func isAny(of members: WordClasses) -> Bool { !classes.isDisjoint(with: members) }
}

/// The lexicon every extractor shares: places, people, organizations and currencies read
/// as word classes, the frequency of ordinary words, and place names of several words.
public struct Lexicon: Sendable {
    let places: NameGazetteer
    let people: PersonLexicon
    let organizations: OrganizationLexicon
    let currencies: CurrencyLexicon
    let vocabulary: Vocabulary
    let profiles: LanguageProfiles
    /// The classes the short word lists give a key (currency names, roles, titles,
    /// organization words), all read with one hash of the key's bytes: asked one by one as
    /// `Set<String>`s, they were half the cost of ``classes(of:)``.
    let listed: KeyBits<WordClasses>
    /// ``WordClasses/knownAcronym`` by stem, as the acronym list writes it (`İŞİM`).
    let acronymStems: KeyBits<WordClasses>

    public init(models: ExtractionModels) {
        places = models.places
        people = models.people
        organizations = models.organizations
        currencies = models.currencies
        vocabulary = models.vocabulary
        profiles = models.languageProfiles
        var listed = KeyBits<WordClasses>()
        listed.insert(contentsOf: currencies.names.keys, .currencyName)
        listed.insert(contentsOf: people.roles, .role)
        for title in people.titles {
            listed.insert(title, .title)
            // `key + "."` is a title exactly when the key is the title without its final stop.
            if title.unicodeScalars.last == "." {
                listed.insert(String(Substring(title.unicodeScalars.dropLast())), .abbreviatedTitle)
            }
        }
        listed.insert(contentsOf: organizations.unitWords, .organizationWord)
        listed.insert(contentsOf: organizations.endHeads.keys, .organizationWord)
        listed.insert(contentsOf: organizations.startHeads, .organizationWord)
        self.listed = listed
        var acronymStems = KeyBits<WordClasses>()
        acronymStems.insert(contentsOf: organizations.acronyms.keys, .knownAcronym)
        self.acronymStems = acronymStems
    }

    /// Everything the lexicons say about `form` in an article of `language`.
    public func facts(of form: TokenForm, kind: Token.Kind, language: String) -> WordFacts {
        WordFacts(classes: classes(of: form), zipf: vocabulary.zipf(form.key, in: language))
    }

    /// The classes of `form` that the short word lists give (``WordClasses/role``,
    /// ``WordClasses/title``, ``WordClasses/abbreviatedTitle``, ``WordClasses/currencyName``,
    /// ``WordClasses/organizationWord``, ``WordClasses/knownAcronym``), the others left out:
    /// two hashes of the form's bytes, where the places, names and their indexes cost ten
    /// times as much, for a question asked of every capitalized word.
    func listedClasses(of form: TokenForm) -> WordClasses {
        listed[form.key].union(acronymStems[form.stem])
    }

    /// The classes of `form`: ``facts(of:kind:language:)`` without the frequency, which
    /// few forms are asked (a lookup of its own).
    func classes(of form: TokenForm) -> WordClasses {
        keyClasses(of: form).union(acronymStems[form.stem])
    }

    /// The classes of `form` that its key alone decides: ``classes(of:)`` but for the known
    /// acronym, read from the form's stem as the acronym list writes it.
    func keyClasses(of form: TokenForm) -> WordClasses {
        let key = form.key
        var classes = listed[key]
        // The entries' records, not the entries: no name of a place is built to classify a word.
        let places = places.summary(forKey: key)
        if places.contains(.any) { classes.insert(.place) }
        if places.contains(.majorCity) { classes.insert(.majorCity) }
        if places.contains(.large) { classes.insert(.largePlace) }
        if places.contains(.inCapitals) { classes.insert(.placeInCapitals) }
        // `Tomáš`, `Zoltán`: a given name with marks the lists write without them (`Tomas`).
        if people.givenNames.contains(key) || form.foldedKey != key && people.givenNames.contains(form.foldedKey) {
            classes.insert(.givenName)
        }
        if people.surnames.contains(key) { classes.insert(.surname) }
        return classes
    }

    /// A word inflected for case whose stem is an ordinary word or a place
    /// (``Vocabulary/isInflected(_:language:suffixes:isPlace:)``): never inside a name. Apart from
    /// the classes, as it tries every split of the word: asked only where it matters.
    public func isInflected(_ form: TokenForm, kind: Token.Kind, language: String) -> Bool {
        guard kind == .word, !form.hasSuffix, case let profile = profiles[language], profile.hasCaseSuffixes,
              Self.mayBeInflected(form.key, suffixes: profile.suffixes) else { return false }
        return vocabulary.isInflected(form.key, language: language, suffixes: profile.suffixes, isPlace: { places.hasEntries(forKey: $0) })
    }

    /// Whether `key` ends as a word ``Vocabulary/isInflected(_:language:suffixes:isPlace:)`` reads as
    /// inflected must: in a case ending of two letters or more, or in the dative `-a`/`-e`
    /// (the only endings of one letter it counts). The others are neither looked up nor
    /// split: a split costs some 30,000 instructions the first time a word is met, a few set
    /// lookups of its endings a tenth of that.
    static func mayBeInflected(_ key: String, suffixes: SuffixGrammar) -> Bool {
        guard let last = key.last else { return false }
        return last == "a" || last == "e" || suffixes.mayEndInCaseEnding(key, minimumLength: 2)
    }

    /// Whether `key` (lowercase, words joined by spaces) names a place.
    public func isPlace(_ key: String) -> Bool {
        places.hasEntries(forKey: key)
    }
}

/// ``Lexicon/classes(of:)`` and the frequency of every form an extractor meets, worked out
/// once per form: an extractor asks about most words of every article.
///
/// One per pipeline, shared by the extractors and the linker of that pipeline (one thread).
/// The frequency is kept apart from the classes: most forms are never asked it, and a
/// lookup of it cost as much as the classes' short lists together.
final class WordAnnotator: @unchecked Sendable {
    let lexicon: Lexicon
    private let known = FormFacts<WordClasses>()
    /// ``Lexicon/keyClasses(of:)`` by key id: a key comes back in forms of other languages,
    /// cases and endings (``KeyFacts``), and its places, names and lists are read once.
    private let keyClasses = KeyFacts<WordClasses>()
    private let frequencies = FormFacts<Double>()
    private let inflected = FormFacts<Bool>()

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    // Each asks the form's id first (``FormFacts/known(_:space:)``): handing the token's
    // form to ``FormFacts/value(for:in:compute:)`` retained and released it at every ask,
    // and these are asked of most words by every extractor (some 50,000 asks on the bench).

    func classes(of token: Token, in document: TokenizedDocument) -> WordClasses {
        if let classes = known.known(token.form.id, space: document.formSpace) { return classes }
        let form = token.form
        let classes = keyClasses.value(form.keyID, in: document) { lexicon.keyClasses(of: form) }
            .union(lexicon.acronymStems[form.stem])
        return known.store(classes, for: form.id, space: document.formSpace)
    }

    /// The Zipf frequency of the token's key in the document's language.
    func zipf(of token: Token, in document: TokenizedDocument) -> Double {
        if let zipf = frequencies.known(token.form.id, space: document.formSpace) { return zipf }
        let zipf = lexicon.vocabulary.zipf(token.form.key, in: document.language)
        return frequencies.store(zipf, for: token.form.id, space: document.formSpace)
    }

    func isInflected(_ token: Token, in document: TokenizedDocument) -> Bool {
        if let inflected = inflected.known(token.form.id, space: document.formSpace) { return inflected }
        let isInflected = lexicon.isInflected(token.form, kind: token.kind, language: document.language)
        return inflected.store(isInflected, for: token.form.id, space: document.formSpace)
    }
}
