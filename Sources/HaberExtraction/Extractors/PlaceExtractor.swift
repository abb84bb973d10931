import HaberText

/// Cities and countries from the gazetteers in `models/geo/`.
///
/// A name is looked up on its tokens' stems (`Fransa’nın` → `fransa`), on Turkish stems
/// without an apostrophe (`Ankarada` → `ankara` + `da`, checked by vowel harmony), and,
/// for longer single words only, on ASCII-folded keys when that names one place alone
/// (`Gümüshane`). A capitalized word that opens a sentence and also occurs in lowercase in
/// the same article is taken as an ordinary word.
public struct PlaceExtractor: Extractor {
    public let name = "places"
    let gazetteer: NameGazetteer

    public init(models: ExtractionModels) {
        gazetteer = models.places
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        let lowercaseWords = Set(tokens.lazy.filter { $0.kind == .word && !$0.isCapitalized }.map(\.lower))
        var candidates: [Candidate] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalized else {
                index += 1
                continue
            }
            if let candidate = longestMatch(at: index, in: document, lowercaseWords: lowercaseWords) {
                candidates.append(candidate)
            }
            index += 1
        }
        return candidates
    }

    private func longestMatch(at start: Int, in document: TokenizedDocument, lowercaseWords: Set<String>) -> Candidate? {
        let tokens = document.tokens
        let limit = min(tokens.count, start + gazetteer.maxWords * 2 + 1)
        var end = start + 1
        var spans: [Range<Int>] = []
        // Multi-word names: words joined by spaces, hyphens or full stops on one line.
        while end <= limit {
            let last = tokens[end - 1]
            if last.kind == .word { spans.append(start..<end) }
            if last.hasSuffix || end == limit || end >= tokens.count || document.isBoundary(before: end) { break }
            let next = tokens[end]
            guard next.kind == .word || (["-", ".", "'"].contains(next.text) && document.touches(end - 1, end)) else { break }
            end += 1
        }
        for span in spans.reversed() {
            if span.count == 1, document.isInitial(start), lowercaseWords.contains(tokens[start].key) { continue }
            let key = document.key(of: span)
            let entries = gazetteer.entries(forKey: key).filter { fits($0, document) }
            if span.count == 1, tokens[start].isAllCaps, !gazetteer.isPlace(inCapitals: entries) { continue }
            if let best = best(entries) {
                return candidate(best, tokens: span, range: document.span(span), document: document, canonical: nil)
            }
        }
        let token = tokens[start]
        guard !token.hasSuffix else { return nil }
        if document.language == "tr" {
            for (stem, _) in TurkishSuffixes.splits(of: token.key) {
                if let best = best(gazetteer.entries(forKey: stem).filter({ fits($0, document) })) {
                    let length = String(token.text.unicodeScalars.prefix(stem.unicodeScalars.count)).utf16.count
                    let range = token.range.lowerBound..<(token.range.lowerBound + length)
                    return candidate(best, tokens: start..<(start + 1), range: range, document: document, canonical: nil)
                }
            }
        }
        if token.foldedKey.count >= 5, !(document.isInitial(start) && lowercaseWords.contains(token.key)) {
            let entries = gazetteer.entries(forFoldedKey: token.foldedKey).filter { fits($0, document) && !$0.isAlternate }
            if Set(entries.map(\.name)).count == 1, let best = best(entries) {
                return candidate(best, tokens: start..<(start + 1), range: document.span(start..<(start + 1)),
                                 document: document, canonical: best.name)
            }
        }
        return nil
    }

    /// Country names count in the article's language or English (`Japon` is an adjective in
    /// Turkish); GeoNames' alternate names only for larger places, since they include many
    /// words of other languages (`Union`, `Valley`, `Gold`).
    private func fits(_ entry: GazetteerEntry, _ document: TokenizedDocument) -> Bool {
        if entry.type == .country {
            return entry.language == document.language || entry.language == "en" || entry.language == "*"
        }
        return !entry.isAlternate || entry.population >= 50_000
    }

    /// Countries before cities, then the most populous.
    private func best(_ entries: [GazetteerEntry]) -> GazetteerEntry? {
        entries.max { a, b in
            if a.type != b.type { return a.type == .city }
            return a.population < b.population
        }
    }

    private func candidate(
        _ entry: GazetteerEntry, tokens: Range<Int>, range: Range<Int>, document: TokenizedDocument, canonical: String?
    ) -> Candidate {
        let text = document.originalText(ofSpan: range)
        return Candidate(
            type: entry.type, range: range, tokens: tokens, value: .name(text),
            canonical: canonical == text ? nil : canonical, priority: entry.type == .country ? 3 : 2, source: name)
    }
}
