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
}

/// Place names looked up by their lowercase key (`ankara`, `new york`, `saint-étienne`),
/// with a second index on ASCII-folded keys for misspelt or de-accented text (`Gümüshane`).
///
/// Backed by a ``CompactIndex`` (built once by ``NameGazetteer/Builder`` and cached), so
/// opening it costs nothing whatever the number of names.
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
        self.index = index
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
                language: Self.code(record[2], record[3])))
        }
        decoded.store(entries, for: key)
        return entries
    }

    static let metaKey = "\u{1}meta"

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
        String(decoding: LookupKey.bytes(of: name, locale: locale), as: UTF8.self)
    }

    /// ``key(_:locale:)`` through ICU over the whole name: its definition, and the path
    /// for names with scalars from U+0300 on, whose case can depend on their neighbours.
    static func slowKey(_ name: String, locale: String) -> String {
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
    ///
    /// A name of a place from several rows (same type, name, country and language) is one
    /// entry with the strongest reading: not alternate if any row says so, the largest
    /// population. Such an entry always has the same keys, since they follow from its
    /// name and language alone, so its keys are worked out once, when it is first seen,
    /// and the entries under a key keep the order in which they were first seen.
    public struct Builder {
        private struct Entry {
            var type: EntityType
            var name: [UInt8]
            var country: String
            var language: String
            var population: Int
            var isProvince: Bool
            var isDistrict: Bool
            var isAlternate: Bool
        }

        private var entries: [Entry] = []
        /// Entry by its type, country, language and ``LookupKey/canonical(_:)`` name.
        private var entrySlots: [ByteString: Int32] = [:]
        private var exact = KeyedEntries()
        private var folded = KeyedEntries()
        /// The folded key of each exact key, by slot (-1 not yet folded).
        private var foldedSlots: [Int32] = []
        private var maxWords = 1
        private let fold: (String) -> String

        public init(fold: @escaping (String) -> String) {
            self.fold = fold
        }

        /// Adds `entry`, indexed under its lowercase in the name's own language (Turkish names
        /// need Turkish casing: `Iğdır` → `ığdır`) and in the root locale.
        public mutating func add(_ entry: GazetteerEntry, language: String) {
            var name = entry.name
            name.withUTF8 { name in
                add(name: name, type: entry.type, country: entry.country, population: entry.population,
                    isProvince: entry.isProvince, isDistrict: entry.isDistrict, isAlternate: entry.isAlternate,
                    language: language)
            }
        }

        /// Adds a name given as UTF-8 bytes, as ``add(_:language:)`` does an entry.
        mutating func add(
            name: UnsafeBufferPointer<UInt8>, type: EntityType, country: String, population: Int,
            isProvince: Bool = false, isDistrict: Bool = false, isAlternate: Bool = false, language: String
        ) {
            guard !name.isEmpty else { return }
            var identity: [UInt8] = [type == .country ? 1 : 0]
            for part in [LookupKey.canonical(Array(country.utf8)), LookupKey.canonical(Array(language.utf8))] {
                identity += CompactIndexBuilder.bytes(UInt32(part.count))
                identity += part
            }
            identity += LookupKey.canonical(Array(name))
            let slot = ByteString(identity)
            if let known = entrySlots[slot] {
                if !isAlternate { entries[Int(known)].isAlternate = false }
                entries[Int(known)].population = max(entries[Int(known)].population, population)
                return
            }
            let number = Int32(entries.count)
            entrySlots[slot] = number
            entries.append(Entry(type: type, name: Array(name), country: country, language: language, population: population,
                                 isProvince: isProvince, isDistrict: isDistrict, isAlternate: isAlternate))
            var keys = [LookupKey.bytes(of: name, locale: "en")]
            if language == "tr" || language == "*" {
                let turkish = LookupKey.bytes(of: name, locale: "tr")
                if LookupKey.canonical(turkish) != LookupKey.canonical(keys[0]) { keys.append(turkish) }
            }
            var foldedSeen: [Int32] = []
            for key in keys {
                let exactSlot = exact.add(number, under: key)
                if exactSlot == foldedSlots.count { foldedSlots.append(-1) }
                if foldedSlots[Int(exactSlot)] < 0 {
                    let foldedKey = key.allSatisfy { $0 < 0x80 }
                        ? key : Array(fold(String(decoding: key, as: UTF8.self)).utf8)
                    foldedSlots[Int(exactSlot)] = folded.slot(of: foldedKey)
                }
                let foldedSlot = foldedSlots[Int(exactSlot)]
                if !foldedSeen.contains(foldedSlot) {
                    foldedSeen.append(foldedSlot)
                    folded.add(number, toSlot: foldedSlot)
                }
            }
            maxWords = max(maxWords, Self.wordCount(name))
        }

        /// Words separated by spaces and hyphens, as `String.split` counts them.
        private static func wordCount(_ name: UnsafeBufferPointer<UInt8>) -> Int {
            guard name.allSatisfy({ $0 < 0x80 }) else {
                return String(decoding: name, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "-" }).count
            }
            var words = 0
            var inWord = false
            for byte in name {
                let separator = byte == 0x20 || byte == 0x2D
                if !separator && !inWord { words += 1 }
                inWord = !separator
            }
            return words
        }

        public func build() -> Data {
            var builder = CompactIndexBuilder(recordSize: 16)
            let records = entries.map { record($0, &builder) }
            for (prefix, index) in [(UInt8(ascii: "="), exact), (UInt8(ascii: "~"), folded)] {
                for slot in index.keys.indices where !index.entries[slot].isEmpty {
                    let keySlot = builder.appendKey([prefix] + index.keys[slot])
                    for entry in index.entries[slot] { builder.add(records[Int(entry)], toSlot: keySlot) }
                }
            }
            let noRecord = [UInt8](repeating: 0, count: 16)
            var openings: Set<ByteString> = []
            for key in exact.keys {
                let opening = leadingWord(ofKey: key)
                guard opening.count < key.count, openings.insert(ByteString(LookupKey.canonical(opening))).inserted else { continue }
                builder.add(noRecord, toSlot: builder.appendKey([UInt8(ascii: "^")] + opening))
            }
            var meta = [UInt8](repeating: 0, count: 16)
            meta.replaceSubrange(6..<10, with: CompactIndexBuilder.bytes(UInt32(maxWords)))
            builder.add(meta, toSlot: builder.appendKey(Array(NameGazetteer.metaKey.utf8)))
            return builder.build()
        }

        /// ``leadingWord(of:)`` of a key given as bytes, without a `String` for a key of
        /// ASCII letters and digits that ends there or at a space, hyphen or full stop.
        private func leadingWord(ofKey key: [UInt8]) -> [UInt8] {
            var end = 0
            while end < key.count, Self.isASCIILetterOrDigit(key[end]) { end += 1 }
            if end > 0, end == key.count || key[end] == 0x20 || key[end] == 0x2D || key[end] == 0x2E {
                return Array(key[..<end])
            }
            return Array(HaberExtraction.leadingWord(of: String(decoding: key, as: UTF8.self)).utf8)
        }

        private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        }

        private func record(_ entry: Entry, _ builder: inout CompactIndexBuilder) -> [UInt8] {
            let (offset, length) = builder.store(bytes: entry.name)
            let flags: UInt8 = (entry.isProvince ? 1 : 0) | (entry.isAlternate ? 2 : 0) | (entry.isDistrict ? 4 : 0)
            var bytes: [UInt8] = [entry.type == .country ? 1 : 0, flags]
            bytes += Self.twoLetters(entry.language) + Self.twoLetters(entry.country)
            bytes += CompactIndexBuilder.bytes(UInt32(clamping: entry.population))
            bytes += CompactIndexBuilder.bytes(offset) + CompactIndexBuilder.bytes(length)
            return bytes
        }

        private static func twoLetters(_ text: String) -> [UInt8] {
            let bytes = Array(text.utf8.prefix(2))
            return bytes + [UInt8](repeating: 0x20, count: 2 - bytes.count)
        }
    }
}

/// Keys, each with the entries filed under it in the order they came.
private struct KeyedEntries {
    private(set) var keys: [[UInt8]] = []
    private(set) var entries: [[Int32]] = []
    /// Slot of each key, by its ``LookupKey/canonical(_:)`` bytes.
    private var slots: [ByteString: Int32] = [:]

    /// The slot of `key`, a new one when it is new.
    mutating func slot(of key: [UInt8]) -> Int32 {
        let identity = ByteString(LookupKey.canonical(key))
        if let known = slots[identity] { return known }
        let slot = Int32(keys.count)
        slots[identity] = slot
        keys.append(key)
        entries.append([])
        return slot
    }

    /// Files `entry` under `key` and returns the key's slot.
    mutating func add(_ entry: Int32, under key: [UInt8]) -> Int32 {
        let slot = slot(of: key)
        add(entry, toSlot: slot)
        return slot
    }

    mutating func add(_ entry: Int32, toSlot slot: Int32) {
        entries[Int(slot)].append(entry)
    }
}
