/// Reads written numbers the way each language writes them: `1.000` is a thousand in
/// Turkish, German and French but `52.6` is a decimal; `2,5` is a decimal there and
/// `1,000` a thousand in English.
public enum NumberReader {
    public static func value(of text: String, language: String) -> Double? {
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
        let decimalSeparator: Character?
        switch (commas, dots) {
        case (0, 0): decimalSeparator = nil
        case (_, 0): decimalSeparator = groupsOfThree(digits, separator: ",") && (language == "en" || commas > 1) ? nil : ","
        case (0, _): decimalSeparator = groupsOfThree(digits, separator: ".") && (language != "en" || dots > 1) ? nil : "."
        default:
            guard let lastComma = digits.lastIndex(of: ","), let lastDot = digits.lastIndex(of: ".") else { return nil }
            decimalSeparator = lastComma > lastDot ? "," : "."
        }
        var plain = String()
        for character in digits {
            if character == decimalSeparator {
                plain.append(".")
            } else if character.isNumber {
                plain.append(character)
            } else if decimalSeparator == nil || character != decimalSeparator {
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
