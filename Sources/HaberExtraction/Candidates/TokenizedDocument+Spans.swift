import HaberText

extension TokenizedDocument {
    /// Normalized range from the first token's start to the end of the last token's stem,
    /// so that a span never includes a case suffix (`Fransa’daki` → `Fransa`).
    func span(_ tokens: Range<Int>) -> Range<Int> {
        guard let first = tokens.first, let last = tokens.last else { return 0..<0 }
        return self.tokens[first].range.lowerBound..<self.tokens[last].stemRange.upperBound
    }

    /// The original text of a normalized span: what a name's `value` is.
    func originalText(ofSpan range: Range<Int>) -> String {
        document.originalText(document.originalRange(of: range))
    }

    /// The lookup key of tokens `range`: lowercase, words separated by one space where the
    /// text has white space, the last token's suffix left out.
    func key(of range: Range<Int>) -> String {
        var key = String()
        for index in range {
            let token = tokens[index]
            if index != range.lowerBound, token.spaceBefore { key.append(" ") }
            key.append(index == range.upperBound - 1 ? token.key : token.lower)
        }
        return key
    }

    /// Token ranges of the lines (a line with no token has none).
    var lines: [Range<Int>] { lines(upTo: .max) }

    /// Token ranges of the first `limit` lines: the header reader reads no further, and
    /// each full pass over the tokens cost as much again.
    func lines(upTo limit: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        guard limit > 0 else { return lines }
        var start = 0
        for index in tokens.indices where index > start && tokens[index].newlinesBefore > 0 {
            lines.append(start..<index)
            start = index
            if lines.count == limit { return lines }
        }
        if start < tokens.count, lines.count < limit { lines.append(start..<tokens.count) }
        return lines
    }

    /// Writes into `bytes` `mark` and the UTF-8 key of the words `span`, as a gazetteer
    /// index keys its names: lowercase forms joined as the text joins them, the last one
    /// without its case ending (`Airbus’ın` → `airbus`). `bytes` is emptied first and keeps
    /// its capacity, so that a buffer kept between calls builds every key without allocating.
    func writeMarkedKey(of span: Range<Int>, mark: UInt8, into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(mark)
        for index in span {
            let token = tokens[index]
            if index != span.lowerBound, token.spaceBefore { bytes.append(UInt8(ascii: " ")) }
            // Appended from the string's contiguous bytes: appended from its `utf8` view, a
            // word cost some 200 instructions (36,000 words on the 2.59 MB bench).
            var word = index == span.upperBound - 1 ? token.key : token.lower
            word.withUTF8 { bytes.append(contentsOf: $0) }
        }
    }

    /// Whether a line break or sentence end falls between tokens `index - 1` and `index`.
    func isBoundary(before index: Int) -> Bool {
        index <= 0 || index >= tokens.count || tokens[index].newlinesBefore > 0
            || tokens[index].sentence != tokens[index - 1].sentence
    }

    /// Whether tokens `a` and `b` (`b == a + 1`) touch, with no space between them.
    func touches(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < tokens.count && !tokens[b].spaceBefore && tokens[a].range.upperBound == tokens[b].range.lowerBound
    }

    /// Whether the word at `index` opens its sentence or line, where capitals prove nothing.
    func isInitial(_ index: Int) -> Bool {
        if index == 0 || isSentenceStart(index) || tokens[index].newlinesBefore > 0 { return true }
        let previous = tokens[index - 1]
        return previous.kind == .punctuation && previous.isOpeningMark && isSentenceStart(index - 1)
    }
}
