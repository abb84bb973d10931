extension CompactIndex {
    /// The keys of the index that open with a marked key (`=` and the key's bytes), as a
    /// run of neighbouring slots: all that a phrase of words asks of the index (whether it
    /// is a name, whether some name goes on after it), found once, and where the keys of
    /// the phrase's longer phrases are searched for.
    struct KeyRun: Sendable, Equatable {
        /// The slots of the keys that open with the key.
        var slots: Range<Int>
        /// The key's length in bytes.
        var keyLength: Int
        /// Whether the key itself is a key of the index (the first of `slots`).
        var isKey: Bool

        /// Whether some name's key is longer than the key and opens with it.
        var opensLongerKey: Bool { slots.count > (isKey ? 1 : 0) }
    }

    /// The run of the marked key `key`, searched for within `outer`, the run of a shorter
    /// key (`=banco` for `=banco santander`), when `key` opens with that key; else (or when
    /// `outer` is nil) among all keys.
    func run(ofMarkedKey key: [UInt8], within outer: KeyRun?) -> KeyRun {
        key.withUnsafeBufferPointer { key -> KeyRun in
            var within = 0..<count
            // The outer run's first key opens with the outer key: its bytes tell whether `key` does
            // (compared eight bytes at a time: `elementsEqual` took some 250 instructions).
            if let outer, let first = outer.slots.first, outer.keyLength <= key.count,
               withKey(ofSlot: first, { stored in
                   Self.compare(UnsafeRawBufferPointer(rebasing: stored[0..<outer.keyLength]),
                                UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: key[0..<outer.keyLength]))) == 0
               }) {
                within = outer.slots
            }
            let slots = slots(ofKeysStartingWith: key, within: within)
            let isKey = slots.first.map { first in withKey(ofSlot: first) { $0.count == key.count } } ?? false
            return KeyRun(slots: slots, keyLength: key.count, isKey: isKey)
        }
    }
}
