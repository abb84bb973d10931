import Foundation

/// Distinct byte strings, each numbered from 0 in the order first seen, kept in one flat
/// buffer behind an open-addressing hash table.
///
/// The index builders meet a million keys on a first run; a `[UInt8]` and a SipHash per key
/// in a `Dictionary` cost more than the rest of the build. Strings are compared by their
/// ``LookupKey/canonical(_:)`` bytes, as Swift compares `String`s, and each keeps the
/// bytes it was first seen with.
struct ByteInterner {
    private var storage: [UInt8] = []
    /// Where string `n` starts in `storage`; one past the last, where the last ends.
    private var starts: [Int] = [0]
    /// By hash bucket, 0 for empty, else the string's number + 1 in the low 32 bits and
    /// the high half of its hash in the high 32: most buckets that do not hold the string
    /// are passed over without reading its bytes elsewhere in memory (the build is bound
    /// by such cache misses, not by instructions).
    private var buckets: [UInt64]
    /// The bytes a string was first seen with, where they differ from its canonical bytes.
    private var originals: [Int32: [UInt8]] = [:]

    var count: Int { starts.count - 1 }

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        buckets = [UInt64](repeating: 0, count: size)
    }

    /// The number of `bytes`, and whether it is new.
    @discardableResult
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int32, isNew: Bool) {
        if LookupKey.needsNormalizing(bytes) {
            let canonical = LookupKey.canonical(Array(bytes))
            if !canonical.elementsEqual(bytes) {
                let found = canonical.withUnsafeBufferPointer { internCanonical($0) }
                if found.isNew { originals[found.number] = Array(bytes) }
                return found
            }
        }
        return internCanonical(bytes)
    }

    @discardableResult
    mutating func intern(_ bytes: [UInt8]) -> (number: Int32, isNew: Bool) {
        bytes.withUnsafeBufferPointer { intern($0) }
    }

    /// The number of `bytes` if it was interned.
    func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let canonical = LookupKey.hasByteFromCC(bytes) && LookupKey.needsNormalizing(bytes) ? LookupKey.canonical(Array(bytes)) : nil
        if let canonical { return canonical.withUnsafeBufferPointer { find($0, hash: Self.hash($0)).number } }
        return find(bytes, hash: Self.hash(bytes)).number
    }

    /// Calls `body` with the bytes string `number` was first seen with.
    func withBytes<Result>(of number: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if !originals.isEmpty, let original = originals[number] { return original.withUnsafeBufferPointer(body) }
        return storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[Int(number)]..<starts[Int(number) + 1]])) }
    }

    func bytes(of number: Int32) -> [UInt8] { withBytes(of: number) { Array($0) } }

    private mutating func internCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int32, isNew: Bool) {
        let hash = Self.hash(bytes)
        let (found, bucket) = find(bytes, hash: hash)
        if let found { return (found, false) }
        let number = Int32(count)
        storage.append(contentsOf: bytes)
        starts.append(storage.count)
        buckets[bucket] = Self.bucketEntry(number, hash: hash)
        if count * 2 > buckets.count { grow() }
        return (number, true)
    }

    /// The string equal to `bytes`, or the empty bucket where it would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int32?, bucket: Int) {
        storage.withUnsafeBufferPointer { storage in
            let mask = buckets.count - 1
            var bucket = Int(truncatingIfNeeded: hash) & mask
            let high = hash >> 32
            while true {
                let entry = buckets[bucket]
                if entry == 0 { return (nil, bucket) }
                if entry >> 32 == high {
                    let number = Int(entry & 0xFFFF_FFFF) - 1
                    let (start, end) = (starts[number], starts[number + 1])
                    if end - start == bytes.count, Self.bytes(of: storage, from: start, equal: bytes) {
                        return (Int32(number), bucket)
                    }
                }
                bucket = (bucket + 1) & mask
            }
        }
    }

    private static func bytes(of storage: UnsafeBufferPointer<UInt8>, from start: Int, equal bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let stored = storage.baseAddress, let wanted = bytes.baseAddress else { return bytes.isEmpty }
        return memcmp(stored + start, wanted, bytes.count) == 0
    }

    /// Doubles the table, hashing every string again (in order, from one buffer: cheaper
    /// than keeping every hash).
    private mutating func grow() {
        var buckets = [UInt64](repeating: 0, count: self.buckets.count * 2)
        let mask = buckets.count - 1
        storage.withUnsafeBufferPointer { storage in
            for number in 0..<count {
                let hash = Self.hash(UnsafeBufferPointer(rebasing: storage[starts[number]..<starts[number + 1]]))
                var bucket = Int(truncatingIfNeeded: hash) & mask
                while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
                buckets[bucket] = Self.bucketEntry(Int32(number), hash: hash)
            }
        }
        self.buckets = buckets
    }

    private static func bucketEntry(_ number: Int32, hash: UInt64) -> UInt64 {
        (hash >> 32) << 32 | UInt64(UInt32(number) + 1)
    }

    /// ``CompactIndex/hash(_:)``: the keys are short, and a table of our own needs no
    /// protection against chosen collisions.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        CompactIndex.hash(bytes)
    }
}
