import Foundation
@testable import HaberExtraction
import HaberICU
import HaberText
import Testing

/// The fast paths of the index builders against the slow definitions they replace: each
/// must give the same bytes, or the indexes (and so the records) would change.
@Suite("Model index builders")
struct ModelIndexTests {
    /// Names with the letters that case mapping treats specially, white space and apostrophes
    /// of several kinds, and scalars from U+0300 on (which take ICU's path).
    static let trickyNames = [
        "İstanbul", "IŞIK", "Iğdır", "ÇANAKKALE", "  New   York ", "Saint-Étienne", "D’Artagnan", "l'Aquila", "ΣΑΣ",
        "Ǆemal", "ǅ", "ẞ", "Straße", "Ìsland", "Í", "Ĩ", "I\u{307}stanbul", "ﬁnland", "a\u{A0}b", "a\u{2009}b",
        "x\u{85}y", "İI", "Ⅻ", "Mañana", "ÅLAND", "Œuvre", "Þingvellir", "Đà Nẵng", "São Tomé", "Zürich", "`Ayn",
        "e\u{301}cole", "\u{C5}land", "\u{212B}land", "A\u{30A}land", "Øresund", "Łódź", "Ĳssel", "ǈ", "ǲ", "Ɛ", "\u{1}meta", "", " ", "ı", "i̇",
    ]

    static let locales = ["en", "tr", "az", "lt", "de", "fr", "es", "el", "nl", "*"]

    /// Every scalar below U+0300 alone, the tricky names, and (`modelFiles`) the names of
    /// some model files.
    static func names(modelFiles: Bool = true) throws -> [String] {
        var names = trickyNames + (0..<0x300).compactMap { Unicode.Scalar(UInt32($0)).map { String($0) } }
        guard modelFiles else { return names }
        for (file, column) in [("names/given-names.tsv", "name"), ("geo/countries.tsv", "name"), ("geo/tr-districts.tsv", "name")] {
            names += try Fixture.modelDirectory.table(file).column(column)
        }
        return names
    }

    @Test("lookup keys letter by letter are ICU's keys, in every locale")
    func lookupKeys() throws {
        for locale in Self.locales {
            let names = try Self.names(modelFiles: ["en", "tr", "de"].contains(locale))
            let differences = names.filter { LookupKey.bytes(of: $0, locale: locale) != Array(NameGazetteer.slowKey($0, locale: locale).utf8) }
            let count = differences.count
            #expect(count == 0, "\(locale): \(differences.prefix(10))")
        }
    }

    @Test("a name that Turkish and root casing agree on has one key")
    func turkishAgreement() throws {
        let (root, turkish) = (LookupKey.table(for: "en"), LookupKey.table(for: "tr"))
        for var name in try Self.names() {
            let agrees = name.withUTF8 { turkish.agrees(with: root, on: $0) }
            if agrees { #expect(NameGazetteer.key(name, locale: "tr") == NameGazetteer.key(name, locale: "en"), "\(name)") }
        }
        var istanbul = "Istanbul"
        #expect(!istanbul.withUTF8 { turkish.agrees(with: root, on: $0) })
    }

    @Test("keys folded from the table are ICU's folds")
    func folding() throws {
        let icu = try Transliterator(id: "Any-Latin; Latin-ASCII")
        let folder = KeyFolder()
        var keys = try Self.names().map { NameGazetteer.key($0, locale: "en") }
        // Pairs of scalars, for any rule that looked at a neighbour.
        let sample = stride(from: 0xC0, to: 0x250, by: 7).compactMap { Unicode.Scalar(UInt32($0)) }
        for first in sample { for second in sample { keys.append(String(first) + String(second)) } }
        keys += ["москва", "αθήνα", "东京", "قاهره", "ævar", "æ", "Æb", "ÆB", "ǆa", "ß", "ŉ", "ɐ", "aɐb", "ǿ", "\u{24F}", "\u{250}x"]
        let differences = keys.filter { key in
            let expected = icu.transliterate(key)
            return folder.fold(key) != expected || folder.fold(bytes: Array(key.utf8)) != Array(expected.utf8)
        }
        let count = differences.count
        #expect(count == 0, "\(differences.prefix(10))")
    }

    @Test("UTF-8 is checked as Swift checks it")
    func utf8Check() {
        var generator = SystemRandomNumberGenerator()
        var samples: [[UInt8]] = [[], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
                                  [0xF0, 0x8F, 0xBF, 0xBF], Array("ağaç şehir 東京 🙂".utf8), [0xE2, 0x82]]
        for _ in 0..<2000 {
            let count = Int.random(in: 0...12, using: &generator)
            samples.append((0..<count).map { _ in [0x41, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xA0, 0x9F]
                .randomElement(using: &generator) ?? 0 })
        }
        for sample in samples {
            let expected = String(validating: sample, as: UTF8.self) != nil
            #expect(sample.withUnsafeBufferPointer(ByteTable.isValidUTF8) == expected, "\(sample)")
        }
    }

    @Test("tables read as bytes have TSVTable's rows", arguments: craftedTables)
    func byteTables(text: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haber-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("t.tsv"))
        let models = ModelDirectory(url: folder)
        let expected = Result { try models.table("t.tsv") }
        let read = Result { try ByteTable("t.tsv", in: models) }
        switch (expected, read) {
        case (.success(let table), .success(let bytes)):
            #expect(bytes.columns == table.columns)
            let rows = (0..<bytes.count).map { row in (0..<bytes.fieldCount(row)).map { bytes.string(row, $0) } }
            #expect(rows == table.rows)
        case (.failure, .failure): break
        default: Issue.record("TSVTable: \(expected), ByteTable: \(read)")
        }
    }

