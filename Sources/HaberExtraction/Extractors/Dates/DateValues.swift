/// A span of days (inclusive) at the granularity it was written in.
struct DateInterval: Sendable, Equatable {
    enum Unit: Int, Sendable, Comparable {
        case day, week, month, quarter, year, decade
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var start: CalendarDate
    var end: CalendarDate
    var unit: Unit

    init(start: CalendarDate, end: CalendarDate, unit: Unit) {
        self.start = start
        self.end = end
        self.unit = unit
    }

    init(day: CalendarDate) { self.init(start: day, end: day, unit: .day) }

    static func month(_ year: Int, _ month: Int) -> DateInterval? {
        guard let start = CalendarDate(year: year, month: month, day: 1),
              let end = CalendarDate(year: year, month: month, day: CalendarDate.days(inMonth: month, year: year))
        else { return nil }
        return DateInterval(start: start, end: end, unit: .month)
    }

    static func months(_ year: Int, _ first: Int, _ last: Int, unit: Unit = .month) -> DateInterval? {
        guard let a = month(year, first), let b = month(year, last) else { return nil }
        return DateInterval(start: a.start, end: b.end, unit: unit)
    }

    static func year(_ year: Int) -> DateInterval? {
        guard let start = CalendarDate(year: year, month: 1, day: 1), let end = CalendarDate(year: year, month: 12, day: 31)
        else { return nil }
        return DateInterval(start: start, end: end, unit: .year)
    }

    /// The ISO week (Monday to Sunday) that holds `day`.
    static func week(of day: CalendarDate) -> DateInterval {
        let monday = day.adding(days: 1 - day.weekday)
        return DateInterval(start: monday, end: monday.adding(days: 6), unit: .week)
    }

    /// ISO 8601 at the written granularity: `2017-07-21`, `2017-07`, `2017`, `2016-W45`,
    /// or an interval `START/END` (ends inclusive, each at the unit's granularity).
    var iso: String {
        switch unit {
        case .day:
            return start == end ? start.iso : "\(start.iso)/\(end.iso)"
        case .week:
            if start.weekday == 1, end == start.adding(days: 6) {
                let thursday = start.adding(days: 3)
                let week = (thursday.dayNumber - CalendarDate(year: thursday.year, month: 1, day: 1)!.dayNumber) / 7 + 1
                return "\(CalendarDate.pad(thursday.year, 4))-W\(CalendarDate.pad(week, 2))"
            }
            return start == end ? start.iso : "\(start.iso)/\(end.iso)"
        case .month, .quarter:
            let a = "\(CalendarDate.pad(start.year, 4))-\(CalendarDate.pad(start.month, 2))"
            let b = "\(CalendarDate.pad(end.year, 4))-\(CalendarDate.pad(end.month, 2))"
            return a == b ? a : "\(a)/\(b)"
        case .year, .decade:
            return start.year == end.year ? CalendarDate.pad(start.year, 4)
                : "\(CalendarDate.pad(start.year, 4))/\(CalendarDate.pad(end.year, 4))"
        }
    }
}

extension CalendarDate {
    /// The same day `months` months away, clamped to the month's length.
    func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        let month = index - year * 12 + 1
        return CalendarDate(year: year, month: month, day: min(day, CalendarDate.days(inMonth: month, year: year)))!
    }
}
