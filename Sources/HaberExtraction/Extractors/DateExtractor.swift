import HaberText

/// Dates at their written granularity (FORMAT.md): numeric (`21.07.2017`, `21/07/2017`,
/// `2017-07-21`), with month names from ICU/CLDR (`21 Temmuz 2017 Cuma`, `Temmuz 2017`,
/// `July 21, 2017`, `21. Juli 2017`), years in temporal context (`2005 yılında`, `2005’te`,
/// `in 2005`, `im Jahr 2005`), ranges (`2014-2020`, `3-5 Mart 2018`, `vom 1. bis 5. April
/// 2019`), and relative expressions resolved against the reference date and flagged
/// `relative` (`dün`, `geçen yıl`, `yıl sonunda`, `önümüzdeki ay`, `ilk çeyrekte`, weekdays).
///
/// The grammar lives in `Dates/`: ``DateReader`` reads the expressions, `models/dates/`
/// holds the grammar words. A four-digit number alone is no date: `375 üyesi`,
/// `2005 adet` stay numbers.
public struct DateExtractor: Extractor {
    public let name = "dates"
    let calendar: CalendarLexicon
    let quantities: QuantityLexicon
    let grammar: DateGrammar

    let numbers: NumberWords
    /// The first one to three letters of every word a date expression can open with (grammar
    /// words, month and weekday names), per language; number words are asked of `numbers`
    /// (which opens ICU's spell-out only for the languages it meets). Most tokens are no such
    /// word, and their forms need no reading at all.
    let openings: [String: DateOpenings]
    /// The grammar of each language, taken out of the tables once, with the models.
    let languages: [String: DateLanguage]

    public init(models: ExtractionModels) {
        calendar = models.calendar
        quantities = models.quantities
        grammar = models.dateGrammar
        numbers = models.numberWords
        var openings: [String: DateOpenings] = [:]
        let allNames = Array(models.calendar.months.keys) + Array(models.calendar.shortMonths.keys) + Array(models.calendar.weekdays.keys)
        for language in models.calendar.languages {
            let words = Array(models.dateGrammar.words[language]?.keys ?? [:].keys) + allNames
            // A grammar entry of several words opens with its first word (`şu andan`).
            openings[language] = DateOpenings(Set(words.map { $0.prefix(3).prefix { $0 != " " } }))
        }
        self.openings = openings
        names = CalendarNames(calendar: models.calendar)
        var languages: [String: DateLanguage] = [:]
        for language in Set(models.calendar.languages).union(models.dateGrammar.words.keys) {
            languages[language] = DateLanguage(
                calendar: models.calendar, grammar: models.dateGrammar, quantities: models.quantities,
                rules: DateRules(language: language, grammar: models.dateGrammar, calendar: models.calendar), names: names,
                functionWords: Set(models.text.functionWords[language] ?? []),
                capitalizesNouns: models.languageProfiles[language].capitalizesNouns,
                suffixes: models.languageProfiles[language].suffixes)
        }
        self.languages = languages
    }

    /// See ``DateReader/names``.
    let names: CalendarNames
    /// Readings of token forms, kept across documents: the extractor serves one pipeline,
    /// and so one thread.
    let facts = DateReader.DateFormFacts()

    /// What a date expression starting at each token can open with (``DateStarts``), read
    /// once per form: none for most words, whose first letters open no date word. Kept per
    /// form id in a table of 32-bit words (``DateReader/DateFormFacts/startsByForm``), held in
    /// a local for the pass: the common token costs a load of its form id, a load of its
    /// starts and a branch (through ``FormFacts`` the table's arrays were read through the
    /// class at every token).
    ///
    /// The same pass sets which words may be spelled-out numbers (``DateReader/numberish``):
    /// a form's `spelled` start says so, and only a form seen for the first time is asked.
    /// In a pass of its own, each word's form was visited twice.
    private func readStarts(in document: TokenizedDocument, openings known: DateOpenings?, reader: inout DateReader,
                            spellout: NumberWords.Reader) {
        let ids = document.formIDs
        var table = facts.takeStarts(space: document.formSpace)
        var starts = [DateStarts](repeating: [], count: ids.count)
        // No closure over the buffers: the reader, captured, was copied at each call of its methods.
        for index in ids.indices {
            let id = Int(ids[index])
            if id < table.count, case let bits = table[id], bits != 0 {
                let found = DateStarts(rawValue: bits & ~DateStarts.readMark)
                starts[index] = found
                if found.contains(.spelled) { reader.numberish[index] = true }
                continue
            }
            reader.numberish[index] = reader.readNumberish(index)
            let found = reader.firstStarts(at: index, openings: known, spellout: spellout)
            // Grown by half again, not to the new id: new forms come one at a time, and each
            // growth was a call (2 M instructions on the bench's 1,000 articles).
            if id >= table.count { table.append(contentsOf: repeatElement(0, count: max(id + 1, table.count + table.count / 2) - table.count)) }
            table[id] = found.rawValue | DateStarts.readMark
            starts[index] = found
        }
        facts.startsByForm = table
        reader.starts = starts
    }

