import Foundation
import HaberText

/// Keeps the large lookup tables (place names, vocabulary, person names) as
/// ``CompactIndex`` files in a cache folder, built from `models/` the first time and
/// memory-mapped afterwards.
///
/// A cache file's name carries a fingerprint of the model files it was built from (path,
/// size, modification time, and the index format), so editing or regenerating a model file
/// makes Haber build a fresh index. The folder is `$HABER_CACHE`, else
/// `$XDG_CACHE_HOME/haber`, else `~/.cache/haber`; if none can be written the index is
/// built in memory for the run.
public struct ModelCache: Sendable {
    public let folder: URL?

    public init(folder: URL? = ModelCache.defaultFolder()) {
        self.folder = folder
    }

    public static func defaultFolder() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["HABER_CACHE"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("haber") }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".cache/haber")
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent("haber-cache")
    }

    /// The index named `name` for `sources` (paths relative to `models`), built by `build`
    /// when no valid cached copy exists.
    public func index<Failure: Error>(
        named name: String, sources: [String], models: ModelDirectory, build: () throws(Failure) -> Data
    ) throws(Failure) -> CompactIndex? {
        let fingerprint = Self.fingerprint(sources.map { models.url.appendingPathComponent($0) })
        let file = folder?.appendingPathComponent("\(name)-\(fingerprint).idx")
        if let file, let data = try? Data(contentsOf: file, options: .alwaysMapped), let index = try? CompactIndex(data: data) {
            return index
        }
        let data = try build()
        if let file { store(data, as: file, name: name) }
        return try? CompactIndex(data: data)
    }

    /// Lines of tab-separated fields derived from `sources` (lowercased keys and the like),
    /// built by `build` when no cached copy exists: for tables small enough to load whole, but
    /// whose ICU work (case mapping) would otherwise be redone at every start.
    public func lines<Failure: Error>(
        named name: String, sources: [String], models: ModelDirectory, build: () throws(Failure) -> [[String]]
    ) throws(Failure) -> [[Substring]] {
        let header = "HBRTXT01\n"
        let fingerprint = Self.fingerprint(sources.map { models.url.appendingPathComponent($0) })
        let file = folder?.appendingPathComponent("\(name)-\(fingerprint).tsv")
        var text: String?
        if let file, let cached = try? String(contentsOf: file, encoding: .utf8), cached.hasPrefix(header) {
            text = String(cached.dropFirst(header.count))
        }
        if text == nil {
            let rows = try build()
            let built = rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
            text = built
            if let file { store(Data((header + built).utf8), as: file, name: name) }
        }
        return (text ?? "").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    /// How many cache files of one name are kept: one per models folder or version in use,
    /// without letting every regeneration of `models/` leave another behind.
    public static let keptPerName = 4

    /// Writes `data` to `file` through a temporary file and a rename (so that a concurrent
    /// run never maps a half-written index), then removes the oldest files of the same name
    /// beyond ``keptPerName``. A cache that cannot be written only costs the next start-up.
    private func store(_ data: Data, as file: URL, name: String) {
        guard let folder else { return }
        let manager = FileManager.default
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(
            ".\(name)-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard (try? data.write(to: temporary)) != nil else { return }
        if (try? manager.moveItem(at: temporary, to: file)) == nil {
            try? manager.removeItem(at: temporary)
            return
        }
        let siblings = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter { entry in
            let fingerprint = entry.dropFirst(name.count + 1).dropLast(file.pathExtension.count + 1)
            return entry.hasPrefix("\(name)-") && entry.hasSuffix(".\(file.pathExtension)") && !fingerprint.isEmpty
                && fingerprint.allSatisfy(\.isHexDigit)
        }
        let newestFirst = siblings.map { folder.appendingPathComponent($0) }.sorted { a, b in
            let dates = [a, b].map { (try? manager.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date) ?? .distantPast }
            return dates[0] > dates[1]
        }
        for stale in newestFirst.dropFirst(Self.keptPerName) where stale.lastPathComponent != file.lastPathComponent {
            try? manager.removeItem(at: stale)
        }
    }

    /// FNV-1a over each file's path, size and modification time.
    static func fingerprint(_ files: [URL]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        mix(String(decoding: CompactIndex.magic, as: UTF8.self))
        for file in files {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            mix("\(file.path)|\(size)|\(modified);")
        }
        return String(hash, radix: 16)
    }
}
