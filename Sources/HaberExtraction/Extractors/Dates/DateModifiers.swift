import HaberText

/// Words that qualify a date's period, after TimeML's `mod` (`seit 2010` since, `fin 2025`
/// end, `2010'dan önce` before, `2025 sonunda` end): the phrases are rows of the language's
/// `dates/modifiers.tsv`, read before the date or after it; the span takes them in (FORMAT.md).
extension DateReader {
    /// `mention` with the modifier phrase beside it taken in, and its `mod` set.
    ///
    /// Consuming, and read through `result` once it is made, as ``extended(_:)``: most
    /// mentions come back as they came, and each was copied to be returned.
    func modified(_ mention: consuming DateMention) -> DateMention {
        // A range's opener (`desde 2018 hasta 2020`) is no modifier of its start.
        if case .range = mention.value { return mention }
        // A date named relative to the reference takes a modifier where words carry no case
        // ending (`early next year`, `Ende nächsten Jahres`); in Turkish its own suffixes
        // say it (`gelecek yılın başında`) and a word after it (`yarından sonra`) is read apart.
        guard mention.mod == nil, !mention.relative || !caseSuffixes, let table = models.modifiers else { return mention }
        var result = mention
        if let (start, mod) = modifier(endingBefore: result.tokens.lowerBound, in: table),
           mod != DateGrammar.Modifiers.relativeOnly || result.relative {
            result.tokens = start..<result.tokens.upperBound
            result.mod = Self.mod(mod)
        } else if let (end, mod) = modifier(startingAt: result.tokens.upperBound, in: table) {
            result.tokens = result.tokens.lowerBound..<end
            result.end = tokens[end - 1].range.upperBound
            result.caseEnding = ""
            result.mod = Self.mod(mod)
        }
        return result
    }

    /// The `mod` a phrase of `dates/modifiers.tsv` gives: none for `-`, a phrase that only
    /// names the date's unit and is part of its span (`the month of`, `le mois de`, `im Monat`).
    private static func mod(_ written: String) -> String? {
        written == DateGrammar.Modifiers.noMod || written == DateGrammar.Modifiers.relativeOnly ? nil : written
    }

    /// The longest phrase of `table.before` whose last word is token `index - 1`, in the same sentence.
    func modifier(endingBefore index: Int, in table: DateGrammar.Modifiers) -> (start: Int, mod: String)? {
        guard follows(index) else { return nil }
        let lengths = modifierEdges(index - 1).before
        guard lengths != 0 else { return nil }
        var count = min(table.maxWords, index)
        while count > 0 {
            let start = index - count
            if Self.hasLength(count, lengths), (start + 1..<index).allSatisfy(follows),
               let mod = table.before[key(of: start..<index)] { return (start, mod) }
            count -= 1
        }
        return nil
    }

    /// The longest phrase of `table.after` that opens at token `index`, in the same sentence.
    func modifier(startingAt index: Int, in table: DateGrammar.Modifiers) -> (end: Int, mod: String)? {
        guard follows(index) else { return nil }
        let lengths = modifierEdges(index).after
        guard lengths != 0 else { return nil }
        var count = min(table.maxWords, tokens.count - index)
        while count > 0 {
            let end = index + count
            if Self.hasLength(count, lengths), (index + 1..<end).allSatisfy(follows),
               let mod = table.after[key(of: index..<end)] { return (end, mod) }
            count -= 1
        }
        return nil
    }

    /// Whether `lengths` (``DateGrammar/Modifiers/lastWordsBefore``) holds phrases of `count` words.
    private static func hasLength(_ count: Int, _ lengths: UInt16) -> Bool {
        count >= 16 ? lengths & 0x8000 != 0 : lengths >> UInt16(count - 1) & 1 != 0
    }

    /// Whether a modifier phrase stands right before or after token `index` (a year there is a date).
    func hasModifier(beside index: Int) -> Bool {
        guard let table = models.modifiers else { return false }
        return modifier(endingBefore: index, in: table).map({ $0.mod != DateGrammar.Modifiers.relativeOnly }) == true
            || modifier(startingAt: index + 1, in: table) != nil
    }

    /// Whether a year cue (`in`, `en`, `im`, `seit`) or a modifier (`fin`, `Anfang`) stands
    /// right before token `index`: a month name alone there is a date (`en août`, `Ende Mai`).
    func hasMonthCue(before index: Int) -> Bool {
        guard index > 0, follows(index) else { return false }
        if isYearBeforeCue(index - 1) { return true }
        guard let table = models.modifiers else { return false }
        return modifier(endingBefore: index, in: table).map({ $0.mod != DateGrammar.Modifiers.relativeOnly }) == true
    }

    /// Whether token `i` is a cue of kind `year-before` (``DateFormFacts/yearBeforeCues``).
    func isYearBeforeCue(_ i: Int) -> Bool {
        fact(facts.yearBeforeCues, i) { quantities.cue($0.key, kind: "year-before") != nil }
    }

    /// The lengths of the phrases of the language's ``DateGrammar/Modifiers/before`` that token
    /// `i` ends and of its ``DateGrammar/Modifiers/after`` that it opens, as bits
    /// (``DateGrammar/Modifiers/lastWordsBefore``), read once per form: the words beside most
    /// mentions are asked, and their keys were hashed (through NFC) at each ask.
    private func modifierEdges(_ i: Int) -> (before: UInt16, after: UInt16) {
        guard let table = models.modifiers else { return (0, 0) }
        let edges = fact(facts.modifierEdges, i) { form in
            UInt32(table.lastWordsBefore[form.key] ?? 0) | UInt32(table.firstWordsAfter[form.key] ?? 0) << 16
        }
        return (UInt16(truncatingIfNeeded: edges), UInt16(truncatingIfNeeded: edges >> 16))
    }

    /// The keys of tokens `range` joined by spaces, appended in place: most phrases asked are
    /// short enough to be held in the string itself, where an array of the keys and its join
    /// cost some 1,300 instructions a key (3.9 M on the bench's 1,000 articles).
    private func key(of range: Range<Int>) -> String {
        var key = tokens[range.lowerBound].key
        for index in range.dropFirst() {
            key.append(" ")
            key.append(tokens[index].key)
        }
        return key
    }
}
