import HaberText

/// Persons: a run of capitalized words next to a role word (`Koordinatörü Fevzi Gökalp`,
/// `Fevzi Gökalp, İŞİM Koordinatörü`), after a title (`Prof. Dr. Ayşe Demir`,
/// `Herr Weber`), or opening with a known given name (`Esma Akyüz`); later bare
/// surnames of a person found in full are linked to the full name through `canonical`.
public struct PersonExtractor: Extractor {
    public let name = "persons"
    let people: PersonLexicon
    let organizations: OrganizationLexicon
    let places: NameGazetteer
    let vocabulary: Vocabulary

    /// Keys that are never a word of a name: roles, titles (with or without their full
    /// stop), organization unit and head words. One set, asked once per capitalized word.
    let notNameWords: Set<String>
    /// ``isNameWord(_:)`` per form id: asked of every capitalized word of every article.
    /// The extractor serves one pipeline (one thread).
    let nameWords = FormFacts<Bool>()
    /// ``particles(_:)`` of every language with data, worked out once.
    let particlesByLanguage: [String: Set<String>]
    /// Per form id: a title (`Dr`, `Herr`, with or without its full stop), a role word.
    let titleWords = FormFacts<Bool>()
    let roleWords = FormFacts<Bool>()
    /// Per form id: a street word before or after a name (`rue`, `Road`).
    let streetWordBefore = FormFacts<Bool>()
    let streetWordAfter = FormFacts<Bool>()

    public init(models: ExtractionModels) {
        particlesByLanguage = Dictionary(models.calendar.languages.map { ($0, models.people.particles(in: $0)) },
                                         uniquingKeysWith: { first, _ in first })
        people = models.people
        organizations = models.organizations
        places = models.places
        vocabulary = models.vocabulary
        let titles = models.people.titles
        notNameWords = models.people.roles.union(titles).union(titles.filter { $0.hasSuffix(".") }.map { String($0.dropLast()) })
            .union(models.organizations.unitWords).union(models.organizations.endHeads.keys).union(models.organizations.startHeads)
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        var found: [Candidate] = []
        var index = 0
        while index < tokens.count {
            var run = nameRun(from: index, in: document)
            guard !run.isEmpty else {
                index += 1
                continue
            }
            // `Selon Youssef El Amrani`, `Pour Ayşe Bulut`: a frequent word opening the sentence is not the name.
            if run.count >= 3, document.isInitial(run.lowerBound), !people.givenNames.contains(tokens[run.lowerBound].key),
               vocabulary.isCommon(tokens[run.lowerBound].key, in: document.language, threshold: 4.5) {
                run = (run.lowerBound + 1)..<run.upperBound
            }
            if let accepted = acceptedPerson(run, in: document) {
                found.append(candidate(accepted, in: document, canonical: nil))
                index = accepted.upperBound
            } else {
                index += 1
            }
        }
        return found + surnameMentions(of: found, in: document)
    }

    /// Up to four capitalized words from `start` on one line, none of them a role or head
    /// word; a word with a case suffix ends the run. Hyphenated parts (`Jean-Marc`,
    /// `Roux-Berthet`, `Min-jun`) and particles before a capital (`van Dijk`, `de la Tour`)
    /// belong to the name.
    private func nameRun(from start: Int, in document: TokenizedDocument) -> Range<Int> {
        let tokens = document.tokens
        var end = start
        var words = 0
        while end < tokens.count, words < 4 {
            let token = tokens[end]
            if end > start, document.isBoundary(before: end) { break }
            if end > start, token.text == "-", document.touches(end - 1, end), end + 1 < tokens.count,
               document.touches(end, end + 1), tokens[end + 1].kind == .word, !tokens[end - 1].hasSuffix {
                end += 2
                if tokens[end - 1].hasSuffix { break }
                continue
            }
            if end > start, particles(document.language).contains(token.text), end + 1 < tokens.count, tokens[end + 1].isCapitalized,
               !document.isBoundary(before: end + 1) {
                end += 1
                continue
            }
            guard token.kind == .word, token.isCapitalized,
                  nameWords.value(for: token.form, in: document, compute: { _ in isNameWord(token) }) else { break }
            if end > start, !token.spaceBefore { break }
            end += 1
            words += 1
            if token.hasSuffix { break }
        }
        while end > start, particles(document.language).contains(tokens[end - 1].text) { end -= 1 }
        return start..<end
    }

    /// Lowercase particles inside names (`Joost van Dijk`), per article language, from
    /// `models/lexicon/name-particles.tsv` (Turkish `da`/`de` are clitics: `Selma Karaca da`).
    private func particles(_ language: String) -> Set<String> {
        particlesByLanguage[language] ?? people.particles(in: language)
    }

    private func isNameWord(_ token: Token) -> Bool {
        !notNameWords.contains(token.key) && organizations.acronyms[token.stem] == nil && token.stem.unicodeScalars.count > 1
    }

