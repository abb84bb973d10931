import HaberICU

/// Numbers distinct lowercase strings (a form's `lower` and `key`) by their UTF-8, once per
/// string: what a `[String: Int32]` did, without hashing each `String` again through its
/// Unicode-normalizing hash (a thousand instructions a key for Turkish words).
///
/// `String` equality is canonical equivalence, and so is this table's: a string with a
/// scalar from U+0300 on (where two spellings can be equivalent) is keyed by the bytes of
/// its NFC; below U+0300 every string is its own NFC, and its bytes are the key as they are.
struct KeyTable {
    private var arena: [UInt8] = []
    /// Each key's place in the arena and hash side by side: one cache line a probe, where
    /// three arrays were three.
    private var entries: [Entry] = []
    /// Open addressing: index + 1 into `entries`, 0 for an empty slot.
    private var slots: [Int32]

    /// A table with room for `capacity` keys before it grows (see ``FormTable/init(capacity:)``).
    init(capacity: Int = 1024) {
        var size = 16
        while Self.overfills(capacity, size) { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        entries.reserveCapacity(capacity)
    }

    /// At most three quarters of the slots are taken (see ``FormTable``).
    @inline(__always)
    private static func overfills(_ entries: Int, _ slotCount: Int) -> Bool {
        entries * 4 > slotCount * 3
    }

    private struct Entry {
        var hash: UInt64
        var start: Int32
        var count: Int32
    }

    var count: Int { entries.count }

    /// The id of `key`, given the next id when it is new.
    mutating func id(of key: String) -> Int32 {
        var key = key
        // The bytes as they are, in the same pass as the test for NFC: most keys need none.
        let found = key.withUTF8 { bytes -> Int32? in
            for byte in bytes where byte >= 0xCC { return nil }
            return self.id(ofBytes: bytes)
        }
        if let found { return found }
        key = Normalization.nfc(key)
        return key.withUTF8 { id(ofBytes: $0) }
    }

    /// The bytes read eight at a time (the last few packed in one word): byte by byte, the
    /// hash cost some five instructions a byte. Only the table's slots depend on it, not the ids.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: bytes.count)
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            index &+= 8
        }
        if index < bytes.count {
            var last: UInt64 = 0
            for offset in index..<bytes.count { last = last << 8 | UInt64(base[offset]) }
            hash = (hash ^ last) &* multiplier
        }
        // The finalizer of MurmurHash3, as in ``FormTable/hash(_:tag:)``: the slots take the low bits.
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        hash = (hash ^ (hash >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }

    /// The id of the key of UTF-8 `bytes`, which are their own NFC (ASCII, say): ``id(of:)``
    /// without the test for NFC.
    mutating func id(ofNFC bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        id(ofBytes: bytes)
    }

    private mutating func id(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let stored = entries[entry - 1]
            if stored.hash == hash, Int(stored.count) == bytes.count, matches(stored, bytes) {
                return Int32(entry - 1)
            }
            slot = (slot + 1) & mask
        }
        let id = entries.count
        entries.append(Entry(hash: hash, start: Int32(arena.count), count: Int32(bytes.count)))
        arena.append(contentsOf: bytes)
        if Self.overfills(id + 1, slots.count) {
            grow()
        } else {
            slots[slot] = Int32(id + 1)
        }
        return Int32(id)
    }

    private func matches(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            var index = Int(entry.start)
            for byte in bytes {
                if stored[index] != byte { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        placeEntries()
    }

    /// Puts every entry into `slots`, all empty.
    private mutating func placeEntries() {
        let mask = slots.count - 1
        for (id, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    mutating func removeAll() {
        removeAll(keepingFirst: 0)
    }

    /// Forgets every key but the first `kept` (ids `0..<kept`), which keep their ids.
    mutating func removeAll(keepingFirst kept: Int) {
        let kept = min(kept, entries.count)
        arena.removeSubrange((kept == 0 ? 0 : Int(entries[kept - 1].start + entries[kept - 1].count))...)
        entries.removeSubrange(kept...)
        for index in slots.indices { slots[index] = 0 }
        placeEntries()
    }
}
