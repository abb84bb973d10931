@testable import HaberExtraction
import HaberText
import Testing

/// `NumberReader`: numbers as each language writes them.
@Suite("NumberReader")
struct NumberReaderTests {
    /// Each row: the written number, the decimal separator of its language
    /// (`models/languages.tsv`), its value (nil: not a number).
    @Test("values", arguments: [
        ("1.000", ",", 1000),
        ("2,5", ",", 2.5),
        ("52.6", ",", 52.6),
        ("1,000", ".", 1000),
        ("3.5", ".", 3.5),
        ("3.5", ",", 3.5),
        ("1.000.000", ",", 1_000_000),
        ("1,000,000", ".", 1_000_000),
        ("1.234,5", ",", 1234.5),
        ("1,234.5", ".", 1234.5),
        ("2,5", ",", 2.5),
        ("15", ",", 15),
        ("0,75", ",", 0.75),
        ("-5", ",", -5),
        ("1 000", ",", 1000),
        ("1,000", ",", 1),
        ("1.000", ".", 1),
        ("1,000,000", ",", 1_000_000),
        ("abc", ",", nil),
        ("", ",", nil),
        ("12a", ",", nil),
    ] as [(String, Character, Double?)])
    func values(text: String, separator: Character, expected: Double?) {
        #expect(NumberReader.value(of: text, decimalSeparator: separator) == expected)
    }

    /// Each row: a language, its decimal separator, whether it glues case endings to words,
    /// whether its translations write a currency sign before its letter (`$ c`), whether its
    /// country names count everywhere, and the currency of a sub-unit word alone (`50 cents`),
    /// as `models/languages.tsv` gives them; `xx` is no listed language and has the defaults.
    @Test("language profiles from the languages table", arguments: [
        ("tr", ",", true, true, false, nil),
        ("en", ".", false, false, true, "USD"),
        ("fr", ",", false, true, false, "EUR"),
        ("de", ",", false, false, false, "EUR"),
        ("es", ",", false, false, false, "EUR"),
        ("xx", ",", false, false, false, nil),
    ] as [(String, Character, Bool, Bool, Bool, String?)])
    func profiles(language: String, separator: Character, suffixes: Bool, signBefore: Bool, everywhere: Bool, subunits: String?) throws {
        let profile = try LanguageProfiles(models: Fixture.modelDirectory)[language]
        #expect(profile.decimalSeparator == separator)
        #expect(profile.hasCaseSuffixes == suffixes)
        #expect(profile.writesSignBeforeLetter == signBefore)
        #expect(profile.countryNamesCountEverywhere == everywhere)
        #expect(profile.subunitCurrency == subunits)
    }

    /// Every text of up to seven characters of digits, commas and full stops, and longer
    /// numbers as articles write them: the byte-by-byte reading gives what the character-by-
    /// character one gives, with either decimal separator.
    @Test("the byte reader agrees with the character reader", arguments: [",", "."] as [Character])
    func byteReaderAgrees(separator: Character) {
        var texts = [""], all: [String] = []
        for _ in 0..<7 {
            texts = texts.flatMap { text in ["0", "1", "7", ",", "."].map { text + $0 } }
            all += texts
        }
        all += ["1.234.567,89", "12,345,678.9", "1.000.000", "1,000,000", "2.500,75", "10.000,5", "0,000001", "123456789.5",
                "1.234,5€", "1 000", "-2,5", "٣,٥", "2,5-3", "1..2", "3.", "3,"]
        let mismatches = all.filter {
            NumberReader.value(of: $0, decimalSeparator: separator) != NumberReader.characterValue(of: $0, decimalSeparator: separator)
        }
        #expect(all.count > 90_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// Runs of digits of every length up to twenty: read as `Double(_:)` reads them (an
    /// integer up to fifteen digits).
    @Test("runs of digits read as Double reads them", arguments: [
        "0", "7", "007", "2005", "999999", "123456789012", "900719925474099", "999999999999999", "000000000000001",
        "1234567890123456", "9007199254740993", "99999999999999999999",
    ])
    func digitRuns(text: String) {
        #expect(NumberReader.value(of: text, decimalSeparator: ",") == Double(text))
        #expect(NumberReader.value(of: text, decimalSeparator: ".") == Double(text))
    }

    @Test("plain digits", arguments: [("2005", true), ("21.07.2017", false), ("", false), ("٣", false), ("12a", false)])
    func digits(text: String, expected: Bool) {
        #expect(NumberReader.isDigits(text) == expected)
    }
}

/// `CalendarDate`: ISO dates, day arithmetic, weekdays.
@Suite("CalendarDate")
struct CalendarDateTests {
    /// Each row: an ISO string and the date it parses to (nil: rejected).
    @Test("ISO parsing", arguments: [
        ("2017-07-21", "2017-07-21"),
        ("2016-02-29", "2016-02-29"),
        ("2000-02-29", "2000-02-29"),
        ("2017-07-21T10:00:00Z", "2017-07-21"),
        ("2017-02-29", nil),
        ("1900-02-29", nil),
        ("2017-13-01", nil),
        ("2017-04-31", nil),
        ("2017-00-10", nil),
        ("21.07.2017", nil),
        ("2017-07", nil),
        ("17-07-21", nil),
        ("bad", nil),
    ] as [(String, String?)])
    func iso(text: String, expected: String?) {
        #expect(CalendarDate(iso: text)?.iso == expected)
    }