    /// The part of `run` that names a person, if the context says it does.
    private func acceptedPerson(_ run: Range<Int>, in document: TokenizedDocument) -> Range<Int>? {
        let tokens = document.tokens
        let before = run.lowerBound - 1
        let cuedBefore = before >= 0 && !document.isBoundary(before: run.lowerBound) && isCue(before, in: document)
        let words = run.filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
        if cuedBefore {
            if words.count >= 2 { return run }
            let key = tokens[run.lowerBound].key
            if !isPlace(run, document), people.surnames.contains(key) || people.givenNames.contains(key)
                || isTitle(before, in: document) {
                return run
            }
            return nil
        }
        guard words.count >= 2 else { return nil }
        // Words in capitals are acronyms (`Van TSO`, `SATSO Yönetim`) unless they end the name (`Orhan AYDIN`).
        if run.contains(where: { tokens[$0].isAllCaps && ($0 != run.upperBound - 1 || tokens[$0].form.stemCharacterCount <= 4) }) { return nil }
        if isStreet(run, in: document) { return nil }
        if places.entries(forKey: tokens[run.lowerBound].key).contains(where: { $0.type == .country || $0.population >= 100_000 }) {
            return nil
        }
        let surname = tokens[run.upperBound - 1].key
        let ordinarySurname = vocabulary.isCommon(surname, in: document.language, threshold: 4.0) && !people.surnames.contains(surname)
        if people.givenNames.contains(tokens[run.lowerBound].key), !isPlace(run, document), !ordinarySurname,
           // A capitalized word that also occurs in lowercase is an ordinary word here (`Altın Markalı`).
           !tokens[run.lowerBound].hasSuffix, !run.contains(where: { document.writesInLowercase(tokens[$0]) }) {
            return run
        }
        if isFollowedByRole(run, in: document) { return run }
        return nil
    }

    /// A role word right before (`Koordinatörü`), or a title (`Dr.`, `Herr`).
    private func isCue(_ index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        var position = index
        if tokens[position].text == ".", position > 0 { position -= 1 }
        let token = tokens[position]
        if isTitleWord(token, in: document) { return true }
        return !token.hasSuffix && position == index && roleWords.value(for: token.form, in: document) { people.roles.contains($0.key) }
    }

    private func isTitleWord(_ token: Token, in document: TokenizedDocument) -> Bool {
        titleWords.value(for: token.form, in: document) { people.titles.contains($0.key) || people.titles.contains($0.key + ".") }
    }

    /// `rue Marc Seguin`, `Red Doles Lane`.
    private func isStreet(_ run: Range<Int>, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        if run.lowerBound > 0, streetWordBefore.value(for: tokens[run.lowerBound - 1].form, in: document, compute: {
            vocabulary.streetWordsBefore.contains($0.key)
        }) { return true }
        if isStreetWordAfter(tokens[run.upperBound - 1], in: document) { return true }
        return run.upperBound < tokens.count && isStreetWordAfter(tokens[run.upperBound], in: document)
    }

    private func isStreetWordAfter(_ token: Token, in document: TokenizedDocument) -> Bool {
        streetWordAfter.value(for: token.form, in: document) { vocabulary.streetWordsAfter.contains($0.key) }
    }

    /// `Dr.`, `Herr`, `M.`: a title right before the name.
    private func isTitle(_ index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        let position = tokens[index].text == "." && index > 0 ? index - 1 : index
        return isTitleWord(tokens[position], in: document)
    }

    /// `Fevzi Gökalp, İŞİM Koordinatörü`: a role word within the next few words after a comma.
    private func isFollowedByRole(_ run: Range<Int>, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        guard run.upperBound < tokens.count, tokens[run.upperBound].text == ",", !tokens[run.upperBound - 1].hasSuffix
        else { return false }
        var index = run.upperBound + 1
        while index < min(tokens.count, run.upperBound + 7), !document.isBoundary(before: index) {
            let token = tokens[index]
            if token.kind == .punctuation { return false }
            if people.roles.contains(token.key) { return true }
            index += 1
        }
        return false
    }

    private func isPlace(_ run: Range<Int>, _ document: TokenizedDocument) -> Bool {
        !places.entries(forKey: document.key(of: run)).isEmpty
    }

    /// `Gökalp` after `Fevzi Gökalp`.
    private func surnameMentions(of persons: [Candidate], in document: TokenizedDocument) -> [Candidate] {
        let tokens = document.tokens
        // By key id: the same key, without hashing a string per capitalized word.
        var fullNames: [Int32: String] = [:]
        var covered = IntervalSet()
        for person in persons {
            covered.insert(person.tokens)
            guard person.tokens.count >= 2, case .name(let full) = person.value else { continue }
            fullNames[tokens[person.tokens.upperBound - 1].form.keyID] = full
        }
        guard !fullNames.isEmpty else { return [] }
        var found: [Candidate] = []
        for index in tokens.indices where tokens[index].isCapitalized && !covered.overlaps(index..<(index + 1)) {
            guard let full = fullNames[tokens[index].form.keyID] else { continue }
            if index + 1 < tokens.count, tokens[index + 1].isCapitalized, !tokens[index].hasSuffix,
               !document.isBoundary(before: index + 1) { continue }
            var mention = candidate(index..<(index + 1), in: document, canonical: full)
            // `TEKELİ` after `Oğuz TEKELİ` is the person, not an acronym.
            mention.priority = 5
            found.append(mention)
        }
        return found
    }

    private func candidate(_ tokens: Range<Int>, in document: TokenizedDocument, canonical: String?) -> Candidate {
        let range = document.span(tokens)
        return Candidate(type: .person, range: range, tokens: tokens, value: .name(document.originalText(ofSpan: range)),
                         canonical: canonical, priority: 4, source: name)
    }
}
