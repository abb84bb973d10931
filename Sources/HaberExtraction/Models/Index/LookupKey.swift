import Foundation
import Synchronization
import HaberICU
import HaberText

/// Lookup keys as UTF-8 bytes, worked out without a `String` or an ICU call per name where
/// that gives the same bytes: building the places index lowercases half a million names,
/// and a first run could not afford two strings and an ICU call (with its UTF-16 copies)
/// for each.
///
/// ``NameGazetteer/key(_:locale:)`` defines the key; this is the same function, fast for
/// names written in scripts below U+0300 (Latin, with its accents), and that function
/// itself for any other.
enum LookupKey {
    /// The key of `name` (UTF-8) in `locale`: lowercase, white space collapsed, apostrophes straight.
    static func bytes(of name: UnsafeBufferPointer<UInt8>, locale: String) -> [UInt8] {
        var key: [UInt8] = []
        write(name, locale: locale, to: &key)
        return key
    }

    /// Replaces the contents of `key` with the key of `name` in `locale`.
    static func write(_ name: UnsafeBufferPointer<UInt8>, locale: String, to key: inout [UInt8]) {
        write(name, table: table(for: locale), to: &key)
    }

    /// Replaces the contents of `key` with the key of `name` in the locale of `table`
    /// (``table(for:)``: a builder asks for it once, not once per name).
    static func write(_ name: UnsafeBufferPointer<UInt8>, table: Table, to key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        guard isBelowCombiningMarks(name) else {
            key += NameGazetteer.slowKey(String(decoding: name, as: UTF8.self), locale: table.locale).utf8
            return
        }
        key.reserveCapacity(name.count + 2)
        var pendingSpace = false
        var index = 0
        while index < name.count {
            let byte = name[index]
            // ASCII letters, digits and the like are their own key in every locale's table
            // except for capitals (Turkish `I`), white space and apostrophes.
            if byte < 0x80, !(byte >= 0x41 && byte <= 0x5A), byte > 0x20, byte != 0x27, byte != 0x60 {
                if pendingSpace { key.append(0x20) }
                pendingSpace = false
                key.append(byte)
                index += 1
                continue
            }
            let (scalar, width) = decode(name, at: index)
            index += width
            table.lowercase(scalar) { lowered in
                if Self.isWhitespace(lowered) {
                    pendingSpace = !key.isEmpty
                    return
                }
                if pendingSpace { key.append(0x20) }
                pendingSpace = false
                if TextNormalizer.role(of: lowered) == .apostrophe {
                    key.append(0x27)
                } else if lowered.value < 0x80 {
                    key.append(UInt8(lowered.value))
                } else {
                    key.append(contentsOf: String(lowered).utf8)
                }
            }
        }
    }

    static func bytes(of name: String, locale: String) -> [UInt8] {
        var name = name
        return name.withUTF8 { bytes(of: $0, locale: locale) }
    }

    /// The bytes that stand for `key` in a dictionary with `String` keys: Swift compares
    /// strings by canonical equivalence, so `é` and `e` + U+0301 are one key there, and the
    /// builders must merge them the same way to build the index they always built. Text
    /// below U+0300 is already in NFC (no scalar there decomposes differently or combines
    /// with its neighbour), so only keys with a byte from 0xCC on need normalizing.
    static func canonical(_ key: [UInt8]) -> [UInt8] {
        guard key.withUnsafeBufferPointer(needsNormalizing) else { return key }
        return Array(Normalization.nfc(String(decoding: key, as: UTF8.self)).utf8)
    }

    /// Whether `key` may differ from its NFC: it has a byte from 0xCC on, other than in a
    /// U+0307 (combining dot above) right after `i` with no other mark after it. That one is
    /// the Turkish lowercase of `İ` (`i̇stanbul`), in NFC as it stands (no letter composes
    /// `i` with the dot, and one mark is in canonical order): normalized, it was an ICU call
    /// of some 9,000 instructions per word (4.9 M on the 2.59 MB bench).
    static func needsNormalizing(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hasByteFromCC(key) else { return false }
        var index = 0
        while index < key.count {
            if key[index] >= 0xCC {
                // Another mark after the dot has a lead byte from 0xCC on, after 0x87: refused.
                guard key[index] == 0xCC, index > 0, key[index - 1] == 0x69, index + 1 < key.count, key[index + 1] == 0x87
                else { return true }
                index += 1
            }
            index += 1
        }
        return false
    }

