@_implementationOnly import CICU

/// Locale-aware case mapping. Turkish needs its own rules: `I` → `ı`, `İ` → `i`.
public enum CaseMapping {
    public static func lowercase(_ text: String, locale: String) -> String {
        map(text, locale: locale, upper: false)
    }

    public static func uppercase(_ text: String, locale: String) -> String {
        map(text, locale: locale, upper: true)
    }

    private static func map(_ text: String, locale: String, upper: Bool) -> String {
        if text.isEmpty { return text }
        let source = Array(text.utf16)
        let mapped = try? source.withUnsafeBufferPointer { src throws(ICUError) -> [UInt16] in
            try withGrowingBuffer(initialCapacity: source.count + 4, upper ? "u_strToUpper" : "u_strToLower") {
                destination, capacity, status in
                upper
                    ? u_strToUpper(destination, capacity, src.baseAddress, Int32(src.count), locale, &status)
                    : u_strToLower(destination, capacity, src.baseAddress, Int32(src.count), locale, &status)
            }
        }
        guard let mapped else { return text }
        return String(decoding: mapped, as: UTF16.self)
    }
}
