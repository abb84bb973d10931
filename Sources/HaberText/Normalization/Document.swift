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
    /// Where each normalized unit came from: see ``OffsetMap``.
    let offsets: OffsetMap

    init(original: String, scalars: [Unicode.Scalar], units: [UInt16], offsets: OffsetMap) {
        self.original = original
        self.scalars = scalars
        self.units = units
        self.offsets = offsets
    }

    /// The original scalar range covered by the normalized units `range`.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let position = range.lowerBound < units.count ? offsets.origin(of: range.lowerBound).lowerBound : scalars.count
            return position..<position
        }
        let lower = offsets.origin(of: range.lowerBound).lowerBound
        let upper = max(lower, offsets.origin(of: range.upperBound - 1).upperBound)
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

/// The map from normalized UTF-16 units back to the original scalars, kept sparse: most
/// of a text is copied one scalar to one unit, so the map holds runs, not a pair per unit.
///
/// A run that copies (`ends[r] < 0`) maps its k-th unit to the original scalar
/// `origins[r] + k`; any other run (a scalar outside the BMP, a composed sequence, an
/// inserted space) maps every one of its units to `origins[r]..<ends[r]`. A new run starts
/// wherever normalization drops, inserts or composes something.
struct OffsetMap: Sendable {
    /// The first unit of each run, ascending from 0.
    private(set) var starts: [Int32] = []
    private(set) var origins: [Int32] = []
    private(set) var ends: [Int32] = []
    /// The number of units mapped.
    private(set) var count = 0

    /// Maps the next unit to the original scalar `origin`, copied one to one.
    @inline(__always)
    mutating func appendCopy(of origin: Int) {
        if let last = starts.last, ends[ends.count - 1] < 0, Int(origins[origins.count - 1]) + (count - Int(last)) == origin {
            count += 1
            return
        }
        starts.append(Int32(truncatingIfNeeded: count))
        origins.append(Int32(truncatingIfNeeded: origin))
        ends.append(-1)
        count += 1
    }

    /// Maps the next `units` units, all of them, to the original scalars `origin`.
    mutating func append(units: Int, standingFor origin: Range<Int>) {
        guard units > 0 else { return }
        starts.append(Int32(truncatingIfNeeded: count))
        origins.append(Int32(truncatingIfNeeded: origin.lowerBound))
        ends.append(Int32(truncatingIfNeeded: origin.upperBound))
        count += units
    }

    /// The original scalars unit `unit` stands for (empty for an inserted unit).
    func origin(of unit: Int) -> Range<Int> {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(starts[middle]) <= unit { low = middle } else { high = middle - 1 }
        }
        guard low >= 0, low < starts.count else { return 0..<0 }
        let origin = Int(origins[low])
        if ends[low] < 0 {
            let scalar = origin + unit - Int(starts[low])
            return scalar..<(scalar + 1)
        }
        return origin..<Int(ends[low])
    }
}
