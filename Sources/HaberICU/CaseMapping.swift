@_implementationOnly import CICU

/// Locale-aware case mapping. Turkish needs its own rules: `I` → `ı`, `İ` → `i`.
public enum CaseMapping {
    public static func lowercase(_ text: String, locale: String) -> String {
        map(text, locale: locale, upper: false)
    }

    public static func uppercase(_ text: String, locale: String) -> String {
        map(text, locale: locale, upper: true)
    }

    /// The lowercase of UTF-16 `units` (the units unchanged when ICU cannot map them):
    /// for callers that map many scalars at once and read the result unit by unit, without
    /// a `String` either way.
    public static func lowercase(utf16 units: [UInt16], locale: String) -> [UInt16] {
        map(units, locale: locale, upper: false) ?? units
    }

    private static func map(_ text: String, locale: String, upper: Bool) -> String {
        if text.isEmpty { return text }
        guard let mapped = map(Array(text.utf16), locale: locale, upper: upper) else { return text }
        return String(decoding: mapped, as: UTF16.self)
    }

    private static func map(_ source: [UInt16], locale: String, upper: Bool) -> [UInt16]? {
        if source.isEmpty { return source }
        return try? source.withUnsafeBufferPointer { src throws(ICUError) -> [UInt16] in
            try withGrowingBuffer(initialCapacity: source.count + 4, upper ? "u_strToUpper" : "u_strToLower") {
                destination, capacity, status in
                upper
                    ? u_strToUpper(destination, capacity, src.baseAddress, Int32(src.count), locale, &status)
                    : u_strToLower(destination, capacity, src.baseAddress, Int32(src.count), locale, &status)
            }
        }
    }
}