    @Test("fields and padding")
    func fields() throws {
        let date = try #require(CalendarDate(year: 2017, month: 7, day: 1))
        #expect(date.year == 2017 && date.month == 7 && date.day == 1)
        #expect(date.iso == "2017-07-01")
        #expect(date.description == "2017-07-01")
        #expect(CalendarDate(year: 999, month: 1, day: 2)?.iso == "0999-01-02")
    }

    /// Each row: a date and its days since 1970-01-01.
    @Test("day numbers", arguments: [
        ("1970-01-01", 0),
        ("1970-01-02", 1),
        ("1969-12-31", -1),
        ("2000-01-01", 10957),
        ("2000-03-01", 11017),
        ("2017-07-21", 17368),
        ("2024-02-29", 19782),
    ])
    func dayNumbers(text: String, expected: Int) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.dayNumber == expected)
        #expect(CalendarDate(dayNumber: expected) == date)
    }

    /// Each row: a date and its ISO weekday (Monday 1 … Sunday 7).
    @Test("weekdays", arguments: [
        ("1970-01-01", 4),
        ("2017-07-21", 5),
        ("2000-01-01", 6),
        ("2024-02-29", 4),
        ("2023-01-01", 7),
        ("2023-01-02", 1),
        ("1969-12-29", 1),
    ])
    func weekdays(text: String, expected: Int) throws {
        #expect(try #require(CalendarDate(iso: text)).weekday == expected)
    }

    /// Each row: a date, days to add, the result.
    @Test("adding days", arguments: [
        ("2017-12-31", 1, "2018-01-01"),
        ("2016-02-28", 1, "2016-02-29"),
        ("2017-02-28", 1, "2017-03-01"),
        ("2017-03-01", -1, "2017-02-28"),
        ("2017-07-21", 365, "2018-07-21"),
    ])
    func adding(text: String, days: Int, expected: String) throws {
        #expect(try #require(CalendarDate(iso: text)).adding(days: days).iso == expected)
    }

    @Test("day numbers round-trip for every day of 1899–2101")
    func roundTrip() throws {
        let first = try #require(CalendarDate(iso: "1899-01-01")).dayNumber
        let last = try #require(CalendarDate(iso: "2101-12-31")).dayNumber
        var wrong: [Int] = []
        var previous: CalendarDate?
        for number in first...last {
            let date = CalendarDate(dayNumber: number)
            if date.dayNumber != number || CalendarDate(year: date.year, month: date.month, day: date.day) != date
                || previous.map({ !($0 < date) }) == true {
                wrong.append(number)
            }
            previous = date
        }
        #expect(wrong.isEmpty, "day numbers that do not round-trip: \(wrong.prefix(10))")
        #expect(CalendarDate(dayNumber: last).iso == "2101-12-31")
    }

    @Test("leap years", arguments: [(2016, true), (2017, false), (2000, true), (1900, false), (2100, false), (2024, true)])
    func leap(year: Int, expected: Bool) {
        #expect(CalendarDate.isLeap(year) == expected)
        #expect(CalendarDate.days(inMonth: 2, year: year) == (expected ? 29 : 28))
    }
}
