import HaberICU

/// Builds a ``Document``: the normalized view that every later stage reads.
///
/// What it does, and why:
/// - composes to NFC (ICU compares code units; `o` + U+0308 must equal `ö`);
/// - maps every apostrophe look-alike to `'`, so `Fransa’da` and `Fransa'da` split alike;
/// - maps Unicode spaces (NBSP, thin space …) to a space and Unicode hyphens and the
///   en dash to `-`;
/// - drops soft hyphens and zero-width characters, which hide inside words;
/// - joins a word hyphenated across a line break (`geliş-\ntirme`);
/// - inserts a space after a comma or full stop that runs two words together
///   (`ediliyor,sektör`), so they still separate into tokens;
/// - turns CRLF and CR line ends into `\n`.
/// The original text is never changed: the offset map remembers where each unit came from.
public struct TextNormalizer: Sendable {
    public init() {}

    public func document(for text: String) -> Document {
        var original = text
        original.makeContiguousUTF8()
        let document = original.utf8.withContiguousStorageIfAvailable { bytes in
            var pass = Pass(bytes)
            pass.run()
            return pass.document(original: original)
        }
        if let document { return document }
        // Not reached: a contiguous string always lends its UTF-8.
        return Array(original.utf8).withUnsafeBufferPointer { bytes in
            var pass = Pass(bytes)
            pass.run()
            return pass.document(original: original)
        }
    }

    /// One walk over the original UTF-8, writing the normalized UTF-16.
    ///
    /// Most bytes are ASCII that normalization copies unchanged: those take one test and
    /// one store, and a copy run of the offset map is only opened where the copying starts
    /// again after something was dropped, inserted or composed. Everything else goes
    /// scalar by scalar through the rules above.
    struct Pass: ~Copyable {
        let bytes: UnsafeBufferPointer<UInt8>
        var out: UnitWriter
        var offsets = OffsetMap()
        var scalarIndex: ScalarIndex.Writer
        /// The byte and the scalar being read.
        var byte = 0
        var scalar = 0
        /// `origin - unit` along the open copy run of the offset map (`Int.min`: none open).
        var copyDelta = Int.min

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // Each byte writes at most one unit, or two for `,` or `.` with an inserted space;
            // only a composed sequence can need more, and it asks for room.
            out = UnitWriter(capacity: 2 * bytes.count + 16)
            scalarIndex = ScalarIndex.Writer(byteCount: bytes.count)
        }

        /// ASCII that the rules leave unchanged: everything but VT, FF, CR, `,`, `-`, `.` and `` ` ``.

        @inline(__always)
        static func isPlainASCII(_ byte: UInt8) -> Bool {
            byte >= 0x2F ? byte != 0x60 : (byte < 0x2C && (byte < 0x0B || byte > 0x0D))
        }

        mutating func run() {
            let count = bytes.count
            while byte < count {
                copyPlainRun()
                guard byte < count else { break }
                let (value, length) = decode(at: byte)
                // A letter followed by combining marks is composed as a whole.
                if byte + length < count, bytes[byte + length] >= 0xCC {
                    let (next, _) = decode(at: byte + length)
                    if !Self.isStarter(next) {
                        compose()
                        continue
                    }
                }
                handle(value, length: length)
            }
            offsets.finish(count: out.count)
        }

