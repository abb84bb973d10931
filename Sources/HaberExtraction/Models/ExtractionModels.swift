import Foundation
import HaberICU
import HaberText

/// Everything the extractors know, loaded once from `models/` and ICU and shared
/// read-only between threads.
public struct ExtractionModels: Sendable {
    public var text: TextResources
    public var places: NameGazetteer
    public var organizations: OrganizationLexicon
    /// Organizations known by name: registries' companies, banks, universities and the
    /// curated public bodies (``OrganizationGazetteer``).
    public var organizationNames = OrganizationGazetteer()
    public var people: PersonLexicon
    public var quantities: QuantityLexicon
    public var calendar: CalendarLexicon
    public var currencies: CurrencyLexicon
    public var vocabulary: Vocabulary
    /// Countries where each language is spoken throughout (`models/lexicon/language-countries.tsv`).
    public var homeCountries: [String: Set<String>] = [:]
    /// Names of regions that no city of their country bears (`geo/regions.tsv`: `Jura`,
    /// `Zeeland`, `Andalucía`), keyed in the general and the Turkish case mapping: a city
    /// elsewhere of the same name is not what they name.
    public var regionNames = NameSet()
    /// Spelled-out numbers, shared by every extractor and thread.
    public var numberWords = NumberWords()
    /// Grammar words of date expressions (`models/dates/grammar.tsv`).
    public var dateGrammar = DateGrammar()
    /// How each language writes numbers, case endings and currency signs (`models/languages.tsv`).
    public var languageProfiles = LanguageProfiles()
    /// The currency of a bare `$` or `pesos` in an article about one country (`money/local-currencies.tsv`).
    public var localCurrencies = LocalCurrencies()

    public init(
        text: TextResources, places: NameGazetteer, organizations: OrganizationLexicon, people: PersonLexicon,
        quantities: QuantityLexicon, calendar: CalendarLexicon, currencies: CurrencyLexicon, vocabulary: Vocabulary
    ) {
        self.text = text
        self.places = places
        self.organizations = organizations
        self.people = people
        self.quantities = quantities
        self.calendar = calendar
        self.currencies = currencies
        self.vocabulary = vocabulary
    }

    public enum LoadError: Error, CustomStringConvertible {
        case models(ModelDirectory.LocateError)
        case icu(ICUError)

        public var description: String {
            switch self {
            case .models(let error): error.description
            case .icu(let error): error.description
            }
        }
    }

    public static func load(from directory: ModelDirectory, cache: ModelCache = ModelCache()) throws(LoadError) -> ExtractionModels {
        // The places index is most of a first run's work (it builds the 17 MB index): it is
        // loaded on another thread while this one loads the rest, and waited for before
        // anything returns or throws.
        let places = Background { () throws(ModelDirectory.LocateError) in try loadPlaces(directory, cache: cache) }
        defer { _ = places.wait() }
        do {
            var models = ExtractionModels(
                text: try TextResources(models: directory),
                places: try places.wait().get(),
                organizations: try OrganizationLexicon(models: directory),
                people: try PersonLexicon(models: directory, cache: cache),
                quantities: try QuantityLexicon(models: directory),
                calendar: try CalendarLexicon(models: directory),
                currencies: try CurrencyLexicon(models: directory, cache: cache),
                vocabulary: try Vocabulary(models: directory, cache: cache))
            models.organizationNames = try OrganizationGazetteer.load(directory, cache: cache)
            models.numberWords = NumberWords(cache: cache)
            models.text.asciiFolds = ASCIIFolds(
                rows: try cache.lines(named: "ascii-folds", derivedFrom: [icuVersion, ASCIIFolds.revision]) { () throws(ICUError) in
                    try ASCIIFolds.rows()
                })
            models.dateGrammar = try DateGrammar(models: directory)
            models.languageProfiles = try LanguageProfiles(models: directory)
            models.localCurrencies = try LocalCurrencies(models: directory)
            for record in try directory.table("lexicon/language-countries.tsv").records {
                models.homeCountries[record["lang"] ?? "", default: []].insert(record["country"] ?? "")
            }
            if directory.hasTable("geo/regions.tsv") {
                models.regionNames = try NameSet(file: "geo/regions.tsv", models: directory, cache: cache, locales: ["en", "tr"])
            }
            return models
        } catch let error as ModelDirectory.LocateError {
            throw .models(error)
        } catch let error as ICUError {
            throw .icu(error)
        } catch {
            throw .models(.unreadable(directory.url.path, reason: "\(error)"))
        }
    }

