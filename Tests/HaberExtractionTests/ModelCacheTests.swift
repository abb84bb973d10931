import Foundation
import HaberExtraction
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

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haber-cache-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
