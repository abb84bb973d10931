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
        let newlines = tokens[index].newlinesBefore
        if newlines >= 2 { return true }
        let previous = index - 1
        if tokens[previous].kind == .punctuation, Self.isSentenceEnd(tokens[previous].text) {
            if tokens[previous].text == ".", index >= 2 {
                if isAbbreviation(tokens[index - 2], before: tokens[previous]) { return false }
                if isOrdinal(tokens[index - 2], before: tokens[previous]), newlines == 0 { return false }
            }
            return tokens[index].isCapitalized || tokens[index].kind != .word || newlines > 0
        }
        if newlines == 1 {
            return tokens[index].isCapitalized && !Self.joinsLines(tokens[previous].text)
        }
        return false
    }

    private static func isSentenceEnd(_ text: String) -> Bool {
        switch text {
        case ".", "!", "?", "…": true
        default: false
        }
    }

    /// A line that ends with one of these goes on on the next line.
    private static func joinsLines(_ text: String) -> Bool {
        switch text {
        case ",", ";", "-", "(": true
        default: false
        }
    }

    /// `21. Juli`, `47. sayfasında`: Turkish and German write ordinals with a full stop.
    private func isOrdinal(_ number: Token, before stop: Token) -> Bool {
        number.kind == .number && number.form.characterCount <= 2 && number.range.upperBound == stop.range.lowerBound
    }

    /// `Dr.`, `A.Ş.`, `vb.`, or an initial (`M.`) right before the full stop.
    private func isAbbreviation(_ word: Token, before stop: Token) -> Bool {
        guard word.kind == .word, word.range.upperBound == stop.range.lowerBound else { return false }
        if abbreviations.contains(word.lower + ".") { return true }
        return word.text.unicodeScalars.count == 1 && word.isCapitalized
    }
}
