/// The kinds of entity FORMAT.md defines.
public enum EntityType: String, Sendable, CaseIterable, Comparable, Codable {
    case organization = "ORG", city = "CITY", country = "COUNTRY", person = "PERSON"
    case percent = "PERCENT", date = "DATE", money = "MONEY"

    /// FORMAT.md's order of types, from 0: also a type's place in a table of one entry a type.
    public var order: Int {
        switch self {
        case .organization: 0
        case .city: 1
        case .country: 2
        case .person: 3
        case .percent: 4
        case .date: 5
        case .money: 6
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    /// Names are matched by text; the rest by value.
    public var isName: Bool { [.organization, .city, .country, .person].contains(self) }
}

/// An entity's normalized value (FORMAT.md `value`).
public enum EntityValue: Sendable, Equatable, Hashable {
    /// A name's base form, without case suffixes, in its original capitalization.
    case name(String)
    /// A percentage.
    case number(Double)
    /// An ISO 8601 date at its written granularity, or an interval `START/END`.
    case date(String)
    /// An amount of money with its ISO 4217 currency code.
    case money(amount: Double, currency: String)
}

/// A mention found by one extractor, before overlaps are settled.
///
/// Its optional fields are spelled `Optional<…>`, not `…?`: a `var x: T?` starts as nil
/// before the initializer runs, which turned each of the initializer's stores into an
/// assignment and the new candidate into a copy of itself (every string retained, then the
/// first released), once for every candidate made. ``Entity`` likewise.
public struct Candidate: Sendable, Equatable {
    public var type: EntityType
    /// Span in the normalized text (UTF-16), suffixes excluded.
    public var range: Range<Int>
    /// Token indices the span covers.
    public var tokens: Range<Int>
    public var value: EntityValue
    public var canonical: Optional<String>
    /// The name's identifier in a public registry, `SCHEME:ID` (``Entity/ref``).
    public var ref: Optional<String>
    /// What qualifies a DATE's period (``Entity/mod``).
    public var mod: Optional<String>
    public var relative: Bool
    /// The day a DATE names, when it names one day: the header reads a date line's day here,
    /// not by parsing the ISO value back.
    public var day: Optional<CalendarDate>
    /// Breaks ties between overlapping candidates of equal length: higher wins.
    public var priority: Int

    public init(
        type: EntityType, range: Range<Int>, tokens: Range<Int>, value: EntityValue, canonical: String? = nil,
        ref: String? = nil, mod: String? = nil, relative: Bool = false, priority: Int = 0
    ) {
        self.type = type
        self.range = range
        self.tokens = tokens
        self.value = value
        self.canonical = canonical
        self.ref = ref
        self.mod = mod
        self.relative = relative
        day = nil
        self.priority = priority
    }
}

/// A settled entity, located in the original text. (`Optional<…>`: see ``Candidate``.)
public struct Entity: Sendable, Equatable {
    public var type: EntityType
    /// The mention as written in the original text (`text[start..<end]`).
    public var text: String
    /// Offsets in Unicode scalars of the original text, end exclusive.
    public var start: Int
    public var end: Int
    public var value: EntityValue
    public var canonical: Optional<String>
    /// The name's identifier in a public registry, as `SCHEME:ID`: `iso3166:FR` for a
    /// COUNTRY, `geonames:323786` for a CITY, and for an ORG whatever its lexicon row gives.
    public var ref: Optional<String>
    /// What qualifies a DATE's period, after TimeML's TIMEX3 `mod`: `before`, `after`,
    /// `since`, `until`, `start`, `mid`, `end`, `approx` (`2010'dan önce` → `2010`, `before`).
    public var mod: Optional<String>
    public var relative: Bool

    public init(
        type: EntityType, text: String, start: Int, end: Int, value: EntityValue, canonical: String? = nil,
        ref: String? = nil, mod: String? = nil, relative: Bool = false
    ) {
        self.type = type
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.canonical = canonical
        self.ref = ref
        self.mod = mod
        self.relative = relative
    }
}
