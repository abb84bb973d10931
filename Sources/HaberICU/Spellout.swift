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
        return units.map { units in units.withUnsafeBufferPointer { String(utf16Units: $0) } }
    }

    public func text(for number: Int) -> String? {
        let units = try? withGrowingBuffer(initialCapacity: 64, "unum_formatInt64") { buffer, capacity, status in
            unum_formatInt64(format, Int64(number), buffer, capacity, nil, &status)
        }
        guard let units else { return nil }
        // ICU inserts soft hyphens in some locales' spell-outs.
        return units.withUnsafeBufferPointer { String(utf16Units: $0, dropping: 0xAD) }
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
