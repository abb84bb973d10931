import HaberICU
import HaberText

/// One known name of a place (or other named thing).
public struct GazetteerEntry: Sendable, Hashable {
    public var type: EntityType
    /// The name as the source writes it.
    public var name: String
    /// ISO 3166-1 code of the country it belongs to (or is).
    public var country: String
    public var population: Int
    /// A Turkish province (il) or district (ilçe), known to Turkish readers whatever its population.
    public var isProvince: Bool = false
    /// Only one of GeoNames' alternate names, not the place's main or CLDR name.
    public var isAlternate: Bool = false
    /// The language of the name (`*` when the source does not say).
    public var language: String = "*"
}

/// Names looked up by their lowercase key (`ankara`, `new york`, `saint-étienne`), with a
/// second index on ASCII-folded keys for misspelt or de-accented text (`Gümüshane`).
public struct NameGazetteer: Sendable {
    private(set) var exact: [String: [GazetteerEntry]] = [:]
    private(set) var folded: [String: [GazetteerEntry]] = [:]
    /// The most words any name has, to bound lookups.
    public private(set) var maxWords = 1

    public init() {}

    /// Adds `name`, indexed under its lowercase in the name's own language (Turkish names
    /// need Turkish casing: `Iğdır` → `ığdır`) and in the root locale.
    public mutating func add(_ entry: GazetteerEntry, language: String, fold: (String) -> String) {
        let name = entry.name
        guard !name.isEmpty else { return }
        var entry = entry
        entry.language = language
        var keys: Set<String> = [Self.key(name, locale: "en")]
        if language == "tr" || language == "*" { keys.insert(Self.key(name, locale: "tr")) }
        for key in keys {
            Self.append(entry, to: &exact, key: key)
            Self.append(entry, to: &folded, key: fold(key))
        }
        maxWords = max(maxWords, name.split(whereSeparator: { $0 == " " || $0 == "-" }).count)
    }

    private static func append(_ entry: GazetteerEntry, to index: inout [String: [GazetteerEntry]], key: String) {
        if let existing = index[key],
           let position = existing.firstIndex(where: {
               $0.type == entry.type && $0.name == entry.name && $0.country == entry.country && $0.language == entry.language
           }) {
            // One name of a place, several sources: keep the strongest reading.
            if existing[position].isAlternate && !entry.isAlternate { index[key]?[position].isAlternate = false }
            if entry.population > existing[position].population { index[key]?[position].population = entry.population }
            return
        }
        index[key, default: []].append(entry)
    }

    /// The lookup key of a name: lowercase, white space collapsed, apostrophes straight.
    public static func key(_ name: String, locale: String) -> String {
        var collapsed = String()
        var pendingSpace = false
        for scalar in CaseMapping.lowercase(name, locale: locale).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace { collapsed.unicodeScalars.append(" ") }
            pendingSpace = false
            collapsed.unicodeScalars.append(TextNormalizer.role(of: scalar) == .apostrophe ? "'" : scalar)
        }
        return collapsed
    }

    public func entries(forKey key: String) -> [GazetteerEntry] { exact[key] ?? [] }

    /// Whether a word written in capitals (`ISPARTA`, `ABD`) is this place rather than an
    /// acronym: only for countries, provinces and large cities, since GeoNames' alternate
    /// names include small places spelled like acronyms (`İŞİM` is also a river town).
    public func isPlace(inCapitals entries: [GazetteerEntry]) -> Bool {
        entries.contains { $0.type == .country || $0.isProvince || ($0.population >= 1_000_000 && !$0.isAlternate) }
    }

    /// A place most readers know: a country, a Turkish province or district, or a city of
    /// 100,000 people or more.
    public static func isMajor(_ entry: GazetteerEntry) -> Bool {
        entry.type == .country || entry.isProvince || entry.population >= 100_000
    }

    public func entries(forFoldedKey key: String) -> [GazetteerEntry] { folded[key] ?? [] }
}
