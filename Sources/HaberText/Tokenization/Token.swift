/// One word, number, punctuation mark or symbol of a ``Document``.
///
/// Every token knows where it came from in the original text; what it says (its
/// lowercase, stem, suffix, keys and capitalization) is its ``TokenForm``, computed once
/// per distinct form and shared by every token that writes it.
///
/// Thirty-two bytes: offsets as 32-bit integers (a document's offsets already are, in its
/// ``OffsetMap``), line breaks as 8 bits. Every extractor walks the token array several
/// times, so its size is memory traffic in all of them (72 bytes a token before). The form
/// facts asked at nearly every token (capitalization, suffix, sentence marks) are copied
/// into the token's spare byte, so that asking them does not reach the form.
public struct Token: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case word, number, punctuation, symbol

        /// Keeps forms of different kinds apart in the form table.
        var tag: UInt16 {
            switch self {
            case .word: 1
            case .number: 2
            case .punctuation: 3
            case .symbol: 4
            }
        }
    }

    /// What is known of this token's form, shared by every token of the same form.
    ///
    /// Not reference-counted: the ``TokenizedDocument`` the token belongs to keeps its forms
    /// alive, and counting a reference at every copy of a token was a tenth of extraction's
    /// instructions. A token must not outlive its document.
    public unowned(unsafe) let form: TokenForm
    @usableFromInline let start: Int32
    @usableFromInline let end: Int32
    @usableFromInline let originalStart: Int32
    @usableFromInline let originalEnd: Int32
    @usableFromInline var sentenceIndex: Int32 = 0
    /// Saturates: callers only tell none, one, and two or more apart.
    @usableFromInline let newlines: UInt8
    /// ``TokenForm/tokenFlags`` of the form.
    @usableFromInline let flags: UInt8
    public let kind: Kind
    /// Whether there is white space (or an inserted space) between this token and the one before.
    public let spaceBefore: Bool

    /// Range in the normalized UTF-16 view.
    @inlinable public var range: Range<Int> { Range(uncheckedBounds: (Int(start), Int(end))) }
    /// Range in the original text, in Unicode scalars.
    @inlinable public var originalRange: Range<Int> { Range(uncheckedBounds: (Int(originalStart), Int(originalEnd))) }
    /// How many line breaks stand between this token and the one before (at most 255).
    @inlinable public var newlinesBefore: Int { Int(newlines) }
    /// Index of the sentence this token belongs to.
    @inlinable public var sentence: Int {
        get { Int(sentenceIndex) }
        set { sentenceIndex = Int32(truncatingIfNeeded: newValue) }
    }

    /// The normalized surface form.
    public var text: String { form.text }
    /// The locale-aware lowercase of the whole token.
    public var lower: String { form.lower }
    /// The part before a `'` suffix (the whole token when there is none).
    public var stem: String { form.stem }
    /// The suffix after `'`, without the apostrophe ("" when there is none).
    public var suffix: String { form.suffix }
    /// The lowercase of `stem`: the key for lexicon lookups.
    public var key: String { form.key }
    /// `key` folded to ASCII (`gümüşhane` → `gumushane`), for typo-tolerant lookups.
    public var foldedKey: String { form.foldedKey }

    /// Only the tokenizer makes tokens: their form must belong to a document's form owner.
    init(
        range: Range<Int>, originalRange: Range<Int>, kind: Kind, form: Unmanaged<TokenForm>, flags: UInt8, spaceBefore: Bool,
        newlinesBefore: Int
    ) {
        self.form = form.takeUnretainedValue()
        start = Int32(truncatingIfNeeded: range.lowerBound)
        end = Int32(truncatingIfNeeded: range.upperBound)
        originalStart = Int32(truncatingIfNeeded: originalRange.lowerBound)
        originalEnd = Int32(truncatingIfNeeded: originalRange.upperBound)
        newlines = UInt8(clamping: newlinesBefore)
        self.flags = flags
        self.kind = kind
        self.spaceBefore = spaceBefore
    }

    public static func == (a: Token, b: Token) -> Bool {
        a.range == b.range && a.originalRange == b.originalRange && a.kind == b.kind && a.text == b.text
            && a.lower == b.lower && a.stem == b.stem && a.suffix == b.suffix && a.key == b.key
            && a.foldedKey == b.foldedKey && a.spaceBefore == b.spaceBefore && a.newlinesBefore == b.newlinesBefore
            && a.sentence == b.sentence
    }

    /// Normalized range of the stem (the suffix and its apostrophe excluded).
    public var stemRange: Range<Int> {
        hasSuffix ? range.lowerBound..<(range.lowerBound + form.stemLength) : range
    }

    @inlinable public var hasSuffix: Bool { flags & TokenForm.hasSuffixFlag != 0 }

    /// First letter uppercase (`Ankara`, `İŞİM`, `McKinsey`).
    @inlinable public var isCapitalized: Bool { flags & TokenForm.capitalizedFlag != 0 }

    /// Every letter uppercase, at least two letters (`İŞİM`, `AB`, `TÜBİTAK`).
    @inlinable public var isAllCaps: Bool { flags & TokenForm.allCapsFlag != 0 }

    /// Whether the token is a quote, bracket, dash or colon, after which a sentence's first
    /// word is still its first (``SentenceMarks/openingMark``).
    @inlinable public var isOpeningMark: Bool { flags & TokenForm.openingMarkFlag != 0 }

    /// The form's ``SentenceMarks``.
    var sentenceMarks: SentenceMarks { SentenceMarks(rawValue: flags >> TokenForm.sentenceMarksShift) }

    public var description: String {
        var line = "\(originalRange.lowerBound)..<\(originalRange.upperBound) \(kind.rawValue) \(text) lower=\(lower) key=\(key) folded=\(foldedKey)"
        if hasSuffix { line += " stem=\(stem) suffix=\(suffix)" }
        return line
    }
}
