import Foundation

/// A read-only map from string keys to fixed-size records, stored as one flat byte buffer
/// (usually a memory-mapped cache file) and searched in place: opening it costs nothing,
/// whatever its size, which is what keeps Haber's start-up fast with 300,000 place names.
///
/// Layout (little-endian): magic `HBRIDX05` (the version of every index's layout: a cache
/// file of another version is rebuilt, since the magic is part of its name), record size, key count, string-section size,
/// then per key (key offset, key length, first record, record count) as four UInt32,
/// then the keys' UTF-8 bytes in sorted order, then the records, then a string section
/// records may point into.
public struct CompactIndex: @unchecked Sendable {
    static let magic: [UInt8] = Array("HBRIDX05".utf8)
    private let data: Data
    public let recordSize: Int
    public let count: Int
    private let tableStart: Int
    private let recordsStart: Int
    private let stringsStart: Int
    /// Slots already searched for. A binary search over a few hundred thousand keys in a
    /// mapped file touches a new cache line at nearly every step, and news repeats its
    /// words: remembering the answer is several times faster than searching again.
    private let knownSlots = Memo<Int?>(limit: 40_000)

    public struct FormatError: Error {}

    public init(data: Data) throws(FormatError) {
        guard data.count >= 24, Array(data.prefix(8)) == Self.magic else { throw FormatError() }
        self.data = data
        recordSize = Int(Self.uint32(data, at: 8))
        count = Int(Self.uint32(data, at: 12))
        let keyBytes = Int(Self.uint32(data, at: 16))
        let recordCount = Int(Self.uint32(data, at: 20))
        tableStart = 24
        let keysStart = tableStart + count * 16
        recordsStart = keysStart + keyBytes
        stringsStart = recordsStart + recordCount * recordSize
        guard stringsStart <= data.count else { throw FormatError() }
    }

    /// Calls `body` with each record stored under `key`, read in place.
    public func forEachRecord(for key: String, _ body: (UnsafeRawBufferPointer) -> Void) {
        guard let slot = slot(of: key) else { return }
        let first = Int(Self.uint32(data, at: tableStart + slot * 16 + 8))
        let number = Int(Self.uint32(data, at: tableStart + slot * 16 + 12))
        data.withUnsafeBytes { buffer in
            for index in 0..<number {
                let start = recordsStart + (first + index) * recordSize
                body(UnsafeRawBufferPointer(rebasing: buffer[start..<(start + recordSize)]))
            }
        }
    }

    /// The records stored under `key`, each `recordSize` bytes.
    public func records(for key: String) -> [Data] {
        guard let slot = slot(of: key) else { return [] }
        let first = Int(Self.uint32(data, at: tableStart + slot * 16 + 8))
        let number = Int(Self.uint32(data, at: tableStart + slot * 16 + 12))
        return (0..<number).map { index in
            let start = recordsStart + (first + index) * recordSize
            return data.subdata(in: start..<(start + recordSize))
        }
    }

    public func contains(_ key: String) -> Bool { slot(of: key) != nil }

    /// A string the builder stored, by its offset and length.
    public func string(at offset: Int, length: Int) -> String {
        let start = stringsStart + offset
        return data.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[start..<(start + length)]), as: UTF8.self) }
    }

    private func slot(of key: String) -> Int? {
        if let known = knownSlots.value(for: key) { return known }
        let found = search(key)
        knownSlots.store(found, for: key)
        return found
    }

    private func search(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { wanted -> Int? in
            data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int? in
                var low = 0, high = count
                while low < high {
                    let middle = (low + high) / 2
                    let entry = tableStart + middle * 16
                    let offset = Int(buffer.loadUnaligned(fromByteOffset: entry, as: UInt32.self).littleEndian)
                    let length = Int(buffer.loadUnaligned(fromByteOffset: entry + 4, as: UInt32.self).littleEndian)
                    let keysStart = tableStart + count * 16
                    let stored = UnsafeRawBufferPointer(rebasing: buffer[(keysStart + offset)..<(keysStart + offset + length)])
                    let order = Self.compare(stored, UnsafeRawBufferPointer(wanted))
                    if order == 0 { return middle }
                    if order < 0 { low = middle + 1 } else { high = middle }
                }
                return nil
            }
        }
    }

    /// Byte order of two keys, eight bytes at a time (read big-endian, a word's order is the bytes' order).
    static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let shared = min(a.count, b.count)
        var index = 0
        while index + 8 <= shared {
            let left = a.loadUnaligned(fromByteOffset: index, as: UInt64.self).bigEndian
            let right = b.loadUnaligned(fromByteOffset: index, as: UInt64.self).bigEndian
            if left != right { return left < right ? -1 : 1 }
            index += 8
        }
        while index < shared {
            if a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
            index += 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    static func uint32(_ data: Data, at offset: Int) -> UInt32 {
        data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian }
    }
}

/// Collects keys and records, then lays them out as a ``CompactIndex``.
public struct CompactIndexBuilder {
    public let recordSize: Int
    private var entries: [String: [[UInt8]]] = [:]
    private var strings: [UInt8] = []
    private var stringOffsets: [String: (UInt32, UInt16)] = [:]

    public init(recordSize: Int) {
        self.recordSize = recordSize
    }

    /// Adds a record under `key`; an identical record under the same key is kept once.
    public mutating func add(_ record: [UInt8], forKey key: String) {
        precondition(record.count == recordSize, "record size")
        if entries[key]?.contains(record) == true { return }
        entries[key, default: []].append(record)
    }

    /// Stores `string` once and returns where records can find it.
    public mutating func store(_ string: String) -> (offset: UInt32, length: UInt16) {
        if let known = stringOffsets[string] { return known }
        let bytes = Array(string.utf8.prefix(Int(UInt16.max)))
        let place = (UInt32(strings.count), UInt16(bytes.count))
        strings += bytes
        stringOffsets[string] = place
        return place
    }

    public func build() -> Data {
        let keys = entries.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var table: [UInt8] = []
        var keyBlob: [UInt8] = []
        var records: [UInt8] = []
        var recordCount = 0
        for key in keys {
            let bytes = Array(key.utf8)
            let list = entries[key] ?? []
            for value in [UInt32(keyBlob.count), UInt32(bytes.count), UInt32(recordCount), UInt32(list.count)] {
                table += Self.bytes(value)
            }
            keyBlob += bytes
            for record in list { records += record }
            recordCount += list.count
        }
        var out = CompactIndex.magic
        for value in [UInt32(recordSize), UInt32(keys.count), UInt32(keyBlob.count), UInt32(recordCount)] {
            out += Self.bytes(value)
        }
        out += table
        out += keyBlob
        out += records
        out += strings
        return Data(out)
    }

    public static func bytes(_ value: UInt32) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    public static func bytes(_ value: UInt16) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
