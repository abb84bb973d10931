import HaberText

/// Settles overlapping candidates: the one covering more text wins, then the more
/// specific one (higher priority), then the earlier one.
///
/// This is what keeps `Ankara` inside `Ankara Kalkınma Ajansı` from being a separate CITY,
/// and `2005` inside `21.07.2005` from being a separate DATE.
public struct Resolver: Sendable {
    public init() {}

    public func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = candidates.sorted { a, b in
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            if a.priority != b.priority { return a.priority > b.priority }
            return a.range.lowerBound < b.range.lowerBound
        }
        var accepted: [Candidate] = []
        var taken = IntervalSet()
        for candidate in ordered where !candidate.range.isEmpty && !taken.overlaps(candidate.range) {
            taken.insert(candidate.range)
            accepted.append(candidate)
        }
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

/// Disjoint ranges kept sorted, for overlap tests in O(log n).
struct IntervalSet {
    private var ranges: [Range<Int>] = []

    func overlaps(_ range: Range<Int>) -> Bool {
        let index = insertionIndex(range.lowerBound)
        if index < ranges.count, ranges[index].overlaps(range) { return true }
        if index > 0, ranges[index - 1].overlaps(range) { return true }
        return false
    }

    mutating func insert(_ range: Range<Int>) {
        ranges.insert(range, at: insertionIndex(range.lowerBound))
    }

    private func insertionIndex(_ lowerBound: Int) -> Int {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound < lowerBound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
