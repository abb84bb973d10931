import Testing

@testable import HaberRecords

/// The run's id registry against a `Set<String>` on the same inserts.
@Suite("used ids")
struct UsedIDsTests {
    @Test("one line each: inserts in order and whether each was new", arguments: [
        (["a"], [true]),
        (["a", "a"], [true, false]),
        (["a", "b", "a", "b", "c"], [true, true, false, false, true]),
        (["", ""], [true, false]),
        (["ab", "a", "b", "ba"], [true, true, true, true]),
        (["x/y", "x", "x/y/z", "x/y"], [true, true, true, false]),
        (["İŞİM", "işim", "İŞİM"], [true, true, false]),
        (["é", "e\u{301}"], [true, true]),
        (["stdin", "stdin-2", "stdin"], [true, true, false]),
        ([String(repeating: "k", count: 300), String(repeating: "k", count: 299), String(repeating: "k", count: 300)], [true, true, false]),
    ] as [([String], [Bool])])
    func table(ids: [String], expected: [Bool]) {
        var used = UsedIDs()
        #expect(ids.map { used.insert($0) } == expected)
        #expect(used.count == expected.filter { $0 }.count)
    }

    @Test("agrees with a Set<String> over many ids, the table grown many times", arguments: [1, 7, 42])
    func agreesWithSet(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var used = UsedIDs()
        var reference: Set<String> = []
        var disagreements: [String] = []
        for _ in 0..<50_000 {
            // Few distinct short ids and many long ones, so that both repeats and growth happen.
            let short = random.next() % 2 == 0
            let id = short ? "d\(random.next() % 5_000)" : "folder/\(random.next() % 40_000)/article-\(random.next() % 3)"
            if used.insert(id) != reference.insert(id).inserted { disagreements.append(id) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        #expect(used.count == reference.count)
    }
}