    /// How ``TSVTable`` split a table before it split by bytes: by `Character`.
    static func splitByCharacter(_ text: String) -> (columns: [String], rows: [[String]])? {
        var header: [String]?
        var rows: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header == nil { header = fields } else { rows.append(fields) }
        }
        return header.map { ($0, rows) }
    }

    static let craftedTables = [
        "col\tname\n# comment\nx\tAnkara\n\ny\n#\u{301} not a comment\nz\t\tlast\n",
        "\u{FEFF}col\tname\nx\tAnkara\n",
        "col\tname\r\nx\tAnkara\r\ny\tİzmir\r\n",
        "# only comments\n",
        "col\tname\nx\tAnkara",
        "col\tname\nx\t\u{301}Ankara\t\n\n\n#\ty\n",
    ]

    @Test("TSVTable splits by bytes as it split by Character", arguments: craftedTables)
    func tsvTables(text: String) {
        // As TSVTable reads it: Foundation drops a byte order mark.
        let expected = String(data: Data(text.utf8), encoding: .utf8).flatMap(Self.splitByCharacter)
        let table = try? TSVTable(data: Data(text.utf8), name: "t.tsv")
        #expect(table?.columns == expected?.columns)
        #expect(table?.rows == expected?.rows)
    }

    @Test("the model files that every start reads split by bytes as by Character")
    func modelTablesByCharacter() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Fixture.modelDirectory.url.path)
            .filter { $0.hasSuffix(".tsv") && !["geo/cities.tsv", "geo/towns.tsv", "text/common-words.tsv"].contains($0) }
        #expect(files.count > 10)
        for file in files {
            let data = try Data(contentsOf: Fixture.modelDirectory.url.appendingPathComponent(file))
            let expected = String(data: data, encoding: .utf8).flatMap(Self.splitByCharacter)
            let table = try TSVTable(data: data, name: file)
            #expect(table.columns == expected?.columns, "\(file)")
            #expect(table.rows == expected?.rows, "\(file)")
        }
    }

    @Test("the model files read as bytes have TSVTable's rows")
    func modelTables() throws {
        for file in ["geo/tr-districts.tsv", "geo/countries.tsv", "names/surnames.tsv", "text/common-words.tsv"] {
            let table = try Fixture.modelDirectory.table(file)
            let bytes = try ByteTable(file, in: Fixture.modelDirectory)
            #expect(bytes.columns == table.columns)
            #expect(bytes.count == table.rows.count)
            for row in 0..<bytes.count where (0..<bytes.fieldCount(row)).map({ bytes.string(row, $0) }) != table.rows[row] {
                Issue.record("\(file) row \(row)")
                break
            }
        }
    }

    @Test("a compact index keeps each key's records in order, once, under keys equal as strings")
    func compactIndex() throws {
        var builder = CompactIndexBuilder(recordSize: 2)
        var expected: [String: [[UInt8]]] = [:]
        let keys = ["b", "a", "é", "e\u{301}", "ab", "", "zz", "a\u{0}", "ä", "\u{1}meta"] + (0..<300).map { "k\($0 * 7919 % 1000)" }
        for (number, key) in keys.enumerated() {
            for record in [[UInt8(number % 256), 1], [UInt8(number % 256), 1], [UInt8(number % 7), 2]] {
                builder.add(record, forKey: key)
                if expected[key]?.contains(record) != true { expected[key, default: []].append(record) }
            }
        }
        let index = try CompactIndex(data: builder.build())
        #expect(index.count == expected.count)
        for (key, records) in expected {
            #expect(index.records(for: key).map { Array($0) } == records, "\(key)")
        }
        #expect(!index.contains("missing"))
    }

    /// The hash lookup against the plain definition it replaced (a binary search over the
    /// keys in byte order): every key is found at its place in byte order, with its records,
    /// and keys one byte off, shorter or longer are not found.
    /// A set of bytes as bits: each row the bytes put in and a byte asked for.
    @Test("a byte set holds the bytes put in, in each of its four words", arguments: [
        ([UInt8](), UInt8(0), false), ([0], 0, true), ([63], 63, true), ([63], 64, false), ([64], 64, true),
        ([127, 128], 128, true), ([127, 128], 129, false), ([191, 192], 192, true), ([255], 255, true),
        ([255], 254, false), ([0x6E, 0x72, 0x64], 0x72, true), ([0x6E, 0x72, 0x64], 0x73, false), ([0xB1], 0x31, false),
    ])
    func byteSet(_ bytes: [UInt8], _ byte: UInt8, _ expected: Bool) {
        var set = ByteSet()
        for member in bytes { set.insert(member) }
        #expect(set.contains(byte) == expected)
    }

    /// The hash is part of the layout: its tail read a word at a time must give the value the
    /// byte-by-byte definition gave, or every cached index is read with the wrong buckets.
    @Test("the key hash reads a key's last bytes as the byte-by-byte definition did", arguments: Array(0...24))
    func keyHashTail(length: Int) {
        let key = (0..<length).map { UInt8(truncatingIfNeeded: 0x41 &+ $0 &* 37) }
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var expected = UInt64(key.count) &* multiplier
        var index = 0
        while index + 8 <= key.count {
            let word = key[index..<(index + 8)].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            expected = (expected ^ word) &* multiplier
            expected ^= expected >> 29
            index += 8
        }
        let tail = key[index...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        expected = (expected ^ tail) &* multiplier
        expected ^= expected >> 32
        #expect(key.withUnsafeBufferPointer { CompactIndex.hash($0) } == expected)
    }

    @Test("a compact index finds a key by its hash where a binary search over the sorted keys found it", arguments: [0, 1, 7, 300, 5000])
    func compactIndexHashLookup(keyCount: Int) throws {
        var builder = CompactIndexBuilder(recordSize: 4)
        var keys = Set<[UInt8]>()
        var generator = SystemRandomNumberGenerator()
        for number in 0..<keyCount {
            let length = [0, 1, 3, 7, 8, 9, 15, 16, 17, 40][number % 10]
            let key = number == 0 ? [] : (0..<length).map { _ in UInt8.random(in: 0x61...0x64, using: &generator) } + Array("\(number)".utf8)
            guard keys.insert(key).inserted else { continue }
            builder.add(CompactIndexBuilder.bytes(UInt32(number)), forKeyBytes: key)
        }
        let index = try CompactIndex(data: builder.build())
        let sorted = keys.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(index.count == sorted.count)
        for (position, key) in sorted.enumerated() {
            let text = String(decoding: key, as: UTF8.self)
            #expect(index.slot(of: text) == position, "\(text)")
            #expect(index.records(for: text).count == 1, "\(text)")
            for missing in [key + [0x61], Array(key.dropLast()) + [0x7A], [0x7A] + key, Array(key.dropLast())] where !keys.contains(missing) {
                #expect(index.slot(of: String(decoding: missing, as: UTF8.self)) == nil, "\(missing)")
            }
            // The table's key bounds, as the prefix search reads them, against the plain definition.
            for prefix in [key, Array(key.prefix(3)), Array(key.dropLast())] {
                let longer = keys.contains { $0.count > prefix.count && $0.starts(with: prefix) }
                #expect(index.containsLongerKey(startingWith: String(decoding: prefix, as: UTF8.self)) == longer, "\(prefix)")
                // The run of slots of the keys that open with the prefix, over all keys and
                // within the run of the prefix's first byte.
                let opening = sorted.indices.filter { sorted[$0].starts(with: prefix) }
                let all = prefix.withUnsafeBufferPointer { index.slots(ofKeysStartingWith: $0, within: 0..<index.count) }
                #expect(Array(all) == opening, "\(prefix)")
                let first = Array(prefix.prefix(1))
                let outer = first.withUnsafeBufferPointer { index.slots(ofKeysStartingWith: $0, within: 0..<index.count) }
                let inner = prefix.withUnsafeBufferPointer { index.slots(ofKeysStartingWith: $0, within: outer) }
                #expect(Array(inner) == opening, "\(prefix) within \(first)")
            }
        }
    }

    /// The places index against a plain model of what it stores: for each key, the entries
    /// of every name with that key, in the order first seen, merged as the builder merges
    /// them; for each folded key, the same over the keys that fold to it.
    @Test("the places index has the entries of the plain model, by key and by folded key")
    func places() throws {
        var rows: [(GazetteerEntry, String)] = []
        for name in Self.trickyNames + ["Ankara", "ANKARA", "Gümüşhane", "Gumushane", "Gümüshane", "Istanbul", "Izmir", "İzmir"] {
            for (country, language, population) in [("TR", "tr", 10), ("TR", "*", 5), ("DE", "de", 0), ("TR", "tr", 20)] {
                rows.append((GazetteerEntry(type: .city, name: name, country: country, population: population,
                                            isAlternate: population == 5, geonames: population == 0 ? nil : 100 - population), language))
            }
        }
        let cities = try Fixture.modelDirectory.table("geo/cities.tsv").records.prefix(4000)
        for record in cities {
            rows.append((GazetteerEntry(type: .city, name: record["name"] ?? "", country: record["country"] ?? "",
                                        population: Int(record["population"] ?? "") ?? 0, isAlternate: record["kind"] == "alt",
                                        geonames: record["id"].flatMap { Int($0) }),
                         record["lang"] ?? "*"))
        }
        let icu = try Transliterator(id: "Any-Latin; Latin-ASCII")
        let fold: (String) -> String = { $0.utf8.allSatisfy { $0 < 0x80 } ? $0 : icu.transliterate($0) }

        var exact: [String: [GazetteerEntry]] = [:]
        var folded: [String: [GazetteerEntry]] = [:]
        func merge(_ entry: GazetteerEntry, into index: inout [String: [GazetteerEntry]], key: String) {
            var entries = index[key] ?? []
            if let position = entries.firstIndex(where: {
                $0.type == entry.type && $0.name == entry.name && $0.country == entry.country && $0.language == entry.language
            }) {
                if !entry.isAlternate { entries[position].isAlternate = false }
                if NameGazetteer.Builder.outranks(entry, entries[position]) { entries[position].geonames = entry.geonames }
                entries[position].population = max(entries[position].population, entry.population)
            } else {
                entries.append(entry)
            }
            index[key] = entries
        }
        var builder = NameGazetteer.Builder(folder: KeyFolder(), languages: ["tr", "en", "fr", "de", "es"])
        for (entry, language) in rows {
            builder.add(entry, language: language)
            guard !entry.name.isEmpty else { continue }
            var entry = entry
            entry.language = language
            var keys: Set<String> = [NameGazetteer.slowKey(entry.name, locale: "en")]
            if language == "tr" || language == "*" { keys.insert(NameGazetteer.slowKey(entry.name, locale: "tr")) }
            for key in keys {
                merge(entry, into: &exact, key: key)
                merge(entry, into: &folded, key: fold(key))
            }
        }
        let gazetteer = NameGazetteer(index: try CompactIndex(data: builder.build()))
        /// As the index stores them: population clamped to 32 bits, language and country two letters.
        func stored(_ entries: [GazetteerEntry]) -> [GazetteerEntry] {
            entries.map { entry in
                var entry = entry
                entry.language = String(entry.language.prefix(2))
                entry.country = String(entry.country.prefix(2))
                return entry
            }
        }
        for (key, entries) in exact { #expect(gazetteer.entries(forKey: key) == stored(entries), "=\(key)") }
        for (key, entries) in folded { #expect(gazetteer.entries(forFoldedKey: key) == stored(entries), "~\(key)") }
        // A key that nothing folds to (`gümüşhane` itself) has no folded entries.
        for key in exact.keys where folded[key] == nil { #expect(gazetteer.entries(forFoldedKey: key).isEmpty, "~\(key)") }
        for key in ["nowhere", "ğğğ"] where exact[key] == nil && folded[key] == nil {
            #expect(gazetteer.entries(forKey: key).isEmpty && gazetteer.entries(forFoldedKey: key).isEmpty)
        }
        // Asked again, folded keys first: the memo's answers, kept by slot, are the exact and
        // folded entries each under its own key (`=gumushane` and `~gumushane` apart).
        for (key, entries) in folded { #expect(gazetteer.entries(forFoldedKey: key) == stored(entries), "~\(key) again") }
        for (key, entries) in exact {
            #expect(gazetteer.entries(forKey: key) == stored(entries), "=\(key) again")
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            #expect(gazetteer.entries(forFoldedKey: key, exact: gazetteer.entries(forKey: key)) == stored(folded[key] ?? entries),
                    "~\(key) after its exact entries")
        }
    }
}
