/// An article as Haber sees it: the original text, untouched, and a normalized UTF-16
/// view for ICU with a map from every normalized unit back to the original.
///
/// Records must report offsets in Unicode scalars of the original input (FORMAT.md), while
/// every later stage works on the normalized view; the offset map is the only bridge
/// between the two, so normalization can insert, drop or replace characters freely.
public struct Document: Sendable {
    /// The input exactly as given.
    public let original: String
    /// The original text's scalars: entity offsets index this array.
    public let scalars: [Unicode.Scalar]
    /// The normalized text in UTF-16, as ICU wants it.
    public let units: [UInt16]
    /// For each normalized unit, the original scalar range it stands for. Units inserted
    /// by normalization (a missing space) have an empty range at the following scalar.
    let originStart: [Int32]
    let originEnd: [Int32]

    init(original: String, scalars: [Unicode.Scalar], units: [UInt16], originStart: [Int32], originEnd: [Int32]) {
        self.original = original
        self.scalars = scalars
        self.units = units
        self.originStart = originStart
        self.originEnd = originEnd
    }

    /// The original scalar range covered by the normalized units `range`.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let position = range.lowerBound < originStart.count ? Int(originStart[range.lowerBound]) : scalars.count
            return position..<position
        }
        let lower = Int(originStart[range.lowerBound])
        let upper = max(lower, Int(originEnd[range.upperBound - 1]))
        return lower..<upper
    }

    /// The original text of the scalar range `range`.
    ///
    /// Encodes the scalars to UTF-8 in one buffer: appending them one by one to a `String`
    /// cost about a thousand instructions per character, for every entity of every article.
    public func originalText(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<scalars.count)
        return scalars.withUnsafeBufferPointer { all in
            String(unsafeUninitializedCapacity: range.count * 4) { buffer in
                var written = 0
                for scalar in all[range] {
                    let value = scalar.value
                    switch value {
                    case 0..<0x80:
                        buffer[written] = UInt8(value)
                        written += 1
                    case 0x80..<0x800:
                        buffer[written] = UInt8(0xC0 | value >> 6)
                        buffer[written + 1] = UInt8(0x80 | value & 0x3F)
                        written += 2
                    case 0x800..<0x10000:
                        buffer[written] = UInt8(0xE0 | value >> 12)
                        buffer[written + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                        buffer[written + 2] = UInt8(0x80 | value & 0x3F)
                        written += 3
                    default:
                        buffer[written] = UInt8(0xF0 | value >> 18)
                        buffer[written + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                        buffer[written + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                        buffer[written + 3] = UInt8(0x80 | value & 0x3F)
                        written += 4
                    }
                }
                return written
            }
        }
    }

    /// The normalized text of the unit range `range`.
    public func normalizedText(_ range: Range<Int>) -> String {
        String(utf16Units: units[range.clamped(to: 0..<units.count)])
    }

    /// The whole normalized text.
    public var normalized: String { String(utf16Units: units[...]) }
}
