import HaberText

/// Reads an article's title line and its own date line (`Ekleme Tarihi 21.07.2017`,
/// `Published: 14 March 2019`), which gives `published` and the reference date.
public struct HeaderReader: Sendable {
    let calendar: CalendarLexicon
    /// How many non-empty lines from the top may hold the date line.
    let searchLines = 8
    /// A longer line is body text.
    let longestHeaderLine = 40
    /// How many tokens of the first line of body text may hold a dateline: a place of up to
    /// three words, a comma, a particle, a date of up to six tokens, an agency, a dash.
    let leadWindow = 24

    /// The date-line labels by their first word, longest first as in the lexicon: a line is
    /// compared with the labels its first word can open, not with every label of every
    /// language (which cost 60,000 instructions an article).
    let labelsByFirstWord: [String: [[String]]]
    /// The first letters of the labels' first words and of the weekday names: a form that
    /// opens with none is neither, told without hashing its key into both tables (some 2,000
    /// instructions at each of 1,800 first sights on the bench's 1,000 articles, nearly all
    /// answered no).
    private let wordOpenings: DateOpenings
    /// Whether a form opens a label or is a weekday, read once per form: every line of the
    /// top of every article asks both of its first words.
    private let wordFacts = FormFacts<WordFacts>()

    private struct WordFacts {
        var opensLabel = false
        var isWeekday = false
    }

    public init(calendar: CalendarLexicon) {
        self.calendar = calendar
        labelsByFirstWord = Dictionary(grouping: calendar.dateLineLabels.filter { !$0.isEmpty }) { $0[0] }
        wordOpenings = DateOpenings(Set((Array(labelsByFirstWord.keys) + Array(calendar.weekdays.keys)).map { $0.prefix(3) }))
    }

    private func facts(_ index: Int, in document: TokenizedDocument) -> WordFacts {
        if let known = wordFacts.known(document.formIDs[index], space: document.formSpace) { return known }
        return wordFacts.value(for: document.tokens[index].form, in: document) { form in
            guard wordOpenings.opens(form.key) else { return WordFacts() }
            return WordFacts(opensLabel: labelsByFirstWord[form.key] != nil, isWeekday: calendar.weekdays[form.key] != nil)
        }
    }

    public struct Header: Sendable, Equatable {
        public var title: String?
        public var published: CalendarDate?
        /// The tokens of the place that opens the date line (`Lille, le 30 mai 2023 –`): it
        /// stands first in its sentence, where a frequent word is not taken for a place on its own.
        public var datelinePlace: Range<Int>?
    }

    /// `dates` are the DATE candidates of the document, as the date extractor found them.
    public func header(of document: TokenizedDocument, dates: [Candidate]) -> Header {
        header(of: document) { _ in dates }
    }

    /// The lines the header is read from: the document's first `searchLines`.
    public func lines(of document: TokenizedDocument) -> [Range<Int>] {
        document.lines(upTo: searchLines)
    }

