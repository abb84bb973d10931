import HaberICU

/// ICU's `Any-Latin; Latin-ASCII` fold of each scalar of the Latin letters (U+0080 to
/// U+024F), the general punctuation (`’`, `“`, `–`) and the currency signs (`€`), each taken
/// alone: what the tokenizer asks ICU for the scalars of the keys of Latin-script text.
///
/// Opening that transliterator builds ICU's whole transliterator registry, about half of the
/// instructions of a warm start; the folds of these scalars are kept in the model cache
/// instead (built once per ICU version), and ICU is opened only for text outside them.
public struct ASCIIFolds: Sendable {
    /// The blocks of scalars folded here, in order.
    public static let blocks: [Range<UInt32>] = [0x80..<0x250, 0x2000..<0x2070, 0x20A0..<0x20D0]
    /// Changed when the rows change, so that a cached copy is built again.
    public static let revision = "2"
    /// The ICU transliterator the folds come from.
    public static let transform = "Any-Latin; Latin-ASCII"

    /// By block, in the order of ``blocks``.
    private let folds: [[String]]

    /// The folds from the rows ``rows()`` makes (scalar in hexadecimal, fold); nil when they
    /// are not one row per scalar in order, so that ICU is asked instead.
    public init?(rows: [[Substring]]) {
        guard rows.count == Self.blocks.reduce(0, { $0 + $1.count }) else { return nil }
        var folds: [[String]] = []
        var row = rows.makeIterator()
        for block in Self.blocks {
            var fold: [String] = []
            fold.reserveCapacity(block.count)
            for value in block {
                guard let fields = row.next(), fields.count == 2, UInt32(fields[0], radix: 16) == value,
                      let scalars = Self.scalars(hex: fields[1])
                else { return nil }
                fold.append(scalars)
            }
            folds.append(fold)
        }
        self.folds = folds
    }

    /// One row per scalar: its value and the scalars of ICU's fold of it alone, in hexadecimal
    /// (a fold may be a line break or a tab, which the cache's lines cannot hold as text).
    public static func rows() throws(ICUError) -> [[String]] {
        let transliterator = try Transliterator(id: transform)
        return blocks.joined().map { value in
            let fold = Unicode.Scalar(value).map { transliterator.transliterate(String($0)) } ?? ""
            return [String(value, radix: 16), fold.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")]
        }
    }

    /// The text whose scalars `hex` lists, or nil when one is no scalar.
    private static func scalars(hex: Substring) -> String? {
        var text = String.UnicodeScalarView()
        for field in hex.split(separator: " ") {
            guard let value = UInt32(field, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
            text.append(scalar)
        }
        return String(text)
    }

    /// The fold of `scalar`, or nil outside ``blocks``.
    public func fold(_ scalar: Unicode.Scalar) -> String? {
        for (block, fold) in zip(Self.blocks, folds) where block.contains(scalar.value) {
            return fold[Int(scalar.value - block.lowerBound)]
        }
        return nil
    }
}
