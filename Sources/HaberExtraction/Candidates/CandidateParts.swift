/// Every extractor's candidates, kept in the arrays the extractors returned, and read as one
/// list by a flat index.
///
/// Concatenating the parts into one array copied every candidate (each of its strings
/// retained, then released with the part it came from); the resolver reads spans, the
/// linker reads the parts one by one, and an entity takes its candidate out.
struct CandidateParts {
    private(set) var parts: [[Candidate]] = []
    /// The flat index of each part's first candidate.
    private var starts: [Int] = []
    private(set) var count = 0

    init(capacity: Int) {
        parts.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
    }

    mutating func append(_ part: consuming [Candidate]) {
        guard !part.isEmpty else { return }
        starts.append(count)
        count += part.count
        parts.append(part)
    }

    /// The span and priority of every candidate, by flat index.
    var spans: [Resolver.Span] {
        var spans: [Resolver.Span] = []
        spans.reserveCapacity(count)
        for part in parts {
            for index in part.indices { spans.append(Resolver.Span(part[index])) }
        }
        return spans
    }

    /// The candidate at flat `index`, moved out: an inert candidate (no strings) takes its
    /// place, so that the entity made of it owns its strings without retaining them.
    mutating func take(_ index: Int) -> Candidate {
        let (part, offset) = location(of: index)
        // Moved through the buffer: `swap` on the array's element copied the candidate.
        return parts[part].withUnsafeMutableBufferPointer { buffer in
            let taken = buffer.moveElement(from: offset)
            buffer.initializeElement(at: offset, to: Candidate(type: .percent, range: 0..<0, tokens: 0..<0, value: .number(0)))
            return taken
        }
    }

    private func location(of index: Int) -> (part: Int, offset: Int) {
        var part = starts.count - 1
        while starts[part] > index { part -= 1 }
        return (part, index - starts[part])
    }
}
