import Foundation
import HaberICU
import HaberText

/// One known name of a place.
public struct GazetteerEntry: Sendable, Hashable {
    public var type: EntityType
    /// The name as the source writes it.
    public var name: String
    /// ISO 3166-1 code of the country it belongs to (or is).
    public var country: String
    public var population: Int
    /// A Turkish province (il) or district (ilçe), known to Turkish readers whatever its population.
    public var isProvince: Bool = false
    /// A Turkish district (ilçe): many share their name with an ordinary word (`Pazar`, `Havza`).
    public var isDistrict: Bool = false
    /// Only one of GeoNames' alternate names, not the place's main or CLDR name.
    public var isAlternate: Bool = false
    /// The language of the name (`*` when the source does not say).
    public var language: String = "*"
    /// The GeoNames id of the place, when the source gives one: for a name several rows give
    /// in one country and language, the most populous place's (``NameGazetteer/Builder/outranks(_:_:)``).
    public var geonames: Int?
}

/// Place names looked up by their lowercase key (`ankara`, `new york`, `saint-étienne`),
/// with a second index on ASCII-folded keys for misspelt or de-accented text (`Gümüshane`).
///
/// Backed by a ``CompactIndex`` (built once by ``NameGazetteer/Builder`` and cached), so
/// opening it costs nothing whatever the number of names. A record is 20 bytes: type,
/// flags, language and country (two ASCII letters each), population, the name's offset and
/// length in the string section, and the GeoNames id (0 for none).
public struct NameGazetteer: Sendable {
    private let index: CompactIndex?
    /// The most words any name has, to bound lookups.
    public let maxWords: Int

    /// An empty gazetteer.
    public init() {
        index = nil
        maxWords = 1
    }

    public init(index: CompactIndex) {
        // An index of another layout (never built by this version) reads as empty, not out of bounds.
        self.index = index.recordSize == Self.recordSize ? index : nil
        let meta = index.records(for: Self.metaKey).first
        maxWords = meta.map { Int(Self.uint32($0, at: 6)) } ?? 1
    }

    public func entries(forKey key: String) -> [GazetteerEntry] { decode("=" + key) }

    /// Whether some name of more than one token opens with the word `key` (`new` of
    /// `new york`): after any other word only the one-token name needs looking up.
    public func opensLongerName(_ key: String) -> Bool {
        index?.contains("^" + leadingWord(of: key)) ?? false
    }

    public func entries(forFoldedKey key: String) -> [GazetteerEntry] { decode("~" + key) }

    /// Entries already decoded, by prefixed key: a capitalized word is looked up in every
    /// article that writes it, and decoding builds its names again each time.
    private let decoded = Memo<[GazetteerEntry]>(limit: 20_000)

    private func decode(_ key: String) -> [GazetteerEntry] {
        guard let index else { return [] }
        if let known = decoded.value(for: key) { return known }
        var entries: [GazetteerEntry] = []
        index.forEachRecord(for: key) { record in
            let offset = Int(record.loadUnaligned(fromByteOffset: 10, as: UInt32.self).littleEndian)
            let length = Int(record.loadUnaligned(fromByteOffset: 14, as: UInt16.self).littleEndian)
            entries.append(GazetteerEntry(
                type: record[0] == 1 ? .country : .city, name: index.string(at: offset, length: length),
                country: Self.code(record[4], record[5]),
                population: Int(record.loadUnaligned(fromByteOffset: 6, as: UInt32.self).littleEndian),
                isProvince: record[1] & 1 != 0, isDistrict: record[1] & 4 != 0, isAlternate: record[1] & 2 != 0,
                language: Self.code(record[2], record[3]),
                geonames: Self.geonames(record.loadUnaligned(fromByteOffset: 16, as: UInt32.self).littleEndian)))
        }
        decoded.store(entries, for: key)
        return entries
    }

    static let metaKey = "\u{1}meta"
    static let recordSize = 20

    private static func geonames(_ stored: UInt32) -> Int? { stored == 0 ? nil : Int(stored) }

    /// Two ASCII letters, a trailing space dropped (`*`).
    private static func code(_ first: UInt8, _ second: UInt8) -> String {
        second == 0x20 ? String(UnicodeScalar(first)) : String(UnicodeScalar(first)) + String(UnicodeScalar(second))
    }

