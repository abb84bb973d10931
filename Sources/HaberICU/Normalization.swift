@_implementationOnly import CICU

/// Unicode canonical composition (NFC) through ICU.
///
/// Text from the web mixes composed and decomposed letters (`ö` as one scalar or as
/// `o` + U+0308); ICU compares code units, so everything is composed first.
public enum Normalization {
    private static func instance() throws(ICUError) -> OpaquePointer {
        var status = U_ZERO_ERROR
        let normalizer = unorm2_getNFCInstance(&status)
        try ICUError.check(status, "unorm2_getNFCInstance")
        guard let normalizer else { throw ICUError(operation: "unorm2_getNFCInstance", code: 1) }
        return normalizer
    }

    /// `units` composed to NFC; the input unchanged when ICU cannot do it.
    public static func nfc(_ units: [UInt16]) -> [UInt16] {
        guard !units.isEmpty, let normalizer = try? instance() else { return units }
        let result = try? units.withUnsafeBufferPointer { src throws(ICUError) -> [UInt16] in
            try withGrowingBuffer(initialCapacity: units.count + 4, "unorm2_normalize") { destination, capacity, status in
                unorm2_normalize(normalizer, src.baseAddress, Int32(src.count), destination, capacity, &status)
            }
        }
        return result ?? units
    }

    public static func nfc(_ text: String) -> String {
        String(decoding: nfc(Array(text.utf16)), as: UTF16.self)
    }

    /// Whether a scalar never combines with the one before it (canonical combining class 0
    /// and not a composing vowel or jamo); NFC can then be applied to the text piece by piece.
    public static func isStarter(_ scalar: Unicode.Scalar) -> Bool {
        guard let normalizer = try? instance() else { return true }
        return unorm2_hasBoundaryBefore(normalizer, UChar32(scalar.value)) != 0
    }
}
