import Foundation

/// A read-only map from string keys to fixed-size records, stored as one flat byte buffer
/// (usually a memory-mapped cache file) and searched in place: opening it parses nothing,
/// whatever its size, which is what keeps Haber's start-up fast with 300,000 place names.
///
/// A key is found through a hash table of its bytes (``hash(_:)``), not by binary search:
/// a search compared the key with some twenty keys spread over the whole file, a cache miss
/// and a page of the mapping each; a bucket holds a few bits of the hash besides the key's
/// slot, so that most keys not in the index are answered from the bucket alone. The keys
/// stay sorted for ``containsLongerKey(startingWith:)``.
///
/// Layout (little-endian): magic `HBRIDX06` (the version of every index's layout: a cache
/// file of another version is rebuilt, since the magic is part of its name), record size,
/// key count, size of the keys' bytes, record count, bucket count, then the
/// buckets as UInt32 (``bucketEntry(slot:hash:slotBits:)``), then per key in sorted order
/// (key offset, first record) as two UInt32 and one more pair (the end of the keys' bytes,
/// the record count), since a key's bytes and records end where the next key's start,
/// then the keys' UTF-8 bytes in sorted order, then the records, then a string section
/// records may point into.
public struct CompactIndex: @unchecked Sendable {
    static let magic: [UInt8] = Array("HBRIDX06".utf8)
    private static let headerSize = 28
    private let data: Data
    public let recordSize: Int
    public let count: Int
    private let bucketCount: Int
    /// The bits of a bucket that hold its slot + 1 (0: an empty bucket); the others hold
    /// bits of the key's hash.
    private let slotMask: UInt32
    private let tableStart: Int
    private let recordsStart: Int
    private let stringsStart: Int
    public struct FormatError: Error {}

    public init(data: Data) throws(FormatError) {
        guard data.count >= Self.headerSize, Array(data.prefix(8)) == Self.magic else { throw FormatError() }
        self.data = data
        recordSize = Int(Self.uint32(data, at: 8))
        count = Int(Self.uint32(data, at: 12))
        let keyBytes = Int(Self.uint32(data, at: 16))
        let recordCount = Int(Self.uint32(data, at: 20))
        let bucketCount = Int(Self.uint32(data, at: 24))
        // Some bucket stays empty, which ends every probe.
        guard bucketCount > count else { throw FormatError() }
        self.bucketCount = bucketCount
        slotMask = UInt32(truncatingIfNeeded: (1 << Self.slotBits(forKeys: count)) - 1)
        tableStart = Self.headerSize + bucketCount * 4
        let keysStart = tableStart + (count + 1) * 8
        recordsStart = keysStart + keyBytes
        stringsStart = recordsStart + recordCount * recordSize
        guard stringsStart <= data.count else { throw FormatError() }
    }

    /// Calls `body` with each record stored under `key`, read in place.
    public func forEachRecord(for key: String, _ body: (UnsafeRawBufferPointer) -> Void) {
        guard let slot = slot(of: key) else { return }
        forEachRecord(inSlot: slot, body)
    }

    /// ``forEachRecord(for:_:)`` of a key given as UTF-8 bytes.
    func forEachRecord(for key: UnsafeBufferPointer<UInt8>, _ body: (UnsafeRawBufferPointer) -> Void) {
        guard let slot = slot(of: key) else { return }
        forEachRecord(inSlot: slot, body)
    }

    /// Calls `body` with each record stored under the key of `slot` (``slot(of:)``).
    func forEachRecord(inSlot slot: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
        data.withUnsafeBytes { buffer in
            let (first, end) = records(inSlot: slot, buffer)
            for index in 0..<(end - first) {
                let start = recordsStart + (first + index) * recordSize
                body(UnsafeRawBufferPointer(rebasing: buffer[start..<(start + recordSize)]))
            }
        }
    }

    /// The records stored under `key`, each `recordSize` bytes.
    public func records(for key: String) -> [Data] {
        guard let slot = slot(of: key) else { return [] }
        let (first, end) = data.withUnsafeBytes { records(inSlot: slot, $0) }
        return (0..<(end - first)).map { index in
            let start = recordsStart + (first + index) * recordSize
            return data.subdata(in: start..<(start + recordSize))
        }
    }

    public func contains(_ key: String) -> Bool { slot(of: key) != nil }