        /// Copies the scalars that the rules leave unchanged, from the byte being read up to
        /// the first that needs a rule: ASCII but VT, FF, CR, `,`, `-`, `.` and `` ` ``, and the
        /// two-byte scalars from U+00C0 on (Latin, Greek, Cyrillic … letters) but the three
        /// modifier letters that are apostrophes, each not followed by a combining mark (a
        /// scalar from U+0300 on starts with a byte from 0xCC on).
        ///
        /// The common case by far: one test and one store a byte, in locals, with one check
        /// of the offset map per run instead of one per unit.
        @inline(__always)
        private mutating func copyPlainRun() {
            let count = bytes.count
            let firstUnit = out.count, firstScalar = scalar
            out.reserve(count - byte)
            let storage = out.storage
            var position = byte, unit = firstUnit
            let base = UnsafeRawPointer(bytes.baseAddress)
            // Where the last word of eight bytes found not all plain ends: up to there the bytes
            // go one by one, and are not tested as a word again at each.
            var bytewise = position
            while position < count {
                if position >= bytewise, position + 8 <= count, let base {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                    let rejected = Self.rejectedBytes(word)
                    if rejected == 0, position + 8 == count || bytes[position + 8] < 0xCC {
                        Self.widen(word, to: storage + unit)
                        position += 8
                        unit += 8
                        continue
                    }
                    // The plain bytes before the first that is not go in at once, but for one
                    // before a combining mark; the word is tried again after that byte. Going
                    // byte by byte to the word's end cost some fifteen instructions a byte, at
                    // every comma, full stop and letter outside ASCII.
                    var plain = rejected == 0 ? 7 : rejected.trailingZeroBitCount >> 3
                    if plain > 0, bytes[position + plain] >= 0xCC { plain -= 1 }
                    if plain > 0 {
                        Self.widen(word, to: storage + unit)
                        position += plain
                        unit += plain
                    }
                    bytewise = position + 1
                }
                let lead = bytes[position]
                if lead < 0x80 {
                    if Self.isPlainASCII(lead) {
                        guard position + 1 == count || bytes[position + 1] < 0xCC else { break }
                    } else {
                        guard position + 1 < count, Self.isPlainPunctuation(lead, before: bytes[position + 1]) else { break }
                    }
                    storage[unit] = UInt16(lead)
                    position += 1
                } else {
                    guard lead >= 0xC3, lead < 0xE0, position + 1 < count else { break }
                    let value = UInt16(lead & 0x1F) << 6 | UInt16(bytes[position + 1] & 0x3F)
                    guard value != 0x2B9, value != 0x2BB, value != 0x2BC,
                          position + 2 == count || bytes[position + 2] < 0xCC else { break }
                    storage[unit] = value
                    position += 2
                    scalarIndex.append(scalar: firstScalar + (unit - firstUnit) + 1, byte: position)
                }
                unit += 1
            }
            guard unit > firstUnit else { return }
            if firstScalar &- firstUnit != copyDelta {
                offsets.startCopy(at: firstUnit, origin: firstScalar)
                copyDelta = firstScalar &- firstUnit
            }
            out.setCount(unit)
            byte = position
            scalar = firstScalar + (unit - firstUnit)
        }

        /// Whether all eight bytes of `word` are ASCII that ``isPlainASCII(_:)`` leaves
        /// unchanged whatever follows: no high bit, none of VT, FF, CR (0x0B to 0x0D), `,`, `-`,
        /// `.` (0x2C to 0x2E) and `` ` ``.
        ///
        /// A word at a time: byte by byte the copy took some twenty instructions a byte, most of
        /// the normalizer's. Once no byte has its high bit, adding to every byte carries into
        /// none, so a byte lies in `m..<n` exactly when adding `0x80 - m` sets its high bit and
        /// adding `0x80 - n` does not; a grave accent is a zero byte of the word XOR 0x60s.
        @inline(__always)
        static func isPlainASCII(word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
            guard word & highs == 0 else { return false }
            let controls = (word &+ ones &* 0x75) & ~(word &+ ones &* 0x72)
            let marks = (word &+ ones &* 0x54) & ~(word &+ ones &* 0x51)
            let grave = word ^ (ones &* 0x60)
            let graves = (grave &- ones) & ~grave
            return (controls | marks | graves) & highs == 0
        }

