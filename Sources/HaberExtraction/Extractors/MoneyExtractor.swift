import HaberICU
import HaberText

/// Amounts of money: a number, an optional scale word and a currency (`4 milyon avro`,
/// `1,5 milyar TL`, `250 bin dolar`, `10 milyon Euro’luk`, `4 Millionen Euro`,
/// `beş milyon yen`), or a currency sign or code before the number (`$75 million`, `€4m`,
/// `USD 5 million`, `usd$ 15`), with sub-units added (`50 TL 30 kuruş`, `3 dolar 50 sent`,
/// `bir kuai beş mao beş fen`) or standing alone (`34 sent`). Currencies resolve to
/// ISO 4217 codes through `models/money/`; spelled-out numbers are read by ICU's rule-based
/// number format.
public struct MoneyExtractor: Extractor {
    public let name = "money"
    let currencies: CurrencyLexicon
    let quantities: QuantityLexicon
    /// Every ISO 4217 code the lexicon knows (`USD`, `TRY`): a code is a currency as written.
    let codes: Set<String>

    let numbers: NumberWords
    /// Per form: a number word by itself (`beş`, `yüz`), which every spelled amount opens
    /// with. Asked of nearly every word; the extractor serves one pipeline (one thread).
    let opensSpelledNumber = FormFacts<Bool>()
    /// Per form: what its key alone says as a currency name, read once.
    let forms = MoneyFormFacts()

    final class MoneyFormFacts: @unchecked Sendable {
        /// Some currency name of several words opens with the key.
        let opensLongerName = FormFacts<Bool>()
        /// The code of the currency the key names.
        let code = FormFacts<String?>()
        /// The code of the Turkish currency name the word is with a suffix but no apostrophe
        /// (`sterline`), and the UTF-16 length of its stem.
        let suffixedCode = FormFacts<(code: String, stemLength: Int)?>()
        /// The scale the word means (`milyon`, `milyonluk`), without a full stop after it.
        let scale = FormFacts<Double?>()
    }

    public init(models: ExtractionModels) {
        currencies = models.currencies
        quantities = models.quantities
        codes = Set(models.currencies.names.values)
        numbers = models.numberWords
    }