    static func loadPlaces(_ directory: ModelDirectory, cache: ModelCache) throws(ModelDirectory.LocateError) -> NameGazetteer {
        let sources = ["geo/countries.tsv", "geo/countries-extra.tsv", "geo/tr-provinces.tsv", "geo/tr-districts.tsv",
                       "geo/cities.tsv", "geo/towns.tsv", "languages.tsv"].filter(directory.hasTable)
        let index = try cache.index(named: "places", sources: sources, models: directory) { () throws(ModelDirectory.LocateError) -> Data in
            // Names are keyed in each listed language's own case mapping too (`Iğdır` → `ığdır`).
            let languages = try directory.table("languages.tsv").records.compactMap { $0["lang"] }.filter { !$0.isEmpty }
            var builder = NameGazetteer.Builder(folder: KeyFolder(), languages: languages)
            for file in ["geo/countries.tsv", "geo/countries-extra.tsv"] where directory.hasTable(file) {
                let table = try ByteTable(file, in: directory)
                guard let name = table.column("name") else { continue }
                let (code, language) = (table.column("code"), table.column("lang"))
                for row in 0..<table.count {
                    let country = table.string(row, code), language = table.string(row, language, or: "*")
                    table.withField(row, name) { name in
                        builder.add(name: name, type: .country, country: country, population: 0, language: language)
                    }
                }
            }
            for file in ["geo/tr-provinces.tsv", "geo/tr-districts.tsv"] where directory.hasTable(file) {
                let table = try ByteTable(file, in: directory)
                guard let name = table.column("name") else { continue }
                let geonames = table.column("geonames")
                for row in 0..<table.count {
                    let id = table.integer(row, geonames)
                    table.withField(row, name) { name in
                        builder.add(name: name, type: .city, country: "TR", population: 0, isProvince: true,
                                    isDistrict: file.hasSuffix("districts.tsv"), geonames: id, language: "tr")
                    }
                }
            }
            for file in ["geo/cities.tsv", "geo/towns.tsv"] where directory.hasTable(file) {
                let table = try ByteTable(file, in: directory)
                let (country, population, language) = (table.column("country"), table.column("population"), table.column("lang"))
                guard let name = table.column("name") else { continue }
                let (kind, geonames) = (table.column("kind"), table.column("id"))
                for row in 0..<table.count {
                    let place = (country: table.string(row, country), language: table.string(row, language, or: "*"),
                                 population: table.integer(row, population) ?? 0, isAlternate: table.field(row, kind, is: "alt"),
                                 geonames: table.integer(row, geonames))
                    table.withField(row, name) { name in
                        builder.add(name: name, type: .city, country: place.country, population: place.population,
                                    isAlternate: place.isAlternate, geonames: place.geonames, language: place.language)
                    }
                }
            }
            return builder.build()
        }
        return index.map(NameGazetteer.init(index:)) ?? NameGazetteer()
    }
}

/// Work started on another thread at once, whose result ``wait()`` gives (as often as
/// asked): for loading independent models side by side on the machine's two cores.
final class Background<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once on the worker before `done` is signalled, read only after waiting on it.
    private var result: Result<Value, Failure>?

    init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        Thread.detachNewThread { [self] in
            result = Result { () throws(Failure) -> Value in try work() }
            done.signal()
        }
    }

    /// Blocks until the work is done.
    func wait() -> Result<Value, Failure> {
        done.wait()
        done.signal()  // for the next caller
        guard let result else { preconditionFailure("background work signalled without a result") }
        return result
    }
}
