import HaberText

/// Settles overlapping candidates: the one covering more text wins, then the more
/// specific one (higher priority), then the earlier one.
///
/// This is what keeps `Ankara` inside `Ankara Kalkınma Ajansı` from being a separate CITY,
/// and `2005` inside `21.07.2005` from being a separate DATE.
public struct Resolver: Sendable {
    public init() {}

    /// What settling reads of a candidate: its span and its priority, without its strings,
    /// so that the pipeline settles indices and never copies a candidate.
    struct Span {
        var range: Range<Int>
        var priority: Int

        init(_ candidate: borrowing Candidate) {
            range = candidate.range
            priority = candidate.priority
        }
    }

    public func resolve(_ candidates: [Candidate]) -> [Candidate] {
        settle(candidates.map(Span.init)).map { candidates[$0] }
    }

    /// The indices of the `spans` kept, in text order.
    func settle(_ spans: [Span]) -> [Int] {
        // Spans that do not overlap and come in text order are all kept, in that order: the
        // second settling of an article whose linker found no short mention gets the spans the
        // first one kept, and sorted them twice to keep them all.
        if Self.areDisjointInOrder(spans) { return Array(spans.indices) }
        // Indices are sorted, not candidates: a candidate is a large value, and moving one
        // costs more than comparing two keys. Equal keys keep their input order.
        let end = spans.reduce(0) { max($0, $1.range.upperBound) }
        var taken = TakenPositions(count: end)
        var accepted: [Int] = []
        accepted.reserveCapacity(spans.count)
        // Inlined: called apart, each of the some 90,000 spans of the bench paid a call with
        // its captured context (about 10 M instructions).
        @inline(__always)
        func consider(_ index: Int) {
            let range = spans[index].range
            guard !range.isEmpty, range.lowerBound >= 0, taken.take(range) else { return }
            accepted.append(index)
        }
        // The packed keys are walked as they are, their indices read from their low bits:
        // an array of the indices was one more allocation and copy per call.
        guard var keys = Self.packedKeys(of: spans) else {
            for index in Self.order(of: spans) { consider(index) }
            return accepted.sorted { spans[$0].range.lowerBound < spans[$1].range.lowerBound }
        }
        for key in keys { consider(Int(key & Self.indexMask)) }
        // Accepted spans do not overlap, so their starts differ; where the order was packed,
        // a start and an index fit in one integer. Sorted in the array of the packed keys, and
        // read back into `accepted`: two arrays made for them were two allocations a call.
        keys.removeAll(keepingCapacity: true)
        for index in accepted { keys.append(UInt64(spans[index].range.lowerBound) << 32 | UInt64(index)) }
        Self.sortKeys(&keys)
        for position in keys.indices { accepted[position] = Int(keys[position] & 0xFFFF_FFFF) }
        return accepted
    }

    /// Whether each of `spans` is a range of the text (not empty, not before its start) that
    /// starts at or after the end of the one before it: then none overlaps another, and
    /// settling keeps each, in their order.
    static func areDisjointInOrder(_ spans: [Span]) -> Bool {
        var end = 0
        for span in spans {
            guard span.range.lowerBound >= end, !span.range.isEmpty else { return false }
            end = span.range.upperBound
        }
        return true
    }

    /// The settling order (longer, then higher priority, then earlier, then first proposed)
    /// as one integer a candidate, so that the sort compares integers and calls no closure:
    /// the sort with a comparator was most of the resolver's cost. Nil when a field does not
    /// fit its bits (a document of millions of characters), for ``order(of:)`` to answer.
    static func packedOrder(of spans: [Span]) -> [Int]? {
        packedKeys(of: spans)?.map { Int($0 & indexMask) }
    }

    /// The bits of an index at the bottom of a key of ``packedKeys(of:)``.
    static var indexBits: Int { 14 }
    static var indexMask: UInt64 { 1 << UInt64(indexBits) - 1 }

    /// The keys of ``packedOrder(of:)``, sorted: each holds the index of its span in its
    /// low ``indexBits`` bits.
    static func packedKeys(of spans: [Span]) -> [UInt64]? {
        let lengthBits = 20, priorityBits = 8, startBits = 22, indexBits = Self.indexBits
        guard spans.count < 1 << indexBits else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(spans.count)
        for (index, span) in spans.enumerated() {
            let length = span.range.count, start = span.range.lowerBound, priority = span.priority
            guard length < 1 << lengthBits, (0..<(1 << priorityBits)).contains(priority), (0..<(1 << startBits)).contains(start)
            else { return nil }
            // Longer and higher first: their complements sort ascending.
            var key = UInt64((1 << lengthBits) - 1 - length)
            key = key << priorityBits | UInt64((1 << priorityBits) - 1 - priority)
            key = key << startBits | UInt64(start)
            keys.append(key << indexBits | UInt64(index))
        }
        sortKeys(&keys)
        return keys
    }