    /// One found amount: its tokens and value, before the currency.
    private typealias Amount = (value: Double, end: Int)

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        var found: [Candidate] = []
        let spellout = numbers.reader(document.language)
        var consumed = 0
        for index in tokens.indices where index >= consumed {
            let token = tokens[index]
            let amount: Amount
            let written = token.kind == .number || startsWithDigit(token)
            if written {
                if index > 0, document.touches(index - 1, index), [".", ",", "/", "-"].contains(tokens[index - 1].text) { continue }
                guard let digits = self.amount(at: index, in: document) else { continue }
                amount = digits
            } else if token.kind == .word, !token.hasSuffix, let spelled = spelledAmount(at: index, in: document, spellout: spellout) {
                amount = spelled
            } else {
                continue
            }
            if let (code, end, stemEnd) = currency(at: amount.end, in: document) {
                var total = amount.value
                var last = end
                var range = tokens[index].range.lowerBound..<stemEnd
                // `50 TL 30 kuruş`, `bir kuai beş mao beş fen`: sub-units one after another.
                while let (part, partEnd, partStem, _) = subunit(at: last, in: document, spellout: spellout), part < 1 {
                    total += part
                    last = partEnd
                    range = range.lowerBound..<partStem
                }
                found.append(candidate(range: range, tokens: index..<last, amount: total, code: code))
                consumed = last
            } else if written, index > 0, let (code, start) = sign(before: index, in: document) {
                let range = tokens[start].range.lowerBound..<document.span(index..<amount.end).upperBound
                found.append(candidate(range: range, tokens: start..<amount.end, amount: amount.value, code: code))
                consumed = amount.end
            } else if let (part, end, stemEnd, unit) = subunit(startingWith: index, amount: amount, in: document), unit != "*" {
                // `34 sent`, `470 peni`: a sub-unit alone, of the currency its word means.
                found.append(candidate(range: tokens[index].range.lowerBound..<stemEnd, tokens: index..<end, amount: part, code: unit))
                consumed = end
            } else if !written {
                consumed = amount.end
            }
        }
        return found
    }

    private func startsWithDigit(_ token: Token) -> Bool {
        token.kind == .word && (token.text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false)
    }

    /// The number at `index` with its scale words (`1,5 milyar`, `4m`, `2,5 Mio.`).
    private func amount(at index: Int, in document: TokenizedDocument) -> Amount? {
        let tokens = document.tokens
        let token = tokens[index]
        var value: Double
        var end = index + 1
        if let plain = NumberReader.value(of: token.stem, language: document.language) {
            value = plain
            // `60 000 €`, `1 200 000 euros`: groups of three digits after a space.
            while !tokens[end - 1].hasSuffix, end < tokens.count, tokens[end].kind == .number, tokens[end].spaceBefore,
                  tokens[end].newlinesBefore == 0, tokens[end].form.stemCharacterCount == 3, NumberReader.isDigits(tokens[end].stem),
                  NumberReader.isDigits(tokens[end - 1].stem), tokens[end - 1].form.stemCharacterCount <= 3,
                  let group = Double(tokens[end].stem) {
                value = value * 1000 + group
                end += 1
            }
        } else if let (number, scale) = glued(token.stem, language: document.language) {
            return (number * scale, index + 1)
        } else {
            return nil
        }
        return scaled(value, end: end, in: document)
    }

    /// `value` times the scale words from `end` on (`milyon`, `Mio.`, `milyonluk`).
    private func scaled(_ value: Double, end: Int, in document: TokenizedDocument) -> Amount {
        let tokens = document.tokens
        var value = value, end = end
        if tokens[end - 1].hasSuffix { return (value, end) }
        while end < tokens.count, !document.isBoundary(before: end), tokens[end].kind == .word {
            guard let (scale, next) = scale(at: end, in: document) else { break }
            value *= scale
            end = next
            if tokens[end - 1].hasSuffix { break }
        }
        return (value, end)
    }

    /// The scale word at `index` and the token after it (`Mio.` takes its full stop).
    private func scale(at index: Int, in document: TokenizedDocument) -> (Double, Int)? {
        let tokens = document.tokens
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        var key = tokens[index].key
        var next = index + 1
        if next < tokens.count, tokens[next].text == ".", document.touches(index, next),
           quantities.cue(key + ".", kind: "scale") != nil {
            key += "."
            next += 1
        }
        let token = tokens[index]
        let scale = next > index + 1
            ? quantities.cue(key, kind: "scale")?.value ?? scaleStem(token, in: document)
            : forms.scale.value(for: token.form, in: document) { _ in
                quantities.cue(key, kind: "scale")?.value ?? scaleStem(token, in: document)
            }
        guard let scale else { return nil }
        return (scale, next)
    }

    /// A spelled-out number at `index` (`beş`, `bir`, `yüz elli`) right before a scale word, a
    /// currency or a sub-unit, with its scale words: `beş milyon`. Only phrases that end
    /// where a scale or currency starts are parsed, so ICU reads few words.
    private func spelledAmount(at index: Int, in document: TokenizedDocument, spellout: NumberWords.Reader) -> Amount? {
        let tokens = document.tokens
        // Every spelled number starts with a word that is a number by itself (`beş`, `yüz`).
        guard opensSpelledNumber.value(for: tokens[index].form, in: document, compute: { form in
            spellout.mayStartNumber(form.lower) && spellout.value(of: form.lower) != nil
        }) else { return nil }
        var ends: [Int] = []
        var end = index + 1
        while end < tokens.count, end - index <= 5, !document.isBoundary(before: end),
              tokens[end - 1].kind == .word, !tokens[end - 1].hasSuffix {
            if tokens[end].kind != .number, scale(at: end, in: document) != nil || currency(at: end, in: document) != nil
                || currencies.subunits[tokens[end].key] != nil {
                ends.append(end)
            }
            end += 1
        }
        for end in ends.reversed() {
            if let value = spellout.value(of: tokens[index..<end].map(\.text).joined(separator: " ")) {
                return scaled(value, end: end, in: document)
            }
        }
        return nil
    }

    /// `milyonluk` → `milyon`.
    private func scaleStem(_ token: Token, in document: TokenizedDocument) -> Double? {
        guard document.language == "tr", !token.hasSuffix else { return nil }
        for (stem, _) in TurkishSuffixes.splits(of: token.key, derivations: true) {
            if let scale = quantities.cue(stem, kind: "scale")?.value { return scale }
        }
        return nil
    }

    /// `4m`, `2bn`, `500k`: a number with its scale glued on.
    private func glued(_ text: String, language: String) -> (Double, Double)? {
        guard let split = text.firstIndex(where: { $0.isLetter }) else { return nil }
        let number = String(text[..<split]), unit = String(text[split...]).lowercased()
        guard let value = NumberReader.value(of: number, language: language),
              let scale = quantities.cue(unit, kind: "scale")?.value else { return nil }
        return (value, scale)
    }

    /// A currency name or sign starting at `index`: its code, the token end, and the end of
    /// its stem in the normalized text (the span stops before `’luk`).
    private func currency(at start: Int, in document: TokenizedDocument) -> (String, Int, Int)? {
        let tokens = document.tokens
        guard start < tokens.count, !document.isBoundary(before: start) else { return nil }
        var index = start
        // `4 millions d’euros`, `30 milliards de dollars`.
        if ["d'", "de"].contains(tokens[index].lower), index + 1 < tokens.count { index += 1 }
        if let code = compoundSign(at: index, in: document) {
            return (code, index + 2, document.span(index..<(index + 2)).upperBound)
        }
        let longest = opensLongerName(index, in: document) ? currencies.maxWords : 1
        for length in stride(from: min(longest, tokens.count - index), through: 1, by: -1) {
            let span = index..<(index + length)
            if span.dropLast().contains(where: { tokens[$0].hasSuffix }) { continue }
            if length > 1, (span.lowerBound + 1..<span.upperBound).contains(where: { document.isBoundary(before: $0) }) { continue }
            let code = length == 1
                ? forms.code.value(for: tokens[index].form, in: document) { currencies.names[$0.key] }
                : currencies.names[document.key(of: span)]
            if let code {
                return (code, span.upperBound, document.span(span).upperBound)
            }
        }
        let token = tokens[index]
        // `5 milyon USD`: an ISO code as written, in running text (not a line in capitals).
        if isCode(token), index + 1 >= tokens.count || !tokens[index + 1].isAllCaps,
           start < 2 || !tokens[start - 2].isAllCaps {
            return (token.stem, index + 1, token.stemRange.upperBound)
        }
        if document.language == "tr" { return suffixedCurrency(at: index, in: document) }
        return nil
    }

    /// A Turkish currency name whose last word carries a suffix without an apostrophe:
    /// `sterline`, `yuanı`, `dolarlık`, `ABD dolarını` (`doları` + `nı`).
    private func suffixedCurrency(at index: Int, in document: TokenizedDocument) -> (String, Int, Int)? {
        let tokens = document.tokens
        let longest = opensLongerName(index, in: document) ? currencies.maxWords : 1
        for length in stride(from: min(longest, tokens.count - index), through: 1, by: -1) {
            let span = index..<(index + length)
            if span.contains(where: { tokens[$0].hasSuffix }) { continue }
            if length == 1 {
                let last = tokens[index]
                guard last.kind == .word, let (code, stemLength) = forms.suffixedCode.value(for: last.form, in: document, compute: {
                    suffixedCode(of: $0)
                }) else { continue }
                return (code, index + 1, last.range.lowerBound + stemLength)
            }
            if (span.lowerBound + 1..<span.upperBound).contains(where: { document.isBoundary(before: $0) }) { continue }
            let last = tokens[span.upperBound - 1]
            guard last.kind == .word else { continue }
            let prefix = length > 1 ? document.key(of: index..<(span.upperBound - 1)) + (last.spaceBefore ? " " : "") : ""
            for (stem, suffix) in Self.stems(of: last.key) {
                // `yeni` is "new", not `yen` + `i`: short stems only with `-lık`.
                if stem.count < 4, !suffix.hasPrefix("l") { continue }
                if let code = currencies.names[prefix + stem] {
                    let length = String(last.text.unicodeScalars.prefix(stem.unicodeScalars.count)).utf16.count
                    return (code, span.upperBound, last.range.lowerBound + length)
                }
            }
        }
        return nil
    }

    /// The one-word Turkish currency name `form` writes with a suffix, and its stem's length.
    private func suffixedCode(of form: TokenForm) -> (code: String, stemLength: Int)? {
        for (stem, suffix) in Self.stems(of: form.key) {
            if stem.count < 4, !suffix.hasPrefix("l") { continue }
            if let code = currencies.names[stem] {
                return (code, String(form.text.unicodeScalars.prefix(stem.unicodeScalars.count)).utf16.count)
            }
        }
        return nil
    }

    private func opensLongerName(_ index: Int, in document: TokenizedDocument) -> Bool {
        forms.opensLongerName.value(for: document.tokens[index].form, in: document) { currencies.opensLongerName($0.key) }
    }

    /// Ways to read a lowercase word as stem + suffix: case endings and `-lık` by harmony,
    /// and case endings after a possessive (`doları` + `nı`, `lirası` + `na`).
    private static func stems(of word: String) -> [(stem: String, suffix: String)] {
        if let known = knownStems.value(for: word) { return known }
        let found = readStems(of: word)
        knownStems.store(found, for: word)
        return found
    }

    /// Stems already worked out: the words after amounts repeat from article to article.
    private static let knownStems = Memo<[(stem: String, suffix: String)]>()

    private static func readStems(of word: String) -> [(stem: String, suffix: String)] {
        var results = TurkishSuffixes.splits(of: word, derivations: true)
        let characters = Array(word)
        guard characters.count >= 5 else { return results }
        for cut in stride(from: characters.count - 1, through: 3, by: -1) where characters.count - cut <= 5 {
            let head = String(characters[..<cut]), suffix = String(characters[cut...])
            guard "ıiuü".contains(characters[cut - 1]), suffix.first == "n" || suffix.first == "y" || suffix.first == "d",
                  TurkishSuffixes.isCaseEndingAfterPossessive(suffix, head: head) else { continue }
            results.append((head, suffix))
        }
        return results
    }

    /// An all-caps ISO 4217 code (`USD`, `EUR`).
    private func isCode(_ token: Token) -> Bool {
        token.kind == .word && !token.hasSuffix && token.form.stemCharacterCount == 3 && token.isAllCaps && codes.contains(token.stem)
    }

    /// A sign written with letters beside it, at `index` and `index + 1`: a code or country
    /// letters before it (`usd$`, `hk $`, `c$`, `ABD $`), or in Turkish translations a
    /// letter after it (`$ c` for `c$`).
    private func compoundSign(at index: Int, in document: TokenizedDocument) -> String? {
        let tokens = document.tokens
        guard index + 1 < tokens.count, !document.isBoundary(before: index + 1), !tokens[index].hasSuffix else { return nil }
        let first = tokens[index], second = tokens[index + 1]
        if first.kind == .word, second.kind == .symbol, first.stem.unicodeScalars.allSatisfy(\.properties.isAlphabetic) {
            if first.form.stemCharacterCount == 3, codes.contains(first.stem.uppercased()), currencies.names[second.key] != nil {
                return first.stem.uppercased()
            }
            return currencies.names[first.lower + second.key]
        }
        if document.language == "tr", first.kind == .symbol, second.kind == .word, second.spaceBefore, second.form.stemCharacterCount == 1,
           second.stem.unicodeScalars.allSatisfy(\.properties.isAlphabetic) {
            return currencies.names[second.key + first.key]
        }
        return nil
    }

    /// `$`, `€`, `US$`, `USD`, `usd$`, `hk$` right before a number: the code and the first token.
    private func sign(before index: Int, in document: TokenizedDocument) -> (String, Int)? {
        if index >= 2, document.tokens[index - 1].kind == .symbol, !document.isBoundary(before: index - 1),
           let code = compoundSign(at: index - 2, in: document) {
            return (code, index - 2)
        }
        let token = document.tokens[index - 1]
        guard token.kind == .symbol || token.isAllCaps || token.kind == .word,
              document.touches(index - 1, index) || token.isAllCaps else { return nil }
        if token.kind == .word, !token.isAllCaps { return nil }
        if isCode(token) { return (token.stem, index - 1) }
        return currencies.names[token.key].map { ($0, index - 1) }
    }

    /// A sub-unit amount at `index` (`30 kuruş`, `elli sent`): its value in the main unit, the
    /// token end, the stem end and the currency the sub-unit word names (`*`: any).
    private func subunit(at index: Int, in document: TokenizedDocument, spellout: NumberWords.Reader) -> (Double, Int, Int, String)? {
        let tokens = document.tokens
        guard index + 1 < tokens.count, !document.isBoundary(before: index) else { return nil }
        let amount: Amount
        if tokens[index].kind == .number {
            guard let value = NumberReader.value(of: tokens[index].stem, language: document.language), !tokens[index].hasSuffix
            else { return nil }
            amount = (value, index + 1)
        } else if tokens[index].kind == .word, !tokens[index].hasSuffix,
                  let spelled = spelledAmount(at: index, in: document, spellout: spellout) {
            amount = spelled
        } else {
            return nil
        }
        return subunit(startingWith: index, amount: amount, in: document)
    }

    /// The sub-unit word right after `amount`: the amount in the main unit (a hundredth, or the
    /// fraction `models/lexicon/quantities.tsv` gives the word: `mao` 0.1), the token end, the
    /// stem end and the sub-unit's currency.
    private func subunit(startingWith index: Int, amount: Amount, in document: TokenizedDocument) -> (Double, Int, Int, String)? {
        let tokens = document.tokens
        let end = amount.end
        guard end < tokens.count, !document.isBoundary(before: end), !tokens[end - 1].hasSuffix,
              let unit = currencies.subunits[tokens[end].key] else { return nil }
        let fraction = quantities.cue(tokens[end].key, kind: "subunit")?.value ?? 0.01
        return (rounded(amount.value * fraction), end + 1, tokens[end].stemRange.upperBound, unit)
    }

    /// Amounts rid of binary noise (`16,4 milyon` is 16400000, not 16399999.999999998).
    private func rounded(_ value: Double) -> Double {
        let scaled = value * 1e6
        guard scaled.magnitude < 9e15 else { return value }
        return scaled.rounded() / 1e6
    }

    private func candidate(range: Range<Int>, tokens: Range<Int>, amount: Double, code: String) -> Candidate {
        Candidate(type: .money, range: range, tokens: tokens, value: .money(amount: rounded(amount), currency: code), priority: 3, source: name)
    }
}
