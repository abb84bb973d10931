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

    public init(models: ExtractionModels) {
        places = models.places
        people = models.people
        organizations = models.organizations
        currencies = models.currencies
        vocabulary = models.vocabulary
        profiles = models.languageProfiles
    }

    /// Everything the lexicons say about `form` in an article of `language`.
    public func facts(of form: TokenForm, kind: Token.Kind, language: String) -> WordFacts {
        let key = form.key
        var classes: WordClasses = []
        let entries = places.entries(forKey: key)
        if !entries.isEmpty { classes.insert(.place) }
        if entries.contains(where: { $0.type == .city && NameGazetteer.isMajor($0) }) { classes.insert(.majorCity) }
        if entries.contains(where: { $0.type == .country || $0.population >= 100_000 }) { classes.insert(.largePlace) }
        if places.isPlace(inCapitals: entries) { classes.insert(.placeInCapitals) }
        if currencies.names[key] != nil { classes.insert(.currencyName) }
        if people.givenNames.contains(key) { classes.insert(.givenName) }
        if people.surnames.contains(key) { classes.insert(.surname) }
        if people.roles.contains(key) { classes.insert(.role) }
        if people.titles.contains(key) { classes.insert(.title) }
        if people.titles.contains(key + ".") { classes.insert(.abbreviatedTitle) }
        if organizations.unitWords.contains(key) || organizations.endHeads[key] != nil || organizations.startHeads.contains(key) {
            classes.insert(.organizationWord)
        }
        if organizations.acronyms[form.stem] != nil { classes.insert(.knownAcronym) }
        return WordFacts(classes: classes, zipf: vocabulary.zipf(key, in: language))
    }

    /// A word inflected for case whose stem is an ordinary word or a place
    /// (``Vocabulary/isInflected(_:language:isPlace:)``): never inside a name. Apart from
    /// the classes, as it tries every split of the word: asked only where it matters.
    public func isInflected(_ form: TokenForm, kind: Token.Kind, language: String) -> Bool {
        kind == .word && !form.hasSuffix && profiles[language].hasCaseSuffixes
            && vocabulary.isInflected(form.key, language: language, isPlace: { !places.entries(forKey: $0).isEmpty })
    }

    /// Whether `key` (lowercase, words joined by spaces) names a place.
    public func isPlace(_ key: String) -> Bool {
        !places.entries(forKey: key).isEmpty
    }
}

/// ``Lexicon/facts(of:kind:language:)`` of every form an extractor meets, worked out once
/// per form: an extractor asks about most words of every article.
///
/// One per pipeline, shared by the extractors and the linker of that pipeline (one thread).
final class WordAnnotator: @unchecked Sendable {
    let lexicon: Lexicon
    private let known = FormFacts<WordFacts>()
    private let inflected = FormFacts<Bool>()

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    func facts(of token: Token, in document: TokenizedDocument) -> WordFacts {
        known.value(for: token.form, in: document) { form in
            lexicon.facts(of: form, kind: token.kind, language: document.language)
        }
    }

    func isInflected(_ token: Token, in document: TokenizedDocument) -> Bool {
        inflected.value(for: token.form, in: document) { form in
            lexicon.isInflected(form, kind: token.kind, language: document.language)
        }
    }
}
