/// Reads numbers written in digits the way a language writes them, given its decimal
/// separator (`models/languages.tsv`): `2,5` where the comma is the decimal separator,
/// `3.5` where the full stop is. A separator before groups of three digits (`1.000`,
/// `1,000`) is the thousands separator unless it is the language's decimal separator and
/// stands once; a number with both reads the last one as the decimal separator (`1.234,5`).
public enum NumberReader {
    public static func value(of text: String, decimalSeparator: Character) -> Double? {
        // Most numbers are plain digits, read as they are (the rest below is character by character).
        if isDigits(text) { return Double(text) }
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
    public static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
