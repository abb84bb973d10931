@testable import HaberExtraction
import Testing

/// `CandidateParts`: the extractors' arrays read as one list, and `Candidate`'s and
/// `Entity`'s fields as their initializers set them.
@Suite("CandidateParts")
struct CandidatePartsTests {
    /// Parts of candidates named by their starts (a candidate at `s` spans `s..<s+1`).
    static func parts(_ starts: [[Int]]) -> CandidateParts {
        var parts = CandidateParts(capacity: starts.count)
        for part in starts {
            parts.append(part.map { Candidate(type: .city, range: $0..<($0 + 1), tokens: $0..<($0 + 1), value: .name("c\($0)"), priority: $0) })
        }
        return parts
    }

    /// Each row: the parts, a flat index, the start of the candidate taken there.
    @Test("a flat index finds its part", arguments: [
        ([[10, 11, 12]], 0, 10), ([[10, 11, 12]], 2, 12),
        ([[10, 11], [], [15]], 2, 15), ([[], [13, 14]], 0, 13), ([[], [13, 14]], 1, 14),
        ([[10], [11], [12, 13]], 3, 13), ([[10], [11], [12, 13]], 1, 11), ([[10, 11], [], [], [16, 17]], 3, 17),
    ])
    func take(starts: [[Int]], index: Int, expected: Int) {
        var parts = Self.parts(starts)
        let taken = parts.take(index)
        #expect(taken.range == expected..<(expected + 1))
        #expect(taken.value == .name("c\(expected)"))
        #expect(taken.priority == expected)
    }

    /// Taking leaves an inert candidate (no text, no strings) in the place, the others as they were.
    @Test("taking leaves an empty span in its place", arguments: [
        ([[10, 11, 12]], 1), ([[10], [], [12, 13]], 2), ([[], [13]], 0),
    ])
    func takenPlace(starts: [[Int]], index: Int) {
        var parts = Self.parts(starts)
        _ = parts.take(index)
        let spans = parts.spans
        let all = starts.flatMap { $0 }
        #expect(spans.count == all.count)
        #expect(spans[index].range.isEmpty)
        for flat in spans.indices where flat != index {
            #expect(spans[flat].range == all[flat]..<(all[flat] + 1))
        }
    }

    /// The spans come in flat order: the parts' candidates one after another, empty parts skipped.
    @Test("spans in flat order", arguments: [[[Int]]]([
        [], [[]], [[3]], [[3, 1], [], [2]], [[], [], [7, 8, 9]], [[5], [4], [3], [2]],
    ]))
    func spans(starts: [[Int]]) {
        let parts = Self.parts(starts)
        #expect(parts.count == starts.joined().count)
        #expect(parts.spans.map(\.range.lowerBound) == Array(starts.joined()))
        #expect(parts.spans.map(\.priority) == Array(starts.joined()))
    }

    /// Each row: canonical, ref, mod, relative; what the initializer is given it keeps, and no day.
    @Test("a candidate keeps its fields", arguments: [
        (String?.none, String?.none, String?.none, false), ("Ankara", nil, nil, false), (nil, "geonames:323786", nil, false),
        (nil, nil, "before", true), ("Türkiye", "iso3166:TR", nil, false), ("a", "b", "c", true),
    ])
    func candidateFields(canonical: String?, ref: String?, mod: String?, relative: Bool) {
        let candidate = Candidate(type: .date, range: 2..<5, tokens: 1..<2, value: .date("2010"), canonical: canonical, ref: ref,
                                  mod: mod, relative: relative, priority: 4)
        #expect(candidate.canonical == canonical && candidate.ref == ref && candidate.mod == mod)
        #expect(candidate.relative == relative && candidate.priority == 4 && candidate.day == nil)
        #expect(candidate.value == .date("2010") && candidate.range == 2..<5 && candidate.tokens == 1..<2)
    }

    /// Each row: canonical, ref, mod, relative; an entity keeps them, and equals another only with the same.
    @Test("an entity keeps its fields", arguments: [
        (String?.none, String?.none, String?.none, false), ("Ankara", nil, nil, false), (nil, "geonames:323786", nil, false),
        (nil, nil, "before", true), ("a", "b", "c", true),
    ])
    func entityFields(canonical: String?, ref: String?, mod: String?, relative: Bool) {
        func entity(canonical: String?) -> Entity {
            Entity(type: .city, text: "Ankara'da", start: 3, end: 12, value: .name("Ankara"), canonical: canonical, ref: ref,
                   mod: mod, relative: relative)
        }
        let made = entity(canonical: canonical)
        #expect(made.canonical == canonical && made.ref == ref && made.mod == mod && made.relative == relative)
        #expect(made.text == "Ankara'da" && made.start == 3 && made.end == 12 && made.value == .name("Ankara"))
        #expect(made == entity(canonical: canonical))
        #expect(made != entity(canonical: (canonical ?? "") + "x"))
    }
}
