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
        if let file, let folder {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(name)-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
            if (try? data.write(to: temporary)) != nil {
                if (try? FileManager.default.moveItem(at: temporary, to: file)) == nil {
                    try? FileManager.default.removeItem(at: temporary)
                }
            }
        }
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
            if let file, let folder {
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let temporary = folder.appendingPathComponent(".\(name)-\(ProcessInfo.processInfo.processIdentifier).tmp")
                if (try? (header + built).write(to: temporary, atomically: false, encoding: .utf8)) != nil,
                   (try? FileManager.default.moveItem(at: temporary, to: file)) == nil {
                    try? FileManager.default.removeItem(at: temporary)
                }
            }
        }
        return (text ?? "").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
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
