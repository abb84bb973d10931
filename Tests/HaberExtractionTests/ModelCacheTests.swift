import Foundation
@testable import HaberExtraction
import HaberText
import Testing

/// `ModelCache`: cached tables are reused, and old cache files of the same name do not pile up.
@Suite("ModelCache")
struct ModelCacheTests {
    @Test("a cached table is built once, then read back")
    func reuse() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ModelCache(folder: folder)
        var builds = 0
        for _ in 0..<2 {
            let rows = cache.lines(named: "probe", sources: [], models: Fixture.modelDirectory) { () -> [[String]] in
                builds += 1
                return [["a", "b"], ["c", "d"]]
            }
            #expect(rows.map { $0.map(String.init) } == [["a", "b"], ["c", "d"]])
        }
        #expect(builds == 1)
    }

    /// Lines derived from ICU's data (the spell-out tables of ``NumberWords``): read back
    /// while their inputs (the ICU version first) are the same, built again when one changes.
    @Test("a table derived from ICU is rebuilt when the ICU version or its builder changes")
    func derivedLines() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ModelCache(folder: folder)
        var builds = 0
        for inputs in [["72.1", "1"], ["72.1", "1"], ["74.2", "1"], ["74.2", "2"], ["72.1", "1"]] {
            let rows = cache.lines(named: "probe", derivedFrom: inputs) { () -> [[String]] in
                builds += 1
                return [["value", "x", inputs.joined()]]
            }
            #expect(rows.map { $0.map(String.init) } == [["value", "x", inputs.joined()]])
        }
        #expect(builds == 3)
    }

    /// The cache's lines split by bytes, eight at a time (``ModelCache/forEachLine(in:_:)``):
    /// the lines and fields of splitting the text at line feeds, empty lines left out, and at
    /// tabs, empty fields kept, wherever a separator falls in a word of eight bytes.
    @Test("lines split eight bytes at a time are the text split at line feeds and tabs", arguments: [
        "", "\n", "\n\n", "a", "a\tb", "a\tb\n", "\ta\t", "\t", "a\n\nb\tc\n", "row\tfield\t\t\n\nnext\tline\tis longer than eight bytes",
        "01234567\t89abcdef\n01234567", "0123456\t\n\t0123456789abcdef0123456789\tx", "word\tdört\t4\nsépáré\t\u{1F}x\u{1F}y\n",
        String(repeating: "abcdefgh", count: 5) + "\t" + String(repeating: "ü", count: 9) + "\n\t",
    ])
    func splitLines(text: String) {
        var lines: [[String]] = []
        Data(text.utf8).withUnsafeBytes { raw in
            ModelCache.forEachLine(in: raw) { fields in lines.append(fields.map { String(decoding: $0, as: UTF8.self) }) }
        }
        let expected = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines == expected)
    }

    @Test("only the newest cache files of a name are kept; other files are left alone")
    func pruning() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let stale = (1...6).map { "probe-\(String($0, radix: 16))0a.tsv" }
        let others = ["probe-notes.txt", "probe-zz.tsv", "other-1a.tsv", "probe-1a.idx"]
        for (age, name) in (stale + others).enumerated() {
            let file = folder.appendingPathComponent(name)
            try Data("x".utf8).write(to: file)
            try manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -Double(1000 + age * 10))], ofItemAtPath: file.path)
        }
        _ = ModelCache(folder: folder).lines(named: "probe", sources: [], models: Fixture.modelDirectory) { () -> [[String]] in [["a"]] }
        let left = Set(try manager.contentsOfDirectory(atPath: folder.path))
        let probes = left.filter { $0.hasPrefix("probe-") && $0.hasSuffix(".tsv") && $0 != "probe-zz.tsv" }
        #expect(probes.count == ModelCache.keptPerName)
        // The newest of the old ones survive with the new one; the oldest go.
        #expect(probes.contains(stale[0]) && probes.contains(stale[1]) && probes.contains(stale[2]))
        #expect(!probes.contains(stale[5]) && !probes.contains(stale[4]) && !probes.contains(stale[3]))
        for name in others { #expect(left.contains(name), "\(name) must stay") }
    }

    /// A cached index whose file is then damaged in `damage`: the next start must build it
    /// again, not read the damaged one.
    @Test("a cache file damaged anywhere is detected and built again", arguments: ["middle", "truncated", "seal", "empty"])
    func damagedIndexRebuilt(damage: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ModelCache(folder: folder)
        var builds = 0
        func open() -> CompactIndex? {
            cache.index(named: "probe", sources: ["geo/tr-provinces.tsv"], models: Fixture.modelDirectory) { () -> Data in
                builds += 1
                var builder = CompactIndexBuilder(recordSize: 4)
                for number in 0..<50_000 { builder.add(CompactIndexBuilder.bytes(UInt32(number)), forKey: "key \(number)") }
                return builder.build()
            }
        }
        _ = open()
        let file = try #require(try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .first { $0.lastPathComponent.hasPrefix("probe-") })
        var bytes = try Data(contentsOf: file)
        switch damage {
        case "middle": bytes[bytes.count / 2] ^= 0x40
        case "truncated": bytes = bytes.prefix(bytes.count - 1000)
        case "seal": bytes[bytes.count - 1] ^= 1
        default: bytes = Data()
        }
        try bytes.write(to: file)
        _ = open()
        #expect(builds == 2)
        let index = try #require(open())
        #expect(builds == 2, "the rebuilt file is read again")
        #expect(index.records(for: "key 25000").first.map { Array($0) } == CompactIndexBuilder.bytes(UInt32(25000)))
    }

    /// A model file edited after the cache was built: its fingerprint (path, size,
    /// modification time) changes, so the index is built again from it.
    @Test("a cache file built from an older model file is stale, and built again")
    func staleIndexRebuilt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = ModelDirectory(url: folder.appendingPathComponent("models"))
        try FileManager.default.createDirectory(at: models.url, withIntermediateDirectories: true)
        let source = models.url.appendingPathComponent("words.tsv")
        try Data("word\nankara\n".utf8).write(to: source)
        let cache = ModelCache(folder: folder.appendingPathComponent("cache"))
        var builds = 0
        func open() -> CompactIndex? {
            cache.index(named: "words", sources: ["words.tsv"], models: models) { () -> Data in
                builds += 1
                var builder = CompactIndexBuilder(recordSize: 1)
                for word in (try? models.table("words.tsv").column("word")) ?? [] { builder.add([1], forKey: word) }
                return builder.build()
            }
        }
        #expect(open()?.contains("ankara") == true)
        #expect(open()?.contains("ankara") == true && builds == 1)
        try Data("word\nizmir\n".utf8).write(to: source)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: source.path)
        let index = open()
        #expect(builds == 2)
        #expect(index?.contains("izmir") == true && index?.contains("ankara") == false)
    }

    @Test("the fingerprint changes with a model file's size, time and path, and with the builders' revision")
    func fingerprint() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.tsv")
        try Data("x\n".utf8).write(to: file)
        let first = ModelCache.fingerprint([file])
        #expect(ModelCache.fingerprint([file]) == first)
        try Data("xy\n".utf8).write(to: file)
        let resized = ModelCache.fingerprint([file])
        #expect(resized != first)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: file.path)
        #expect(ModelCache.fingerprint([file]) != resized)
        #expect(ModelCache.fingerprint([folder.appendingPathComponent("b.tsv")]) != ModelCache.fingerprint([file]))
        #expect(!ModelCache.builderRevision.isEmpty)
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haber-cache-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
