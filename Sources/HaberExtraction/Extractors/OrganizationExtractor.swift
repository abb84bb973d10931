import HaberText

/// Organizations: capitalized names ending in a head word (`Techtera Kümelenmesi`,
/// `Siemens AG`) or opening with one (`University of Sheffield`, `CCI de Lyon`),
/// and acronyms (`İŞİM`, `TÜBİTAK`).
///
/// Acronyms take their expansion from `models/lexicon/acronyms.tsv`; those the article spells
/// out (`Long Name (ACR)`), and short mentions of a name, are linked after resolution by the
/// ``Linker``.
public struct OrganizationExtractor: Extractor {
    public let name = "organizations"
    let lexicon: OrganizationLexicon
    /// What the other lexicons say of a word (a place, a person's name, a currency).
    let annotator: WordAnnotator
    /// Whether a language glues case endings onto a head (`Bakanlığınca`).
    let profiles: LanguageProfiles
    /// Articles and other function words, which never open a name (`Die IHK`, `Le Pôle`).
    let functionWords: Set<String>
    /// Head-word readings of a token's form, kept per form id (asked of every word of every
    /// article). The extractor serves one pipeline (one thread).
    let facts = OrganizationFormFacts()

    final class OrganizationFormFacts: @unchecked Sendable {
        /// The head word lists a capitalized form ends (`Kümelenmesi`; `Bakanlığınca` read as
        /// `bakanlığı` with the glued part of its text), or nil.
        let endHeads = FormFacts<(heads: [[String]], glued: String?)?>()
        /// Whether the form opens a name (`Université`), and whether in lowercase (`ministère`).
        let startHead = FormFacts<(opens: Bool, lowercase: Bool)>()
    }

    public init(models: ExtractionModels) {
        self.init(models: models, annotator: WordAnnotator(lexicon: Lexicon(models: models)))
    }

    /// With the word classes of the pipeline's other stages.
    init(models: ExtractionModels, annotator: WordAnnotator) {
        lexicon = models.organizations
        profiles = models.languageProfiles
        self.annotator = annotator
        functionWords = Set(models.text.functionWords.values.joined())
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let lines = document.lines
        var onCapsLine = Array(repeating: false, count: document.tokens.count)
        for line in lines where isHeadline(line, in: document, allCaps: true) {
            for index in line { onCapsLine[index] = true }
        }
        // Title case only means a headline on the first line of a longer text.
        let titleCaseLine = lines.count > 1 && document.tokens[0].newlinesBefore == 0 && isHeadline(lines[0], in: document, allCaps: false) ? lines[0] : 0..<0
        let names = headedNames(in: document).filter { !titleCaseLine.overlaps($0.tokens) || $0.tokens.count <= 2 }
        return names + acronymMentions(in: document, onCapsLine: onCapsLine)
    }

    // MARK: - Names with a head word

    private func headedNames(in document: TokenizedDocument) -> [Candidate] {
        let tokens = document.tokens
        var found: [Candidate] = []
        for index in tokens.indices where tokens[index].kind == .word {
            let token = tokens[index]
            if let (headStart, headForm) = endHead(at: index, in: document),
               case let start = leftEdge(of: headStart, in: document), start < headStart, tokens[start].isCapitalized {
                var range = document.span(start..<(index + 1))
                if let headForm {
                    range = tokens[start].range.lowerBound..<(token.range.lowerBound + headForm.utf16.count)
                } else if lexicon.headsWithPeriod.contains(token.key), !token.hasSuffix, index + 1 < tokens.count,
                          tokens[index + 1].text == ".", document.touches(index, index + 1) {
                    range = range.lowerBound..<tokens[index + 1].range.upperBound
                }
                found.append(candidate(range: range, tokens: start..<(index + 1), in: document, priority: 5))
            }
            let startHead = facts.startHead.value(for: token.form, in: document) { form in
                (lexicon.startHeads.contains(form.key), lexicon.lowercaseStartHeads.contains(form.key))
            }
            let lowercaseHead = !token.isCapitalized && startHead.lowercase
            if startHead.opens, token.isCapitalized || token.isAllCaps || lowercaseHead, !token.hasSuffix,
               let end = rightEdge(of: index, in: document, adjectives: !lowercaseHead) {
                let start = leftEdge(of: index, in: document)
                found.append(candidate(range: document.span(start..<end), tokens: start..<end, in: document, priority: 5))
            }
        }
        return found
    }

