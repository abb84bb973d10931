/// One word, number, punctuation mark or symbol of a ``Document``.
///
/// Every token knows where it came from in the original text and carries the forms
/// the extractors look up: its Turkish- (or other locale-) aware lowercase, an
/// ASCII-folded key for typo-tolerant lookups, and, for `Name’suffix` words, the stem
/// and the suffix (`Fransa’daki` → `Fransa` + `daki`, `58’i` → `58` + `i`).
public struct Token: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable { case word, number, punctuation, symbol }

    /// Range in the normalized UTF-16 view.
    public let range: Range<Int>
    /// Range in the original text, in Unicode scalars.
    public let originalRange: Range<Int>
    public let kind: Kind
    /// The normalized surface form.
    public var text: String { forms.text }
    /// The locale-aware lowercase of the whole token.
    public var lower: String { forms.lower }
    /// The part before a `'` suffix (the whole token when there is none).
    public var stem: String { forms.stem }
    /// The suffix after `'`, without the apostrophe ("" when there is none).
    public var suffix: String { forms.suffix }
    /// The lowercase of `stem`: the key for lexicon lookups.
    public var key: String { forms.key }
    /// `key` folded to ASCII (`gümüşhane` → `gumushane`), for typo-tolerant lookups.
    public var foldedKey: String { forms.foldedKey }
    /// The six strings in one immutable box: extractors copy tokens all the time, and a
    /// copy then retains one object instead of six strings.
    private let forms: Forms

    private final class Forms: Sendable {
        let text: String, lower: String, stem: String, suffix: String, key: String, foldedKey: String

        init(text: String, lower: String, stem: String, suffix: String, key: String, foldedKey: String) {
            self.text = text
            self.lower = lower
            self.stem = stem
            self.suffix = suffix
            self.key = key
            self.foldedKey = foldedKey
        }
    }

    /// Whether there is white space (or an inserted space) between this token and the one before.
    public let spaceBefore: Bool
    /// How many line breaks stand between this token and the one before.
    public let newlinesBefore: Int
    /// Index of the sentence this token belongs to.
    public var sentence: Int = 0

    public init(
        range: Range<Int>, originalRange: Range<Int>, kind: Kind, text: String, lower: String,
        stem: String, suffix: String, key: String, foldedKey: String, spaceBefore: Bool, newlinesBefore: Int
    ) {
        self.range = range
        self.originalRange = originalRange
        self.kind = kind
        forms = Forms(text: text, lower: lower, stem: stem, suffix: suffix, key: key, foldedKey: foldedKey)
        self.spaceBefore = spaceBefore
        self.newlinesBefore = newlinesBefore
        isCapitalized = Self.capitalized(text, kind: kind)
        isAllCaps = Self.allCaps(stem, kind: kind)
    }

    public static func == (a: Token, b: Token) -> Bool {
        a.range == b.range && a.originalRange == b.originalRange && a.kind == b.kind && a.text == b.text
            && a.lower == b.lower && a.stem == b.stem && a.suffix == b.suffix && a.key == b.key
            && a.foldedKey == b.foldedKey && a.spaceBefore == b.spaceBefore && a.newlinesBefore == b.newlinesBefore
            && a.sentence == b.sentence
    }

    /// Normalized range of the stem (the suffix and its apostrophe excluded).
    public var stemRange: Range<Int> {
        suffix.isEmpty ? range : range.lowerBound..<(range.lowerBound + stem.utf16.count)
    }

    public var hasSuffix: Bool { !suffix.isEmpty }

    /// First letter uppercase (`Ankara`, `İŞİM`, `McKinsey`). Stored: every extractor asks it
    /// of most tokens, and a Unicode property lookup per ask was a measurable share of extraction.
    public let isCapitalized: Bool

    /// Every letter uppercase, at least two letters (`İŞİM`, `AB`, `TÜBİTAK`).
    public let isAllCaps: Bool

    private static func capitalized(_ text: String, kind: Kind) -> Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        if first.isASCII { return first.value >= 0x41 && first.value <= 0x5A }
        return first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter
    }

    private static func allCaps(_ stem: String, kind: Kind) -> Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in stem.unicodeScalars {
            if scalar.isASCII {
                switch scalar.value {
                case 0x41...0x5A: letters += 1
                case 0x61...0x7A: return false
                default: continue
                }
            } else if scalar.properties.isAlphabetic {
                if !scalar.properties.isUppercase { return false }
                letters += 1
            }
        }
        return letters >= 2
    }

    public var description: String {
        var line = "\(originalRange.lowerBound)..<\(originalRange.upperBound) \(kind.rawValue) \(text) lower=\(lower) key=\(key) folded=\(foldedKey)"
        if hasSuffix { line += " stem=\(stem) suffix=\(suffix)" }
        return line
    }
}
