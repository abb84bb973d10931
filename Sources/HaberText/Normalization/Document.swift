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
    public func originalText(_ range: Range<Int>) -> String {
        var text = String()
        text.unicodeScalars.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return text
    }

    /// The normalized text of the unit range `range`.
    public func normalizedText(_ range: Range<Int>) -> String {
        String(utf16Units: units[range.clamped(to: 0..<units.count)])
    }

    /// The whole normalized text.
    public var normalized: String { String(utf16Units: units[...]) }
}
