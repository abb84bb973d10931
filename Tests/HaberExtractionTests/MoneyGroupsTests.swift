@testable import HaberExtraction
import Testing

/// `MoneyExtractor.hasGroupsOfThree(_:separator:)`, read from bytes where the separator is one
/// ASCII byte: the same answers as the stem split at the separator as characters.
@Suite("Money digit groups")
struct MoneyGroupsTests {
    /// Each row: a stem, the separator, and whether it is digits in groups of three after it.
    @Test("digits in groups of three", arguments: [
        ("1,300", ",", true), ("12,345,678", ",", true), ("123,456", ",", true), ("1.300", ".", true),
        ("1300", ",", false), ("1,30", ",", false), ("1,3000", ",", false), (",300", ",", false),
        ("1,300,", ",", false), ("1234,567", ",", false), ("1,3a0", ",", false), ("1.300", ",", false),
        ("1,,300", ",", false), ("١,٣٠٠", ",", false), ("1,30\u{301}0", ",", false), ("", ",", false),
        ("1·300", "·", true), ("1·30", "·", false),
    ] as [(String, Character, Bool)])
    func groups(stem: String, separator: Character, expected: Bool) {
        #expect(MoneyExtractor.hasGroupsOfThree(stem, separator: separator) == expected)
    }
}
