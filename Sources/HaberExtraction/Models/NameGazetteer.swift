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

    public func entries(forKey key: String) -> [GazetteerEntry] {
        // The memo is asked by the slot the search found: no prefixed key is built as a string.
        // Searched through `index?`: `guard let index` copied the index (a retain and a release
        // a lookup), and most keys asked name no place.
        guard let slot = index?.slot(of: key, markedWith: Self.exactKeyMark) else { return [] }
        return decode(slot: slot)
    }

    /// Whether some place has the key `key`: `!entries(forKey: key).isEmpty`, without
    /// decoding the entries (every key the builder files has at least one).
    public func hasEntries(forKey key: String) -> Bool {
        index?.slot(of: key, markedWith: Self.exactKeyMark) != nil
    }

    /// What the entries of `key` say as a whole, read from their records without decoding
    /// them (no name is built): the questions ``Lexicon`` asks of every word it classifies.
    struct Summary: OptionSet {
        let rawValue: UInt8

        /// Some entry (`!entries(forKey:).isEmpty`).
        static let any = Summary(rawValue: 1 << 0)
        /// A city that ``isMajor(_:)``.
        static let majorCity = Summary(rawValue: 1 << 1)
        /// A country or a place of 100,000 people or more.
        static let large = Summary(rawValue: 1 << 2)
        /// ``isPlace(inCapitals:)``.
        static let inCapitals = Summary(rawValue: 1 << 3)
    }

    /// ``Summary`` of the entries of `key`, as their decoded fields would give it.
    func summary(forKey key: String) -> Summary {
        // Through `index?`, as in ``entries(forKey:)``: no copy of the index a lookup.
        guard let slot = index?.slot(of: key, markedWith: Self.exactKeyMark) else { return [] }
        var summary: Summary = []
        index?.forEachRecord(inSlot: slot) { record in
            let isCountry = record[0] == 1
            let isProvince = record[1] & 1 != 0, isAlternate = record[1] & 2 != 0
            let population = Int(record.loadUnaligned(fromByteOffset: 6, as: UInt32.self).littleEndian)
            summary.insert(.any)
            if !isCountry, isProvince || population >= 100_000 { summary.insert(.majorCity) }
            if isCountry || population >= 100_000 { summary.insert(.large) }
            if isCountry || isProvince || (population >= 1_000_000 && !isAlternate) { summary.insert(.inCapitals) }
        }
        return summary
    }

    /// Whether some name of more than one token opens with the word `key` (`new` of
    /// `new york`): after any other word only the one-token name needs looking up.
    public func opensLongerName(_ key: String) -> Bool {
        index?.slot(of: Self.isOneWord(key) ? key : leadingWord(of: key), markedWith: Self.firstWordMark) != nil
    }

    /// Whether every scalar of `key` is a letter or a digit below U+0300: then `key` is its
    /// own ``leadingWord(of:)``, read from the bytes and a table instead of building the
    /// word scalar by scalar from their properties (2,000 instructions a Turkish word).
    static func isOneWord(_ key: String) -> Bool {
        var key = key
        // The table read once a key: read at each byte, the static went through `swift_once`
        // each time (16,611 calls on the 2.59 MB bench).
        let isLetterOrDigit = Builder.isLetterOrDigitBelow0x300
        return key.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    guard isLetterOrDigit[Int(lead)] else { return false }
                    index += 1
                    continue
                }
                // Two bytes from 0xC2 to 0xCB write the scalars from U+0080 to U+02FF.
                guard lead >= 0xC2, lead < 0xCC, index + 1 < bytes.count else { return false }
                guard isLetterOrDigit[Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)] else { return false }
                index += 2
            }
            return index > 0
        }
    }

    /// Whether some name's key is longer than `key` and opens with it (`baden-` of
    /// `baden-württemberg`): after words that open no name, a longer span names nothing.
    /// One binary search over the mapped keys, not remembered (callers keep the answer per
    /// phrase of forms, see ``PhraseTrie``).
    public func hasLongerName(startingWith key: String) -> Bool {
        index?.containsLongerKey(startingWith: "=" + key) ?? false
    }

    /// The keys that open with a key given as UTF-8 bytes after the `=` of an exact key
    /// (``CompactIndex/run(ofMarkedKey:within:)``): searched for within `outer`, the run of a
    /// phrase one word shorter, a phrase's longer names cost a search among the few keys of
    /// its first words, not a binary search over the whole index.
    func run(ofMarkedKey key: [UInt8], within outer: CompactIndex.KeyRun?) -> CompactIndex.KeyRun {
        index?.run(ofMarkedKey: key, within: outer) ?? CompactIndex.KeyRun(slots: 0..<0, keyLength: key.count, isKey: false)
    }

    /// ``hasEntries(forKey:)`` of a key given as UTF-8 bytes after the `=` of an exact key
    /// (``exactKeyMark``), as a caller that builds keys from tokens writes them.
    func hasEntries(forMarkedKey key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { index?.slot(of: $0) } != nil
    }

    /// ``entries(forKey:)`` of a key given as UTF-8 bytes after the `=` of an exact key: no
    /// string is built for a key that names nothing (most keys asked).
    func entries(forMarkedKey key: [UInt8]) -> [GazetteerEntry] {
        guard let slot = key.withUnsafeBufferPointer({ index?.slot(of: $0) }) else { return [] }
        return decode(slot: slot)
    }

    /// The byte that opens every exact key in the index (`=ankara`), the first word of a name
    /// of several words (`^new`), and a folded key (`~gumushane`).
    static let exactKeyMark = UInt8(ascii: "=")
    static let firstWordMark = UInt8(ascii: "^")
    static let foldedKeyMark = UInt8(ascii: "~")

    /// The places whose key folds to `key` (ASCII-folded: `gumushane`).
    ///
    /// An ASCII key folds to itself, so its folded entries are those of the key itself
    /// and of any key that folds to it (`gümüşhane`); the index stores them under `~key`
    /// only when there are such others, and otherwise they are the entries of `=key`. The
    /// places index is a third smaller than with both.
    public func entries(forFoldedKey key: String) -> [GazetteerEntry] {
        if let slot = index?.slot(of: key, markedWith: Self.foldedKeyMark) { return decode(slot: slot) }
        guard key.utf8.allSatisfy({ $0 < 0x80 }), let slot = index?.slot(of: key, markedWith: Self.exactKeyMark) else { return [] }
        return decode(slot: slot)
    }

    /// ``entries(forFoldedKey:)`` of an ASCII key, which is its own folded key, given its
    /// exact entries (``entries(forKey:)``) that the caller read already: only `~key` is
    /// looked up, not `=key` again with its bytes scanned.
    public func entries(forFoldedKey key: String, exact: [GazetteerEntry]) -> [GazetteerEntry] {
        guard let slot = index?.slot(of: key, markedWith: Self.foldedKeyMark) else { return index == nil ? [] : exact }
        return decode(slot: slot)
    }

    /// Entries already decoded, by the slot of their prefixed key (`=ankara` and `~ankara`
    /// are two slots): a capitalized word is looked up in every article that writes it, and
    /// decoding builds its names again each time. Most keys asked name no place: the search
    /// answers them before the memo is asked, and only entries found are kept.
    private let decoded = Memo<Int, [GazetteerEntry]>(limit: 20_000)

    /// The entries of the key found at `slot` of the index.
    private func decode(slot: Int) -> [GazetteerEntry] {
        if let known = decoded.value(for: slot) { return known }
        guard let index else { return [] }
        var entries: [GazetteerEntry] = []
        index.forEachRecord(inSlot: slot) { record in
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
        decoded.store(entries, for: slot)
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
    /// population, the GeoNames id of the row that ``outranks(_:_:)`` the others. Such an entry always has the same keys, since they follow from its
    /// name and language alone, so its keys are worked out once, when it is first seen,
    /// and the entries under a key keep the order in which they were first seen.
    public struct Builder {
        private struct Entry {
            var type: EntityType
            /// The name's number in `names`.
            var name: Int32
            /// The country's and the language's numbers in `codes`.
            var country: Int32
            var language: Int32
            var population: Int
            var isProvince: Bool
            var isDistrict: Bool
            var isAlternate: Bool
            /// The GeoNames id kept among the rows (``outranks(_:_:)``).
            var geonames: Int?
        }

        private var entries: [Entry] = []
        private var names = ByteInterner(capacity: 1 << 18)
        /// The first entry of each name, by its number (-1 none), and the next entry of the
        /// same name, by entry: rows are one entry when type, name, country and language are
        /// the same, and a name has one to a few entries, so following them beats hashing.
        private var firstEntryOfName: [Int32] = []
        private var nextEntryOfName: [Int32] = []
        /// Country and language codes, numbered in the order first seen.
        private var codes: [String: Int32] = [:]
        private var codeNames: [String] = []
        /// The last few codes asked for, newest last.
        private var recentCodes: [(text: String, number: Int32)] = []
        private var exactKeys = ByteInterner(capacity: 1 << 18)
        private var foldedKeys = ByteInterner(capacity: 1 << 18)
        /// Which entry is filed under which key, in the order they came: (key, entry).
        private var exactFiling: [(key: Int32, entry: Int32)] = []
        private var foldedFiling: [(key: Int32, entry: Int32)] = []
        /// The folded key of each exact key, by number (-1 not yet folded).
        private var foldedOfExact: [Int32] = []
        /// The exact key of the same bytes as each folded key, if it is an ASCII key (-1 none).
        private var exactOfFolded: [Int32] = []
        private var maxWords = 1
        /// Folds a key's UTF-8 bytes to ASCII as the tokenizer folds words.
        private let fold: ([UInt8]) -> [UInt8]
        /// Reused for each key, so that working one out allocates nothing.
        private var scratch: [UInt8] = []
        /// Every name is keyed in the root locale's lowercase …
        private let root = LookupKey.table(for: "root")
        /// … and in that of each language whose lowercase differs from it (Turkish `I` → `ı`,
        /// `İ` → `i`), if the name is of that language or of none said (`*`).
        private let ownCasings: [(language: String, table: LookupKey.Table)]

        /// A builder whose folded keys `fold` makes, for articles in `languages`.
        public init(fold: @escaping (String) -> String, languages: [String] = []) {
            self.init(foldingBytes: { Array(fold(String(decoding: $0, as: UTF8.self)).utf8) }, languages: languages)
        }

        /// A builder whose folded keys `folder` makes, from bytes to bytes, for articles in
        /// `languages` (the codes of `models/languages.tsv`).
        init(folder: KeyFolder, languages: [String]) {
            self.init(foldingBytes: folder.fold(bytes:), languages: languages)
        }

        private init(foldingBytes fold: @escaping ([UInt8]) -> [UInt8], languages: [String]) {
            self.fold = fold
            let root = LookupKey.table(for: "root")
            ownCasings = languages.map { ($0, LookupKey.table(for: $0)) }.filter { $0.table.differs(from: root) }
            // Room for the place files of `models/` (270,000 rows), so that the arrays are
            // not copied as they grow.
            let expected = 1 << 18
            entries.reserveCapacity(expected)
            firstEntryOfName.reserveCapacity(expected)
            nextEntryOfName.reserveCapacity(expected)
            foldedOfExact.reserveCapacity(expected)
            exactFiling.reserveCapacity(expected * 2)
            foldedFiling.reserveCapacity(expected * 2)
        }

        /// Adds `entry`, indexed under its lowercase in the root locale and in the name's own
        /// language when that lowercases otherwise (Turkish names need Turkish casing: `Iğdır`
        /// → `ığdır`).
        public mutating func add(_ entry: GazetteerEntry, language: String) {
            var name = entry.name
            name.withUTF8 { name in
                add(name: name, type: entry.type, country: entry.country, population: entry.population,
                    isProvince: entry.isProvince, isDistrict: entry.isDistrict, isAlternate: entry.isAlternate,
                    geonames: entry.geonames, language: language)
            }
        }

        /// Adds a name given as UTF-8 bytes, as ``add(_:language:)`` does an entry.
        mutating func add(
            name: UnsafeBufferPointer<UInt8>, type: EntityType, country: String, population: Int,
            isProvince: Bool = false, isDistrict: Bool = false, isAlternate: Bool = false, geonames: Int? = nil,
            language: String
        ) {
            guard !name.isEmpty else { return }
            let (nameNumber, isNewName) = names.intern(name)
            if isNewName { firstEntryOfName.append(-1) }
            let (countryNumber, languageNumber) = (code(country), code(language))
            var known = firstEntryOfName[Int(nameNumber)]
            while known >= 0 {
                let entry = entries[Int(known)]
                if entry.type == type, entry.country == countryNumber, entry.language == languageNumber {
                    if !isAlternate { entries[Int(known)].isAlternate = false }
                    // Before the population is raised: the id's place is compared with the
                    // strongest reading so far, as ``outranks(_:_:)`` says.
                    if let geonames, Self.outranks(
                        (population, isProvince, isDistrict, geonames),
                        (entry.population, entry.isProvince, entry.isDistrict, entry.geonames)) {
                        entries[Int(known)].geonames = geonames
                    }
                    entries[Int(known)].population = max(entry.population, population)
                    return
                }
                known = nextEntryOfName[Int(known)]
            }
            let number = Int32(entries.count)
            nextEntryOfName.append(firstEntryOfName[Int(nameNumber)])
            firstEntryOfName[Int(nameNumber)] = number
            entries.append(Entry(type: type, name: nameNumber, country: countryNumber, language: languageNumber,
                                 population: population, isProvince: isProvince, isDistrict: isDistrict, isAlternate: isAlternate,
                                 geonames: geonames))
            LookupKey.write(name, table: root, to: &scratch)
            let folded = file(number, underKey: scratch, foldedBefore: -1)
            // A language's casing differs from the root locale's in a few letters (Turkish `I`,
            // `İ`): a name without them has the same key in both.
            for (casing, table) in ownCasings where language == casing || language == "*" {
                guard !table.agrees(with: root, on: name) else { continue }
                LookupKey.write(name, table: table, to: &scratch)
                _ = file(number, underKey: scratch, foldedBefore: folded)
            }
            maxWords = max(maxWords, Self.wordCount(name))
        }

        /// Files entry `number` under `key` and under its folded form (once, if the entry's
        /// other key already put it there); returns the folded key's number.
        private mutating func file(_ number: Int32, underKey key: [UInt8], foldedBefore: Int32) -> Int32 {
            let (exact, isNew) = exactKeys.intern(key)
            if isNew {
                foldedOfExact.append(-1)
            } else if exactFiling.last.map({ $0.key == exact && $0.entry == number }) == true {
                return foldedOfExact[Int(exact)]  // the other key, equal as a string
            }
            exactFiling.append((exact, number))
            if foldedOfExact[Int(exact)] < 0 {
                let isASCII = key.allSatisfy { $0 < 0x80 }
                let foldedKey = isASCII ? key : fold(key)
                let (folded, isNewFolded) = foldedKeys.intern(foldedKey)
                if isNewFolded { exactOfFolded.append(-1) }
                if isASCII { exactOfFolded[Int(folded)] = exact }
                foldedOfExact[Int(exact)] = folded
            }
            let folded = foldedOfExact[Int(exact)]
            if folded != foldedBefore { foldedFiling.append((folded, number)) }
            return folded
        }

        /// A small number for a country or language code, the same for equal strings.
        private mutating func code(_ text: String) -> Int32 {
            // Rows come by country and most are of one language: the last few codes first.
            for recent in recentCodes where recent.text == text { return recent.number }
            let number: Int32
            if let known = codes[text] {
                number = known
            } else {
                number = Int32(codeNames.count)
                codes[text] = number
                codeNames.append(text)
            }
            if recentCodes.count == 4 { recentCodes.removeFirst() }
            recentCodes.append((text, number))
            return number
        }

        /// Words separated by spaces and hyphens, as `String.split` counts them by
        /// `Character`: below U+0300 no scalar joins the one before it into a `Character`
        /// (no carriage return in a name), so bytes 0x20 and 0x2D are those `Character`s.
        private static func wordCount(_ name: UnsafeBufferPointer<UInt8>) -> Int {
            guard name.allSatisfy({ $0 < 0xCC && $0 != 0x0D }) else {
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

        /// Whose id a name read from several rows keeps: the more populous place's, then a
        /// province's before a district's, then the smaller id; a row without an id never.
        static func outranks(_ entry: GazetteerEntry, _ current: GazetteerEntry) -> Bool {
            outranks((entry.population, entry.isProvince, entry.isDistrict, entry.geonames),
                     (current.population, current.isProvince, current.isDistrict, current.geonames))
        }

        /// ``outranks(_:_:)`` of a row and an entry as the builder holds them.
        private static func outranks(
            _ entry: (population: Int, isProvince: Bool, isDistrict: Bool, geonames: Int?),
            _ current: (population: Int, isProvince: Bool, isDistrict: Bool, geonames: Int?)
        ) -> Bool {
            guard let id = entry.geonames else { return false }
            guard let currentID = current.geonames else { return true }
            let (province, currentProvince) = (entry.isProvince && !entry.isDistrict ? 1 : 0, current.isProvince && !current.isDistrict ? 1 : 0)
            return (entry.population, province, -id) > (current.population, currentProvince, -currentID)
        }

        public func build() -> Data {
            var builder = CompactIndexBuilder(recordSize: NameGazetteer.recordSize)
            // Names are distinct already: stored without looking each up again.
            let places = (0..<Int32(names.count)).map { number in names.withBytes(of: number) { builder.appendString($0) } }
            let codeLetters = codeNames.map(Self.twoLetters)
            var records: [UInt8] = []
            records.reserveCapacity(entries.count * NameGazetteer.recordSize)
            for entry in entries {
                record(entry, at: places[Int(entry.name)], language: codeLetters[Int(entry.language)],
                       country: codeLetters[Int(entry.country)], into: &records)
            }
            records.withUnsafeBufferPointer { records in
                func record(_ entry: Int32) -> UnsafeBufferPointer<UInt8> {
                    let size = NameGazetteer.recordSize
                    return UnsafeBufferPointer(rebasing: records[(Int(entry) * size)..<(Int(entry) * size + size)])
                }
                var key: [UInt8] = []
                // Distinct keys, appended without looking each up again.
                var exactSlots: [Int32] = []
                for number in 0..<Int32(exactKeys.count) {
                    key.removeAll(keepingCapacity: true)
                    key.append(UInt8(ascii: "="))
                    exactKeys.withBytes(of: number) { key.append(contentsOf: $0) }
                    exactSlots.append(builder.appendDistinctKey(key))
                }
                for (number, entry) in exactFiling { builder.add(record(entry), toSlot: exactSlots[Int(number)]) }
                var foldedSlots: [Int32] = []
                let sameAsExact = foldedKeysSameAsExact()
                for number in 0..<Int32(foldedKeys.count) {
                    guard !sameAsExact[Int(number)] else {
                        foldedSlots.append(-1)
                        continue
                    }
                    key.removeAll(keepingCapacity: true)
                    key.append(UInt8(ascii: "~"))
                    foldedKeys.withBytes(of: number) { key.append(contentsOf: $0) }
                    foldedSlots.append(builder.appendDistinctKey(key))
                }
                for (number, entry) in foldedFiling where foldedSlots[Int(number)] >= 0 {
                    builder.add(record(entry), toSlot: foldedSlots[Int(number)])
                }
            }
            // The openings of longer names, without records: only whether they are there counts.
            for number in 0..<Int32(exactKeys.count) {
                let opening = exactKeys.withBytes(of: number) { key -> [UInt8]? in
                    let opening = leadingWord(ofKey: key)
                    return opening.count < key.count ? opening : nil
                }
                if let opening { builder.addKey(bytes: [UInt8(ascii: "^")] + opening) }
            }
            var meta = [UInt8](repeating: 0, count: NameGazetteer.recordSize)
            meta.replaceSubrange(6..<10, with: CompactIndexBuilder.bytes(UInt32(maxWords)))
            builder.add(meta, forKey: NameGazetteer.metaKey)
            return builder.build()
        }

        /// By folded key: whether it is ASCII and files exactly the entries of the same exact
        /// key, which ``NameGazetteer/entries(forFoldedKey:)`` then reads instead. Every
        /// entry filed under an ASCII exact key is filed under the same folded key (which is
        /// the same bytes), in the same order, so equal counts mean equal lists.
        private func foldedKeysSameAsExact() -> [Bool] {
            var exactCounts = [Int](repeating: 0, count: exactKeys.count)
            for (number, _) in exactFiling { exactCounts[Int(number)] += 1 }
            var foldedCounts = [Int](repeating: 0, count: foldedKeys.count)
            for (number, _) in foldedFiling { foldedCounts[Int(number)] += 1 }
            return zip(exactOfFolded, foldedCounts).map { exact, count in exact >= 0 && exactCounts[Int(exact)] == count }
        }

        /// ``leadingWord(of:)`` of a key given as bytes: the same steps, with the letters and
        /// digits below U+0300 read from a table instead of the scalars' properties.
        private func leadingWord(ofKey key: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            var index = 0
            while index < key.count {
                let lead = key[index]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard index + width <= key.count else { break }
                let value = lead < 0x80 ? Int(lead) : width == 2 ? Int(lead & 0x1F) << 6 | Int(key[index + 1] & 0x3F) : Int.max
                guard value < 0x300 else {
                    // From U+0300 on, the scalars' properties decide.
                    return Array(HaberExtraction.leadingWord(of: String(decoding: key, as: UTF8.self)).utf8)
                }
                if Self.isLetterOrDigitBelow0x300[value] {
                    index += width
                    continue
                }
                if index == 0 { return Array(key[0..<width]) }
                if lead == 0x27 { return Array(key[0...index]) }
                return Array(key[0..<index])
            }
            return Array(key)
        }

        /// Whether each scalar below U+0300 is alphabetic or numeric, as ``leadingWord(of:)`` asks.
        static let isLetterOrDigitBelow0x300: [Bool] = (0..<0x300).map { value in
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }

        private func record(
            _ entry: Entry, at place: (offset: UInt32, length: UInt16), language: [UInt8], country: [UInt8],
            into records: inout [UInt8]
        ) {
            let flags: UInt8 = (entry.isProvince ? 1 : 0) | (entry.isAlternate ? 2 : 0) | (entry.isDistrict ? 4 : 0)
            records.append(entry.type == .country ? 1 : 0)
            records.append(flags)
            records += language
            records += country
            withUnsafeBytes(of: UInt32(clamping: entry.population).littleEndian) { records += $0 }
            withUnsafeBytes(of: place.offset.littleEndian) { records += $0 }
            withUnsafeBytes(of: place.length.littleEndian) { records += $0 }
            withUnsafeBytes(of: UInt32(clamping: entry.geonames ?? 0).littleEndian) { records += $0 }
        }

        private static func twoLetters(_ text: String) -> [UInt8] {
            let bytes = Array(text.utf8.prefix(2))
            return bytes + [UInt8](repeating: 0x20, count: 2 - bytes.count)
        }
    }
}

extension CompactIndex {
    /// The slot of the key `mark` followed by `key` (`=ankara`, `^new`), its bytes written on
    /// the stack: `"=" + key` built a `String` at each lookup (400 to 550 instructions, and an
    /// allocation for a key of 15 bytes or more), and most keys asked name nothing.
    func slot(of key: String, markedWith mark: UInt8) -> Int? {
        var key = key
        return key.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { marked in
                marked.initializeElement(at: 0, to: mark)
                _ = UnsafeMutableBufferPointer(rebasing: marked[1...]).initialize(fromContentsOf: bytes)
                return slot(of: UnsafeBufferPointer(marked))
            }
        }
    }
}
