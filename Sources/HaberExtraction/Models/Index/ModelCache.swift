import Foundation
import HaberSystem
import HaberText

/// Keeps the large lookup tables (place names, vocabulary, person names) as
/// ``CompactIndex`` files in a cache folder, built from `models/` the first time (under a
/// second on a 2-core machine: see BENCHMARKS.md) and memory-mapped afterwards.
///
/// A cache file's name carries a fingerprint of the model files it was built from (path,
/// size, modification time, the cache format and ``builderRevision``), so editing or
/// regenerating a model file, or a Haber that builds differently, makes Haber build a fresh
/// index. Every file ends (an index) or starts (a table of lines) with a seal: format
/// version, length and a checksum of every byte, checked by ``CacheSeal`` at every start,
/// so that a truncated or damaged file is rebuilt and replaced once instead of being read,
/// or refused, silently, at every run. The folder is `$HABER_CACHE`, else
/// `$XDG_CACHE_HOME/haber`, else `~/.cache/haber`; if it cannot be written the index is
/// built in memory for the run, after one warning on standard error.
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
    /// when no valid cached copy exists. A source split by language is fingerprinted by its
    /// per-language files and the profiles (``ModelDirectory/files(backing:)``), so editing,
    /// adding or reordering a language rebuilds it.
    public func index<Failure: Error>(
        named name: String, sources: [String], models: ModelDirectory, build: () throws(Failure) -> Data
    ) throws(Failure) -> CompactIndex? {
        let fingerprint = Self.fingerprint(sources.flatMap(models.files(backing:)))
        let file = folder?.appendingPathComponent("\(name)-\(fingerprint).idx")
        if let file, let data = try? Data(contentsOf: file, options: .alwaysMapped), let payload = CacheSeal.payload(ofSealed: data),
           let index = try? CompactIndex(data: payload) {
            return index
        }
        let data = try build()
        if let file { store([data, CacheSeal.seal(for: data)], as: file, name: name) }
        return try? CompactIndex(data: data)
    }

    /// Lines of tab-separated fields derived from `sources` (lowercased keys and the like),
    /// built by `build` when no cached copy exists: for tables small enough to load whole, but
    /// whose ICU work (case mapping) would otherwise be redone at every start.
    public func lines<Failure: Error>(
        named name: String, sources: [String], models: ModelDirectory, build: () throws(Failure) -> [[String]]
    ) throws(Failure) -> [[Substring]] {
        try lines(named: name, fingerprint: Self.fingerprint(sources.flatMap(models.files(backing:))), build: build)
    }

    /// Lines derived from no model file but from the libraries Haber runs on (ICU's
    /// spell-out rules), built by `build` when no cached copy exists. `inputs` name all that
    /// the lines depend on, the ICU version (``icuVersion``) first: a Haber linked against
    /// another ICU, or whose builder changed, builds them again.
    public func lines<Failure: Error>(
        named name: String, derivedFrom inputs: [String], build: () throws(Failure) -> [[String]]
    ) throws(Failure) -> [[Substring]] {
        try lines(named: name, fingerprint: Self.fingerprint([], also: inputs), build: build)
    }

    private func lines<Failure: Error>(
        named name: String, fingerprint: String, build: () throws(Failure) -> [[String]]
    ) throws(Failure) -> [[Substring]] {
        var rows: [[Substring]] = []
        try body(named: name, fingerprint: fingerprint, build: build).withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            Self.forEachLine(in: raw) { fields in
                rows.append(fields.map { Substring(String(decoding: $0, as: UTF8.self)) })
            }
        }
        return rows
    }

    /// ``lines(named:derivedFrom:build:)`` as the cache keeps them, fields separated by tabs
    /// and lines by line feeds (``forEachLine(in:_:)``), for a table read at the first text
    /// of each language (the number words, five languages on the bench): a `String` and an
    /// array for each field and line cost some 2,000 instructions a line there, to be read
    /// once and dropped.
    func lineBytes<Failure: Error>(
        named name: String, derivedFrom inputs: [String], build: () throws(Failure) -> [[String]]
    ) throws(Failure) -> Data {
        try body(named: name, fingerprint: Self.fingerprint([], also: inputs), build: build)
    }

    /// The payload of the cached lines named `name`, built by `build` and cached when no
    /// valid copy exists.
    private func body<Failure: Error>(
        named name: String, fingerprint: String, build: () throws(Failure) -> [[String]]
    ) throws(Failure) -> Data {
        let file = folder?.appendingPathComponent("\(name)-\(fingerprint).tsv")
        if let file, let data = try? Data(contentsOf: file), data.count >= CacheSeal.size,
           let body = CacheSeal.payload(ofSealed: data.suffix(from: CacheSeal.size) + data.prefix(CacheSeal.size)) {
            return body
        }
        let built = Self.joinedLines(try build())
        // The seal first, so that the file still reads as text after it.
        if let file { store([CacheSeal.seal(for: built), built], as: file, name: name) }
        return built
    }

    /// `rows` as the cache keeps them: fields joined by tabs, lines by line feeds.
    static func joinedLines(_ rows: [[String]]) -> Data {
        Data(rows.map { $0.joined(separator: "\t") }.joined(separator: "\n").utf8)
    }

    /// Calls `visit` with the tab-separated fields of each line of `bytes` (indexed from 0), empty lines left
    /// out as `split` leaves them. Split by bytes, not by `Character`: the same lines (the
    /// builders' fields hold no carriage return), at a fraction of the cost on every start.
    static func forEachLine(in bytes: UnsafeRawBufferPointer, _ visit: (_ fields: ArraySlice<UnsafeBufferPointer<UInt8>>) -> Void) {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        // The fields of the line so far, the first `count` of `fields`: overwritten line after
        // line, where emptying the array cost some 80 instructions a line.
        var fields: [UnsafeBufferPointer<UInt8>] = []
        var count = 0
        var fieldStart = 0
        while true {
            let position = separator(in: bytes, from: fieldStart, lineFeedOnly: false)
            let field = UnsafeBufferPointer(start: base + fieldStart, count: position - fieldStart)
            if count < fields.count { fields[count] = field } else { fields.append(field) }
            count += 1
            if position == bytes.count || base[position] == 0x0A {
                if count > 1 || !field.isEmpty { visit(fields[..<count]) }
                count = 0
            }
            guard position < bytes.count else { return }
            fieldStart = position + 1
        }
    }

    /// Calls `visit` with the first byte of each line of `bytes` (none for an empty text).
    static func forEachLineStart(in bytes: UnsafeRawBufferPointer, _ visit: (_ first: UInt8) -> Void) {
        var start = 0
        while start < bytes.count {
            visit(bytes[start])
            start = separator(in: bytes, from: start, lineFeedOnly: true) + 1
        }
    }

    /// The offset of the first line feed (or tab, unless `lineFeedOnly`) of `bytes` from
    /// `start` on, else `bytes.count`. Eight bytes at a time: most of a table's bytes are in
    /// long fields (a language's spell-out rules), and a branch per byte cost some ten
    /// instructions a byte. A word has a byte equal to `b` when `x = word ^ b…b` has a zero
    /// byte, that is when `(x - 1…1) & ~x & 80…80` is not zero.
    @inline(__always)
    private static func separator(in bytes: UnsafeRawBufferPointer, from start: Int, lineFeedOnly: Bool) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & 0x8080_8080_8080_8080 != 0 }
        var index = start
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if hasZeroByte(word ^ (ones &* 0x0A)) || (!lineFeedOnly && hasZeroByte(word ^ (ones &* 0x09))) { break }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || (!lineFeedOnly && byte == 0x09) { return index }
            index += 1
        }
        return bytes.count
    }

    /// How many cache files of one name are kept: one per models folder or version in use,
    /// without letting every regeneration of `models/` leave another behind.
    public static let keptPerName = 4

    /// Writes `parts` one after the other to `file` through a temporary file and rename(2),
    /// which replaces a bad file in one step (so that a concurrent run never maps a
    /// half-written index), then removes the oldest files of the same name beyond
    /// ``keptPerName``. A cache that cannot be written only costs the next start-up, and is
    /// said once on standard error. The parts are written as they are, not joined first:
    /// the places index is 25 MB.
    private func store(_ parts: [Data], as file: URL, name: String) {
        guard let folder else { return }
        let manager = FileManager.default
        let temporary = folder.appendingPathComponent(
            ".\(name)-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            guard manager.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
            }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            for part in parts { try handle.write(contentsOf: part) }
        } catch {
            try? manager.removeItem(at: temporary)
            CacheWarning.once("haber: cache folder \(folder.path) cannot be written (\(CacheWarning.reason(error, folder: folder))); "
                              + "model indexes are built at every start (set HABER_CACHE to a writable folder)")
            return
        }
        do { try FileSystem.rename(temporary.path, to: file.path) } catch {
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

    /// The version of what the builders make of the same model files: part of every
    /// fingerprint, so that a change of an index's layout or keys is never read from a
    /// cache file that an older Haber wrote. 2: the places index without folded keys that
    /// repeat their exact key; 3: the currencies' openings and longest name in their lines;
    /// 4: the openings of the places' longer names without records.
    static let builderRevision = "5"

    /// FNV-1a over each file's path, size and modification time, then over `inputs`.
    static func fingerprint(_ files: [URL], also inputs: [String] = []) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        mix(String(decoding: CompactIndex.magic, as: UTF8.self))
        mix(CacheSeal.version)
        mix(builderRevision)
        for file in files {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            mix("\(file.path)|\(size)|\(modified);")
        }
        for input in inputs { mix("\(input);") }
        return String(hash, radix: 16)
    }
}

