/// Bits kept against strings, looked up by their UTF-8: what several `Set<String>` did at
/// once, with one FNV hash of the key's bytes instead of a Unicode-normalizing `String`
/// hash per set (about 700 instructions a Turkish word, and a lexicon asked a dozen sets
/// of every form).
///
/// Strings are equal as Swift compares them, by canonical equivalence (``ByteInterner``):
/// `é` and `e` + U+0301 are one key.
///
///     var words = KeyBits<OrganizationWords>()
///     words.insert("odası", .endHead)
///     words["odası"]  // [.endHead]
///
/// - Complexity: a lookup is O(length of the key).
struct KeyBits<Bits: OptionSet>: Sendable where Bits.RawValue: FixedWidthInteger, Bits: Sendable {
    private var keys = ByteInterner(capacity: 64)
    private var bits: [Bits] = []
    /// The byte lengths of the keys (bit `min(length, 63)`), and their first two bytes
    /// hashed to one bit each of ``openingBits``, all in canonical bytes: most strings asked
    /// are no key (a particle, a street word, an acronym's stem asked of every capitalized
    /// word), and one whose length or opening no key has is told so without its hash, its
    /// probe and its compare (some 250 instructions a lookup).
    private var lengths: UInt64 = 0
    private var openings = [UInt64](repeating: 0, count: Self.openingBits / 64)

    static var openingBits: Int { 4096 }

    init() {}

    /// Whether no key has any bit.
    var isEmpty: Bool { bits.isEmpty }

    /// Adds `member` to the bits of `key`.
    mutating func insert(_ key: String, _ member: Bits) {
        var key = key
        let number = Int(key.withUTF8 { bytes in
            if bytes.contains(where: { $0 >= 0xCC }) {
                LookupKey.canonical(Array(bytes)).withUnsafeBufferPointer { noteShape(of: $0) }
            } else {
                noteShape(of: bytes)
            }
            return keys.intern(bytes).number
        })
        if number == bits.count { bits.append(member) } else { bits[number].formUnion(member) }
    }

    /// Adds `member` to the bits of every key of `keys`.
    mutating func insert<Keys: Sequence>(contentsOf keys: Keys, _ member: Bits) where Keys.Element == String {
        for key in keys { insert(key, member) }
    }

    /// The bits of `key`, empty when it has none.
    subscript(_ key: String) -> Bits {
        guard !bits.isEmpty else { return [] }
        // A native string lends its bytes without the copy (and its retain and release)
        // that `withUTF8` on a `var` makes.
        if let found = key.utf8.withContiguousStorageIfAvailable({ self.bits(of: $0) }) { return found }
        var key = key
        return key.withUTF8 { bits(of: $0) }
    }

    private func bits(of bytes: UnsafeBufferPointer<UInt8>) -> Bits {
        // Bytes that need no normalizing (``LookupKey/needsNormalizing(_:)``) are their own canonical form.
        if !mayBeKey(bytes), !(LookupKey.hasByteFromCC(bytes) && LookupKey.needsNormalizing(bytes)) { return [] }
        guard let number = keys.number(of: bytes) else { return [] }
        return bits[Int(number)]
    }

    private mutating func noteShape(of canonical: UnsafeBufferPointer<UInt8>) {
        lengths |= 1 << UInt64(min(canonical.count, 63))
        let slot = Self.opening(of: canonical)
        openings[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    /// Whether some key has the length and the opening of `bytes`, taken as canonical.
    @inline(__always)
    private func mayBeKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lengths >> UInt64(min(bytes.count, 63)) & 1 != 0 else { return false }
        let slot = Self.opening(of: bytes)
        return openings[slot >> 6] >> UInt64(slot & 63) & 1 != 0
    }

    @inline(__always)
    private static func opening(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let first = bytes.isEmpty ? 0 : Int(bytes[0])
        let second = bytes.count < 2 ? 0 : Int(bytes[1])
        return (first &* 61 ^ second &* 7 ^ second >> 3) & (openingBits - 1)
    }
}
