import HaberICU

/// ICU's `Any-Latin; Latin-ASCII` fold of each scalar of ASCII, the Latin letters (U+0080 to
/// U+024F), the general punctuation (`’`, `“`, `–`) and the currency signs (`€`), each taken
/// alone, and whether ICU drops a combining mark that follows it: what the tokenizer asks ICU
/// for the scalars of the keys of Latin-script text.
///
/// Opening that transliterator builds ICU's whole transliterator registry, about half of the
/// instructions of a warm start; the folds of these scalars are kept in the model cache
/// instead (built once per ICU version), and ICU is opened only for text outside them.
public struct ASCIIFolds: Sendable {
    /// The blocks of scalars folded here, in order.
    public static let blocks: [Range<UInt32>] = [0x00..<0x80, 0x80..<0x250, 0x2000..<0x2070, 0x20A0..<0x20D0]
    /// Changed when the rows change, so that a cached copy is built again.
    public static let revision = "3"
    /// The ICU transliterator the folds come from.
    public static let transform = "Any-Latin; Latin-ASCII"
    /// The combining diacritical marks, which ICU drops after a Latin letter
    /// (`[:Latin:] { [:Mn:]+ → ;`), whatever the letter folds to.
    public static let marks: Range<UInt32> = 0x300..<0x370

    /// By block, in the order of ``blocks``.
    private let folds: [[String]]
    /// By block: whether ICU drops the ``marks`` that follow the scalar.
    private let dropsMarks: [[Bool]]

    /// The folds from the rows ``rows()`` makes (scalar in hexadecimal, fold, whether marks
    /// after it are dropped); nil when they are not one row per scalar in order, so that ICU
    /// is asked instead.
    public init?(rows: [[Substring]]) {
        guard rows.count == Self.blocks.reduce(0, { $0 + $1.count }) else { return nil }
        var folds: [[String]] = []
        var dropsMarks: [[Bool]] = []
        var row = rows.makeIterator()
        for block in Self.blocks {
            var fold: [String] = []
            var drops: [Bool] = []
            fold.reserveCapacity(block.count)
            drops.reserveCapacity(block.count)
            for value in block {
                guard let fields = row.next(), fields.count == 3, UInt32(fields[0], radix: 16) == value,
                      let scalars = Self.scalars(hex: fields[1]), fields[2] == "0" || fields[2] == "1"
                else { return nil }
                fold.append(scalars)
                drops.append(fields[2] == "1")
            }
            folds.append(fold)
            dropsMarks.append(drops)
        }
        self.folds = folds
        self.dropsMarks = dropsMarks
    }

    /// One row per scalar: its value and the scalars of ICU's fold of it alone, in hexadecimal
    /// (a fold may be a line break or a tab, which the cache's lines cannot hold as text), and
    /// `1` when ICU folds the scalar followed by marks as it folds the scalar alone.
    public static func rows() throws(ICUError) -> [[String]] {
        let transliterator = try Transliterator(id: transform)
        return blocks.joined().map { value in
            guard let scalar = Unicode.Scalar(value) else { return [String(value, radix: 16), "", "0"] }
            let fold = transliterator.transliterate(String(scalar))
            // The first and last of the marks, and two together: a letter either loses them all or none.
            let drops = ["\u{300}", "\u{36F}", "\u{307}\u{301}"].allSatisfy { transliterator.transliterate(String(scalar) + $0) == fold }
            return [String(value, radix: 16), fold.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "),
                    drops ? "1" : "0"]
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

    /// ICU's fold of a whole `text` that writes ``marks`` (`i̇stanbul`, the `i` and dot above
    /// that lowercasing `İ` gives outside Turkish), or nil when ICU must decide.
    ///
    /// ICU drops the marks that follow a Latin letter and folds each other scalar of these
    /// blocks by itself; so when every mark follows such a letter (or marks after one) and
    /// every other scalar is in ``blocks``, the fold is the other scalars' folds in a row,
    /// without opening the transliterator. Anything else (a mark after a digit or a symbol,
    /// another script, marks of other blocks) is left to ICU.
    public func fold(droppingMarks text: String) -> String? {
        var folded = ""
        var dropping = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if Self.marks.contains(value) {
                guard dropping else { return nil }
                continue
            }
            guard let (block, index) = position(of: value) else { return nil }
            folded += folds[block][index]
            dropping = dropsMarks[block][index]
        }
        return folded
    }

    /// The block of ``blocks`` holding `value` and its index there.
    private func position(of value: UInt32) -> (Int, Int)? {
        for (block, range) in Self.blocks.enumerated() where range.contains(value) {
            return (block, Int(value - range.lowerBound))
        }
        return nil
    }
}
