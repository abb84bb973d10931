import HaberExtraction

/// An entity's value spread over typed columns, for the writers whose readers cannot open
/// JSON (SQLite queries, spreadsheets): `value='Ankara'` and `value > 50` then work as they
/// read, and a date can be compared as a range of days.
public struct FlatEntity: Sendable, Equatable {
    /// The value as text: a name, an ISO date; nil for numbers (see `number`).
    public var text: String?
    /// PERCENT's number, or MONEY's amount.
    public var number: Double?
    public var currency: String?
    /// The first and last day a DATE covers (`2017-07` → `2017-07-01`, `2017-07-31`;
    /// an interval from its first start to its last end); nil when the form is unknown.
    public var dateStart: String?
    public var dateEnd: String?

    public init(_ value: EntityValue) {
        switch value {
        case .name(let name):
            text = name
        case .number(let percent):
            number = percent
        case .money(let amount, let code):
            number = amount
            currency = code
        case .date(let iso):
            text = iso
            let ends = iso.split(separator: "/", omittingEmptySubsequences: false)
            if ends.count <= 2, let first = ends.first, let last = ends.last,
               let start = Self.days(of: String(first))?.first, let end = Self.days(of: String(last))?.last {
                dateStart = start.iso
                dateEnd = end.iso
            }
        }
    }

    /// The days of `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`.
    static func days(of period: String) -> (first: CalendarDate, last: CalendarDate)? {
        let parts = period.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText) else { return nil }
        switch parts.count {
        case 1:
            guard let first = CalendarDate(year: year, month: 1, day: 1), let last = CalendarDate(year: year, month: 12, day: 31)
            else { return nil }
            return (first, last)
        case 2 where parts[1].hasPrefix("W"):
            guard let week = Int(parts[1].dropFirst()), (1...53).contains(week),
                  let january4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
            let monday = january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
            return (monday, monday.adding(days: 6))
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]), let first = CalendarDate(year: year, month: month, day: 1),
                  let last = CalendarDate(year: year, month: month, day: CalendarDate.days(inMonth: month, year: year))
            else { return nil }
            return (first, last)
        case 3:
            guard parts[1].count == 2, parts[2].count == 2, let day = CalendarDate(iso: period) else { return nil }
            return (day, day)
        default:
            return nil
        }
    }
}
