import HaberText

extension DateReader {
    /// `two Sundays from now`, `3 Fridays from now`: a count of a weekday in the plural (kind
    /// `weekday-plural`, value the weekday as ``CalendarDate/weekday`` numbers it, Monday 1) counted from the
    /// reference by a word of kind `offset-from` forward and one of kind `offset-now`: the
    /// count-th such weekday after the reference. Nothing else counts from the plural
    /// (`two Sundays ago`, `two Sundays later` are left: the second counts from the story).
    func weekdaysFromNow(_ i: Int) -> DateMention? {
        guard !caseSuffixes, let reference, let (number, next) = count(i), (1...10).contains(number), follows(next),
              let value = exactGram(next, .weekdayPlural), let weekday = Int(value), (1...7).contains(weekday),
              follows(next + 1), exactGram(next + 1, .offsetFrom).flatMap({ Int($0) }) == 1,
              follows(next + 2), exactGram(next + 2, .offsetNow) != nil else { return nil }
        var date = reference.adding(days: 1)
        while date.weekday != weekday { date = date.adding(days: 1) }
        date = date.adding(days: 7 * (number - 1))
        return DateMention(tokens: i..<(next + 3), end: tokens[next + 2].stemRange.upperBound,
                           value: .interval(DateInterval(day: date)), relative: true)
    }
}
