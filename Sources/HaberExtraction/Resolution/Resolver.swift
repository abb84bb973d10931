import HaberText

/// Settles overlapping candidates: the one covering more text wins, then the more
/// specific one (higher priority), then the earlier one.
///
/// This is what keeps `Ankara` inside `Ankara Kalkınma Ajansı` from being a separate CITY,
/// and `2005` inside `21.07.2005` from being a separate DATE.
public struct Resolver: Sendable {
    public init() {}

    public func resolve(_ candidates: [Candidate]) -> [Candidate] {
        // Indices are sorted, not candidates: a candidate is a large value, and moving one
        // costs more than comparing two keys. Equal keys keep their input order.
        let keys = candidates.map { Key(length: $0.range.count, priority: $0.priority, start: $0.range.lowerBound) }
        let ordered = keys.indices.sorted { a, b in
            let x = keys[a], y = keys[b]
            if x.length != y.length { return x.length > y.length }
            if x.priority != y.priority { return x.priority > y.priority }
            if x.start != y.start { return x.start < y.start }
            return a < b
        }
        var accepted: [Int] = []
        var taken = IntervalSet()
        for index in ordered where keys[index].length > 0 && !taken.overlaps(candidates[index].range) {
            taken.insert(candidates[index].range)
            accepted.append(index)
        }
        // Accepted spans do not overlap, so their starts differ.
        return accepted.sorted { keys[$0].start < keys[$1].start }.map { candidates[$0] }
    }

    private struct Key {
        var length: Int
        var priority: Int
        var start: Int
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
