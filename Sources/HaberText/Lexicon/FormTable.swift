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
    private var keys: [Key] = []
    private(set) var values: [Value] = []
    /// Open addressing: index + 1 into `keys`, 0 for an empty slot.
    private var slots: [Int32]
    private var mask: Int

    private struct Key {
        var hash: UInt64
        var start: Int32
        var count: Int32
        var tag: UInt16
    }

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }

    /// FNV-1a over the units, seeded with `tag`.
    static func hash(_ units: UnsafeBufferPointer<UInt16>, tag: UInt16) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(tag)
        for unit in units { hash = (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01B3 }
        return hash ^ (hash >> 29)
    }

    /// The id of `units` (with `tag`, which keeps apart equal units that are different
    /// kinds of token), or nil when it was never added.
    @inline(__always)
    func id(of units: UnsafeBufferPointer<UInt16>, tag: UInt16, hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let key = keys[entry - 1]
            if key.hash == hash, key.tag == tag, Int(key.count) == units.count, matches(key, units) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func matches(_ key: Key, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            var index = Int(key.start)
            for unit in units {
                if stored[index] != unit { return false }
                index += 1
            }
            return true
        }
    }

    /// Adds `units` with its value; the caller has checked that it is not there yet.
    @discardableResult
    mutating func add(_ units: UnsafeBufferPointer<UInt16>, tag: UInt16, hash: UInt64, value: Value) -> Int {
        if (keys.count + 1) * 2 > slots.count { grow() }
        let id = keys.count
        keys.append(Key(hash: hash, start: Int32(arena.count), count: Int32(units.count), tag: tag))
        arena.append(contentsOf: units)
        values.append(value)
        place(id, hash: hash)
        return id
    }

    private mutating func place(_ id: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (id, key) in keys.enumerated() { place(id, hash: key.hash) }
    }

    /// Empties the table when it holds more than `limit` forms; ids handed out before are
    /// then void, so call it only between documents.
    mutating func removeAllIfLarger(than limit: Int) -> Bool {
        guard keys.count > limit else { return false }
        arena.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
        return true
    }
}
