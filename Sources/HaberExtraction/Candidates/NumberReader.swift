/// Reads numbers written in digits the way a language writes them, given its decimal
/// separator (`models/languages.tsv`): `2,5` where the comma is the decimal separator,
/// `3.5` where the full stop is. A separator before groups of three digits (`1.000`,
/// `1,000`) is the thousands separator unless it is the language's decimal separator and
/// stands once; a number with both reads the last one as the decimal separator (`1.234,5`).
public enum NumberReader {
    public static func value(of text: String, decimalSeparator: Character) -> Double? {
        // Most numbers are plain digits, which ``asciiValue(of:decimalSeparator:)`` reads as
        // they are in the same pass over the bytes: up to fifteen digits as an integer (exactly
        // the double `Double(_:)` gives, below 2^53, at a tenth of its cost). A first pass to
        // tell plain digits apart, then a walk of the `UTF8View` for their value, cost some
        // 300 instructions a number more.
        if let read = asciiValue(of: text, decimalSeparator: decimalSeparator) { return read }
        return characterValue(of: text, decimalSeparator: decimalSeparator)
    }

    /// ``value(of:decimalSeparator:)`` of a number of ASCII digits, commas and full stops
    /// that opens with a digit (`2,5`, `1.000`, `1.234,5`), read byte by byte: the same
    /// answer as ``characterValue(of:decimalSeparator:)`` at a tenth of its cost (that one
    /// cost some 8,500 instructions a number, 90 million over the thousand bench articles).
    /// Nil when `text` is not such a number (the caller reads it character by character),
    /// `.some(nil)` when it is such a text but no number (`1.2.3`).
    static func asciiValue(of text: String, decimalSeparator: Character) -> Double?? {
        var text = text
        return text.withUTF8 { asciiValue(of: $0, decimalSeparator: decimalSeparator) }
    }

    /// ``asciiValue(of:decimalSeparator:)`` over the contiguous bytes of the text: walking a
    /// `String`'s `UTF8View` three times and parsing a `String` built for `Double(_:)` cost
    /// some 1,900 instructions a number.
    private static func asciiValue(of bytes: UnsafeBufferPointer<UInt8>, decimalSeparator: Character) -> Double?? {
        let comma = UInt8(ascii: ","), dot = UInt8(ascii: ".")
        var commas = 0, dots = 0, lastComma = -1, lastDot = -1, position = 0
        for byte in bytes {
            if byte == comma {
                commas += 1
                lastComma = position
            } else if byte == dot {
                dots += 1
                lastDot = position
            } else if byte < 0x30 || byte > 0x39 {
                return nil
            }
            position += 1
        }
        guard let first = bytes.first, first >= 0x30, first <= 0x39 else { return nil }
        let separator: UInt8?
        switch (commas, dots) {
        case (0, 0): separator = nil
        case (_, 0): separator = groupsOfThree(bytes, separator: comma) && (decimalSeparator != "," || commas > 1) ? nil : comma
        case (0, _): separator = groupsOfThree(bytes, separator: dot) && (decimalSeparator != "." || dots > 1) ? nil : dot
        default: separator = lastComma > lastDot ? comma : dot
        }
        // The digits as an integer and the number of them after the separator: up to fifteen
        // digits, that integer over a power of ten is exactly the double `Double(_:)` reads
        // (both are exact doubles, and one division rounds once, as the parser does).
        var mantissa = 0, digits = 0, decimals = 0, points = 0
        for byte in bytes {
            if byte == separator {
                points += 1
            } else if byte >= 0x30, byte <= 0x39 {
                mantissa = mantissa &* 10 &+ Int(byte - 0x30)
                digits += 1
                if points > 0 { decimals += 1 }
            }
        }
        guard points <= 1 else { return .some(nil) }
        if digits <= 15 { return .some(Double(mantissa) / powersOfTen[decimals]) }
        var plain: [UInt8] = []
        plain.reserveCapacity(position)
        for byte in bytes {
            if byte == separator {
                plain.append(dot)
            } else if byte >= 0x30, byte <= 0x39 {
                plain.append(byte)
            }
        }
        return .some(Double(String(decoding: plain, as: UTF8.self)))
    }

    /// 10⁰ to 10¹⁵, each an exact double.
    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    /// `1.000.000` in bytes: every group after the first has exactly three bytes.
    private static func groupsOfThree(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
        var groups = 0, length = 0
        for byte in bytes {
            if byte == separator {
                if groups == 0 ? !(1...3).contains(length) : length != 3 { return false }
                groups += 1
                length = 0
            } else {
                length += 1
            }
        }
        return groups > 0 && length == 3
    }

    /// ``value(of:decimalSeparator:)`` character by character, for any text: spaces between
    /// groups, a sign, digits of other scripts (refused).
    static func characterValue(of text: String, decimalSeparator: Character) -> Double? {
        var digits = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        var sign = 1.0
        if digits.hasPrefix("-") || digits.hasPrefix("−") {
            sign = -1
            digits.removeFirst()
        }
        guard let first = digits.first, first.isASCII, first.isNumber,
              digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," })
        else { return nil }
        let commas = digits.filter { $0 == "," }.count, dots = digits.filter { $0 == "." }.count
        // The decimal separator of this number (nil: an integer).
        let separator: Character?
        switch (commas, dots) {
        case (0, 0): separator = nil
        case (_, 0): separator = groupsOfThree(digits, separator: ",") && (decimalSeparator != "," || commas > 1) ? nil : ","
        case (0, _): separator = groupsOfThree(digits, separator: ".") && (decimalSeparator != "." || dots > 1) ? nil : "."
        default:
            guard let lastComma = digits.lastIndex(of: ","), let lastDot = digits.lastIndex(of: ".") else { return nil }
            separator = lastComma > lastDot ? "," : "."
        }
        var plain = String()
        for character in digits {
            if character == separator {
                plain.append(".")
            } else if character.isNumber {
                plain.append(character)
            } else if separator == nil || character != separator {
                continue
            }
        }
        guard plain.filter({ $0 == "." }).count <= 1, let value = Double(plain) else { return nil }
        return sign * value
    }

    /// `1.000.000`: every group after the first has exactly three digits.
    static func groupsOfThree(_ text: String, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Whether `text` is a plain run of ASCII digits.
    ///
    /// Over the contiguous bytes of the string when it has them: the generic walk of its
    /// `UTF8View` cost about five hundred instructions a number.
    public static func isDigits(_ text: String) -> Bool {
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        if let answer = text.utf8.withContiguousStorageIfAvailable({ !$0.isEmpty && $0.allSatisfy(isDigit) }) { return answer }
        return !text.isEmpty && text.utf8.allSatisfy(isDigit)
    }
}