    /// Whether some byte of `key` is 0xCC or more, eight bytes at a time: nearly every key
    /// asked has none (a lexicon asks a dozen tables of every form, most of which are no key
    /// and were told so only after a branch per byte). A byte `x` is from 0xCC on when its
    /// high bit is set and `(x & 0x7F) + 0x34` reaches 0x80, a sum that never carries into
    /// the next byte.
    @inline(__always)
    static func hasByteFromCC(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = key.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let count = key.count
        var word: UInt64 = 0
        if count >= 8 {
            var index = 0
            while index + 8 < count {
                word |= Self.fromCC(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            word |= Self.fromCC(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            return word != 0
        }
        var index = 0
        if count & 4 != 0 {
            word = UInt64(raw.loadUnaligned(as: UInt32.self))
            index = 4
        }
        if count & 2 != 0 {
            word |= UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt16.self)) << UInt64(index * 8)
            index += 2
        }
        if count & 1 != 0 { word |= UInt64(key[index]) << UInt64(index * 8) }
        return Self.fromCC(word) != 0
    }

    /// The high bit of each byte of `word` that is 0xCC or more.
    @inline(__always)
    private static func fromCC(_ word: UInt64) -> UInt64 {
        ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3434_3434_3434_3434) & word & 0x8080_8080_8080_8080
    }

    /// Whether every scalar of `name` is below U+0300, where lowercasing is the same letter
    /// by letter as over the whole name in every locale: ICU's context rules (final sigma,
    /// Lithuanian dots, Turkish `I` + U+0307) all need a scalar from U+0300 on. UTF-8 writes
    /// those with a lead byte from 0xCC on.
    private static func isBelowCombiningMarks(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in name where byte >= 0xCC { return false }
        return true
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: true
        case 0..<0x1680: false  // no other white space below U+1680
        default: scalar.properties.isWhitespace
        }
    }

    /// The scalar at `index` of valid UTF-8 of at most two bytes a scalar (all below U+0800).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
    }

    // MARK: - Lowercase letter by letter

    /// The lowercase of each scalar below U+0300 in one locale, asked of ICU once per scalar.
    struct Table: Sendable {
        let locale: String
        /// The one scalar each maps to, or ``Table/several`` when ICU gives more (`İ` → `i̇`).
        private let single: [UInt32]
        private let longer: [UInt32: [Unicode.Scalar]]
        private static let several = UInt32.max

        /// Asks ICU once for all of them, separated by U+0001: below U+0300 the lowercase of
        /// a text is its scalars' lowercases in a row (the same reason the keys can be
        /// made letter by letter), and U+0001, a control, has no case.
        init(locale: String) {
            self.locale = locale
            var single = (0..<UInt32(0x300)).map { $0 }
            var longer: [UInt32: [Unicode.Scalar]] = [:]
            // Below U+0300 every scalar is one UTF-16 unit, and so is every lowercase of one.
            let values = (UInt16(0)..<0x300).filter { $0 != 1 }
            var all: [UInt16] = []
            all.reserveCapacity(values.count * 2)
            for value in values { all += [value, 1] }
            let lowered = CaseMapping.lowercase(utf16: all, locale: locale)
            var start = 0
            for value in values {
                guard let end = lowered[start...].firstIndex(of: 1) else { break }
                let mapped = lowered[start..<end].compactMap { Unicode.Scalar(UInt32($0)) }
                if mapped.count == 1 {
                    single[Int(value)] = mapped[0].value
                } else {
                    single[Int(value)] = Self.several
                    longer[UInt32(value)] = mapped
                }
                start = end + 1
            }
            self.single = single
            self.longer = longer
        }

        /// Whether some scalar below U+0300 lowercases otherwise in this table's locale than
        /// in `other`'s (Turkish `I` against the root's).
        func differs(from other: Table) -> Bool {
            single != other.single || longer != other.longer
        }

        /// Whether `name` has the same key in this table's locale as in `other`'s: it has
        /// no scalar that the two lowercase differently, nor any from U+0300 on.
        func agrees(with other: Table, on name: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            while index < name.count {
                let lead = name[index]
                if lead < 0x80 {
                    if single[Int(lead)] != other.single[Int(lead)] { return false }
                    index += 1
                    continue
                }
                guard lead < 0xCC, index + 1 < name.count else { return false }
                let value = Int(lead & 0x1F) << 6 | Int(name[index + 1] & 0x3F)
                if single[value] != other.single[value] || single[value] == Self.several { return false }
                index += 2
            }
            return true
        }

        /// Calls `body` with each scalar of the lowercase of `scalar`.
        @inline(__always)
        func lowercase(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
            let value = single[Int(scalar.value)]
            if value != Self.several, let mapped = Unicode.Scalar(value) {
                body(mapped)
            } else {
                for mapped in longer[scalar.value] ?? [] { body(mapped) }
            }
        }
    }

    /// One table per locale, made on first use.
    private static let tables = Mutex<[String: Table]>([:])

    /// The letter-by-letter lowercase of `locale`.
    static func table(for locale: String) -> Table {
        tables.withLock { tables in
            if let known = tables[locale] { return known }
            let table = Table(locale: locale)
            tables[locale] = table
            return table
        }
    }
}