    /// Where a name that ends with the head at `headStart` begins.
    private func leftEdge(of headStart: Int, in document: TokenizedDocument) -> Int {
        var start = headStart
        while start > 0, canExtendLeft(from: start, headStart: headStart, in: document) { start -= 1 }
        let tokens = document.tokens
        // An elided article (`L’Union européenne`) is not part of the name.
        while start < headStart, !isNameWord(tokens[start]) || functionWords.contains(tokens[start].lower)
            || tokens[start].text.hasSuffix("'") {
            start += 1
        }
        // `Protokol Sanayi ve Teknoloji Bakanlığı…`: a sentence-initial word the article also
        // writes in lowercase is an ordinary word, unless an acronym right after the name
        // starts with it (`İş ve İnşaat Makineleri Kümelenmesi (İŞİM)`).
        if start < headStart, document.isInitial(start), !tokens[start].isAllCaps,
           document.writesInLowercase(tokens[start]),
           !isSpelledOut(from: start, head: headStart, in: document) {
            start += 1
            while start < headStart, !isNameWord(tokens[start]) { start += 1 }
        }
        return start
    }

    /// Whether the name from `start` is followed by `(ACR)` whose first letter is the name's.
    private func isSpelledOut(from start: Int, head: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        var after = head + 1
        while after < tokens.count, after < head + 4, tokens[after].text != "(" { after += 1 }
        guard after + 2 < tokens.count, tokens[after].text == "(", tokens[after + 1].isAllCaps else { return false }
        return tokens[after + 1].text.first == tokens[start].text.first
    }

    /// Where a name that opens with the head at `head` ends (`University of Sheffield`,
    /// `Chambre d’industrie de Kocaeli`), or nil when no name follows the head.
    private func rightEdge(of head: Int, in document: TokenizedDocument, adjectives: Bool = true) -> Int? {
        let tokens = document.tokens
        var end = head + 1
        var lastName = head
        var lowercaseRun = 0
        // `Commission européenne`, `Banque centrale européenne`: French adjectives in
        // lowercase right after the head end a name of their own.
        var adjectiveEnd: Int?
        let lowercaseNouns = lexicon.lowercaseNouns[document.language] ?? 0
        while end < tokens.count, !document.isBoundary(before: end) {
            let token = tokens[end]
            // After its adjectives the name is whole: `Union européenne et à l’Afrique` stops there.
            if let adjectiveEnd, end > adjectiveEnd, !lexicon.isAdjectiveAfterHead(token.lower, language: document.language) { break }
            if token.kind == .word, token.isCapitalized || token.isAllCaps {
                lastName = end
                lowercaseRun = 0
                if token.hasSuffix { break }
            } else if lexicon.connectors.contains(token.lower) || token.text == "'" || isJoiningHyphen(end, in: document) {
                if token.text != "-" { lowercaseRun = 0 }
            } else if token.kind == .word, lowercaseRun < lowercaseNouns, lastName == head {
                // French names keep common nouns in lowercase: `Chambre de commerce et d’industrie de Lyon`.
                lowercaseRun += 1
                if adjectives, end == (adjectiveEnd ?? head) + 1, lexicon.isAdjectiveAfterHead(token.lower, language: document.language) {
                    adjectiveEnd = end
                }
            } else {
                break
            }
            end += 1
        }
        if lastName > head { return lastName + 1 }
        return adjectiveEnd.map { $0 + 1 }
    }

    /// A capitalized word, an acronym or a number glued to a name (`3M`).
    private func isNameWord(_ token: Token) -> Bool {
        (token.kind == .word && (token.isCapitalized || token.isAllCaps)) || token.kind == .number
    }

