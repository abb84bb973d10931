import HaberText

/// Dates at their written granularity: numeric (`21.07.2017`, `21/07/2017`, `2017-07-21`),
/// with month names from ICU/CLDR (`21 Temmuz 2017 Cuma`, `Temmuz 2017`, `July 21, 2017`,
/// `21. Juli 2017`), years in temporal context (`2005 yılında`, `2005’te`, `in 2005`,
/// `im Jahr 2005`) and year ranges (`2014-2020`).
///
/// A four-digit number alone is no date: `375 üyesi`, `2005 adet` stay numbers.
public struct DateExtractor: Extractor {
    public let name = "dates"
    let calendar: CalendarLexicon
    let quantities: QuantityLexicon

    public init(models: ExtractionModels) {
        calendar = models.calendar
        quantities = models.quantities
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        var found: [Candidate] = []
        let tokens = document.tokens
        for index in tokens.indices {
            if tokens[index].kind == .number, let candidate = numericDate(at: index, in: document) {
                found.append(candidate)
            }
            if let month = month(of: tokens[index], in: document) {
                if let candidate = namedDate(month: month, at: index, in: document, context: context) { found.append(candidate) }
            }
            if let candidate = cuedYear(at: index, in: document) { found.append(candidate) }
        }
        return found
    }

    // MARK: - Numeric dates

