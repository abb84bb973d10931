import HaberText

/// Reads an article's title line and its own date line (`Ekleme Tarihi 21.07.2017`,
/// `Published: 14 March 2019`), which gives `published` and the reference date.
public struct HeaderReader: Sendable {
    let calendar: CalendarLexicon
    /// How many non-empty lines from the top may hold the date line.
    let searchLines = 8
    /// A longer line is body text.
    let longestHeaderLine = 40

    /// The date-line labels by their first word, longest first as in the lexicon: a line is
    /// compared with the labels its first word can open, not with every label of every
    /// language (which cost 60,000 instructions an article).
    let labelsByFirstWord: [String: [[String]]]

    public init(calendar: CalendarLexicon) {
        self.calendar = calendar
        labelsByFirstWord = Dictionary(grouping: calendar.dateLineLabels.filter { !$0.isEmpty }) { $0[0] }
    }

    public struct Header: Sendable, Equatable {
        public var title: String?
        public var published: CalendarDate?
    }

    /// `dates` are the DATE candidates of the document, as the date extractor found them.
    public func header(of document: TokenizedDocument, dates: [Candidate]) -> Header {
        header(of: document) { _ in dates }
    }

    /// `read` gives the DATE candidates of the document that start at the tokens it is given
    /// (at least: the first of each place), where a line's date would start
    /// (``DateExtractor/candidates(in:context:startingAt:)``); it is asked once.
    public func header(of document: TokenizedDocument, dates read: ([Int]) -> [Candidate]) -> Header {
        let lines = document.lines(upTo: searchLines)
        let places = lines.map { datePosition(in: $0, of: document) }
        let dates = read(places.compactMap { $0?.position })
        var header = Header()
        for (line, place) in zip(lines, places) {
            if let place, let date = dateLineDate(line, at: place, in: document, dates: dates) {
                header.published = date
                break
            }
        }
        // A headline stands above a body: one line alone is the text itself.
        if lines.count > 1, let first = lines.first, isHeadline(first, in: document),
           places[0].flatMap({ dateLineDate(first, at: $0, in: document, dates: dates) }) == nil {
            let text = document.originalText(ofTokens: first)
            header.title = text
        }
        return header
    }

    /// The document cut after the lines that may hold the date line: the first
    /// `searchLines` lines, and none from the first paragraph of body text on (a line of
    /// more than `longestHeaderLine` tokens), since reading dates is costly and a news
    /// page gives its date line above the body.
    public func top(of document: TokenizedDocument) -> TokenizedDocument {
        let lines = document.lines(upTo: searchLines)
        let cut = lines.firstIndex { $0.count > longestHeaderLine } ?? lines.endIndex
        guard cut > 0 else { return document.prefix(0) }
        let end = lines[cut - 1].upperBound
        guard end < document.tokens.count else { return document }
        return document.prefix(end)
    }

    /// Where the date of a line would start: after its label or its place, and a colon,
    /// dash, bar or comma.
    private func datePosition(in line: Range<Int>, of document: TokenizedDocument) -> (position: Int, labelled: Bool, placed: Bool)? {
        let tokens = document.tokens
        var position = line.lowerBound
        var labelled = false
        let labels = line.isEmpty ? nil : labelsByFirstWord[tokens[line.lowerBound].key]
        for label in labels ?? [] where line.count > label.count {
            let matches = label.indices.allSatisfy { tokens[line.lowerBound + $0].key == label[$0] }
            if matches {
                position = line.lowerBound + label.count
                labelled = true
                break
            }
        }
        // A dateline that names the place first: `Bilbao, 7 de noviembre de 2023`, `Stuttgart, 7. April 2022`.
        var placed = false
        if !labelled, let comma = placeBeforeComma(line, in: document) {
            position = comma
            placed = true
        }
        while position < line.upperBound, [":", "-", "|", ","].contains(tokens[position].text) { position += 1 }
        guard position < line.upperBound else { return nil }
        return (position, labelled, placed)
    }

    /// A label, an optional colon or dash, then a full date and nothing more of substance.
    private func dateLineDate(_ line: Range<Int>, at place: (position: Int, labelled: Bool, placed: Bool), in document: TokenizedDocument,
                              dates: [Candidate]) -> CalendarDate? {
        let tokens = document.tokens
        let (position, labelled, placed) = place
        let start = tokens[position].range.lowerBound
        guard let date = dates.first(where: { $0.range.lowerBound == start }), let day = date.day, !(placed && date.relative)
        else { return nil }
        // Without a label, the line must be the date alone (`21.07.2017`), not a sentence that opens with one.
        if !labelled, date.tokens.upperBound < line.upperBound,
           tokens[date.tokens.upperBound..<line.upperBound].contains(where: { $0.kind == .word || $0.kind == .number }) {
            return nil
        }
        return day
    }

    /// The comma after one to three capitalized words (hyphens between them allowed) that
    /// open the line, when a date follows it: the place of a dateline.
    private func placeBeforeComma(_ line: Range<Int>, in document: TokenizedDocument) -> Int? {
        let tokens = document.tokens
        var position = line.lowerBound
        var words = 0
        while position < line.upperBound, words <= 3 {
            let token = tokens[position]
            if token.kind == .word, token.isCapitalized, !token.hasSuffix {
                words += 1
            } else if token.text == "-", words > 0 {
                // `Saint-Étienne`, `Donostia-San Sebastián`
            } else {
                break
            }
            position += 1
        }
        guard words >= 1, words <= 3, position + 1 < line.upperBound, tokens[position].text == "," else { return nil }
        return position
    }

    /// Short, with no sentence-final full stop.
    private func isHeadline(_ line: Range<Int>, in document: TokenizedDocument) -> Bool {
        let words = line.filter { document.tokens[$0].kind == .word }.count
        guard words >= 1, words <= 30, let last = line.last else { return false }
        return document.tokens[last].text != "." || line.count < 3
    }
}