    /// Whether the name may take the word left of `start`: a capitalized word without a case
    /// suffix on the same line; a connector (`ve`, `of`, `für`) or a comma in a list
    /// (`Bilim, Sanayi ve Teknoloji Bakanlığı`) between such words; the full stop of an
    /// abbreviation (`San. ve Tic. Ltd. Şti.`).
    private func canExtendLeft(from start: Int, headStart: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        let left = start - 1
        guard !document.isBoundary(before: start) else { return false }
        let token = tokens[left]
        if token.hasSuffix { return false }
        if annotator.isInflected(token, in: document) { return false }
        let word = annotator.facts(of: token, in: document)
        // `Kemal Yücel | Trabzon Ticaret ve Sanayi Odası`: a city opens the name.
        if isCity(tokens[start], in: document), token.isCapitalized, !isCity(token, in: document), isPersonName(word) {
            return false
        }
        if token.kind == .word, token.isCapitalized || token.isAllCaps {
            if word.contains(.role), !token.isAllCaps { return false }
            // Another organization's head ends that name: `… Odası Yönetim Kurulu`.
            if lexicon.endHeads[token.key] != nil, left < headStart - 1 { return false }
            return true
        }
        if token.kind == .number, document.touches(left, start) { return true }
        guard left > 0, !document.isBoundary(before: left) else { return false }
        let beyond = tokens[left - 1]
        let beyondIsName = (beyond.isCapitalized || beyond.isAllCaps) && !beyond.hasSuffix
        if token.text == ".", document.touches(left - 1, left), beyond.isCapitalized, beyond.form.characterCount <= 4,
           !annotator.facts(of: beyond, in: document).contains(.abbreviatedTitle) {
            return true
        }
        if token.text == ",", beyondIsName {
            return (start..<headStart).contains { lexicon.listWords.contains(tokens[$0].lower) }
        }
        if token.text == "-" { return isJoiningHyphen(left, in: document) }
        // `… Özkan of Ege University`: in English, `of` and `for` follow a head (`University of X`), never precede one.
        if lexicon.connectorsAfterHeadOnly[document.language]?.contains(token.lower) == true { return false }
        if lexicon.connectors.contains(token.lower) { return beyondIsName }
        return false
    }

    /// `Fraunhofer-Gesellschaft`: a hyphen with no space on either side.
    private func isJoiningHyphen(_ index: Int, in document: TokenizedDocument) -> Bool {
        document.tokens[index].text == "-" && document.touches(index - 1, index) && document.touches(index, index + 1)
    }

    /// A given name or surname that is no ordinary word (`Yücel`, `Kılınç`; not `Doğu`).
    private func isPersonName(_ facts: WordFacts) -> Bool {
        facts.isAny(of: [.surname, .givenName]) && facts.zipf < 4.0
    }

    private func isCity(_ token: Token, in document: TokenizedDocument) -> Bool {
        token.isCapitalized && annotator.facts(of: token, in: document).contains(.majorCity)
    }

    /// Whether the word at `index` ends a head (`Kümelenmesi`, `Organize Sanayi Bölgesi`):
    /// the index where the head starts and, when a case suffix is glued on without an
    /// apostrophe (`Bakanlığınca`), the head's own spelling in the text.
    private func endHead(at index: Int, in document: TokenizedDocument) -> (Int, String?)? {
        let token = document.tokens[index]
        guard token.isCapitalized || token.isAllCaps,
              let (heads, glued) = facts.endHeads.value(for: token.form, in: document, compute: { form in
                  var headKey = form.key
                  var glued: String?
                  if lexicon.endHeads[headKey] == nil, profiles[document.language].hasCaseSuffixes, form.suffix.isEmpty {
                      guard let (stem, _) = readPossessiveStem(of: form.key) else { return nil }
                      headKey = stem
                      glued = String(form.text.unicodeScalars.prefix(stem.unicodeScalars.count))
                  }
                  return lexicon.endHeads[headKey].map { ($0, glued) }
              })
        else { return nil }
        for words in heads {
            let start = index - (words.count - 1)
            guard start >= 0 else { continue }
            let matches = (0..<(words.count - 1)).allSatisfy { offset in
                document.tokens[start + offset].lower == words[offset] || document.tokens[start + offset].key == words[offset]
            }
            if matches { return (start, glued) }
        }
        return nil
    }

