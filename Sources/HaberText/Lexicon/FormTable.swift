/// Interns the surface forms of tokens: every distinct run of UTF-16 units gets an integer
/// id once, with whatever the caller computed for it stored against the id.
///
/// Text follows Zipf's law: a few thousand forms make most of the tokens of any article.
/// Interning turns the per-token work of the tokenizer (building six strings, lowercasing
/// with ICU, ASCII folding) into one hash of the token's units and one probe; everything
/// else is done once per distinct form.
///
/// The table is not thread-safe: each tokenizer (one per thread) owns its own, and ids are
/// only meaningful to their owner. It is bounded: ``removeAllIfLarger(than:)`` empties it
/// between documents, so memory stays flat however many distinct forms a run meets.
///
/// - Complexity: lookup is O(length of the form), amortized.
struct FormTable<Value> {
    /// Every key's units, one after the other.
    private var arena: [UInt16] = []
    /// Each form's key with its value, side by side: a lookup that finds its key reads the
    /// value from the same cache line (apart, they were two misses a token on a table of
    /// 20,000 forms).
    private var entries: [Entry] = []
    /// Open addressing: index + 1 into `entries`, 0 for an empty slot.
    private var slots: [Int32]
    private var mask: Int

    private struct Entry {
        var key: Key
        var value: Value
    }

    /// The hash's low half only (the slots are chosen by its low bits, and a match is
    /// confirmed on the units anyway): an entry of the tokenizer's table takes 40 bytes, not 48.
    private struct Key {
        var hash: UInt32
        var start: Int32
        var count: Int32
        var tag: UInt16
    }

    /// A table with room for `capacity` forms before it grows: the tokenizer's is made for
    /// its limit, so that its entries are not doubled past it (a table that reached 20,000
    /// forms held room for 32,768 entries).
    init(capacity: Int = 1024) {
        var size = 16
        while Self.overfills(capacity, size) { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        entries.reserveCapacity(capacity)
    }

    /// Whether `entries` entries overfill `slotCount` slots: at most three quarters are taken,
    /// so that 22,500 forms (``Tokenizer/formLimit`` and a document's new forms) fit 32,768
    /// slots, where at half full they took 65,536.
    @inline(__always)
    private static func overfills(_ entries: Int, _ slotCount: Int) -> Bool {
        entries * 4 > slotCount * 3
    }

    var count: Int { entries.count }

    /// The value stored with form `id`.
    subscript(id: Int) -> Value { entries[id].value }

    /// The units read four at a time (one 64-bit word, the last one or three units packed
    /// alone), seeded with `tag` and the count, then mixed so that every unit reaches the low
    /// bits the slots are chosen by: a unit at a time cost 8 instructions a unit, a fifth of
    /// the tokenizer's own loop.
    @inline(__always)
    static func hash(_ units: UnsafeBufferPointer<UInt16>, tag: UInt16) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(tag) ^ UInt64(truncatingIfNeeded: units.count) << 16
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        if let base = units.baseAddress {
            let raw = UnsafeRawPointer(base)
            let count = units.count
            var index = 0
            while index + 4 <= count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index &* 2, as: UInt64.self)) &* multiplier
                index &+= 4
            }
            if index + 2 <= count {
                hash = (hash ^ UInt64(raw.loadUnaligned(fromByteOffset: index &* 2, as: UInt32.self))) &* multiplier
                index &+= 2
            }
            if index < count { hash = (hash ^ UInt64(base[index])) &* multiplier }
        }
        // The finalizer of MurmurHash3: the multiplications above carry low bits up only.
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        hash = (hash ^ (hash >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }

    /// The id of `units` (with `tag`, which keeps apart equal units that are different
    /// kinds of token), or nil when it was never added.
    @inline(__always)
    func id(of units: UnsafeBufferPointer<UInt16>, tag: UInt16, hash: UInt64) -> Int? {
        let low = UInt32(truncatingIfNeeded: hash)
        var slot = Int(low) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let key = entries[entry - 1].key
            if key.hash == low, key.tag == tag, Int(key.count) == units.count, matches(key, units) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Compares four units at a time, as the hash reads them.
    @inline(__always)
    private func matches(_ key: Key, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress, let base = units.baseAddress else { return units.isEmpty }
            let left = UnsafeRawPointer(storedBase + Int(key.start))
            let right = UnsafeRawPointer(base)
            let bytes = units.count &* 2
            var offset = 0
            while offset + 8 <= bytes {
                if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
                offset &+= 8
            }
            while offset < bytes {
                if left.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
                    != right.loadUnaligned(fromByteOffset: offset, as: UInt16.self) { return false }
                offset &+= 2
            }
            return true
        }
    }

    /// Adds `units` with its value; the caller has checked that it is not there yet.
    @discardableResult
    mutating func add(_ units: UnsafeBufferPointer<UInt16>, tag: UInt16, hash: UInt64, value: Value) -> Int {
        if Self.overfills(entries.count + 1, slots.count) { rebuildSlots(slots.count * 2) }
        let id = entries.count
        let low = UInt32(truncatingIfNeeded: hash)
        entries.append(Entry(key: Key(hash: low, start: Int32(arena.count), count: Int32(units.count), tag: tag), value: value))
        arena.append(contentsOf: units)
        place(id, hash: low)
        return id
    }

    private mutating func place(_ id: Int, hash: UInt32) {
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id + 1)
    }

    private mutating func rebuildSlots(_ size: Int) {
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for (id, entry) in entries.enumerated() { place(id, hash: entry.key.hash) }
    }

    /// Empties the table when it holds more than `limit` forms; ids handed out before are
    /// then void, so call it only between documents.
    mutating func removeAllIfLarger(than limit: Int) -> Bool {
        guard entries.count > limit else { return false }
        arena.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
        return true
    }
}
