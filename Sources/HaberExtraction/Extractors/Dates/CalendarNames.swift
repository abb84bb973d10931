/// Month and weekday names (``CalendarLexicon``) arranged for the question the date reader
/// asks of a word's form at first sight: which names it can open with.
///
/// An inflected name (`Temmuz'da` written `temmuzda`, `pazartesiden`) opens with the name
/// itself, so only the few names with the word's first scalar are compared; most words have
/// no name as a head at all, and were split into stem and suffix and their stems looked up
/// (some 12,000 instructions a form) before they were refused.
struct CalendarNames: Sendable {
    typealias Name = (name: String, number: Int)

    /// The first three letters of every month and weekday name: a word that opens
    /// otherwise is no inflected month or weekday, and its suffixes need no analysis.
    let openings: Set<Substring>
    /// Month names by first scalar, each list in the order of the table's iteration.
    private let months: [Unicode.Scalar: [Name]]
    /// Weekday names the same way.
    private let weekdays: [Unicode.Scalar: [Name]]

    init(calendar: CalendarLexicon) {
        openings = Set((Array(calendar.months.keys) + Array(calendar.weekdays.keys)).map { Substring($0.prefix(3)) })
        months = Self.byFirstScalar(calendar.months)
        weekdays = Self.byFirstScalar(calendar.weekdays)
    }

    private static func byFirstScalar(_ table: [String: Int]) -> [Unicode.Scalar: [Name]] {
        var grouped: [Unicode.Scalar: [Name]] = [:]
        for (name, number) in table {
            guard let first = name.unicodeScalars.first else { continue }
            grouped[first, default: []].append((name, number))
        }
        return grouped
    }

    /// The month names that `key` has as a head and goes on after: the only stems an
    /// inflected month can have.
    func monthHeads(of key: String) -> [Name] { Self.heads(of: key, in: months) }

    /// The weekday names that `key` has as a head and goes on after, in the order of the
    /// weekday table's iteration.
    func weekdayHeads(of key: String) -> [Name] { Self.heads(of: key, in: weekdays) }

    private static func heads(of key: String, in names: [Unicode.Scalar: [Name]]) -> [Name] {
        guard let first = key.unicodeScalars.first, let candidates = names[first] else { return [] }
        return candidates.filter { key.hasUTF8Prefix($0.name) && key.count > $0.name.count }
    }
}