    /// `21.07.2017` (one ICU token), `21/07/2017` and `2017-07-21` (several touching tokens),
    /// `2014-2020` (a range of years).
    private func numericDate(at start: Int, in document: TokenizedDocument) -> Candidate? {
        let tokens = document.tokens
        if start > 0, document.touches(start - 1, start), [".", "/", "-"].contains(tokens[start - 1].text) { return nil }
        var end = start + 1
        var text = tokens[start].stem
        while end < tokens.count, end - start < 5, document.touches(end - 1, end), !tokens[end - 1].hasSuffix,
              tokens[end].kind == .number || ["/", "-", "."].contains(tokens[end].text) {
            text += tokens[end].stem
            end += 1
        }
        while end > start + 1, tokens[end - 1].kind != .number { end -= 1; text.removeLast() }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" })
        let separators = text.filter { $0 == "." || $0 == "/" || $0 == "-" }
        guard parts.allSatisfy({ NumberReader.isDigits(String($0)) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        let lengths = parts.map(\.count)
        let oneSeparator = Set(separators).count == 1
        var value: String?
        if parts.count == 3, lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 4, oneSeparator {
            value = CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])?.iso
        } else if parts.count == 3, lengths[0] == 4, lengths[1] <= 2, lengths[2] <= 2, oneSeparator, separators.first != "." {
            value = CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])?.iso
        } else if parts.count == 2, lengths == [4, 4], separators == "-" || separators == "/",
                  isYear(numbers[0]), isYear(numbers[1]), numbers[0] < numbers[1] {
            value = "\(numbers[0])/\(numbers[1])"
        }
        guard let value else { return nil }
        let range = document.span(start..<end)
        return Candidate(type: .date, range: range, tokens: start..<end, value: .date(value), priority: 2, source: name)
    }

    // MARK: - Month names

    private func month(of token: Token, in document: TokenizedDocument) -> (number: Int, stemLength: Int?)? {
        guard token.kind == .word else { return nil }
        if let month = calendar.months[token.key] { return (month, nil) }
        if document.language == "tr", !token.hasSuffix {
            for (stem, _) in TurkishSuffixes.splits(of: token.key) {
                if let month = calendar.months[stem] { return (month, stem.utf16.count) }
            }
        }
        return nil
    }

    /// `[day] Month [year] [weekday]` and `Month day, year`.
    private func namedDate(
        month: (number: Int, stemLength: Int?), at index: Int, in document: TokenizedDocument, context: ExtractionContext
    ) -> Candidate? {
        let tokens = document.tokens
        var start = index, end = index + 1
        var day: Int?
        var year: Int?
        // A day before: `21 Temmuz`, `21. Juli`, `1er mars`.
        var dayIndex = index - 1
        if dayIndex >= 0, tokens[dayIndex].text == ".", document.touches(dayIndex - 1, dayIndex) { dayIndex -= 1 }
        if dayIndex >= 0, !document.isBoundary(before: index), let value = dayNumber(tokens[dayIndex]) {
            day = value
            start = dayIndex
        }
        let monthToken = tokens[index]
        var lastHasSuffix = monthToken.hasSuffix || month.stemLength != nil
        // English `July 21, 2017`.
        if day == nil, !lastHasSuffix, end < tokens.count, !document.isBoundary(before: end), let value = dayNumber(tokens[end]),
           tokens[end].text.count <= 2 || tokens[end].hasSuffix == false {
            if !(end + 1 < tokens.count && tokens[end + 1].kind == .word && quantities.cue(tokens[end + 1].key, kind: "scale") != nil) {
                day = value
                end += 1
                lastHasSuffix = tokens[end - 1].hasSuffix
                if end < tokens.count, tokens[end].text == "," { end += 1 }
            }
        }
        // A year after: `Temmuz 2017`, `July 21, 2017`.
        if !lastHasSuffix, end < tokens.count, !document.isBoundary(before: end), tokens[end].kind == .number,
           NumberReader.isDigits(tokens[end].stem), let value = Int(tokens[end].stem), isYear(value) {
            year = value
            end += 1
            lastHasSuffix = tokens[end - 1].hasSuffix
        } else if end > index + 1, tokens[end - 1].text == "," {
            end -= 1
        }
        // A weekday after a full date: `21 Temmuz 2017 Cuma`.
        if year != nil, day != nil, !lastHasSuffix, end < tokens.count, !document.isBoundary(before: end),
           calendar.weekdays[tokens[end].key] != nil {
            end += 1
        }
        let value: String
        switch (day, year) {
        case (let day?, let year?):
            guard let date = CalendarDate(year: year, month: month.number, day: day) else { return nil }
            value = date.iso
        case (nil, let year?):
            value = "\(year)-\(CalendarDate.pad(month.number, 2))"
        case (let day?, nil):
            guard let reference = context.referenceDate,
                  let date = CalendarDate(year: reference.year, month: month.number, day: day) else { return nil }
            value = date.iso
        case (nil, nil):
            return nil
        }
        var range = document.span(start..<end)
        if end == index + 1, let stemLength = month.stemLength {
            range = range.lowerBound..<(monthToken.range.lowerBound + stemLength)
        }
        return Candidate(type: .date, range: range, tokens: start..<end, value: .date(value), priority: 3, source: name)
    }

    private func dayNumber(_ token: Token) -> Int? {
        guard token.kind == .number, NumberReader.isDigits(token.stem), token.stem.count <= 2,
              let day = Int(token.stem), (1...31).contains(day) else {
            // French `1er`.
            if token.kind == .number || token.kind == .word, token.lower == "1er" { return 1 }
            return nil
        }
        return day
    }

    // MARK: - Years

    /// `2005 yılında`, `2005’te`, `in 2005`, `im Jahr 2005`.
    private func cuedYear(at index: Int, in document: TokenizedDocument) -> Candidate? {
        let tokens = document.tokens
        let token = tokens[index]
        guard token.kind == .number, NumberReader.isDigits(token.stem), token.stem.count == 4, let year = Int(token.stem),
              isYear(year)
        else { return nil }
        if index > 0, document.touches(index - 1, index), [".", "/", "-", ","].contains(tokens[index - 1].text) { return nil }
        if index + 1 < tokens.count, document.touches(index, index + 1), [".", "/", "-", ","].contains(tokens[index + 1].text),
           index + 2 < tokens.count, tokens[index + 2].kind == .number, !token.hasSuffix { return nil }
        var cued = false
        var cuedBySuffix = false
        if token.hasSuffix {
            cuedBySuffix = true
            cued = TurkishSuffixes.caseEndings(afterNumber: year).contains(token.suffix)
        } else if index + 1 < tokens.count, !document.isBoundary(before: index + 1) {
            let next = tokens[index + 1]
            cued = quantities.cue(next.key, kind: "year-after") != nil
                || (document.language == "tr" && next.key.hasPrefix("yıl") && next.key.count <= 9)
        }
        if !cued, index > 0, !document.isBoundary(before: index) {
            let previous = tokens[index - 1]
            cued = quantities.cue(previous.key, kind: "year-before") != nil
            if !cued, index > 1 {
                cued = quantities.cue(tokens[index - 2].key + " " + previous.key, kind: "year-before") != nil
            }
        }
        guard cued else { return nil }
        // `Horizon 2020’ye`: a year that is part of a name.
        if cuedBySuffix, index > 0, !document.isBoundary(before: index), !document.isInitial(index - 1),
           tokens[index - 1].isCapitalized, !tokens[index - 1].hasSuffix, calendar.months[tokens[index - 1].key] == nil,
           TurkishSuffixes.splits(of: tokens[index - 1].key).isEmpty {
            return nil
        }
        let range = document.span(index..<(index + 1))
        return Candidate(type: .date, range: range, tokens: index..<(index + 1), value: .date(String(year)), priority: 1,
                         source: name)
    }

    private func isYear(_ value: Int) -> Bool { (1900...2100).contains(value) }
}