    /// `bakanlığınca` → `bakanlığı`: a head word with a case ending glued on.
    private func readPossessiveStem(of key: String) -> (String, String)? {
        for length in stride(from: key.count - 1, through: 3, by: -1) {
            let stem = String(key.prefix(length))
            guard lexicon.endHeads[stem] != nil else { continue }
            let suffix = String(key.dropFirst(length))
            if TurkishSuffixes.isCaseEndingAfterPossessive(suffix, head: stem) { return (stem, suffix) }
        }
        return nil
    }

    // MARK: - Acronyms

    private func acronymMentions(in document: TokenizedDocument, onCapsLine: [Bool]) -> [Candidate] {
        let tokens = document.tokens
        var found: [Candidate] = []
        for index in tokens.indices where tokens[index].isAllCaps && !onCapsLine[index] {
            let token = tokens[index]
            if token.stem.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { continue }
            if lexicon.acronyms[token.stem] == nil, isNextToProjectWord(index, in: document) { continue }
            guard !lexicon.notOrganizations.contains(token.stem), !lexicon.notOrganizations.contains(token.text),
                  !annotator.facts(of: token, in: document).isAny(of: [.currencyName, .placeInCapitals, .role, .title])
            else { continue }
            // A part of a hyphenated or dotted word (`AR-GE`, `A.Ş.`) is not an acronym alone.
            if index > 0, document.touches(index - 1, index), ["-", "."].contains(tokens[index - 1].text) { continue }
            // `AR-GE`, and model numbers (`RB-1980`).
            if index + 2 < tokens.count, document.touches(index, index + 1), tokens[index + 1].text == "-",
               tokens[index + 2].kind == .word || tokens[index + 2].kind == .number { continue }
            var candidate = candidate(range: document.span(index..<(index + 1)), tokens: index..<(index + 1),
                                      in: document, priority: 4)
            candidate.canonical = lexicon.acronyms[token.stem]
            if !lexicon.acronymRefs.isEmpty { candidate.ref = lexicon.acronymRefs[token.stem] }
            found.append(candidate)
        }
        return found
    }

    /// `CIRCARB project`, `AB Projesi CLUSTEM`, `PRINTIMPLANT-Projekt`, `MAKTEK fuarı`: an
    /// all-caps name next to a word for a project, programme or fair (or an inflection of
    /// one) names that, not an organization.
    private func isNextToProjectWord(_ index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        for neighbour in [index - 1, index + 1, index + 2] where neighbour >= 0 && neighbour < tokens.count {
            if neighbour == index + 2, tokens[index + 1].text != "-" { continue }
            let key = tokens[neighbour].key
            if lexicon.projectWords.contains(where: { key.hasPrefix($0) && key.count - $0.count <= 5 }) { return true }
        }
        return false
    }

    /// Whether a line is a headline, where capitals mean nothing: written in capitals
    /// (`allCaps`), or in title case (`Alliance Signs Deal With Turkish Cluster`).
    private func isHeadline(_ line: Range<Int>, in document: TokenizedDocument, allCaps: Bool) -> Bool {
        var words = 0
        var marked = 0
        for index in line {
            let token = document.tokens[index]
            guard token.kind == .word, token.form.characterCount > 3 else { continue }
            words += 1
            if allCaps ? token.isAllCaps : token.isCapitalized { marked += 1 }
        }
        return words >= (allCaps ? 3 : 5) && marked * 10 >= words * (allCaps ? 7 : 8)
    }

    private func candidate(range: Range<Int>, tokens: Range<Int>, in document: TokenizedDocument, priority: Int) -> Candidate {
        Candidate(type: .organization, range: range, tokens: tokens, value: .name(document.originalText(ofSpan: range)),
                  priority: priority, source: name)
    }
}
