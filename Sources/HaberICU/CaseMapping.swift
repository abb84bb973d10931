@_implementationOnly import CICU
import Synchronization

/// Locale-aware case mapping. Turkish needs its own rules: `I` → `ı`, `İ` → `i`.
public enum CaseMapping {
    /// The lowercase of `text` by the rules of `locale`.
    ///
    /// Text whose scalars are all below U+0300 (ASCII, Latin-1, Latin Extended-A and -B,
    /// IPA, spacing modifiers: every letter of tr, en, fr, de, es) is lowercased scalar by
    /// scalar from a table that ICU filled once for the locale, so the Turkish `I` → `ı`
    /// and `İ` → `i` come from ICU's own rule. Below U+0300 ICU's lowercase depends on no
    /// context: its context rules (Greek final sigma, the Lithuanian and Turkish dot above)
    /// all involve a scalar from U+0300 on, and such text still goes to ICU whole.
    public static func lowercase(_ text: String, locale: String) -> String {
        Lowercaser(locale: locale).lowercase(text)
    }

    /// ``lowercase(_:locale:)`` for one locale, with its Latin table found once: a caller that
    /// lowercases many texts of one language (the tokenizer, once a form) keeps one, where
    /// finding the table at each text (a lock and a hashed lookup of the locale) cost some
    /// 700 instructions a text.
    public struct Lowercaser: Sendable {
        public let locale: String
        private let table: LatinLowercase

        public init(locale: String) {
            self.locale = locale
            table = CaseMapping.latinTable(for: locale)
        }

        /// Calls `body` with the lowercase of every scalar below U+0300 in this locale, by
        /// value, as ``lowercase(_:)`` takes it scalar by scalar: its UTF-8 packed from the
        /// low byte up, its byte count from bit 32 (0 for a scalar left to ICU). For a caller
        /// that writes the lowercase as it reads its text's units.
        public func withLatinTable<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
            table.utf8.withUnsafeBufferPointer(body)
        }

        /// The lowercase of `text` by the rules of ``locale``.
        public func lowercase(_ text: String) -> String {
            if let lowered = table.lowercase(text) { return lowered }
            return CaseMapping.map(text, locale: locale, upper: false)
        }
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

    // MARK: - Latin fast path

    /// The tables made so far, one per locale: built once, then only read.
    private static let latinTables = Mutex<[String: LatinLowercase]>([:])

    static func latinTable(for locale: String) -> LatinLowercase {
        latinTables.withLock { tables in
            if let known = tables[locale] { return known }
            let table = LatinLowercase(locale: locale)
            tables[locale] = table
            return table
        }
    }

    /// ICU's lowercase of every scalar below U+0300 for one locale, as UTF-8.
    struct LatinLowercase: Sendable {
        /// Scalar → its lowercase's UTF-8, up to four bytes, low byte first; the byte count
        /// in bits 32 to 34. 0 when ICU could not say (the text then goes to ICU).
        let utf8: [UInt64]

        init(locale: String) {
            var table = [UInt64](repeating: 0, count: 0x300)
            // One ICU call for the whole range: each scalar followed by a space, which
            // lowercases to itself and never to part of another scalar's lowercase.
            var source: [UInt16] = []
            for value in 0..<0x300 where value != 0x20 {
                source.append(UInt16(value))
                source.append(0x20)
            }
            if let lowered = CaseMapping.map(source, locale: locale, upper: false) {
                var position = 0
                for value in 0..<0x300 where value != 0x20 {
                    var packed: UInt64 = 0
                    var count = 0
                    while position < lowered.count, lowered[position] != 0x20 {
                        // Below U+0300 every lowercase is in the BMP: one unit, one scalar.
                        let unit = UInt32(lowered[position])
                        position += 1
                        let bytes: [UInt32] = unit < 0x80 ? [unit]
                            : unit < 0x800 ? [0xC0 | unit >> 6, 0x80 | unit & 0x3F]
                            : [0xE0 | unit >> 12, 0x80 | unit >> 6 & 0x3F, 0x80 | unit & 0x3F]
                        for byte in bytes {
                            if count < 4 { packed |= UInt64(byte) << (8 * count) }
                            count += 1
                        }
                    }
                    position += 1
                    // More than four bytes: left to ICU.
                    if count > 0, count <= 4 { table[value] = packed | UInt64(count) << 32 }
                }
            }
            table[0x20] = 0x20 | 1 << 32
            utf8 = table
        }

        /// The lowercase of `text`, or nil when a scalar is from U+0300 on (or one ICU did
        /// not map) and ICU must see the whole text.
        ///
        /// The lowercase's length is counted first and the string made at that size: made with
        /// room for twice the text, every string took the heap (more than fifteen bytes) and
        /// cost some 800 instructions, where most lowercases fit in a string without one.
        func lowercase(_ text: String) -> String? {
            var text = text
            return text.withUTF8 { bytes -> String? in
                utf8.withUnsafeBufferPointer { table -> String? in
                    // Every byte of a scalar below U+0300 is below 0xCC.
                    var length = 0
                    var index = 0
                    while index < bytes.count {
                        let lead = bytes[index]
                        guard lead < 0xCC else { return nil }
                        var value = Int(lead)
                        if lead >= 0x80 {
                            guard index + 1 < bytes.count else { return nil }
                            value = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
                            index += 2
                        } else {
                            index += 1
                        }
                        let count = Int(table[value] >> 32)
                        guard count > 0 else { return nil }
                        length += count
                    }
                    return String(unsafeUninitializedCapacity: length) { buffer in
                        var written = 0
                        var index = 0
                        while index < bytes.count {
                            let lead = bytes[index]
                            var value = Int(lead)
                            if lead >= 0x80 {
                                value = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
                                index += 2
                            } else {
                                index += 1
                            }
                            let packed = table[value]
                            for offset in 0..<Int(packed >> 32) {
                                buffer[written] = UInt8(truncatingIfNeeded: packed >> (8 * offset))
                                written += 1
                            }
                        }
                        return written
                    }
                }
            }
        }
    }
}
