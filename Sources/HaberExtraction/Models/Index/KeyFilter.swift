/// A quick, exact "no" for lookups of lowercase keys in a `String`-keyed table: bits set by
/// hashes of the keys' bytes in NFC. Hashing a `String` for a dictionary normalizes it
/// scalar by scalar, which for words with letters beyond ASCII costs thousands of
/// instructions; most words asked of a small lexicon are not in it.
///
/// A key whose scalars are all below U+0300 is in NFC, so a key equal to it as a `String`
/// has the same bytes in NFC and the same hash: a hash whose bit is clear proves the key
/// absent. Other keys (and hashes that share a bit) answer "maybe", and are looked up.
///
///     let filter = KeyFilter(words.keys)
///     let word = filter.mayContain(form.key) ? words[form.key] : nil
struct KeyFilter: Sendable {
    /// One bit per slot of ``bitCount`` bits of the hash (8 KB). A table of bits, not a
    /// `Set<UInt64>` of the hashes: the set hashed the hash again (SipHash), some 150
    /// instructions an ask, as much as a filter saved for the percent words (extract
    /// 6 M less on 2.55 MB, 1 M of it in money).
    private let bits: [UInt64]
    private static let bitCount = 16

    init(_ keys: some Sequence<String>) {
        var bits = [UInt64](repeating: 0, count: (1 << Self.bitCount) / 64)
        for key in keys {
            let slot = Self.slot(Self.hash(LookupKey.canonical(Array(key.utf8))))
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.bits = bits
    }

    /// Whether `key` may be one of the keys (false: it is none of them).
    func mayContain(_ key: String) -> Bool {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            if byte >= 0xCC { return true }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let slot = Self.slot(hash)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// The bit of a hash: its high bits folded onto its low ones (FNV's low bits mix least).
    private static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash ^ (hash >> 32) ^ (hash >> 16)) & (1 << UInt64(bitCount) - 1))
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