        /// The high bit of each byte of `word` that ``isPlainASCII(word:)`` refuses, exact up to
        /// the first such byte (what a byte from 0x80 on carries into the bytes after it is
        /// not): zero exactly when the word is plain.
        @inline(__always)
        static func rejectedBytes(_ word: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
            let controls = (word &+ ones &* 0x75) & ~(word &+ ones &* 0x72)
            let marks = (word &+ ones &* 0x54) & ~(word &+ ones &* 0x51)
            let grave = word ^ (ones &* 0x60)
            let graves = (grave &- ones) & ~grave
            return (word | controls | marks | graves) & highs
        }

        /// Writes the eight bytes of `word` (the first in the low bits) as eight UTF-16 units,
        /// in two stores of four units each.
        @inline(__always)
        static func widen(_ word: UInt64, to units: UnsafeMutablePointer<UInt16>) {
            let raw = UnsafeMutableRawPointer(units)
            raw.storeBytes(of: spread(UInt32(truncatingIfNeeded: word)).littleEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: spread(UInt32(truncatingIfNeeded: word >> 32)).littleEndian, toByteOffset: 8, as: UInt64.self)
        }

        /// Four bytes, the first in the low bits, each moved to the low half of its own 16 bits.
        @inline(__always)
        static func spread(_ bytes: UInt32) -> UInt64 {
            var spread = UInt64(bytes)
            spread = (spread | spread << 16) & 0x0000_FFFF_0000_FFFF
            return (spread | spread << 8) & 0x00FF_00FF_00FF_00FF
        }