    /// A reader of `document` with its starts read.
    func reader(of document: TokenizedDocument, context: ExtractionContext) -> DateReader {
        let setup = facts.setup(document.language) { language in
            let models = languages[language] ?? DateLanguage(
                calendar: calendar, grammar: grammar, quantities: quantities,
                rules: DateRules(language: language, grammar: grammar, calendar: calendar), names: names)
            return DateReader.Setup(language: language, models: models, openings: openings[language], numbers: numbers)
        }
        var reader = DateReader(document: document, setup: setup, reference: context.referenceDate, facts: facts)
        readStarts(in: document, openings: setup.openings, reader: &reader, spellout: setup.spellout)
        return reader
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        candidates(in: document, context: context, reader: reader(of: document, context: context))
    }

    /// Of the candidates of ``candidates(in:context:)``, the first that starts at each token of
    /// `positions` (where the header looks for a date line), or all of them where that is not
    /// known without reading every date.
    ///
    /// The header asks a handful of positions, and most open no date: their starts say so, or
    /// the point read there is the first candidate at its place (a range opens with a point
    /// too, later in the list). Only a position that may open a range and no point, or that
    /// follows a range's opener (`vom`), reads all (as before, 52 M instructions on the
    /// bench's 1,000 articles).
    public func candidates(in document: TokenizedDocument, context: ExtractionContext, startingAt positions: [Int]) -> [Candidate] {
        // A header with no line where a date would start reads no starts.
        guard !positions.isEmpty else { return [] }
        let reader = reader(of: document, context: context)
        let starts = reader.starts
        var found: [Candidate] = []
        for position in positions where position < starts.count {
            if position > 0, starts[position - 1].contains(.opener) {
                return candidates(in: document, context: context, reader: reader)
            }
            guard starts[position].opensAny else { continue }
            let point = reader.point(at: position, starts: starts[position])
            if let point, !point.weak,
               let candidate = candidate(reader.modified(reader.extended(point)), in: document, reference: context.referenceDate),
               candidate.tokens.lowerBound == position {
                found.append(candidate)
                continue
            }
            if point != nil || !starts[position].isDisjoint(with: .rangeStarts) {
                return candidates(in: document, context: context, reader: reader)
            }
        }
        return found
    }

    private func candidates(in document: TokenizedDocument, context: ExtractionContext, reader: DateReader) -> [Candidate] {
        let tokens = document.tokens
        let starts = reader.starts
        var points = DatePoints(count: tokens.count)
        for index in tokens.indices where starts[index].opensPoint {
            if let point = reader.point(at: index, starts: starts[index]) { points[index] = point }
        }
        var mentions: [DateMention] = []
        // Consuming, as ``DateReader/extended(_:)`` and ``DateReader/modified(_:)`` are: the
        // mention is moved through them into the list, not copied at each step.
        func add(_ mention: consuming DateMention) {
            guard !mention.weak else { return }
            mentions.append(reader.modified(reader.extended(mention)))
        }
        for index in tokens.indices where starts[index].opensAny {
            // Told apart from the point itself, which is then moved into the list (kept for the
            // test below, it was copied).
            let hasPoint = points.has(index)
            if let point = points[index] { add(point) }
            // A range opens with a point, or with what ``DateReader/rangesFrom(_:points:)`` reads otherwise.
            if hasPoint || !starts[index].isDisjoint(with: .rangeStarts) {
                for mention in reader.ranges(at: index, points: points) { add(mention) }
            }
        }
        let estimated = context.estimatesYears ? Self.estimatedReference(for: mentions, today: context.referenceDate) : nil
        return mentions.compactMap { mention in
            guard let estimated, Self.lacksYear(mention.value), !mention.relative else {
                return candidate(mention, in: document, reference: context.referenceDate)
            }
            var guessed = candidate(mention, in: document, reference: estimated)
            guessed?.relative = true
            return guessed
        }
    }

    /// The date that a run without a reference date reads a year-less date against: the
    /// first day of the latest year the article writes (not counting relative dates), else
    /// today's.
    static func estimatedReference(for mentions: [DateMention], today: CalendarDate?) -> CalendarDate? {
        let latest = mentions.lazy.filter { !$0.relative }.compactMap { writtenYear(of: $0.value) }.max()
        guard let year = latest ?? today?.year else { return today }
        return CalendarDate(year: year, month: 1, day: 1)
    }

    /// The latest year a value writes.
    private static func writtenYear(of value: DateMention.Value) -> Int? {
        switch value {
        case .fields(let year, _, _): return year
        case .interval(let interval): return interval.end.year
        case .range(let a, let b): return [writtenYear(of: a), writtenYear(of: b)].compactMap { $0 }.max()
        }
    }

    /// Whether a value names a month or day and no end of it writes its year (`4 Eylül`, `20. bis 22. September`).
    static func lacksYear(_ value: DateMention.Value) -> Bool {
        switch value {
        case .fields(let year, let month, let day): return year == nil && (month != nil || day != nil)
        case .interval: return false
        case .range(let a, let b): return lacksYear(a) && lacksYear(b)
        }
    }

