/// Groups tokens into sentences.
///
/// ICU's sentence rules split after `Dr.` and `A.Ş.`, so Haber decides itself: a
/// sentence ends at `.`, `!`, `?` or `…` unless the word before the full stop is a
/// known abbreviation (`models/text/abbreviations.tsv`) or an initial, at a blank
/// line, and at a line break that is followed by a capital and does not follow a comma.
///
/// What it asks of a token (is it `.`, does it join lines, is it a known abbreviation) the
/// tokenizer worked out once per form (``SentenceMarks``), with its own abbreviations.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sets `sentence` on every token and returns the sentences' token ranges.
    ///
    /// Through a buffer pointer: writing each token's sentence into the array checked its
    /// uniqueness and bounds at every token, most of the splitter's instructions.
    public func assignSentences(_ tokens: inout [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        // Room for a sentence every sixteen tokens (news runs about twenty a sentence): grown
        // from empty, the array was copied some five times a document.
        sentences.reserveCapacity(tokens.count / 16 + 1)
        var start = 0
        tokens.withUnsafeMutableBufferPointer { tokens in
            for index in tokens.indices {
                if index > start, startsSentence(at: index, UnsafeBufferPointer(tokens)) {
                    sentences.append(start..<index)
                    start = index
                }
                tokens[index].sentence = sentences.count
            }
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    @inline(__always)
    private func startsSentence(at index: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let newlines = tokens[index].newlinesBefore
        if newlines >= 2 { return true }
        let previous = index - 1
        let marks = tokens[previous].sentenceMarks
        if tokens[previous].kind == .punctuation, marks.contains(.sentenceEnd) {
            if marks.contains(.fullStop), index >= 2 {
                if isAbbreviation(tokens[index - 2], before: tokens[previous]) { return false }
                if isOrdinal(tokens[index - 2], before: tokens[previous]), newlines == 0 { return false }
                // `vom 15.11. - 19.12.`: a day and month with the day's mark before a dash goes on
                // (before a capital, `am 15.11. Die`, the sentence ends).
                if newlines == 0, tokens[index].kind == .punctuation, isDash(tokens[index]),
                   isDayAndMonth(tokens[index - 2], before: tokens[previous]) {
                    return false
                }
            }
            return tokens[index].isCapitalized || tokens[index].kind != .word || newlines > 0
        }
        if newlines == 1 {
            return tokens[index].isCapitalized && !marks.contains(.joinsLines)
        }
        return false
    }

    /// `21. Juli`, `47. sayfasında`: Turkish and German write ordinals with a full stop.
    private func isOrdinal(_ number: Token, before stop: Token) -> Bool {
        number.kind == .number && number.form.characterCount <= 2 && number.range.upperBound == stop.range.lowerBound
    }

    private func isDash(_ token: Token) -> Bool {
        token.text == "-" || token.text == "\u{2013}" || token.text == "\u{2014}"
    }

    /// `15.11`: one or two digits, a dot, one or two digits, right before the full stop.
    private func isDayAndMonth(_ number: Token, before stop: Token) -> Bool {
        guard number.kind == .number, number.range.upperBound == stop.range.lowerBound else { return false }
        let parts = number.text.utf8.split(separator: 0x2E, omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// `Dr.`, `A.Ş.`, `vb.`, or an initial (`M.`) right before the full stop.
    private func isAbbreviation(_ word: Token, before stop: Token) -> Bool {
        guard word.kind == .word, word.range.upperBound == stop.range.lowerBound else { return false }
        if word.sentenceMarks.contains(.abbreviation) { return true }
        return word.isCapitalized && Self.isOneScalar(word.text)
    }

    /// Whether `text` is one scalar, told first by its UTF-8 length (a scalar takes at most
    /// four bytes): counting the scalars of every word before a full stop cost some 330
    /// instructions a word.
    private static func isOneScalar(_ text: String) -> Bool {
        text.utf8.count <= 4 && text.unicodeScalars.count == 1
    }
}
