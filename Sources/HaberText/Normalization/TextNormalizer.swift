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
        let scalars = Array(text.unicodeScalars)
        var builder = Builder(capacity: scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            // A letter followed by combining marks is composed as a whole (rare; the common path is one scalar).
            if index + 1 < scalars.count, scalars[index + 1].value >= 0x300, !Normalization.isStarter(scalars[index + 1]) {
                let end = combiningSequenceEnd(scalars, from: index)
                builder.appendComposed(scalars[index..<end], origin: index..<end)
                index = end
                continue
            }
            // Letters, digits and most punctuation play no role: no lookup for them.
            let value = scalar.value
            if (value >= 0x30 && value < 0x7F && value != 0x60)
                || (value >= 0xC0 && value < 0x1680 && value != 0x2B9 && value != 0x2BB && value != 0x2BC) {
                builder.append(scalar, origin: index)
                index += 1
                continue
            }
            switch Self.role(of: scalar) {
            case .ignorable:
                index += 1
                continue
            case .apostrophe:
                builder.append("'", origin: index)
            case .space:
                builder.append(" ", origin: index)
            case .hyphen:
                if let joinEnd = hyphenationJoin(scalars, hyphenAt: index) {
                    index = joinEnd
                    continue
                }
                builder.append("-", origin: index)
            case .carriageReturn:
                if index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    index += 1
                    continue
                }
                builder.append("\n", origin: index)
            case .lineSeparator:
                builder.append("\n", origin: index)
            case .other:
                builder.append(scalar, origin: index)
                if (scalar == "," || scalar == "."), needsSpace(after: index, in: scalars) {
                    builder.insert(" ", at: index + 1)
                }
            }
            index += 1
        }
        return builder.document(original: text, scalars: scalars)
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

    // MARK: - Rules that look around

    /// `geliş-` + line break + `tirme`: the end of the join (the index of the first letter
    /// of the continuation), or nil when the hyphen is a real one.
    private func hyphenationJoin(_ scalars: [Unicode.Scalar], hyphenAt index: Int) -> Int? {
        guard index > 0, scalars[index - 1].properties.isAlphabetic
        else { return nil }
        var next = index + 1
        var sawNewline = false
        while next < scalars.count {
            let value = scalars[next].value
            if value == 0x0A || value == 0x0D { sawNewline = true } else if value != 0x20 && value != 0x09 { break }
            next += 1
        }
        guard sawNewline, next < scalars.count, scalars[next].properties.isLowercase else { return nil }
        return next
    }

    /// A comma between two letters, or a full stop between a lowercase and an uppercase
    /// letter, with no space: two words that lost the space between them.
    private func needsSpace(after index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0, index + 1 < scalars.count else { return false }
        let before = scalars[index - 1].properties, after = scalars[index + 1].properties
        if scalars[index] == "," { return before.isAlphabetic && after.isAlphabetic }
        guard before.isLowercase, after.isUppercase, index > 1 else { return false }
        return scalars[index - 2].properties.isLowercase
    }

    /// The end of the combining sequence that starts at `start`.
    private func combiningSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start + 1
        while end < scalars.count, !Normalization.isStarter(scalars[end]) { end += 1 }
        return end
    }

    // MARK: - Output

    struct Builder {
        var units: [UInt16] = []
        var offsets = OffsetMap()

        init(capacity: Int) {
            units.reserveCapacity(capacity + capacity / 8)
        }

        mutating func append(_ scalar: Unicode.Scalar, origin: Int) {
            if scalar.value < 0x10000 {
                // One unit: the common case, without the encoder's closure.
                units.append(UInt16(truncatingIfNeeded: scalar.value))
                offsets.appendCopy(of: origin)
                return
            }
            let before = units.count
            UTF16.encode(scalar) { units.append($0) }
            offsets.append(units: units.count - before, standingFor: origin..<(origin + 1))
        }

        mutating func insert(_ scalar: Unicode.Scalar, at origin: Int) {
            let before = units.count
            UTF16.encode(scalar) { units.append($0) }
            offsets.append(units: units.count - before, standingFor: origin..<origin)
        }

        mutating func appendComposed(_ piece: ArraySlice<Unicode.Scalar>, origin: Range<Int>) {
            var text = String()
            text.unicodeScalars.append(contentsOf: piece)
            let composed = Normalization.nfc(Array(text.utf16))
            units.append(contentsOf: composed)
            offsets.append(units: composed.count, standingFor: origin)
        }

        func document(original: String, scalars: [Unicode.Scalar]) -> Document {
            Document(original: original, scalars: scalars, units: units, offsets: offsets)
        }
    }
}
