/// A quick, exact "no" for lookups of lowercase keys in a `String`-keyed table: a set of
/// hashes of the keys' bytes in NFC. Hashing a `String` for a dictionary normalizes it
/// scalar by scalar, which for words with letters beyond ASCII costs thousands of
/// instructions; most words asked of a small lexicon are not in it.
///
/// A key whose scalars are all below U+0300 is in NFC, so a key equal to it as a `String`
/// has the same bytes in NFC and the same hash: a hash not in the set proves the key
/// absent. Other keys (and hash collisions) answer "maybe", and are looked up.
///
///     let filter = KeyFilter(words.keys)
///     let word = filter.mayContain(form.key) ? words[form.key] : nil
struct KeyFilter: Sendable {
    private let hashes: Set<UInt64>

    init(_ keys: some Sequence<String>) {
        hashes = Set(keys.map { Self.hash(LookupKey.canonical(Array($0.utf8))) })
    }

    /// Whether `key` may be one of the keys (false: it is none of them).
    func mayContain(_ key: String) -> Bool {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            if byte >= 0xCC { return true }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hashes.contains(hash)
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
