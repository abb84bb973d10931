import Foundation
import HaberText

/// One known name of an organization, from a registry (`models/orgs/`) or the curated list
/// of public bodies (`models/languages/<code>/lexicon/organizations.tsv`).
public struct OrganizationEntry: Sendable, Hashable {
    /// The name as the source writes it (`Airbus`, `BANKINTER`).
    public var name: String
    /// The registry's full name where it differs from `name` (`Airbus SE`), else nil.
    public var canonical: String?
    /// The name's identifier in a public registry (`isin:NL0000235190`, `bic:BNPAFRPP`), or nil.
    public var ref: String?
    /// ISO 3166-1 code of the organization's country, or empty.
    public var country: String
    /// An acronym of a curated row (`ICEX`, `SPRI`): it names the body only written in capitals.
    public var isAcronym = false
}

/// Organization names looked up by their lowercase key, as ``NameGazetteer`` looks up places:
/// a ``CompactIndex`` built once from the lists of `models/` and cached, so that opening it
/// costs nothing whatever the number of names.
///
/// Keys: `=key` for each name, `^word` for the first word of a name of several words (so
/// that most words are known to open none at once), and a meta key with the most tokens a
/// name spans. A record is 20 bytes: the name's, the canonical name's and the ref's offset
/// (4 bytes) and length (2 bytes) in the string section (length 0: none), the
/// country's two letters (a space for none), then a byte of flags (bit 0: an acronym).
public struct OrganizationGazetteer: Sendable {
    let index: CompactIndex?
    /// The most tokens a name spans (words and the punctuation between them), to bound lookups.
    public let maxTokens: Int
    /// The lengths (bit `min(length, 63)`) and first bytes (bit *b* of word `b >> 6`) of the
    /// first words of the names the lists write in lowercase, a few dozen: a lowercase word
    /// of another length or opening is told to open none of them without a probe of the index
    /// (``mayOpenInLowercase(_:)``, asked of every lowercase form, 470 instructions each).
    let lowercaseOpeningLengths: UInt64
    let lowercaseOpeningBytes: [UInt64]

    public init() {
        index = nil
        maxTokens = 1
        lowercaseOpeningLengths = 0
        lowercaseOpeningBytes = [0, 0, 0, 0]
    }

    public init(index: CompactIndex) {
        self.index = index.recordSize == Self.recordSize ? index : nil
        maxTokens = index.records(for: Self.metaKey).first.map { Int(NameGazetteer.uint32($0, at: 0)) } ?? 1
        var lengths: UInt64 = 0
        var bytes: [UInt64] = [0, 0, 0, 0]
        if let index = self.index {
            let slots = [Self.lowercaseOpeningMark].withUnsafeBufferPointer { index.slots(ofKeysStartingWith: $0, within: 0..<index.count) }
            for slot in slots {
                index.withKey(ofSlot: slot) { key in
                    guard key.count >= 2 else { return }
                    lengths |= 1 << UInt64(min(key.count - 1, 63))
                    bytes[Int(key[1]) >> 6] |= 1 << UInt64(key[1] & 63)
                }
            }
        }
        lowercaseOpeningLengths = lengths
        lowercaseOpeningBytes = bytes
    }

    /// The generated registry lists, then the curated list of public bodies (a split table).
    public static let sources = ["orgs/companies.tsv", "orgs/banks.tsv", "orgs/universities.tsv", "orgs/eu-bodies.tsv",
                                 "lexicon/organizations.tsv"]
    static let recordSize = 21
    static let metaKey = "\u{1}meta"
    static let exactKeyMark = UInt8(ascii: "=")
    static let firstWordMark = UInt8(ascii: "^")
    /// The mark of the first word of a name the lists write in lowercase (`voestalpine`, `e-mobil BW`).
    static let lowercaseOpeningMark = UInt8(ascii: "_")