    static func uint32(_ data: Data, at offset: Int) -> UInt32 {
        data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian }
    }

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

    /// Gathers names and lays them out as an index.
    public struct Builder {
        private var exact: [String: [GazetteerEntry]] = [:]
        private var folded: [String: [GazetteerEntry]] = [:]
        private var maxWords = 1
        private let fold: (String) -> String

        public init(fold: @escaping (String) -> String) {
            self.fold = fold
        }

        /// Adds `entry`, indexed under its lowercase in the name's own language (Turkish names
        /// need Turkish casing: `Iğdır` → `ığdır`) and in the root locale.
        public mutating func add(_ entry: GazetteerEntry, language: String) {
            guard !entry.name.isEmpty else { return }
            var entry = entry
            entry.language = language
            var keys: Set<String> = [NameGazetteer.key(entry.name, locale: "en")]
            if language == "tr" || language == "*" { keys.insert(NameGazetteer.key(entry.name, locale: "tr")) }
            for key in keys {
                Self.merge(entry, into: &exact, key: key)
                Self.merge(entry, into: &folded, key: fold(key))
            }
            maxWords = max(maxWords, entry.name.split(whereSeparator: { $0 == " " || $0 == "-" }).count)
        }

        /// One name of a place from several sources: keep the strongest reading.
        private static func merge(_ entry: GazetteerEntry, into index: inout [String: [GazetteerEntry]], key: String) {
            if let existing = index[key], let position = existing.firstIndex(where: {
                $0.type == entry.type && $0.name == entry.name && $0.country == entry.country && $0.language == entry.language
            }) {
                if existing[position].isAlternate && !entry.isAlternate { index[key]?[position].isAlternate = false }
                if outranks(entry, existing[position]) { index[key]?[position].geonames = entry.geonames }
                if entry.population > existing[position].population { index[key]?[position].population = entry.population }
                return
            }
            index[key, default: []].append(entry)
        }

        /// Whose id a name read from several rows keeps: the more populous place's, then a
        /// province's before a district's, then the smaller id; a row without an id never.
        static func outranks(_ entry: GazetteerEntry, _ current: GazetteerEntry) -> Bool {
            guard let id = entry.geonames else { return false }
            guard let currentID = current.geonames else { return true }
            func province(_ entry: GazetteerEntry) -> Int { entry.isProvince && !entry.isDistrict ? 1 : 0 }
            return (entry.population, province(entry), -id) > (current.population, province(current), -currentID)
        }

        public func build() -> Data {
            var builder = CompactIndexBuilder(recordSize: NameGazetteer.recordSize)
            for (prefix, index) in [("=", exact), ("~", folded)] {
                for (key, entries) in index {
                    for entry in entries { builder.add(record(entry, &builder), forKey: prefix + key) }
                }
            }
            let noRecord = [UInt8](repeating: 0, count: NameGazetteer.recordSize)
            for key in exact.keys {
                let opening = leadingWord(of: key)
                if opening.unicodeScalars.count < key.unicodeScalars.count { builder.add(noRecord, forKey: "^" + opening) }
            }
            var meta = [UInt8](repeating: 0, count: NameGazetteer.recordSize)
            meta.replaceSubrange(6..<10, with: CompactIndexBuilder.bytes(UInt32(maxWords)))
            builder.add(meta, forKey: NameGazetteer.metaKey)
            return builder.build()
        }

        private func record(_ entry: GazetteerEntry, _ builder: inout CompactIndexBuilder) -> [UInt8] {
            let (offset, length) = builder.store(entry.name)
            let flags: UInt8 = (entry.isProvince ? 1 : 0) | (entry.isAlternate ? 2 : 0) | (entry.isDistrict ? 4 : 0)
            var bytes: [UInt8] = [entry.type == .country ? 1 : 0, flags]
            bytes += Self.twoLetters(entry.language) + Self.twoLetters(entry.country)
            bytes += CompactIndexBuilder.bytes(UInt32(clamping: entry.population))
            bytes += CompactIndexBuilder.bytes(offset) + CompactIndexBuilder.bytes(length)
            bytes += CompactIndexBuilder.bytes(UInt32(clamping: entry.geonames ?? 0))
            return bytes
        }

        private static func twoLetters(_ text: String) -> [UInt8] {
            let bytes = Array(text.utf8.prefix(2))
            return bytes + [UInt8](repeating: 0x20, count: 2 - bytes.count)
        }
    }
}