    /// Sorts `keys` ascending, in place: keys that differ (each holds its own index), so that
    /// any order-preserving sort gives the same result, and an unstable one does less work.
    ///
    /// A quicksort with an insertion sort for short ranges: the standard library's stable sort
    /// sorted the 45 keys of a typical document by insertion alone, most of the resolver's cost.
    static func sortKeys(_ keys: inout [UInt64]) {
        keys.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 1 else { return }
            quicksort(base, low: 0, high: buffer.count - 1)
        }
    }

    /// Swaps two keys (a pointer has no `swapAt`).
    @inline(__always)
    private static func exchange(_ keys: UnsafeMutablePointer<UInt64>, _ a: Int, _ b: Int) {
        let key = keys[a]
        keys[a] = keys[b]
        keys[b] = key
    }

    /// Sorts `keys[low...high]`, recurring into the shorter part of each partition only.
    private static func quicksort(_ keys: UnsafeMutablePointer<UInt64>, low: Int, high: Int) {
        var low = low, high = high
        while high - low > 16 {
            // The median of the first, middle and last keys, which then bound the scans.
            let middle = low + (high - low) / 2
            if keys[middle] < keys[low] { exchange(keys, middle, low) }
            if keys[high] < keys[low] { exchange(keys, high, low) }
            if keys[high] < keys[middle] { exchange(keys, high, middle) }
            let pivot = keys[middle]
            var i = low, j = high
            while i <= j {
                while keys[i] < pivot { i += 1 }
                while keys[j] > pivot { j -= 1 }
                if i <= j {
                    exchange(keys, i, j)
                    i += 1
                    j -= 1
                }
            }
            if j - low < high - i {
                quicksort(keys, low: low, high: j)
                low = i
            } else {
                quicksort(keys, low: i, high: high)
                high = j
            }
        }
        guard high > low else { return }
        for k in (low + 1)...high {
            let key = keys[k]
            var m = k
            while m > low, keys[m - 1] > key {
                keys[m] = keys[m - 1]
                m -= 1
            }
            keys[m] = key
        }
    }

    /// ``packedOrder(of:)`` for any sizes.
    static func order(of spans: [Span]) -> [Int] {
        spans.indices.sorted { a, b in
            let x = spans[a], y = spans[b]
            if x.range.count != y.range.count { return x.range.count > y.range.count }
            if x.priority != y.priority { return x.priority > y.priority }
            if x.range.lowerBound != y.range.lowerBound { return x.range.lowerBound < y.range.lowerBound }
            return a < b
        }
    }
}

/// The positions of the text that accepted spans cover, a bit each: an overlap test reads
/// the few words under a span, where a sorted list of ranges was searched and grown by
/// insertion for every candidate.
struct TakenPositions {
    private var words: [UInt64]

    /// The words are appended to an empty array: `Array(repeating:count:)` allocated through
    /// the standard library's unspecialized path, some 600 instructions a document.
    init(count: Int) {
        words = []
        words.append(contentsOf: repeatElement(0, count: count / 64 + 1))
    }

    /// Takes the positions of `range`, which must not be empty, where none of them is taken
    /// yet, and answers whether it did.
    ///
    /// Most spans lie within one word, tested and set with one mask: a test and an insertion
    /// called apart walked the words twice (some 70 instructions a span).
    @inline(__always)
    mutating func take(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound >> 6
        guard first == (range.upperBound - 1) >> 6 else {
            guard !overlaps(range) else { return false }
            insert(range)
            return true
        }
        let width = range.count
        let mask = (width == 64 ? UInt64.max : (1 << UInt64(width)) - 1) << UInt64(range.lowerBound & 63)
        guard words[first] & mask == 0 else { return false }
        words[first] |= mask
        return true
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound {
            let word = position >> 6, bit = position & 63
            let width = min(64 - bit, range.upperBound - position)
            let mask = width == 64 ? UInt64.max : ((1 << UInt64(width)) - 1) << UInt64(bit)
            if words[word] & mask != 0 { return true }
            position += width
        }
        return false
    }

    mutating func insert(_ range: Range<Int>) {
        var position = range.lowerBound
        while position < range.upperBound {
            let word = position >> 6, bit = position & 63
            let width = min(64 - bit, range.upperBound - position)
            words[word] |= width == 64 ? UInt64.max : ((1 << UInt64(width)) - 1) << UInt64(bit)
            position += width
        }
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

    /// Makes room for `count` ranges at once.
    mutating func reserveCapacity(_ count: Int) {
        ranges.reserveCapacity(count)
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
