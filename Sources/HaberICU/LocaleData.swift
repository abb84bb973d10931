@_implementationOnly import CICU

/// Names ICU/CLDR knows for a locale: months, weekdays, countries, exemplar cities.
///
/// Haber reads these from ICU at run time (or through the model generator) instead of
/// typing them into code, so every language ICU covers comes for free.
public enum LocaleData {
    public enum SymbolKind: Sendable {
        case months, shortMonths, standaloneMonths, weekdays, shortWeekdays, standaloneWeekdays

        var udat: UDateFormatSymbolType {
            switch self {
            case .months: UDAT_MONTHS
            case .shortMonths: UDAT_SHORT_MONTHS
            case .standaloneMonths: UDAT_STANDALONE_MONTHS
            case .weekdays: UDAT_WEEKDAYS
            case .shortWeekdays: UDAT_SHORT_WEEKDAYS
            case .standaloneWeekdays: UDAT_STANDALONE_WEEKDAYS
            }
        }
    }

    /// Calendar symbols in ICU's order: months January…December; weekdays Sunday…Saturday.
    /// ICU's weekday list has an empty first slot, which is dropped here.
    public static func dateSymbols(_ kind: SymbolKind, locale: String) throws(ICUError) -> [String] {
        try dateSymbols([kind], locale: locale)[0]
    }

    /// Several kinds of calendar symbols at once, opening the locale's date format once.
    public static func dateSymbols(_ kinds: [SymbolKind], locale: String) throws(ICUError) -> [[String]] {
        var status = U_ZERO_ERROR
        guard let format = udat_open(UDAT_NONE, UDAT_MEDIUM, locale, nil, 0, nil, 0, &status) else {
            throw ICUError(operation: "udat_open(\(locale))", code: status.rawValue)
        }
        defer { udat_close(format) }
        try ICUError.check(status, "udat_open(\(locale))")
        var lists: [[String]] = []
        for kind in kinds { lists.append(try symbols(kind, in: format)) }
        return lists
    }

    private static func symbols(_ kind: SymbolKind, in format: UnsafeMutablePointer<UDateFormat?>) throws(ICUError) -> [String] {
        let count = udat_countSymbols(format, kind.udat)
        var symbols: [String] = []
        for index in 0..<count {
            let units = try withGrowingBuffer(initialCapacity: 32, "udat_getSymbols") { buffer, capacity, status in
                udat_getSymbols(format, kind.udat, index, buffer, capacity, &status)
            }
            symbols.append(String(decoding: units, as: UTF16.self))
        }
        if case .weekdays = kind { return symbols.filter { !$0.isEmpty } }
        if case .shortWeekdays = kind { return symbols.filter { !$0.isEmpty } }
        if case .standaloneWeekdays = kind { return symbols.filter { !$0.isEmpty } }
        return symbols
    }

    /// ISO 3166 two-letter codes ICU knows.
    public static func countryCodes() -> [String] {
        var codes: [String] = []
        guard var pointer = uloc_getISOCountries() else { return codes }
        while let entry = pointer.pointee {
            codes.append(String(cString: entry))
            pointer += 1
        }
        return codes
    }

    /// The name of country `code` (e.g. "FR") in `locale` (e.g. "tr" → "Fransa").
    public static func countryName(_ code: String, in locale: String) throws(ICUError) -> String {
        let units = try withGrowingBuffer(initialCapacity: 64, "uloc_getDisplayCountry") { buffer, capacity, status in
            uloc_getDisplayCountry("_" + code, locale, buffer, capacity, &status)
        }
        return String(decoding: units, as: UTF16.self)
    }
}
