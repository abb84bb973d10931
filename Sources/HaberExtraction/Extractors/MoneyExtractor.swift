import HaberText

/// Amounts of money: a number, an optional scale word and a currency (`4 milyon avro`,
/// `1,5 milyar TL`, `250 bin dolar`, `10 milyon Euro’luk`, `4 Millionen Euro`), or a
/// currency sign or code before the number (`$75 million`, `€4m`, `USD 5 million`), with
/// sub-units added (`50 TL 30 kuruş`). Currencies resolve to ISO 4217 codes through
/// `models/money/`.
public struct MoneyExtractor: Extractor {
    public let name = "money"
    let currencies: CurrencyLexicon
    let quantities: QuantityLexicon

    public init(models: ExtractionModels) {
        currencies = models.currencies
        quantities = models.quantities
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        var found: [Candidate] = []
        for index in tokens.indices where tokens[index].kind == .number || startsWithDigit(tokens[index]) {
            if index > 0, document.touches(index - 1, index), [".", ",", "/", "-"].contains(tokens[index - 1].text) { continue }
            guard let amount = amount(at: index, in: document) else { continue }
            if let (code, end, stemEnd) = currency(at: amount.end, in: document) {
                var total = amount.value
                var last = end
                var range = document.tokens[index].range.lowerBound..<stemEnd
                if let (cents, centsEnd, centsStem) = subunit(after: end, code: code, in: document) {
                    total += cents / 100
                    last = centsEnd
                    range = range.lowerBound..<centsStem
                }
                found.append(candidate(range: range, tokens: index..<last, amount: total, code: code))
            } else if index > 0, let code = sign(before: index, in: document) {
                let start = index - 1
                let range = tokens[start].range.lowerBound..<document.span(index..<amount.end).upperBound
                found.append(candidate(range: range, tokens: start..<amount.end, amount: amount.value, code: code))
            }
        }
        return found
    }

    private func startsWithDigit(_ token: Token) -> Bool {
        token.kind == .word && (token.text.unicodeScalars.first.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false)
    }

    /// The number at `index` with its scale words (`1,5 milyar`, `4m`, `2,5 Mio.`).
    private func amount(at index: Int, in document: TokenizedDocument) -> (value: Double, end: Int)? {
        let tokens = document.tokens
        let token = tokens[index]
        var value: Double
        var end = index + 1
        if let plain = NumberReader.value(of: token.stem, language: document.language) {
            value = plain
            // `60 000 €`, `1 200 000 euros`: groups of three digits after a space.
            while !tokens[end - 1].hasSuffix, end < tokens.count, tokens[end].kind == .number, tokens[end].spaceBefore,
                  tokens[end].newlinesBefore == 0, tokens[end].stem.count == 3, NumberReader.isDigits(tokens[end].stem),
                  NumberReader.isDigits(tokens[end - 1].stem), tokens[end - 1].stem.count <= 3,
                  let group = Double(tokens[end].stem) {
                value = value * 1000 + group
                end += 1
            }
        } else if let (number, scale) = glued(token.stem, language: document.language) {
            return (number * scale, index + 1)
        } else {
            return nil
        }
        if tokens[end - 1].hasSuffix { return (value, end) }
        while end < tokens.count, !document.isBoundary(before: end), tokens[end].kind == .word {
            var key = tokens[end].key
            var next = end + 1
            if next < tokens.count, tokens[next].text == ".", document.touches(end, next),
               quantities.cue(key + ".", kind: "scale") != nil {
                key += "."
                next += 1
            }
            guard let scale = quantities.cue(key, kind: "scale")?.value ?? scaleStem(tokens[end], in: document) else { break }
            value *= scale
            end = next
            if tokens[end - 1].hasSuffix { break }
        }
        return (value, end)
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
        for length in stride(from: min(currencies.maxWords, tokens.count - index), through: 1, by: -1) {
            let span = index..<(index + length)
            if span.dropLast().contains(where: { tokens[$0].hasSuffix }) { continue }
            if length > 1, (span.lowerBound + 1..<span.upperBound).contains(where: { document.isBoundary(before: $0) }) { continue }
            if let code = currencies.names[document.key(of: span)] {
                return (code, span.upperBound, document.span(span).upperBound)
            }
        }
        let token = tokens[index]
        if document.language == "tr", token.kind == .word, !token.hasSuffix {
            for (stem, suffix) in TurkishSuffixes.splits(of: token.key, derivations: true) {
                // `yeni` is "new", not `yen` + `i`: short stems only with `-lık`.
                if stem.count < 4, !suffix.hasPrefix("l") { continue }
                if let code = currencies.names[stem] {
                    let length = String(token.text.unicodeScalars.prefix(stem.unicodeScalars.count)).utf16.count
                    return (code, index + 1, token.range.lowerBound + length)
                }
            }
        }
        return nil
    }

    /// `$`, `€`, `US$`, `USD` right before a number.
    private func sign(before index: Int, in document: TokenizedDocument) -> String? {
        let token = document.tokens[index - 1]
        guard token.kind == .symbol || token.isAllCaps || token.kind == .word,
              document.touches(index - 1, index) || token.isAllCaps else { return nil }
        if token.kind == .word, !token.isAllCaps { return nil }
        return currencies.names[token.key]
    }

    /// `30 kuruş` after `50 TL`.
    private func subunit(after index: Int, code: String, in document: TokenizedDocument) -> (Double, Int, Int)? {
        let tokens = document.tokens
        guard index + 1 < tokens.count, !document.isBoundary(before: index), tokens[index].kind == .number,
              NumberReader.isDigits(tokens[index].stem), let cents = Double(tokens[index].stem), cents < 100,
              let unit = currencies.subunits[tokens[index + 1].key], unit == code || unit == "*"
        else { return nil }
        return (cents, index + 2, tokens[index + 1].stemRange.upperBound)
    }

    private func candidate(range: Range<Int>, tokens: Range<Int>, amount: Double, code: String) -> Candidate {
        Candidate(type: .money, range: range, tokens: tokens, value: .money(amount: amount, currency: code), priority: 3, source: name)
    }
}
