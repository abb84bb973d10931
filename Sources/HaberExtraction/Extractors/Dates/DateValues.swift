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
            return start == end ? ISOText.day(start) : ISOText.day(start) + "/" + ISOText.day(end)
        case .week:
            if start.weekday == 1, end == start.adding(days: 6) {
                let thursday = start.adding(days: 3)
                let week = (thursday.dayNumber - CalendarDate(year: thursday.year, month: 1, day: 1)!.dayNumber) / 7 + 1
                return "\(CalendarDate.pad(thursday.year, 4))-W\(CalendarDate.pad(week, 2))"
            }
            return start == end ? ISOText.day(start) : ISOText.day(start) + "/" + ISOText.day(end)
        case .month, .quarter:
            let a = ISOText.month(start.year, start.month)
            let b = ISOText.month(end.year, end.month)
            return a == b ? a : a + "/" + b
        case .year, .decade:
            return start.year == end.year ? ISOText.year(start.year) : ISOText.year(start.year) + "/" + ISOText.year(end.year)
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

/// ISO 8601 days, months and years written as ASCII bytes, exactly as
/// ``CalendarDate/pad(_:_:)`` pads their fields: interpolating three padded strings cost
/// some 2,500 instructions a date, and every date candidate writes one or two.
enum ISOText {
    /// `2017-07-21`.
    static func day(_ date: CalendarDate) -> String {
        guard fits(date.year, 4), fits(date.month, 2), fits(date.day, 2) else { return date.iso }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            put(date.year, width: 4, into: buffer, at: 0)
            buffer[4] = 0x2D
            put(date.month, width: 2, into: buffer, at: 5)
            buffer[7] = 0x2D
            put(date.day, width: 2, into: buffer, at: 8)
            return 10
        }
    }

    /// `2017-07`.
    static func month(_ year: Int, _ month: Int) -> String {
        guard fits(year, 4), fits(month, 2) else { return "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))" }
        return String(unsafeUninitializedCapacity: 7) { buffer in
            put(year, width: 4, into: buffer, at: 0)
            buffer[4] = 0x2D
            put(month, width: 2, into: buffer, at: 5)
            return 7
        }
    }

    /// `2017`.
    static func year(_ year: Int) -> String {
        guard fits(year, 4) else { return CalendarDate.pad(year, 4) }
        return String(unsafeUninitializedCapacity: 4) { buffer in
            put(year, width: 4, into: buffer, at: 0)
            return 4
        }
    }

    /// Whether `value` is written in `width` digits, zeros first (a negative number or a
    /// longer one is padded otherwise, and left to ``CalendarDate/pad(_:_:)``).
    private static func fits(_ value: Int, _ width: Int) -> Bool {
        value >= 0 && value < (width == 4 ? 10_000 : 100)
    }

    private static func put(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = value
        for index in stride(from: start + width - 1, through: start, by: -1) {
            buffer[index] = 0x30 &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
    }
}
