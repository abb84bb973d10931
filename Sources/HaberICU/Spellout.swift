@_implementationOnly import CICU

/// Parses spelled-out numbers ("elli sekiz", "fifty-eight", "cinquante-huit") with ICU's
/// rule-based number format.
///
/// Lenient parsing is required (strict parsing reads English "fifty eight" as 5008), and a
/// parse is accepted only when it consumes the whole phrase, so "elli kişi" is no number.
/// Not thread-safe: one instance per thread.
public final class SpelloutParser: @unchecked Sendable {
    private let format: UnsafeMutablePointer<UnsafeMutableRawPointer?>

    public init(locale: String) throws(ICUError) {
        format = try openSpellout(locale)
        unum_setAttribute(format, UNUM_LENIENT_PARSE, 1)
    }

    deinit { unum_close(format) }

    /// The value of `phrase` when the whole of it spells a number, else nil.
    public func value(of phrase: String) -> Double? {
        let units = Array(phrase.utf16)
        guard !units.isEmpty else { return nil }
        var position: Int32 = 0
        var status = U_ZERO_ERROR
        let value = units.withUnsafeBufferPointer {
            unum_parseDouble(format, $0.baseAddress, Int32($0.count), &position, &status)
        }
        guard status.rawValue <= 0, Int(position) == units.count else { return nil }
        return value
    }
}

/// Spells numbers out in words ("2005" → "iki bin beş"), to find how a number is read
/// aloud, which decides the Turkish suffixes it takes. Not thread-safe.
public final class SpelloutFormatter: @unchecked Sendable {
    private let format: UnsafeMutablePointer<UnsafeMutableRawPointer?>

    /// A formatter of `locale`'s default spell-out, or of one of its public rule sets
    /// (`%spellout-ordinal`, see ``ruleSets``).
    public init(locale: String, ruleSet: String? = nil) throws(ICUError) {
        format = try openSpellout(locale)
        if let ruleSet { try use(ruleSet: ruleSet) }
    }

    /// Spells out with `ruleSet` from now on: opening a spell-out format costs millions of
    /// instructions, switching its rule set almost nothing.
    public func use(ruleSet: String) throws(ICUError) {
        let units = Array(ruleSet.utf16)
        var status = U_ZERO_ERROR
        unum_setTextAttribute(format, UNUM_DEFAULT_RULESET, units, Int32(units.count), &status)
        try ICUError.check(status, "unum_setTextAttribute(DEFAULT_RULESET, \(ruleSet))")
    }

    deinit { unum_close(format) }

    /// The names of the public rule sets (`%spellout-cardinal`, `%spellout-ordinal`, …):
    /// every way the spell-out can write a number, all of which lenient parsing accepts.
    public var ruleSets: [String] {
        let units = try? withGrowingBuffer(initialCapacity: 512, "unum_getTextAttribute") { buffer, capacity, status in
            unum_getTextAttribute(format, UNUM_PUBLIC_RULESETS, buffer, capacity, &status)
        }
        guard let units else { return [] }
        return String(decoding: units, as: UTF16.self).split(separator: ";").map(String.init)
    }

    /// Every rule of the spell-out as ICU writes its rules back: a line `%name:` opens each
    /// rule set, then one `value: text;` line a rule. Whatever lenient parsing reads is made
    /// of the texts of these rules.
    public var rules: String? {
        let units = try? withGrowingBuffer(initialCapacity: 16_384, "unum_toPattern") { buffer, capacity, status in
            unum_toPattern(format, 0, buffer, capacity, &status)
        }
        return units.map { spelloutText($0, dropping: nil) }
    }

    public func text(for number: Int) -> String? {
        let units = try? withGrowingBuffer(initialCapacity: 64, "unum_formatInt64") { buffer, capacity, status in
            unum_formatInt64(format, Int64(number), buffer, capacity, nil, &status)
        }
        guard let units else { return nil }
        // ICU inserts soft hyphens in some locales' spell-outs.
        return spelloutText(units, dropping: 0xAD)
    }
}

/// The text of ICU's UTF-16 `units` (lone surrogates become U+FFFD), without the units equal
/// to `dropped`.
///
/// `String(decoding:as: UTF16.self)` takes a slow, generic path: some 8,000 instructions a
/// number spelled out, and 7 million for a language's rules (``SpelloutFormatter/rules``),
/// where transcoding to UTF-8 by hand and letting `String` validate that costs a fraction.
private func spelloutText(_ units: [UInt16], dropping dropped: UInt16?) -> String {
    String(unsafeUninitializedCapacity: units.count * 3) { buffer in
        var written = 0
        func put(_ byte: Int) {
            buffer[written] = UInt8(truncatingIfNeeded: byte)
            written += 1
        }
        var index = 0
        while index < units.count {
            var value = Int(units[index])
            index += 1
            if let dropped, value == Int(dropped) { continue }
            switch value {
            case 0..<0x80:
                put(value)
                continue
            case 0x80..<0x800:
                put(0xC0 | value >> 6)
                put(0x80 | value & 0x3F)
                continue
            case 0xD800..<0xDC00:
                if index < units.count, (0xDC00..<0xE000).contains(Int(units[index])) {
                    value = 0x10000 + (value - 0xD800) << 10 + (Int(units[index]) - 0xDC00)
                    index += 1
                    put(0xF0 | value >> 18)
                    put(0x80 | value >> 12 & 0x3F)
                    put(0x80 | value >> 6 & 0x3F)
                    put(0x80 | value & 0x3F)
                    continue
                }
                value = 0xFFFD
            case 0xDC00..<0xE000:
                value = 0xFFFD
            default:
                break
            }
            put(0xE0 | value >> 12)
            put(0x80 | value >> 6 & 0x3F)
            put(0x80 | value & 0x3F)
        }
        return written
    }
}

/// ICU's rule-based spell-out format for `locale`.
private func openSpellout(_ locale: String) throws(ICUError) -> UnsafeMutablePointer<UnsafeMutableRawPointer?> {
    var status = U_ZERO_ERROR
    let format = unum_open(UNUM_SPELLOUT, nil, 0, locale, nil, &status)
    try ICUError.check(status, "unum_open(SPELLOUT, \(locale))")
    guard let format else { throw ICUError(operation: "unum_open", code: 1) }
    return format
}