/// The check that a cache file is whole and of this format: a 32-byte seal (magic and
/// version, payload length, checksum). The checksum covers every byte of the payload, so
/// that a file damaged anywhere (a truncation, a flipped bit in the middle of the 17 MB
/// places index) is rebuilt rather than read: reading a damaged index could give wrong
/// places or read out of its bounds. Four independent multiply-xor lanes over 8-byte words
/// check the 20 MB of a start's indexes in a few milliseconds, paging them in as they go.
enum CacheSeal {
    static let version = "HBRSEAL2"
    static let size = 32

    /// The seal of `payload`.
    static func seal(for payload: Data) -> Data {
        var out = Data(version.utf8)
        withUnsafeBytes(of: UInt64(payload.count).littleEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: checksum(payload).littleEndian) { out.append(contentsOf: $0) }
        out.append(Data(count: size - out.count))
        return out
    }

    /// The payload of `data` (payload then seal) when the seal matches it, else nil.
    static func payload(ofSealed data: Data) -> Data? {
        guard data.count >= size else { return nil }
        let payloadCount = data.count - size
        let sealStart = data.startIndex + payloadCount
        let payload = data[data.startIndex..<sealStart]
        let expected = seal(for: payload)
        return data[sealStart...].elementsEqual(expected) ? payload : nil
    }

