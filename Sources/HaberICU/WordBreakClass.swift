@_implementationOnly import CICU

/// The Word_Break class of a scalar as ICU 72's word rules (`word.txt`) use it, for a
/// breaker that handles Latin-script text without ICU (`LatinWordBreaker` in HaberText).
///
/// Each class is read from ICU's own property data (`UCHAR_WORD_BREAK`), with the two set
/// operations `word.txt` applies on top of the Unicode property:
/// `$ALetter = [\p{Word_Break = ALetter} @]` and
/// `$MidLetter = [\p{Word_Break = MidLetter} - [\: \uFE55 \uFF1A]]`
/// (so `info@isim.org.tr` is one word and `x:y` three segments).
/// Scalars whose segmentation needs rules or engines such a breaker does not have are
/// ``unsupported``: dictionary scripts (Han, Hiragana, Katakana, Hangul, and every
/// `Line_Break = Complex_Context` scalar such as Thai), Hebrew letters, regional
/// indicators, ZWJ (emoji sequences), surrogates (every scalar past the BMP).
public enum WordBreakClass: UInt8, Sendable, CaseIterable {
    case other, cr, lf, newline
    /// Extend and Format: WB4 attaches them to the scalar before them.
    case extend
    case aLetter, numeric, midLetter, midNum, midNumLet, singleQuote, extendNumLet, wSegSpace
    case unsupported

    /// The class of every BMP scalar in `range` (`range` within 0..<0x10000), in order.
    public static func classes(of range: Range<Int>) -> [WordBreakClass] {
        range.map { classOf(UInt32($0)) }
    }

    /// The class of one scalar (any value up to U+10FFFF; past the BMP: ``unsupported``).
    public static func of(_ scalar: Unicode.Scalar) -> WordBreakClass { classOf(scalar.value) }

    private static func classOf(_ value: UInt32) -> WordBreakClass {
        if value >= 0xD800 { if value < 0xE000 || value > 0xFFFF { return .unsupported } }
        let scalar = UChar32(bitPattern: value)
        if value == 0x40 { return .aLetter }
        if value == 0x3A || value == 0xFE55 || value == 0xFF1A { return .other }
        if u_getIntPropertyValue(scalar, UCHAR_LINE_BREAK) == Int32(U_LB_COMPLEX_CONTEXT.rawValue) { return .unsupported }
        if u_hasBinaryProperty(scalar, UCHAR_IDEOGRAPHIC) != 0 { return .unsupported }
        // uscript.h's USCRIPT_HAN 17, USCRIPT_HANGUL 18, USCRIPT_HIRAGANA 20, USCRIPT_KATAKANA 22:
        // the scripts ICU segments by dictionary (`$KanaKanji`, `$HangulSyllable`).
        switch u_getIntPropertyValue(scalar, UCHAR_SCRIPT) {
        case 17, 18, 20, 22: return .unsupported
        default: break
        }
        switch UInt32(bitPattern: u_getIntPropertyValue(scalar, UCHAR_WORD_BREAK)) {
        // Double_Quote appears only in rules 7b and 7c, between two Hebrew letters, which
        // are unsupported: in a text without them it is Other.
        case U_WB_OTHER.rawValue, U_WB_DOUBLE_QUOTE.rawValue: return .other
        case U_WB_CR.rawValue: return .cr
        case U_WB_LF.rawValue: return .lf
        case U_WB_NEWLINE.rawValue: return .newline
        case U_WB_EXTEND.rawValue, U_WB_FORMAT.rawValue: return .extend
        case U_WB_ALETTER.rawValue: return .aLetter
        case U_WB_NUMERIC.rawValue: return .numeric
        case U_WB_MIDLETTER.rawValue: return .midLetter
        case U_WB_MIDNUM.rawValue: return .midNum
        case U_WB_MIDNUMLET.rawValue: return .midNumLet
        case U_WB_SINGLE_QUOTE.rawValue: return .singleQuote
        case U_WB_EXTENDNUMLET.rawValue: return .extendNumLet
        case U_WB_WSEGSPACE.rawValue: return .wSegSpace
        default: return .unsupported
        }
    }
}

extension WordBreaker {
    /// Whether ICU's word rules for `locale` are its root rules (`word.txt`), compared as
    /// compiled rules: `tr`, `en`, `fr`, `de`, `es`, `it` are (ICU 72), `fi`, `sv` and
    /// `en_US_POSIX` are not. A breaker that reproduces the root rules is only valid for
    /// a locale of which this is true.
    public static func usesRootRules(locale: String) -> Bool {
        func rules(_ locale: String) -> [UInt8]? {
            var status = U_ZERO_ERROR
            guard let iterator = ubrk_open(UBRK_WORD, locale, nil, 0, &status), status.rawValue <= 0 else { return nil }
            defer { ubrk_close(iterator) }
            let length = ubrk_getBinaryRules(iterator, nil, 0, &status)
            guard status.rawValue <= 0, length > 0 else { return nil }
            var bytes = [UInt8](repeating: 0, count: Int(length))
            status = U_ZERO_ERROR
            _ = ubrk_getBinaryRules(iterator, &bytes, length, &status)
            return status.rawValue <= 0 ? bytes : nil
        }
        guard let root = rules("root"), let own = rules(locale) else { return false }
        return root == own
    }
}
