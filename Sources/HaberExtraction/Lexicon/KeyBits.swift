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

    init() {}

    /// Whether no key has any bit.
    var isEmpty: Bool { bits.isEmpty }

    /// Adds `member` to the bits of `key`.
    mutating func insert(_ key: String, _ member: Bits) {
        var key = key
        let number = Int(key.withUTF8 { keys.intern($0).number })
        if number == bits.count { bits.append(member) } else { bits[number].formUnion(member) }
    }

    /// Adds `member` to the bits of every key of `keys`.
    mutating func insert<Keys: Sequence>(contentsOf keys: Keys, _ member: Bits) where Keys.Element == String {
        for key in keys { insert(key, member) }
    }

    /// The bits of `key`, empty when it has none.
    subscript(_ key: String) -> Bits {
        guard !bits.isEmpty else { return [] }
        var key = key
        guard let number = key.withUTF8({ keys.number(of: $0) }) else { return [] }
        return bits[Int(number)]
    }
}
