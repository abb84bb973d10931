/// Groups tokens into sentences.
///
/// ICU's sentence rules split after `Dr.` and `A.Ş.`, so Haber decides itself: a
/// sentence ends at `.`, `!`, `?` or `…` unless the word before the full stop is a
/// known abbreviation (`models/text/abbreviations.tsv`) or an initial, at a blank
/// line, and at a line break that is followed by a capital and does not follow a comma.
public struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    /// Sets `sentence` on every token and returns the sentences' token ranges.
    public func assignSentences(_ tokens: inout [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        for index in tokens.indices {
            if index > start, startsSentence(at: index, tokens) {
                sentences.append(start..<index)
                start = index
            }
            tokens[index].sentence = sentences.count
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    private func startsSentence(at index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index], previous = tokens[index - 1]
        if token.newlinesBefore >= 2 { return true }
        if previous.kind == .punctuation, [".", "!", "?", "…"].contains(previous.text) {
            if previous.text == ".", index >= 2, isAbbreviation(tokens[index - 2], before: previous) { return false }
            if previous.text == ".", index >= 2, isOrdinal(tokens[index - 2], before: previous), token.newlinesBefore == 0 {
                return false
            }
            return token.isCapitalized || token.kind != .word || token.newlinesBefore > 0
        }
        if token.newlinesBefore == 1 {
            return token.isCapitalized && ![",", ";", "-", "("].contains(previous.text)
        }
        return false
    }

    /// `21. Juli`, `47. sayfasında`: Turkish and German write ordinals with a full stop.
    private func isOrdinal(_ number: Token, before stop: Token) -> Bool {
        number.kind == .number && number.text.count <= 2 && number.range.upperBound == stop.range.lowerBound
    }

    /// `Dr.`, `A.Ş.`, `vb.`, or an initial (`M.`) right before the full stop.
    private func isAbbreviation(_ word: Token, before stop: Token) -> Bool {
        guard word.kind == .word, word.range.upperBound == stop.range.lowerBound else { return false }
        if abbreviations.contains(word.lower + ".") { return true }
        return word.text.unicodeScalars.count == 1 && word.isCapitalized
    }
}
