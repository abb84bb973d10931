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
    private var slots: Slots
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

    /// The slots in memory aligned to a cache line, so that an entry of 32 bytes lies in one
    /// line: an array's elements start 32 bytes into a block malloc aligns to 16, and every
    /// other entry straddled two lines, its value missing the cache apart from its key (on
    /// the bench, a fifth of the table's misses of the last level). Shared by copies of the
    /// table until one of them changes it.
    private final class Slots {
        let base: UnsafeMutablePointer<Entry>
        let count: Int

        init(count: Int, filledWith empty: Entry) {
            base = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Entry>.stride, alignment: 64)
                .bindMemory(to: Entry.self, capacity: count)
            base.initialize(repeating: empty, count: count)
            self.count = count
        }

        init(copying other: Slots) {
            base = UnsafeMutableRawPointer.allocate(byteCount: other.count * MemoryLayout<Entry>.stride, alignment: 64)
                .bindMemory(to: Entry.self, capacity: other.count)
            base.initialize(from: other.base, count: other.count)
            count = other.count
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }

        /// A slot below ``count``: every caller masks its index with `count - 1`.
        @inline(__always)
        subscript(slot: Int) -> Entry {
            get { base[slot] }
            set { base[slot] = newValue }
        }
    }

    /// Makes the slots this table's own before it changes them.
    private mutating func ownSlots() {
        if !isKnownUniquelyReferenced(&slots) { slots = Slots(copying: slots) }
    }

    /// A key of at most ``inlineUnits`` units is held in its entry (most tokens: punctuation,
    /// numbers, short words) and told by two comparisons; a longer one by the high half of
    /// its hash, then its units in the arena. Compared in the arena too, a short key cost a
    /// loop of a step a unit, whose end was mispredicted about once a token, and a read of
    /// the arena. Sixteen bytes: an entry of the tokenizer's table takes 32, two to a cache line.
    private struct Key {
        /// A short key's units (``word(_:)``); a longer one's hash above (the high half only:
        /// the slots are chosen by its top bits, and a match is confirmed on the units anyway)
        /// and its start in the arena below.
        var word: UInt64
        /// The count of units and the tag (``shape(count:tag:)``); 0 marks an empty slot.
        var shape: UInt64

        var count: Int { Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: shape)) }
        var start: Int { Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: word)) }

        static var empty: Key { Key(word: 0, shape: 0) }
    }

    /// Keys of at most this many units are held in their entries.
    private static var inlineUnits: Int { 4 }

    /// The count and the tag in one word, never 0 for a key (its tag is not 0).
    @inline(__always)
    private static func shape(count: Int, tag: UInt16) -> UInt64 {
        UInt64(truncatingIfNeeded: UInt32(truncatingIfNeeded: count)) | UInt64(tag) << 32
    }

    /// The units of a key of at most four: the first two and the last two, each pair read as
    /// one 32-bit word (the same pair twice for two units, overlapping for three), or the one
    /// unit. Together with the count, it tells every such key from every other.
    @inline(__always)
    private static func word(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
        guard let base = units.baseAddress, units.count >= 2 else { return units.first.map { UInt64($0) } ?? 0 }
        let raw = UnsafeRawPointer(base)
        let first = raw.loadUnaligned(as: UInt32.self)
        let last = raw.loadUnaligned(fromByteOffset: (units.count &- 2) &* 2, as: UInt32.self)
        return UInt64(first) | UInt64(last) << 32
    }

    /// The hash of a short key from its word and shape (see ``hash(_:tag:)``): one step.
    @inline(__always)
    private static func hash(word: UInt64, shape: UInt64) -> UInt64 {
        (0xCBF2_9CE4_8422_2325 ^ shape ^ word) &* 0x9E37_79B9_7F4A_7C15
    }

    /// A table with room for `capacity` forms before it grows: the tokenizer's is made for
    /// its limit, so that it is not doubled past it. `empty` fills the slots not taken.
    init(capacity: Int = 1024, empty: Value) {
        var size = 16
        while Self.overfills(capacity, size) { size <<= 1 }
        self.empty = empty
        slots = Slots(count: size, filledWith: Entry(key: .empty, value: empty))
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

    /// A key of at most four units: its word (``word(_:)``) and shape in one step. A longer
    /// one: its units read four at a time (one 64-bit word; the last four units read as one
    /// word, overlapping the one before), seeded with `tag` and the count: a unit at a time
    /// cost 8 instructions a unit, a fifth of the tokenizer's own loop. Each step ends in a
    /// multiplication, which carries every bit upward: the slots are chosen by the top bits,
    /// which every unit reaches, so the hash needs no finalizer to bring them down to the low
    /// bits (a fortieth of the tokenizer's own instructions).
    @inline(__always)
    static func hash(_ units: UnsafeBufferPointer<UInt16>, tag: UInt16) -> UInt64 {
        let count = units.count
        let shape = shape(count: count, tag: tag)
        guard count > inlineUnits, let base = units.baseAddress else { return hash(word: word(units), shape: shape) }
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ shape
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 4 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index &* 2, as: UInt64.self)) &* multiplier
            index &+= 4
        }
        if index < count { hash = (hash ^ raw.loadUnaligned(fromByteOffset: (count &- 4) &* 2, as: UInt64.self)) &* multiplier }
        return hash
    }

    /// The value stored with `units` (with `tag`, never 0, which keeps apart equal units that
    /// are different kinds of token), or nil when it was never added.
    @inline(__always)
    func value(of units: UnsafeBufferPointer<UInt16>, tag: UInt16, hash: UInt64) -> Value? {
        let shape = Self.shape(count: units.count, tag: tag)
        var slot = Int(truncatingIfNeeded: hash >> UInt64(shift))
        if units.count <= Self.inlineUnits {
            let word = Self.word(units)
            while true {
                let key = slots[slot].key
                if key.word == word, key.shape == shape { return slots[slot].value }
                if key.shape == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        let high = hash >> 32
        while true {
            let key = slots[slot].key
            if key.shape == 0 { return nil }
            if key.word >> 32 == high, key.shape == shape, matches(key, units) { return slots[slot].value }
            slot = (slot + 1) & mask
        }
    }

    /// Compares a key of more than four units four units at a time, as the hash reads them:
    /// the first four and the last four (overlapping for fewer than eight) at once, then the
    /// words between, none for most words. A loop to the end and the units left over after
    /// the last whole word ended in a mispredicted branch about once a long token.
    @inline(__always)
    private func matches(_ key: Key, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress, let base = units.baseAddress else { return units.isEmpty }
            let left = UnsafeRawPointer(storedBase + key.start)
            let right = UnsafeRawPointer(base)
            let last = units.count &* 2 &- 8
            let ends = (left.loadUnaligned(as: UInt64.self) ^ right.loadUnaligned(as: UInt64.self))
                | (left.loadUnaligned(fromByteOffset: last, as: UInt64.self) ^ right.loadUnaligned(fromByteOffset: last, as: UInt64.self))
            if ends != 0 { return false }
            var offset = 8
            while offset < last {
                if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
                offset &+= 8
            }
            return true
        }
    }

    /// Adds `units` with its value; the caller has checked that it is not there yet, and
    /// `tag` is not 0.
    mutating func add(_ units: UnsafeBufferPointer<UInt16>, tag: UInt16, hash: UInt64, value: Value) {
        precondition(tag != 0, "tag 0 marks an empty slot")
        if Self.overfills(count + 1, slots.count) { resize(slots.count * 2) } else { ownSlots() }
        let shape = Self.shape(count: units.count, tag: tag)
        let key: Key
        if units.count <= Self.inlineUnits {
            key = Key(word: Self.word(units), shape: shape)
        } else {
            key = Key(word: hash & 0xFFFF_FFFF_0000_0000 | UInt64(UInt32(truncatingIfNeeded: arena.count)), shape: shape)
            arena.append(contentsOf: units)
        }
        Self.place(Entry(key: key, value: value), in: slots, mask: mask, shift: shift)
        count += 1
    }

    /// The slot a key's hash points to: a short key's hash is worked out again from the key.
    private static func place(_ entry: Entry, in slots: Slots, mask: Int, shift: Int) {
        let key = entry.key
        let hash = key.count <= inlineUnits ? hash(word: key.word, shape: key.shape) : key.word
        var slot = Int(truncatingIfNeeded: hash >> UInt64(shift))
        while slots[slot].key.shape != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func resize(_ size: Int) {
        let larger = Slots(count: size, filledWith: Entry(key: .empty, value: empty))
        let largerShift = 64 - size.trailingZeroBitCount
        for slot in 0..<slots.count where slots[slot].key.shape != 0 {
            Self.place(slots[slot], in: larger, mask: size - 1, shift: largerShift)
        }
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
        ownSlots()
        var kept = UnsafeBufferPointer(start: slots.base, count: slots.count).filter { $0.key.shape != 0 && keeps($0.value) }
        // Keys that end within as many units as they hold together are the arena's first ones
        // (two keys never share units): they stay where they are. The tokenizer keeps the forms
        // it met first, so this is its case at every reset, where sorting the kept keys by
        // their place was half of emptying the table. Short keys hold no units in the arena.
        var units = 0, end = 0
        for entry in kept where entry.key.count > Self.inlineUnits {
            units += entry.key.count
            end = max(end, entry.key.start + entry.key.count)
        }
        if end != units {
            // The kept keys' units move forward in the arena itself, in the order they were added.
            kept.sort { ($0.key.count > Self.inlineUnits ? $0.key.start : -1) < ($1.key.count > Self.inlineUnits ? $1.key.start : -1) }
            units = 0
            for index in kept.indices where kept[index].key.count > Self.inlineUnits {
                let start = kept[index].key.start
                for offset in 0..<kept[index].key.count { arena[units + offset] = arena[start + offset] }
                kept[index].key.word = kept[index].key.word & 0xFFFF_FFFF_0000_0000 | UInt64(UInt32(truncatingIfNeeded: units))
                units += kept[index].key.count
            }
        }
        arena.removeSubrange(units...)
        for slot in 0..<slots.count { slots[slot] = Entry(key: .empty, value: empty) }
        for entry in kept { Self.place(entry, in: slots, mask: mask, shift: shift) }
        count = kept.count
        return true
    }
}