    /// `read` gives the DATE candidates of the document that start at the tokens it is given
    /// (at least: the first of each place), where a line's date would start
    /// (``DateExtractor/candidates(in:context:startingAt:)``); it is asked once. `lines`:
    /// ``lines(of:)``, when the caller has them already (found again, they were a pass over
    /// the tokens of a short article, 4.3 M instructions on the 2.55 MB bench).
    public func header(of document: TokenizedDocument, lines: [Range<Int>]? = nil,
                       dates read: ([Int]) -> [Candidate]) -> Header {
        let lines = lines ?? self.lines(of: document)
        let places = lines.map { datePosition(in: $0, of: document) }
        var positions: [Int] = []
        positions.reserveCapacity(2 * places.count)
        for place in places {
            guard let place else { continue }
            if let afterWeekday = place.afterWeekday { positions.append(afterWeekday) }
            positions.append(place.position)
        }
        let dates = read(positions)
        var header = Header()
        for (line, place) in zip(lines, places) {
            if let place, let date = dateLineDate(line, at: place, in: document, dates: dates) {
                header.published = date
                if place.placed { header.datelinePlace = line.lowerBound..<place.placeEnd }
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
    /// `searchLines` lines, and of the first paragraph of body text (a line of more than
    /// `longestHeaderLine` tokens) only its first `leadWindow` tokens, where a dateline opens
    /// the lead (`Stuttgart, 12. Mai 2022 – Mit …`): reading dates is costly, and a news page
    /// gives its date line above the body or at its very start. `lines`: ``lines(of:)``, when
    /// the caller has them already.
    public func top(of document: TokenizedDocument, lines: [Range<Int>]? = nil) -> TokenizedDocument {
        let lines = lines ?? self.lines(of: document)
        var end = lines.last?.upperBound ?? 0
        if let lead = lines.firstIndex(where: { $0.count > longestHeaderLine }) {
            end = min(lines[lead].upperBound, lines[lead].lowerBound + leadWindow)
        }
        guard end > 0 else { return document.prefix(0) }
        guard end < document.tokens.count else { return document }
        return document.prefix(end)
    }

    /// Where the date of a line would start: after its label or its place (and a particle:
    /// `Lyon, le 16 octobre`, `Linz, am 14. März`), a colon, dash, bar or comma, and a
    /// weekday that stands before the date (`First published: Friday 2 February 2024`).
    private func datePosition(in line: Range<Int>, of document: TokenizedDocument) -> DatePlace? {
        let tokens = document.tokens
        var position = line.lowerBound
        var labelled = false
        let labels = line.isEmpty || !facts(line.lowerBound, in: document).opensLabel ? nil : labelsByFirstWord[tokens[line.lowerBound].key]
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
        var placeEnd = line.lowerBound
        if !labelled, let found = placeBeforeComma(line, in: document) {
            (placeEnd, position) = found
            placed = true
        }
        // The first line of body text holds a date line only after a label or a place.
        if line.count > longestHeaderLine, !labelled, !placed { return nil }
        while position < line.upperBound, Self.isMark(tokens[position].text, of: Self.leadMarks) || Self.isMark(tokens[position].text, of: Self.dashes) {
            position += 1
        }
        if placed, position + 1 < line.upperBound, calendar.dateLineParticles.contains(tokens[position].key) { position += 1 }
        guard position < line.upperBound else { return nil }
        // The date may or may not take in the weekday before it; a weekday alone is a
        // relative date, so the date after it is tried first.
        var afterWeekday: Int?
        if position + 1 < line.upperBound, facts(position, in: document).isWeekday {
            let after = tokens[position + 1].text == "," ? position + 2 : position + 1
            if after < line.upperBound { afterWeekday = after }
        }
        return DatePlace(position: position, afterWeekday: afterWeekday, labelled: labelled, placed: placed, placeEnd: placeEnd)
    }

    /// Where a line's date may start (a weekday, or the date after it), and what stands before it.
    /// The one or two starts are held in place, not in an array: two arrays were made and
    /// freed for each of the 3,500 lines that reach a start on the bench's 1,000 articles.
    private struct DatePlace {
        /// Where the date starts, or the weekday before it.
        var position: Int
        /// Where the date after the weekday at ``position`` starts, tried first.
        var afterWeekday: Int?
        var labelled: Bool
        var placed: Bool
        /// Where the place's words end, when `placed`.
        var placeEnd: Int
    }

    /// A label, an optional colon or dash, then a full date; a date alone on its line, or
    /// followed by a time, a weekday and a separator (`05.06.2023 14:22 | Son Güncelleme …`);
    /// or a place, a date and a dash that opens the lead, with an agency between them
    /// (`Sevilla, 4 de junio de 2024 (EFE).–`, `MONTREAL, June 14, 2023 /CNW/ -`).
    private func dateLineDate(_ line: Range<Int>, at place: DatePlace, in document: TokenizedDocument,
                              dates: [Candidate]) -> CalendarDate? {
        let tokens = document.tokens
        let (labelled, placed) = (place.labelled, place.placed)
        func date(at position: Int) -> Candidate? {
            let start = tokens[position].range.lowerBound
            return dates.first { $0.range.lowerBound == start }
        }
        let found = place.afterWeekday.flatMap(date(at:)) ?? date(at: place.position)
        guard let date = found, let day = date.day, !(placed && date.relative) else { return nil }
        guard !labelled else { return day }
        var next = date.tokens.upperBound
        if placed {
            next = skippingAgency(from: next, in: line, of: document)
            guard next < line.upperBound else { return day }
            return Self.isMark(tokens[next].text, of: Self.dashes) ? day : nil
        }
        // Without a label, the line must be the date alone (`21.07.2017`), not a sentence that
        // opens with one; a time and a weekday may follow, and anything after a separator.
        next = skippingTime(from: next, in: line, of: document)
        if next < line.upperBound, facts(next, in: document).isWeekday { next += 1 }
        next = skippingTime(from: next, in: line, of: document)
        guard next < line.upperBound else { return day }
        return Self.isMark(tokens[next].text, of: Self.separators) ? day : nil
    }

    /// What ends a dateline before the lead's text: dashes (also after a full stop, `.–`).
    private static let dashes: Set<String> = ["-", "–", "—", "--"]
    /// What parts a date line from what follows it (`05.06.2023 14:22 | Son Güncelleme`).
    private static let separators: Set<String> = ["|", "·", "•", "-", "–", "—", "/"]
    /// What may stand between a label or a place and its date, with the dashes.
    private static let leadMarks: Set<String> = [":", "|", ","]
    /// Per byte: whether one of the marks above opens with it.
    private static let markOpenings: [Bool] = {
        var openings = [Bool](repeating: false, count: 256)
        for mark in dashes.union(separators).union(leadMarks) {
            if let first = mark.utf8.first { openings[Int(first)] = true }
        }
        return openings
    }()

    /// Whether `text` is one of `marks` (of the sets above), looked up only when it opens with
    /// a byte one of them opens with: most tokens asked are words, and hashing each one's
    /// text cost some 550 instructions (4.5 M on the bench's 1,000 articles).
    private static func isMark(_ text: String, of marks: Set<String>) -> Bool {
        guard let first = text.utf8.first, markOpenings[Int(first)] else { return false }
        return marks.contains(text)
    }

    /// `14:22`, `09h12`, `10.42 Uhr`…: a time of day written with digits, skipped.
    private func skippingTime(from index: Int, in line: Range<Int>, of document: TokenizedDocument) -> Int {
        let tokens = document.tokens
        var next = index
        if next < line.upperBound, tokens[next].text == "," || Self.isMark(tokens[next].text, of: Self.dashes)
            || calendar.dateLineTimeWords.contains(tokens[next].key),
           next + 1 < line.upperBound, tokens[next + 1].kind == .number {
            next += 1
        }
        guard next < line.upperBound, tokens[next].kind == .number else { return index }
        var end = next + 1
        while end + 1 < line.upperBound, [":", "."].contains(tokens[end].text), tokens[end + 1].kind == .number { end += 2 }
        return end > next + 1 || tokens[next].text.contains(":") || tokens[next].text.contains("h") ? end : index
    }

    /// A news agency or wire after a dateline's date: `(EFE)`, `(AFP)`, `/CNW/`, then a full stop.
    private func skippingAgency(from index: Int, in line: Range<Int>, of document: TokenizedDocument) -> Int {
        let tokens = document.tokens
        var next = index
        for (open, close) in [("(", ")"), ("/", "/")] where next < line.upperBound && tokens[next].text == open {
            var k = next + 1
            while k < line.upperBound, k - next <= 4, tokens[k].text != close { k += 1 }
            if k < line.upperBound, tokens[k].text == close { next = k + 1 }
        }
        if next < line.upperBound, tokens[next].text == "." { next += 1 }
        return next
    }

    /// The comma (or dash) after the place that opens a dateline, when a date may follow: one
    /// to three capitalized words (hyphens between them allowed), then a region in parentheses
    /// or after a comma (`Algeciras (Cádiz),`, `Querétaro, Qro.,`), then the comma or a dash
    /// (`Denizli – 20 Aralık 2023`).
    private func placeBeforeComma(_ line: Range<Int>, in document: TokenizedDocument) -> (placeEnd: Int, comma: Int)? {
        let tokens = document.tokens
        guard var position = placeWords(from: line.lowerBound, in: line, of: document) else { return nil }
        let placeEnd = position
        if position < line.upperBound, tokens[position].text == "(" {
            var close = position + 1
            while close < line.upperBound, close - position <= 4, tokens[close].text != ")" { close += 1 }
            guard close < line.upperBound, tokens[close].text == ")" else { return nil }
            position = close + 1
        } else if position + 1 < line.upperBound, tokens[position].text == ",",
                  var region = placeWords(from: position + 1, in: line, of: document), region - position <= 3 {
            if region < line.upperBound, tokens[region].text == "." { region += 1 }
            if region + 1 < line.upperBound, tokens[region].text == "," { position = region }
        }
        guard position + 1 < line.upperBound, tokens[position].text == "," || Self.isMark(tokens[position].text, of: Self.dashes) else { return nil }
        return (placeEnd, position)
    }

    /// The index after one to three capitalized words from `start`, or nil.
    private func placeWords(from start: Int, in line: Range<Int>, of document: TokenizedDocument) -> Int? {
        let tokens = document.tokens
        var position = start
        var words = 0
        while position < line.upperBound, words <= 3 {
            let token = tokens[position]
            if token.kind == .word, token.isCapitalized, !token.hasSuffix {
                words += 1
            } else if token.text == "-", words > 0, document.touches(position - 1, position), document.touches(position, position + 1) {
                // `Saint-Étienne`, `Donostia-San Sebastián`
            } else if token.kind == .word, words > 0, !token.isCapitalized, token.form.stemCharacterCount <= 3,
                      particleGoesOn(position + 1, in: line, of: document) {
                // `Castellón de la Plana`, `Frankfurt am Main`, `Fos-sur-Mer`: short lowercase
                // words between the capitalized ones.
            } else if token.kind == .word, words > 0, tokens[position - 1].text == "-", document.touches(position - 1, position),
                      position + 1 < line.upperBound, tokens[position + 1].text == "," {
                // `Vila-real,`: a lowercase last part after a hyphen, right before the comma.
            } else {
                break
            }
            position += 1
        }
        return (1...3).contains(words) ? position : nil
    }

    /// Whether a name goes on at `position` after a short lowercase word: a capitalized word,
    /// a hyphen, or one more short lowercase word and then a capitalized word (`de la Plana`).
    private func particleGoesOn(_ position: Int, in line: Range<Int>, of document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        guard position < line.upperBound else { return false }
        let token = tokens[position]
        if token.kind == .word, token.isCapitalized { return true }
        if token.text == "-" { return document.touches(position - 1, position) }
        return token.kind == .word && token.form.stemCharacterCount <= 3 && position + 1 < line.upperBound
            && tokens[position + 1].kind == .word && tokens[position + 1].isCapitalized
    }

    /// Short, with no sentence-final full stop.
    private func isHeadline(_ line: Range<Int>, in document: TokenizedDocument) -> Bool {
        let words = line.filter { document.tokens[$0].kind == .word }.count
        guard words >= 1, words <= 30, let last = line.last else { return false }
        return document.tokens[last].text != "." || line.count < 3
    }
}
