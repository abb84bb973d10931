import HaberText

/// The currency a bare sign or word means in an article about one country, and how that
/// country writes numbers (`models/languages/<code>/money/local-currencies.tsv`): `$` is the
/// Canadian dollar in an article about Canada, `$` and `pesos` are Mexican pesos in one about
/// Mexico, where `1,300 millones` is 1,300 million (Spain writes `1.300`).
///
/// An article is about the country whose cue words (its names and adjectives) it writes at
/// least twice and more often than those of any other country of its language's rows.
public struct LocalCurrencies: Sendable {
    /// One country's row for one language.
    public struct Country: Sendable {
        /// ISO 4217 code of the currency a bare word of ``words`` means there.
        public var currency: String
        /// Its decimal separator, when it differs from the language's (`.` in Mexico).
        public var decimalSeparator: Character?
        /// The lowercase keys of the signs and words it reads as its currency (`$`, `pesos`).
        public var words: Set<String>
        /// ISO 4217 codes of the currencies whose names mean its own there (column `replaces`):
        /// `francs CFA` names the West African franc (XOF) unless the article is about a
        /// country of the Central African one (XAF), whose name differs only in its issuer.
        public var replaces: Set<String> = []
    }

    /// By language: its countries, and their cue keys (one word, or two joined by a space)
    /// with the country's index.
    public private(set) var countries: [String: [Country]] = [:]
    public private(set) var cues: [String: [String: Int]] = [:]
    /// By language: every word of every country's ``Country/words``, for a quick no.
    public private(set) var words: [String: Set<String>] = [:]
    /// By language: the first word of every cue of two words (`estados` of `estados unidos`):
    /// only after one is the key of two words built.
    public private(set) var cueOpenings: [String: Set<String>] = [:]
    /// By language: every code some country's ``Country/replaces`` names, for a quick no.
    public private(set) var replaced: [String: Set<String>] = [:]
    /// By language: whether some country writes another decimal separator than the language.
    public private(set) var hasDecimalSeparators: Set<String> = []

    public init() {}

    public init(models: ModelDirectory) throws(ModelDirectory.LocateError) {
        let file = "money/local-currencies.tsv"
        guard models.hasTable(file) else { return }
        for record in try models.table(file).records {
            guard let language = record["lang"], let currency = record["currency"], !currency.isEmpty else { continue }
            let keys = Set((record["words"] ?? "").split(separator: " ").map { lexiconKey(String($0), language: language) })
            let replaces = Set((record["replaces"] ?? "").split(separator: " ").map(String.init))
            let country = Country(currency: currency, decimalSeparator: record["decimal"]?.first, words: keys, replaces: replaces)
            replaced[language, default: []].formUnion(replaces)
            let index = countries[language, default: []].count
            countries[language, default: []].append(country)
            words[language, default: []].formUnion(keys)
            if country.decimalSeparator != nil { hasDecimalSeparators.insert(language) }
            for cue in (record["cues"] ?? "").split(separator: "|") {
                let key = lexiconKey(String(cue), language: language)
                cues[language, default: [:]][key] = index
                if let space = key.firstIndex(of: " ") { cueOpenings[language, default: []].insert(String(key[..<space])) }
            }
        }
    }
}