    /// Whether some name is the word `key` or opens with it: the one question asked of every
    /// capitalized word, answered without decoding entries, and with the marked keys written
    /// on the stack (two strings joined per word allocated where a long word did not fit in
    /// a small string).
    /// Searched through `index?`, as in ``mayOpenInLowercase(_:)``.
    public func mayOpen(_ key: String) -> Bool {
        guard index != nil else { return false }
        var key = key
        return key.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { marked in
                marked.initializeElement(at: 0, to: Self.exactKeyMark)
                _ = UnsafeMutableBufferPointer(rebasing: marked[1...]).initialize(fromContentsOf: bytes)
                let keyed = UnsafeBufferPointer(marked)
                if index?.slot(of: keyed) != nil { return true }
                marked[0] = Self.firstWordMark
                return index?.slot(of: keyed) != nil
            }
        }
    }

    /// Whether some name that the lists write in lowercase is the word `key` or opens with it
    /// (`voestalpine`, `thyssenkrupp Steel`, `e-mobil BW`).
    ///
    /// The index is searched through `index?`: `guard let index` copied it (a retain and a
    /// release of its data a call, some 5,000 calls on the bench's 1,000 articles). Without an
    /// index no length is marked, and the answer is no.
    public func mayOpenInLowercase(_ key: String) -> Bool {
        var key = key
        let mayBeKey = key.withUTF8 { bytes in
            guard let first = bytes.first, lowercaseOpeningLengths >> UInt64(min(bytes.count, 63)) & 1 != 0 else { return false }
            return lowercaseOpeningBytes[Int(first) >> 6] >> UInt64(first & 63) & 1 != 0
        }
        return mayBeKey && index?.slot(of: key, markedWith: Self.lowercaseOpeningMark) != nil
    }

    /// Whether a name of several words opens with the word `key`.
    public func opensLongerName(_ key: String) -> Bool {
        index?.slot(of: key, markedWith: Self.firstWordMark) != nil
    }

    /// The keys of the index that open with a marked key (``CompactIndex/KeyRun``).
    typealias KeyRun = CompactIndex.KeyRun

    /// The run of the marked key `key`, searched for within `outer`, the run of a shorter
    /// key (`=banco` for `=banco santander`), when `key` opens with that key; else (or when
    /// `outer` is nil) among all keys.
    func run(ofMarkedKey key: [UInt8], within outer: KeyRun?) -> KeyRun {
        index?.run(ofMarkedKey: key, within: outer) ?? KeyRun(slots: 0..<0, keyLength: key.count, isKey: false)
    }

    /// The entries of the marked key of `run`.
    func entries(of run: KeyRun) -> [OrganizationEntry] {
        run.isKey ? entries(inSlot: run.slots.lowerBound) : []
    }

    public func entries(forKey key: String) -> [OrganizationEntry] {
        entries(forMarkedKey: [Self.exactKeyMark] + Array(key.utf8))
    }

    /// The entries of a marked key (`=` and the key's bytes).
    func entries(forMarkedKey key: [UInt8]) -> [OrganizationEntry] {
        guard let slot = key.withUnsafeBufferPointer({ index?.slot(of: $0) }) else { return [] }
        return entries(inSlot: slot)
    }

    /// The entries of the key of `slot`.
    private func entries(inSlot slot: Int) -> [OrganizationEntry] {
        guard let index else { return [] }
        var entries: [OrganizationEntry] = []
        index.forEachRecord(inSlot: slot) { record in
            func string(at offset: Int) -> String? {
                let length = Int(record.loadUnaligned(fromByteOffset: offset + 4, as: UInt16.self).littleEndian)
                guard length > 0 else { return nil }
                return index.string(at: Int(record.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian), length: length)
            }
            entries.append(OrganizationEntry(name: string(at: 0) ?? "", canonical: string(at: 6), ref: string(at: 12),
                                             country: String(decoding: [record[18], record[19]].filter { $0 != 0x20 }, as: UTF8.self),
                                             isAcronym: record[20] & 1 != 0))
        }
        return entries
    }

    /// Gathers the names of the lists and lays them out as an index.
    struct Builder {
        private var builder = CompactIndexBuilder(recordSize: OrganizationGazetteer.recordSize)
        private var maxTokens = 1
        /// Names are keyed in the root locale's lowercase and in that of each language whose
        /// lowercase differs (Turkish `I` → `ı`), as the tokenizer keys a word in its article's language.
        private let tables: [LookupKey.Table]
        private var key: [UInt8] = []

        init(languages: [String]) {
            let root = LookupKey.table(for: "root")
            tables = [root] + languages.map(LookupKey.table(for:)).filter { $0.differs(from: root) }
        }

        mutating func add(_ entry: OrganizationEntry) {
            guard !entry.name.isEmpty else { return }
            var record: [UInt8] = []
            for field in [entry.name, entry.canonical ?? "", entry.ref ?? ""] {
                let (offset, length) = field.isEmpty ? (0, 0) : builder.store(field)
                record += CompactIndexBuilder.bytes(offset) + CompactIndexBuilder.bytes(length)
            }
            let country = Array((entry.country + "  ").utf8.prefix(2))
            record += country + [entry.isAcronym ? 1 : 0]
            var name = entry.name
            let words = name.split(separator: " ")
            // The first word as the tokenizer cuts it (`Mercedes` of `Mercedes-Benz`, `e` of
            // `e-mobil BW`), besides the first word up to a space (`U.S` of `U.S. Census Bureau`).
            let letters = String(name.prefix { $0.isLetter || $0.isNumber })
            var firsts: [String] = []
            if words.count > 1, let first = words.first {
                firsts.append(String(first))
                // An abbreviation's word without its full stop (`U.S` of `U.S.`), as the tokenizer keeps it.
                if first.count > 1, first.last == "." { firsts.append(String(first.dropLast())) }
            }
            if !letters.isEmpty, letters.count < name.count, !firsts.contains(letters) { firsts.append(letters) }
            let opensInLowercase = name.first?.isLowercase == true
            maxTokens = max(maxTokens, Self.tokenEstimate(entry.name))
            for table in tables {
                name.withUTF8 { LookupKey.write($0, table: table, to: &key) }
                builder.add(record, forKeyBytes: [OrganizationGazetteer.exactKeyMark] + key)
                for var first in firsts {
                    first.withUTF8 { LookupKey.write($0, table: table, to: &key) }
                    builder.addKey(bytes: [OrganizationGazetteer.firstWordMark] + key)
                }
                if opensInLowercase, var first = letters.isEmpty ? nil : letters {
                    first.withUTF8 { LookupKey.write($0, table: table, to: &key) }
                    builder.addKey(bytes: [OrganizationGazetteer.lowercaseOpeningMark] + key)
                }
            }
        }

        /// An upper bound of the tokens of `name`: its words and the marks inside them (`A.Ş.`, `AT&T`).
        static func tokenEstimate(_ name: String) -> Int {
            name.unicodeScalars.reduce(1) { count, scalar in
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? count : count + 2
            }
        }

        mutating func build() -> Data {
            builder.add(CompactIndexBuilder.bytes(UInt32(maxTokens)) + [UInt8](repeating: 0, count: OrganizationGazetteer.recordSize - 4),
                        forKey: OrganizationGazetteer.metaKey)
            return builder.build()
        }
    }

    /// The gazetteer of the lists in `directory`, from the cache when it holds one built from them.
    static func load(_ directory: ModelDirectory, cache: ModelCache) throws(ModelDirectory.LocateError) -> OrganizationGazetteer {
        let sources = sources.filter(directory.hasTable)
        let index = try cache.index(named: "organizations", sources: sources + ["languages.tsv"], models: directory) {
            () throws(ModelDirectory.LocateError) -> Data in
            let languages = try directory.table("languages.tsv").records.compactMap { $0["lang"] }.filter { !$0.isEmpty }
            var builder = Builder(languages: languages)
            for file in sources {
                let table = try directory.table(file)
                for record in table.records {
                    let name = record["name"] ?? ""
                    let country = record["country"] ?? ""
                    let ref = record["ref"].flatMap { $0.isEmpty ? nil : $0 }
                    let canonical = record["canonical"].flatMap { $0.isEmpty ? nil : $0 }
                    builder.add(OrganizationEntry(name: name, canonical: canonical, ref: ref, country: country))
                    // A curated row's aliases and acronym name the same body, whose `name` is the canonical form.
                    for alias in (record["aliases"] ?? "").split(separator: "|").map(String.init) where alias != name {
                        builder.add(OrganizationEntry(name: alias, canonical: name, ref: ref, country: country))
                    }
                    if let acronym = record["acronym"], !acronym.isEmpty {
                        builder.add(OrganizationEntry(name: acronym, canonical: name, ref: ref, country: country, isAcronym: true))
                    }
                }
            }
            return builder.build()
        }
        return index.map(OrganizationGazetteer.init(index:)) ?? OrganizationGazetteer()
    }
}