        /// `,`, `.` or `-` that no rule changes, by the ASCII byte after it: a comma that is not
        /// between two letters or a full stop that is not before a capital needs no space
        /// (``needsSpace(after:)``), and a hyphen not followed by white space joins no line
        /// (``hyphenationJoin(length:)``). Copied in the run instead of one by one: they were
        /// most of the scalars the rules were asked about.
        @inline(__always)
        static func isPlainPunctuation(_ mark: UInt8, before next: UInt8) -> Bool {
            guard next < 0x80 else { return false }
            switch mark {
            case 0x2C: return !((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A)
            case 0x2E: return !(next >= 0x41 && next <= 0x5A)
            case 0x2D: return next != 0x20 && next != 0x09 && next != 0x0A && next != 0x0D
            default: return false
            }
        }

        /// The rules for one scalar that is not part of a combining sequence.
        private mutating func handle(_ value: UInt32, length: Int) {
            // Letters, digits and most punctuation play no role: no lookup for them.
            if (value >= 0x30 && value < 0x7F && value != 0x60)
                || (value >= 0xC0 && value < 0x1680 && value != 0x2B9 && value != 0x2BB && value != 0x2BC) {
                append(value)
                advance(length)
                return
            }
            let character = Unicode.Scalar(value) ?? "\u{FFFD}"
            switch TextNormalizer.role(of: character) {
            case .ignorable:
                break
            case .apostrophe:
                copy(0x27)
            case .space:
                copy(0x20)
            case .hyphen:
                if let continuation = hyphenationJoin(length: length) {
                    advance(length)
                    // Only ASCII white space lies between the hyphen and the continuation.
                    scalar += continuation - byte
                    byte = continuation
                    return
                }
                copy(0x2D)
            case .carriageReturn:
                if byte + 1 < bytes.count, bytes[byte + 1] == 0x0A { break }
                copy(0x0A)
            case .lineSeparator:
                copy(0x0A)
            case .other:
                append(value)
                if value == 0x2C || value == 0x2E, needsSpace(after: value) {
                    offsets.appendRun(at: out.count, units: 1, standingFor: (scalar + 1)..<(scalar + 1))
                    out.append(0x20)
                    copyDelta = Int.min
                }
            }
            advance(length)
        }

        /// Moves past the scalar being read, noting where the next one starts if this one
        /// took more than a byte.
        @inline(__always)
        private mutating func advance(_ length: Int) {
            byte += length
            scalar += 1
            if length > 1 { scalarIndex.append(scalar: scalar, byte: byte) }
        }

        /// Writes one unit that stands for the scalar being read.
        @inline(__always)
        private mutating func copy(_ unit: UInt16) {
            let delta = scalar &- out.count
            if delta != copyDelta {
                offsets.startCopy(at: out.count, origin: scalar)
                copyDelta = delta
            }
            out.append(unit)
        }

        /// Writes the scalar being read as it is.
        private mutating func append(_ value: UInt32) {
            if value < 0x10000 {
                copy(UInt16(truncatingIfNeeded: value))
                return
            }
            offsets.appendRun(at: out.count, units: 2, standingFor: scalar..<(scalar + 1))
            out.append(UInt16(truncatingIfNeeded: 0xD800 + ((value - 0x10000) >> 10)))
            out.append(UInt16(truncatingIfNeeded: 0xDC00 + (value & 0x3FF)))
            copyDelta = Int.min
        }

        /// Composes the scalar being read and the non-starters after it to NFC, as one run.
        private mutating func compose() {
            let first = scalar
            var piece: [UInt16] = []
            repeat {
                let (value, length) = decode(at: byte)
                Self.appendUTF16(value, to: &piece)
                advance(length)
            } while byte < bytes.count && !Self.isStarter(decode(at: byte).value)
            let composed = Normalization.nfc(piece)
            offsets.appendRun(at: out.count, units: composed.count, standingFor: first..<scalar)
            out.append(contentsOf: composed)
            copyDelta = Int.min
        }

        // MARK: Rules that look around

        /// `geliş-` + line break + `tirme`: the byte where the continuation starts, or nil
        /// when the hyphen being read (of `length` bytes) is a real one.
        private func hyphenationJoin(length: Int) -> Int? {
            guard byte > 0, Self.isAlphabetic(decode(before: byte)) else { return nil }
            var next = byte + length
            var sawNewline = false
            while next < bytes.count {
                let value = bytes[next]
                if value == 0x0A || value == 0x0D { sawNewline = true } else if value != 0x20 && value != 0x09 { break }
                next += 1
            }
            guard sawNewline, next < bytes.count, Self.isLowercase(decode(at: next).value) else { return nil }
            return next
        }

        /// A comma between two letters, or a full stop between a lowercase and an uppercase
        /// letter, with no space: two words that lost the space between them. `mark` is the
        /// one-byte scalar being read.
        private func needsSpace(after mark: UInt32) -> Bool {
            guard byte > 0, byte + 1 < bytes.count else { return false }
            let before = decode(before: byte), after = decode(at: byte + 1).value
            if mark == 0x2C { return Self.isAlphabetic(before) && Self.isAlphabetic(after) }
            guard Self.isLowercase(before), Self.isUppercase(after), scalar > 1 else { return false }
            return Self.isLowercase(decode(before: byte - Self.length(endingAt: byte, in: bytes)))
        }

        // MARK: UTF-8

        /// The scalar that starts at byte `position` and its length in bytes (the text is
        /// valid UTF-8: it comes from a `String`).
        @inline(__always)
        private func decode(at position: Int) -> (value: UInt32, length: Int) {
            let lead = UInt32(bytes[position])
            if lead < 0x80 { return (lead, 1) }
            if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F), 2) }
            if lead < 0xF0 {
                return ((lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F), 3)
            }
            return ((lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12 | UInt32(bytes[position + 2] & 0x3F) << 6
                | UInt32(bytes[position + 3] & 0x3F), 4)
        }

        /// The scalar that ends just before byte `position`.
        private func decode(before position: Int) -> UInt32 {
            decode(at: position - Self.length(endingAt: position, in: bytes)).value
        }

        /// The length of the scalar that ends just before byte `position`.
        private static func length(endingAt position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var start = position - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return position - start
        }

        private static func appendUTF16(_ value: UInt32, to units: inout [UInt16]) {
            if value < 0x10000 {
                units.append(UInt16(truncatingIfNeeded: value))
            } else {
                units.append(UInt16(truncatingIfNeeded: 0xD800 + ((value - 0x10000) >> 10)))
                units.append(UInt16(truncatingIfNeeded: 0xDC00 + (value & 0x3FF)))
            }
        }

        // MARK: Character properties

        /// Whether a scalar never combines with the one before it; below U+0300 every
        /// scalar is a starter, and ICU is asked only above.
        private static func isStarter(_ value: UInt32) -> Bool {
            guard value >= 0x300, let character = Unicode.Scalar(value) else { return true }
            return Normalization.isStarter(character)
        }

        private static func isAlphabetic(_ value: UInt32) -> Bool {
            if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
            return Unicode.Scalar(value)?.properties.isAlphabetic ?? false
        }

        private static func isLowercase(_ value: UInt32) -> Bool {
            if value < 0x80 { return value >= 0x61 && value <= 0x7A }
            return Unicode.Scalar(value)?.properties.isLowercase ?? false
        }

        private static func isUppercase(_ value: UInt32) -> Bool {
            if value < 0x80 { return value >= 0x41 && value <= 0x5A }
            return Unicode.Scalar(value)?.properties.isUppercase ?? false
        }

        func document(original: String) -> Document {
            Document(original: original, scalarCount: scalar, units: out.array(), offsets: offsets, scalarIndex: scalarIndex.index())
        }
    }

    // MARK: - Character roles

    public enum Role: Sendable { case ignorable, apostrophe, space, hyphen, carriageReturn, lineSeparator, other }

    public static func role(of scalar: Unicode.Scalar) -> Role {
        switch scalar.value {
        case 0x27, 0x2019, 0x2018, 0x02BC, 0x60, 0xB4, 0x2032, 0x02B9, 0x02BB, 0xFF07, 0x201B:
            return .apostrophe
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E:
            return .ignorable
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D:
            return .hyphen
        case 0x0D:
            return .carriageReturn
        case 0x2028, 0x2029, 0x0B, 0x0C, 0x85:
            return .lineSeparator
        case 0x20, 0x0A, 0x09:
            return .other
        case 0xA0:
            return .space
        case 0..<0x1680:
            return .other  // no other space separator (Zs) below U+1680; skips a property lookup per letter
        default:
            return scalar.properties.generalCategory == .spaceSeparator ? .space : .other
        }
    }

    // MARK: - Output

    /// The normalized units as they are written: room for the whole text is taken once, so
    /// writing a unit is a store, not an array append with its checks.
    struct UnitWriter: ~Copyable {
        private(set) var storage: UnsafeMutablePointer<UInt16>
        private var capacity: Int
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            storage = .allocate(capacity: self.capacity)
        }

        deinit { storage.deallocate() }

        /// Appends one unit; the capacity reserved at the start covers every unit that is not
        /// part of a composed sequence.
        @inline(__always)
        mutating func append(_ unit: UInt16) {
            if count == capacity { grow(to: capacity * 2) }
            storage[count] = unit
            count += 1
        }

        /// Makes room for `extra` more units, so that they can be written through `storage`.
        @inline(__always)
        mutating func reserve(_ extra: Int) {
            if count + extra > capacity { grow(to: (count + extra) * 2) }
        }

        /// Sets the number of units written through `storage`.
        @inline(__always)
        mutating func setCount(_ newCount: Int) {
            count = newCount
        }

        mutating func append(contentsOf units: [UInt16]) {
            if count + units.count > capacity { grow(to: (count + units.count) * 2) }
            for unit in units {
                storage[count] = unit
                count += 1
            }
        }

        private mutating func grow(to newCapacity: Int) {
            let larger = UnsafeMutablePointer<UInt16>.allocate(capacity: newCapacity)
            larger.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = larger
            capacity = newCapacity
        }

        func array() -> [UInt16] {
            Array(UnsafeBufferPointer(start: storage, count: count))
        }
    }
}
