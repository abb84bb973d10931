/// Interns the surface forms of tokens: every distinct run of UTF-16 units is stored once,
/// with whatever the caller computed for it.
///
/// Text follows Zipf's law: a few thousand forms make most of the tokens of any article.
/// Interning turns the per-token work of the tokenizer (building six strings, lowercasing
/// with ICU, ASCII folding) into one hash of the token's units and one probe; everything
/// else is done once per distinct form.
///
/// The table is not thread-safe: each tokenizer (one per thread) owns its own. It is bounded: ``removeAllIfLarger(than:keeping:)`` empties it
/// between documents but for the forms the caller keeps, so memory stays flat however many
/// distinct forms a run meets.
///
/// - Complexity: lookup is O(length of the form), amortized.
struct FormTable<Value> {
    /// Every key's units, one after the other.
    private var arena: [UInt16] = []
    /// Open addressing over the entries themselves, each key beside its value: a lookup
    /// reads its slot and finds the key and the value in it. With the slots apart (an index
    /// into an array of entries), a token cost a cache miss for its slot, one for its entry and
    /// one for its units on a table of 20,000 forms, most of the tokenizer's time by the clock.
    private var slots: [Entry]
    private var mask: Int
    /// `64 - log2(slots.count)`: a key's slot is the top bits of its hash (see ``hash(_:tag:)``).
    private var shift: Int
    /// The value of an empty slot (whose tag is 0, which no key has).
    private let empty: Value
    private(set) var count = 0

    private struct Entry {
        var key: Key
        var value: Value
    }

    /// The hash's high half only (the slots are chosen by its top bits, and a match is
    /// confirmed on the units anyway): an entry of the tokenizer's table takes 32 bytes, two
    /// to a cache line.
    private struct Key {
        var hash: UInt32
        var start: Int32
        var count: Int32
        /// Never 0 for a key; 0 marks an empty slot.
        var tag: UInt16
    }

    /// A table with room for `capacity` forms before it grows: the tokenizer's is made for
    /// its limit, so that it is not doubled past it. `empty` fills the slots not taken.
    init(capacity: Int = 1024, empty: Value) {
        var size = 16
        while Self.overfills(capacity, size) { size <<= 1 }
        self.empty = empty
        slots = Array(repeating: Entry(key: Key(hash: 0, start: 0, count: 0, tag: 0), value: empty), count: size)
        mask = size - 1
        shift = 64 - size.trailingZeroBitCount
    }

    /// Whether `entries` entries overfill `slotCount` slots: at most three quarters are taken,
    /// so that 22,500 forms (``Tokenizer/formLimit`` and a document's new forms) fit 32,768
    /// slots.
    @inline(__always)
    private static func overfills(_ entries: Int, _ slotCount: Int) -> Bool {
        entries * 4 > slotCount * 3
    }

    /// The units read four at a time (one 64-bit word, the last one or three units packed
    /// alone), seeded with `tag` and the count: a unit at a time cost 8 instructions a unit, a
    /// fifth of the tokenizer's own loop. Each step ends in a multiplication, which carries
    /// every bit upward: the slots are chosen by the top bits, which every unit reaches, so
    /// the hash needs no finalizer to bring them down to the low bits (a fortieth of the
    /// tokenizer's own instructions).
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
        return hash
    }

    /// The value stored with `units` (with `tag`, never 0, which keeps apart equal units that
    /// are different kinds of token), or nil when it was never added.
    @inline(__always)
    func value(of units: UnsafeBufferPointer<UInt16>, tag: UInt16, hash: UInt64) -> Value? {
        let high = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash >> UInt64(shift))
        while true {
            let key = slots[slot].key
            if key.tag == 0 { return nil }
            if key.hash == high, key.tag == tag, Int(key.count) == units.count, matches(key, units) { return slots[slot].value }
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

    /// Adds `units` with its value; the caller has checked that it is not there yet, and
    /// `tag` is not 0.
    mutating func add(_ units: UnsafeBufferPointer<UInt16>, tag: UInt16, hash: UInt64, value: Value) {
        precondition(tag != 0, "tag 0 marks an empty slot")
        if Self.overfills(count + 1, slots.count) { resize(slots.count * 2) }
        let key = Key(hash: UInt32(truncatingIfNeeded: hash >> 32), start: Int32(arena.count), count: Int32(units.count), tag: tag)
        arena.append(contentsOf: units)
        Self.place(Entry(key: key, value: value), in: &slots, mask: mask, shift: shift)
        count += 1
    }

    private static func place(_ entry: Entry, in slots: inout [Entry], mask: Int, shift: Int) {
        var slot = Int(entry.key.hash >> UInt32(shift - 32))
        while slots[slot].key.tag != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func resize(_ size: Int) {
        var larger = Array(repeating: Entry(key: Key(hash: 0, start: 0, count: 0, tag: 0), value: empty), count: size)
        let largerShift = 64 - size.trailingZeroBitCount
        for entry in slots where entry.key.tag != 0 { Self.place(entry, in: &larger, mask: size - 1, shift: largerShift) }
        slots = larger
        mask = size - 1
        shift = largerShift
    }

    /// Empties the table when it holds more than `limit` forms; values handed out before stay
    /// the caller's, so call it only between documents.
    mutating func removeAllIfLarger(than limit: Int) -> Bool {
        removeAllIfLarger(than: limit, keeping: { _ in false })
    }

    /// Empties the table but for the entries whose value `keeps` says to keep, when it holds
    /// more than `limit` forms; the kept keys' units move to the front of the arena.
    mutating func removeAllIfLarger(than limit: Int, keeping keeps: (Value) -> Bool) -> Bool {
        guard count > limit else { return false }
        var kept = slots.filter { $0.key.tag != 0 && keeps($0.value) }
        // Keys that end within as many units as they hold together are the arena's first ones
        // (two keys never share units): they stay where they are. The tokenizer keeps the forms
        // it met first, so this is its case at every reset, where sorting the kept keys by
        // their place was half of emptying the table.
        var units = 0, end = 0
        for entry in kept {
            units += Int(entry.key.count)
            end = max(end, Int(entry.key.start) + Int(entry.key.count))
        }
        if end != units {
            // The kept keys' units move forward in the arena itself, in the order they were added.
            kept.sort { $0.key.start < $1.key.start }
            units = 0
            for index in kept.indices {
                let start = Int(kept[index].key.start)
                for offset in 0..<Int(kept[index].key.count) { arena[units + offset] = arena[start + offset] }
                kept[index].key.start = Int32(units)
                units += Int(kept[index].key.count)
            }
        }
        arena.removeSubrange(units...)
        for index in slots.indices { slots[index] = Entry(key: Key(hash: 0, start: 0, count: 0, tag: 0), value: empty) }
        for entry in kept { Self.place(entry, in: &slots, mask: mask, shift: shift) }
        count = kept.count
        return true
    }
}
