import Foundation

/// The name folding FORMAT.md's scoring defines (docs/FORMAT.md, "Scoring"):
/// NFC, Turkish-aware lowercase (`I` → `ı`, `İ` → `i`), then `ı` → `i`, diacritics removed,
/// punctuation dropped, spaces collapsed.
public enum Folding {
    public static func fold(_ text: String) -> String {
        var text = text.precomposedStringWithCanonicalMapping
        text = text.replacingOccurrences(of: "I", with: "ı").replacingOccurrences(of: "İ", with: "i").lowercased()
        text = text.replacingOccurrences(of: "ı", with: "i").decomposedStringWithCompatibilityMapping
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.canonicalCombiningClass != .notReordered { continue }
            kept.append(isWordOrSpace(scalar) ? scalar : " ")
        }
        return String(kept).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Python's `\w` (alphanumerics and `_`) or `\s`.
    private static func isWordOrSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" || scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