    private func candidate(_ mention: DateMention, in document: TokenizedDocument, reference: CalendarDate?) -> Candidate? {
        guard let value = Self.iso(mention.value, reference: reference, end: nil) else { return nil }
        let start = document.tokens[mention.tokens.lowerBound].range.lowerBound
        guard mention.end > start else { return nil }
        var candidate = Candidate(type: .date, range: start..<mention.end, tokens: mention.tokens, value: .date(value),
                                  mod: mention.mod, relative: mention.relative, priority: mention.priority)
        candidate.day = Self.day(of: mention.value, reference: reference)
        return candidate
    }

    /// The one day a mention names, if it names one day (`21.07.2017`, `15 Eylül` with a
    /// reference year): what a date line gives as `published`.
    static func day(of value: DateMention.Value, reference: CalendarDate?) -> CalendarDate? {
        switch value {
        case .interval(let interval):
            return interval.start == interval.end && (interval.unit == .day || interval.unit == .week) ? interval.start : nil
        case .fields(let year, let month?, let day?):
            return (year ?? reference.map { Self.referenceYear($0.year, month: month, day: day) })
                .flatMap { CalendarDate(year: $0, month: month, day: day) }
        case .fields, .range:
            return nil
        }
    }

    /// The year a day written without one takes from the reference's year `year`: that year,
    /// but the leap year before it for a 29 February that `year` lacks (FORMAT.md).
    static func referenceYear(_ year: Int, month: Int?, day: Int?) -> Int {
        guard month == 2, day == 29 else { return year }
        var leap = year
        while leap > year - 8, CalendarDate(year: leap, month: 2, day: 29) == nil { leap -= 1 }
        return leap
    }

    /// The ISO 8601 value of a mention; for one end of a range, `end` tells which.
    static func iso(_ value: DateMention.Value, reference: CalendarDate?, end: Bool?) -> String? {
        switch value {
        case .interval(let interval):
            guard let end else { return interval.iso }
            return endISO(interval, end: end)
        case .fields(let year, let month, let day):
            if let year = year ?? reference.map({ Self.referenceYear($0.year, month: month, day: day) }) {
                let interval: DateInterval?
                switch (month, day) {
                case (let month?, let day?): interval = CalendarDate(year: year, month: month, day: day).map { DateInterval(day: $0) }
                case (let month?, nil): interval = DateInterval.month(year, month)
                case (nil, nil): interval = DateInterval.year(year)
                case (nil, _?): interval = nil
                }
                guard let interval else { return nil }
                guard let end else { return interval.iso }
                return endISO(interval, end: end)
            }
            // No year and no reference: ISO 8601 truncated forms.
            switch (month, day) {
            case (let month?, let day?):
                guard day <= CalendarDate.days(inMonth: month, year: 2000) else { return nil }
                return "--\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
            case (let month?, nil): return "--\(CalendarDate.pad(month, 2))"
            default: return nil
            }
        case .range(let a, let b):
            guard let start = iso(a, reference: reference, end: false), let finish = iso(b, reference: reference, end: true),
                  start != finish else { return nil }
            if start.count == finish.count, !start.hasPrefix("-"), start > finish { return nil }
            return "\(start)/\(finish)"
        }
    }

    /// One end of an interval at its granularity.
    private static func endISO(_ interval: DateInterval, end: Bool) -> String {
        let day = end ? interval.end : interval.start
        switch interval.unit {
        case .day, .week: return ISOText.day(day)
        case .month, .quarter: return ISOText.month(day.year, day.month)
        case .year, .decade: return ISOText.year(day.year)
        }
    }
}

extension DateReader {
    /// The starts of a form seen for the first time, at token `index` (a method of the
    /// reader: passed to a function from the pass over the tokens, the reader was copied).
    fileprivate func firstStarts(at index: Int, openings known: DateOpenings?, spellout: NumberWords.Reader) -> DateStarts {
        let token = tokens[index]
        switch token.kind {
        case .punctuation, .symbol: return token.form.text == "'" ? .apostrophe : []
        case .number, .word: break
        }
        guard token.kind == .word, let known, !(caseSuffixes && numberish[index]) else {
            return readStarts(index)
        }
        let key = token.form.key
        // `1er`, `2nd`: an ordinal day written with digits (no ASCII letter has a numeric type).
        // Its first byte first: most words open with an ASCII letter, told without decoding a scalar.
        if let byte = key.utf8.first, !(0x61...0x7A).contains(byte | 0x20),
           let first = key.unicodeScalars.first, !(0x61...0x7A).contains(first.value | 0x20), first.properties.numericType != nil {
            return readStarts(index)
        }
        let opens = known.opens(key)
            || (!caseSuffixes && spellout.mayStartNumber(key))
        // A grammar word written as it is (``exactGram(_:_:)``) opens with its own opening of
        // ``DateExtractor/openings``; so does one inflected (``gram(_:_:)``) where words take no
        // case ending (whole words with a plain ending after them, or an apostrophe's tail after
        // three letters or more: `jusqu'`, `year's`). A Turkish ending may soften the third
        // letter of a stem of three (`ait` → `aidi`), whose opening it then lacks.
        guard opens else { return .noGrammarWord }
        return readStarts(index)
    }
}