    /// A 64-bit checksum of all of `data`. Each lane step `(lane ^ word) * odd` is a
    /// bijection, so a change of any one word always changes the result.
    static func checksum(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> UInt64 in
            let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
            var index = 0
            while index + 32 <= raw.count {
                lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
                lanes.1 = (lanes.1 ^ raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) &* multiplier
                lanes.2 = (lanes.2 ^ raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)) &* multiplier
                lanes.3 = (lanes.3 ^ raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)) &* multiplier
                index += 32
            }
            var tail = UInt64(raw.count)
            while index < raw.count {
                tail = (tail ^ UInt64(raw[index])) &* multiplier
                index += 1
            }
            func mix(_ value: UInt64) -> UInt64 { (value ^ (value >> 29)) &* multiplier }
            return mix(lanes.0) ^ mix(lanes.1 ^ 0x5555) ^ mix(lanes.2 ^ 0xAAAA) ^ mix(lanes.3 ^ 0xFFFF) ^ mix(tail)
        }
    }
}

/// Says once per process that the cache cannot be written: every model load would say it again.
final class CacheWarning: @unchecked Sendable {
    private static let shared = CacheWarning()
    private let lock = NSLock()
    private var said = false

    static func once(_ message: String) {
        shared.lock.lock()
        defer { shared.lock.unlock() }
        guard !shared.said else { return }
        shared.said = true
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Why `folder` cannot be written: Foundation's error often hides the system's reason.
    static func reason(_ error: Error, folder: URL) -> String {
        if let system = SystemError.underlying(error) { return system.description }
        var existing = folder
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            existing = existing.deletingLastPathComponent()
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: existing.path, isDirectory: &isFolder), !isFolder.boolValue {
            return "\(existing.path) is not a folder"
        }
        if let denied = FileSystem.writeError(at: existing.path) { return "\(existing.path): \(denied)" }
        return (error as NSError).localizedDescription
    }
}
