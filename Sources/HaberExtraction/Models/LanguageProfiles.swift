import HaberText

/// How each language writes what the extractors read beyond its words, from the columns of
/// `models/languages.tsv`: its decimal separator, whether it glues case endings to words,
/// how its translations write currency signs, whether its country names count everywhere.
///
/// Extractors ask the profile of a document's language instead of naming languages, so that
/// a language is rows, not code (README, "Adding a language").
///
///     let profile = models.languageProfiles[document.language]
///     NumberReader.value(of: "2,5", decimalSeparator: profile.decimalSeparator)  // 2.5
public struct LanguageProfiles: Sendable {
    /// One language's row.
    public struct Profile: Sendable, Equatable {
        /// The decimal separator of numbers written in digits (`,` in `2,5`, `.` in `3.5`).
        public var decimalSeparator: Character = ","
        /// The language writes case endings on its words, glued or after an apostrophe
        /// (`Ankarada`, `sterline`, `yüzde yirmisi`, `Bakanlığınca`): they are read by ``suffixes``.
        public var hasCaseSuffixes = false
        /// How the language's suffixes sound after a stem (`lexicon/suffixes.tsv`); ``SuffixGrammar/none``
        /// where it writes no case endings.
        public var suffixes = SuffixGrammar.none
        /// Translations write a currency sign before the letter that qualifies it (`$ c`
        /// for `c$`).
        public var writesSignBeforeLetter = false
        /// The language's country names count in articles of every language.
        public var countryNamesCountEverywhere = false
        /// Its indefinite articles, lowercase: never the letter of a currency sign (`a $48
        /// million` is no `A$`).
        public var articles: Set<String> = []
        /// The ISO 4217 code a sub-unit word that names no currency of its own (`cents`,
        /// `centimes`) means alone in the language's articles (`50 cents`); none: such a word
        /// alone is no amount.
        public var subunitCurrency: String?
        /// The language capitalizes every noun (German): a capitalized word after a place
        /// name is no sign that the name goes on (`in Stuttgart Fahrzeuge`).
        public var capitalizesNouns = false

        public init() {}
    }

    private var profiles: [String: Profile] = [:]
    /// The languages listed, in the table's order.
    public private(set) var languages: [String] = []
    /// The languages whose country names count in articles of every language.
    public private(set) var countryNamesEverywhere: Set<String> = []

    /// No language listed: every language has the default ``Profile``.
    public init() {}

    public init(models: ModelDirectory) throws(ModelDirectory.LocateError) {
        let suffixFile = "lexicon/suffixes.tsv"
        var suffixRows: [String: [[String: String]]] = [:]
        if models.hasTable(suffixFile) {
            for record in try models.table(suffixFile).records { suffixRows[record["lang"] ?? "", default: []].append(record) }
        }
        for record in try models.table("languages.tsv").records {
            guard let language = record["lang"], !language.isEmpty else { continue }
            var profile = Profile()
            if let separator = record["decimal"]?.first { profile.decimalSeparator = separator }
            profile.hasCaseSuffixes = record["cases"] == "suffixes"
            if profile.hasCaseSuffixes {
                guard let rows = suffixRows[language] else {
                    throw .malformed(file: "languages/\(language)/profile.tsv", line: 0,
                                     reason: "cases is suffixes, but \(suffixFile) has no rows for \(language)")
                }
                profile.suffixes = try SuffixGrammar(rows: rows, file: "languages/\(language)/\(suffixFile)")
            }
            profile.writesSignBeforeLetter = record["signs"] == "before"
            profile.countryNamesCountEverywhere = record["countries"] == "everywhere"
            profile.capitalizesNouns = record["nouns"] == "capital"
            if let code = record["subunits"], !code.isEmpty { profile.subunitCurrency = code }
            profile.articles = Set((record["articles"] ?? "").split(separator: " ").map { lexiconKey(String($0), language: language) })
            add(profile, for: language)
        }
    }

    /// Adds or replaces `language`'s profile.
    public mutating func add(_ profile: Profile, for language: String) {
        if profiles[language] == nil { languages.append(language) }
        profiles[language] = profile
        if profile.countryNamesCountEverywhere {
            countryNamesEverywhere.insert(language)
        } else {
            countryNamesEverywhere.remove(language)
        }
    }

    /// The profile of `language`; the default one for a language the table does not list.
    public subscript(language: String) -> Profile {
        profiles[language] ?? Profile()
    }
}