    /// The first record of `slot` and one past its last, read from `buffer` (`data`'s bytes).
    private func records(inSlot slot: Int, _ buffer: UnsafeRawBufferPointer) -> (first: Int, end: Int) {
        let row = tableStart + slot * 8
        let first = Int(buffer.loadUnaligned(fromByteOffset: row + 4, as: UInt32.self).littleEndian)
        return (first, max(first, Int(buffer.loadUnaligned(fromByteOffset: row + 12, as: UInt32.self).littleEndian)))
    }

    /// The bytes of the key of `slot`, read from `buffer` (`data`'s bytes).
    private func keyBytes(inSlot slot: Int, _ buffer: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let row = tableStart + slot * 8
        let keysStart = tableStart + (count + 1) * 8
        let start = keysStart + Int(buffer.loadUnaligned(fromByteOffset: row, as: UInt32.self).littleEndian)
        let end = keysStart + Int(buffer.loadUnaligned(fromByteOffset: row + 8, as: UInt32.self).littleEndian)
        return UnsafeRawBufferPointer(rebasing: buffer[start..<end])
    }

    /// Whether some key is longer than `prefix` and starts with it: the keys that start
    /// with it follow it in byte order, so the first key not below it says. Not remembered.
    ///
    /// When `prefix` is a key itself, that first key is the next slot (slots are in byte
    /// order), found through the hash table: two or three cache lines where the binary
    /// search read some twenty, spread over the whole mapping.
    ///
    /// - Complexity: O(1) for a prefix that is a key, else O(log *n*) key comparisons.
    public func containsLongerKey(startingWith prefix: String) -> Bool {
        var prefix = prefix
        return prefix.withUTF8 { containsLongerKey(startingWith: $0) }
    }

    /// ``containsLongerKey(startingWith:)`` of a prefix given as UTF-8 bytes.
    func containsLongerKey(startingWith prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        let known = slot(of: prefix)
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            let wanted = UnsafeRawBufferPointer(prefix)
            func key(_ slot: Int) -> UnsafeRawBufferPointer { keyBytes(inSlot: slot, buffer) }
            var low = known ?? firstSlot(notBelow: wanted, in: 0..<count, buffer)
            // Keys are distinct: at most one equals the prefix, and it comes first.
            if low < count, key(low).count == wanted.count { low += 1 }
            guard low < count else { return false }
            let candidate = key(low)
            return candidate.count > wanted.count
                && Self.compare(UnsafeRawBufferPointer(rebasing: candidate[0..<wanted.count]), wanted) == 0
        }
    }

    /// The slots of the keys that start with `prefix` (the prefix itself among them, first,
    /// when it is a key), searched for within `slots`, which must hold them all: all slots,
    /// or those of the keys starting with a prefix of `prefix`. Keys that share a prefix are
    /// neighbours in byte order, so a phrase's keys are searched for among its first word's
    /// keys (a few, read from the same cache lines) rather than among all of them.
    ///
    /// Over all slots the start is found through the hash table when `prefix` is a key; the
    /// end is found by doubling steps from the start, then halving.
    ///
    /// - Complexity: O(log *m*) key comparisons for *m* keys in `slots`.
    func slots(ofKeysStartingWith prefix: UnsafeBufferPointer<UInt8>, within slots: Range<Int>) -> Range<Int> {
        let known = slots.count == count ? slot(of: prefix) : nil
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Range<Int> in
            let wanted = UnsafeRawBufferPointer(prefix)
            func key(_ slot: Int) -> UnsafeRawBufferPointer { keyBytes(inSlot: slot, buffer) }
            func opens(_ slot: Int) -> Bool {
                let stored = key(slot)
                return stored.count >= wanted.count
                    && Self.compare(UnsafeRawBufferPointer(rebasing: stored[0..<wanted.count]), wanted) == 0
            }
            let low = known ?? firstSlot(notBelow: wanted, in: slots, buffer)
            guard low < slots.upperBound, opens(low) else { return low..<low }
            // `low` opens with the prefix: find the first slot after it that does not.
            var last = low, step = 1
            var high = slots.upperBound
            while last + step < high {
                if !opens(last + step) {
                    high = last + step
                    break
                }
                last += step
                step *= 2
            }
            var first = last + 1
            while first < high {
                let middle = (first + high) / 2
                if opens(middle) { first = middle + 1 } else { high = middle }
            }
            return low..<first
        }
    }

    /// The first slot of `slots` whose key is not below `wanted` in byte order (binary search).
    private func firstSlot(notBelow wanted: UnsafeRawBufferPointer, in slots: Range<Int>, _ buffer: UnsafeRawBufferPointer) -> Int {
        var low = slots.lowerBound, high = slots.upperBound
        while low < high {
            let middle = (low + high) / 2
            if Self.compare(keyBytes(inSlot: middle, buffer), wanted) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Calls `body` with the bytes of the key of `slot`, read in place.
    func withKey<Result>(ofSlot slot: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        data.withUnsafeBytes { body(keyBytes(inSlot: slot, $0)) }
    }

    /// A string the builder stored, by its offset and length.
    public func string(at offset: Int, length: Int) -> String {
        let start = stringsStart + offset
        return data.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[start..<(start + length)]), as: UTF8.self) }
    }

    /// The slot of `key`, searched for at every call. A memo of the answers used to stand in
    /// front (news repeats its words), but hashing the key to find it cost more than the search:
    /// without it, 55 M fewer instructions on 1,000 bench articles, and 40,000 remembered keys
    /// less per index.
    func slot(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { slot(of: $0) }
    }

    /// The slot of the key of UTF-8 bytes `wanted`.
    func slot(of wanted: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(wanted)
        let tag = UInt32(truncatingIfNeeded: hash >> 32) & ~slotMask
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int? in
            var bucket = Self.firstBucket(of: hash, among: bucketCount)
            // At most every bucket once, even in a table no builder made.
            for _ in 0..<bucketCount {
                let entry = buffer.loadUnaligned(fromByteOffset: Self.headerSize + bucket * 4, as: UInt32.self).littleEndian
                let slot = Int(entry & slotMask) - 1
                if slot < 0 { return nil }
                if entry & ~slotMask == tag, slot < count {
                    let stored = keyBytes(inSlot: slot, buffer)
                    if stored.count == wanted.count, Self.compare(stored, UnsafeRawBufferPointer(wanted)) == 0 { return slot }
                }
                bucket = bucket + 1 == bucketCount ? 0 : bucket + 1
            }
            return nil
        }
    }

    /// The hash of a key's bytes, part of the layout (a change of it is a change of
    /// ``magic``): a multiply-and-fold over eight bytes at a time, since the keys are short
    /// and an index of our own needs no protection against chosen collisions.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(bytes.count) &* multiplier
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        // The last bytes as one little-endian number, read four, two, then one at a time
        // (byte by byte, some 50 instructions of a lookup's 90).
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        let rest = raw.count - index
        if rest & 4 != 0 {
            tail = UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt32.self).littleEndian)
            shift = 32
            index += 4
        }
        if rest & 2 != 0 {
            tail |= UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt16.self).littleEndian) << shift
            shift += 16
            index += 2
        }
        if rest & 1 != 0 { tail |= UInt64(raw[index]) << shift }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 32
        return hash
    }

    /// How many buckets an index of `count` keys has: 10 for 7 keys (a power of two would
    /// make the places index up to twice as large as needed, and a mapped index is resident whole).
    static func bucketCount(forKeys count: Int) -> Int {
        count * 10 / 7 + 8
    }

    /// The bucket where the search for a key of `hash` starts: the low half of the hash
    /// scaled to the bucket count (the high half is the buckets' tag).
    static func firstBucket(of hash: UInt64, among bucketCount: Int) -> Int {
        Int(truncatingIfNeeded: ((hash & 0xFFFF_FFFF) &* UInt64(bucketCount)) >> 32)
    }

    /// How many low bits of a bucket hold a slot + 1 in an index of `count` keys.
    static func slotBits(forKeys count: Int) -> Int {
        count.bitWidth - count.leadingZeroBitCount
    }

    /// A bucket of the key of `slot`: its slot + 1 in the low `slotBits` bits, the same high
    /// bits as the high half of its hash above them.
    static func bucketEntry(slot: Int, hash: UInt64, slotBits: Int) -> UInt32 {
        let slotMask = UInt32(truncatingIfNeeded: (1 << slotBits) - 1)
        return UInt32(truncatingIfNeeded: hash >> 32) & ~slotMask | UInt32(slot + 1)
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
///
/// Keys and records are kept in flat byte arrays rather than a `[String: [[UInt8]]]`, and
/// the keys are sorted by an 8-byte prefix before their bytes are compared: a first run
/// builds indexes of half a million keys, and a `String` and an array per key cost more
/// than all the rest of the work.
public struct CompactIndexBuilder {
    public let recordSize: Int
    /// The keys, by slot. Keys that are equal as Swift strings are one key, as they were
    /// when this builder kept `String` keys.
    private var keys = ByteInterner()
    /// Keys appended by ``appendDistinctKey(_:)``, whose slots follow `keys`' numbers.
    private var distinctKeys: [UInt8] = []
    /// Where each of `distinctKeys` starts; one past the last, where it ends.
    private var distinctStarts: [Int] = [0]
    /// The slot of each number of `keys`, and of each distinct key (`-1 - index`).
    private var slotOfKey: [Int32] = []
    private var keyOfSlot: [Int32] = []
    private var recordSlots: [Int32] = []
    private var recordBytes: [UInt8] = []
    private var strings = ByteInterner()
    /// Where each stored string is in the string section, by its number in `strings`.
    private var stringPlaces: [(offset: UInt32, length: UInt16)] = []
    private var stringBytes: [UInt8] = []

    public init(recordSize: Int) {
        self.recordSize = recordSize
    }

    /// Adds a record under `key`; an identical record under the same key is kept once.
    public mutating func add(_ record: [UInt8], forKey key: String) {
        add(record, forKeyBytes: Array(key.utf8))
    }

    /// Adds a record under the key of UTF-8 bytes `key`.
    mutating func add(_ record: [UInt8], forKeyBytes key: [UInt8]) {
        let slot = slot(forKey: key)
        record.withUnsafeBufferPointer { add($0, toSlot: slot) }
    }

    /// How many keys there are so far: the next new key's slot.
    var keyCount: Int { keyOfSlot.count }

    /// The slot of the key of UTF-8 bytes `key`, for ``add(_:toSlot:)``.
    mutating func slot(forKey key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (number, isNew) = keys.intern(key)
        if isNew {
            slotOfKey.append(Int32(keyOfSlot.count))
            keyOfSlot.append(number)
        }
        return slotOfKey[Int(number)]
    }

    mutating func slot(forKey key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { slot(forKey: $0) } }

    /// Adds the key of UTF-8 bytes `key` with no record, for ``CompactIndex/contains(_:)``.
    mutating func addKey(bytes key: [UInt8]) { _ = slot(forKey: key) }

    /// Appends a key that the caller knows is not among the keys added or to be added
    /// (a different prefix, say), without looking it up; returns its slot.
    @discardableResult
    mutating func appendDistinctKey(_ key: [UInt8]) -> Int32 {
        distinctKeys += key
        distinctStarts.append(distinctKeys.count)
        keyOfSlot.append(-Int32(distinctStarts.count - 1))
        return Int32(keyOfSlot.count - 1)
    }

    /// Calls `body` with the bytes of the key of `slot`.
    private func withKey<Result>(_ slot: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let key = keyOfSlot[Int(slot)]
        if key >= 0 { return keys.withBytes(of: key, body) }
        let index = Int(-key) - 1
        return distinctKeys.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[distinctStarts[index]..<distinctStarts[index + 1]])) }
    }

    /// Adds a record under the key of `slot`.
    mutating func add(_ record: UnsafeBufferPointer<UInt8>, toSlot slot: Int32) {
        precondition(record.count == recordSize, "record size")
        recordSlots.append(slot)
        recordBytes.append(contentsOf: record)
    }

    /// Stores `string` once and returns where records can find it.
    public mutating func store(_ string: String) -> (offset: UInt32, length: UInt16) {
        var string = string
        return string.withUTF8 { store(bytes: $0) }
    }

    /// Stores a string of UTF-8 bytes once (once per Swift string: canonically equal ones share it).
    mutating func store(bytes string: UnsafeBufferPointer<UInt8>) -> (offset: UInt32, length: UInt16) {
        let (number, isNew) = strings.intern(string)
        if !isNew { return stringPlaces[Int(number)] }
        let bytes = string.prefix(Int(UInt16.max))
        let place = (UInt32(stringBytes.count), UInt16(bytes.count))
        stringBytes.append(contentsOf: bytes)
        stringPlaces.append(place)
        return place
    }

    /// Appends a string to the string section without looking for an equal one stored before.
    mutating func appendString(_ string: UnsafeBufferPointer<UInt8>) -> (offset: UInt32, length: UInt16) {
        let bytes = string.prefix(Int(UInt16.max))
        let place = (UInt32(stringBytes.count), UInt16(bytes.count))
        stringBytes.append(contentsOf: bytes)
        return place
    }

    public func build() -> Data {
        let keyCount = keyOfSlot.count
        let order = sortedSlots()
        // Each slot's records in the order they were added (a stable counting sort).
        var firstOfSlot = [Int](repeating: 0, count: keyCount + 1)
        for slot in recordSlots { firstOfSlot[Int(slot) + 1] += 1 }
        for slot in 0..<keyCount { firstOfSlot[slot + 1] += firstOfSlot[slot] }
        var next = firstOfSlot
        var bySlot = [Int32](repeating: 0, count: recordSlots.count)
        for (record, slot) in recordSlots.enumerated() {
            bySlot[next[Int(slot)]] = Int32(record)
            next[Int(slot)] += 1
        }

        var table: [UInt8] = []
        table.reserveCapacity(keyCount * 8 + 8)
        let bucketCount = CompactIndex.bucketCount(forKeys: keyCount)
        let slotBits = CompactIndex.slotBits(forKeys: keyCount)
        var buckets = [UInt32](repeating: 0, count: bucketCount)
        var keyBlob: [UInt8] = []
        var records: [UInt8] = []
        records.reserveCapacity(recordBytes.count)
        var recordCount = 0
        recordBytes.withUnsafeBufferPointer { all in
            func record(_ index: Int32) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: all[(Int(index) * recordSize)..<(Int(index) * recordSize + recordSize)])
            }
            for slot in order {
                let group = bySlot[firstOfSlot[Int(slot)]..<firstOfSlot[Int(slot) + 1]]
                var kept = 0
                for (position, index) in zip(group.indices, group) {
                    let candidate = record(index)
                    // An identical record under the same key is kept once, the first.
                    if position > group.startIndex,
                       group[group.startIndex..<position].contains(where: { Self.equal(record($0), candidate) }) { continue }
                    records.append(contentsOf: candidate)
                    kept += 1
                }
                let keyStart = keyBlob.count
                let hash = withKey(slot) { key -> UInt64 in
                    keyBlob.append(contentsOf: key)
                    return CompactIndex.hash(key)
                }
                var bucket = CompactIndex.firstBucket(of: hash, among: bucketCount)
                while buckets[bucket] != 0 { bucket = bucket + 1 == bucketCount ? 0 : bucket + 1 }
                buckets[bucket] = CompactIndex.bucketEntry(slot: table.count / 8, hash: hash, slotBits: slotBits)
                Self.append(UInt32(keyStart), to: &table)
                Self.append(UInt32(recordCount), to: &table)
                recordCount += kept
            }
        }
        Self.append(UInt32(keyBlob.count), to: &table)
        Self.append(UInt32(recordCount), to: &table)
        var header = CompactIndex.magic
        for value in [UInt32(recordSize), UInt32(keyCount), UInt32(keyBlob.count), UInt32(recordCount), UInt32(bucketCount)] {
            Self.append(value, to: &header)
        }
        var bucketBytes: [UInt8] = []
        bucketBytes.reserveCapacity(bucketCount * 4)
        for bucket in buckets { Self.append(bucket, to: &bucketBytes) }
        var out = Data(capacity: header.count + bucketBytes.count + table.count + keyBlob.count + records.count + stringBytes.count)
        for part in [header, bucketBytes, table, keyBlob, records, stringBytes] { out.append(contentsOf: part) }
        return out
    }

    /// The slots in the byte order of their keys: by the keys' first eight bytes read as
    /// one big-endian number, then, for keys that share those, by all their bytes.
    private func sortedSlots() -> [Int32] {
        var order = (0..<Int32(keyOfSlot.count)).map { slot -> (prefix: UInt64, slot: Int32) in
            withKey(slot) { key in
                var prefix: UInt64 = 0
                for (position, byte) in key.prefix(8).enumerated() { prefix |= UInt64(byte) << (56 - 8 * position) }
                return (prefix, slot)
            }
        }
        order.sort { a, b in
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            return withKey(a.slot) { left in
                withKey(b.slot) { right in CompactIndex.compare(UnsafeRawBufferPointer(left), UnsafeRawBufferPointer(right)) < 0 }
            }
        }
        return order.map(\.slot)
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count, let left = a.baseAddress, let right = b.baseAddress else { return a.count == b.count }
        return memcmp(left, right, a.count) == 0
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    public static func bytes(_ value: UInt32) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    public static func bytes(_ value: UInt16) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
