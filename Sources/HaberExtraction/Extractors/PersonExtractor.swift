import HaberText

/// Persons: a run of capitalized words next to a role word (`Koordinatörü Fevzi Gökalp`,
/// `Fevzi Gökalp, İŞİM Koordinatörü`), after a title (`Prof. Dr. Ayşe Demir`,
/// `Herr Weber`), or opening with a known given name (`Esma Akyüz`). Later bare surnames of
/// a person found in full are the ``Linker``'s, after resolution.
public struct PersonExtractor: Extractor {
    public let name = "persons"
    let people: PersonLexicon
    let vocabulary: Vocabulary
    /// What the lexicons say of a word: a given name, a role, a place, an organization word.
    let annotator: WordAnnotator
    /// ``particles(_:)`` of every language with data, worked out once.
    let particlesByLanguage: [String: Set<String>]
    /// ``isNameWord(_:in:)`` per form id: asked of every capitalized word of every article.
    let nameWords = FormFacts<Bool>()
    /// Per form id: a street word before or after a name (`rue`, `Road`).
    let streetWordBefore = FormFacts<Bool>()
    let streetWordAfter = FormFacts<Bool>()

    public init(models: ExtractionModels) {
        self.init(models: models, annotator: WordAnnotator(lexicon: Lexicon(models: models)))
    }

    /// With the word classes of the pipeline's other stages.
    init(models: ExtractionModels, annotator: WordAnnotator) {
        particlesByLanguage = Dictionary(models.calendar.languages.map { ($0, models.people.particles(in: $0)) },
                                         uniquingKeysWith: { first, _ in first })
        people = models.people
        vocabulary = models.vocabulary
        self.annotator = annotator
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        let particles = particles(document.language)
        var found: [Candidate] = []
        var index = 0
        while index < tokens.count {
            var run = nameRun(from: index, in: document, particles: particles)
            guard !run.isEmpty else {
                index += 1
                continue
            }
            // `Selon Youssef El Amrani`, `Pour Ayşe Bulut`: a frequent word opening the sentence is not the name.
            if run.count >= 3, document.isInitial(run.lowerBound), case let first = annotator.facts(of: tokens[run.lowerBound], in: document),
               !first.contains(.givenName), first.zipf >= 4.5 {
                run = (run.lowerBound + 1)..<run.upperBound
            }
            if let accepted = acceptedPerson(run, in: document) {
                found.append(candidate(accepted, in: document, canonical: nil))
                index = accepted.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Up to four capitalized words from `start` on one line, none of them a role or head
    /// word; a word with a case suffix ends the run. Hyphenated parts (`Jean-Marc`,
    /// `Roux-Berthet`, `Min-jun`) and particles before a capital (`van Dijk`, `de la Tour`)
    /// belong to the name.
    private func nameRun(from start: Int, in document: TokenizedDocument, particles: Set<String>) -> Range<Int> {
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
            if end > start, particles.contains(token.text), end + 1 < tokens.count, tokens[end + 1].isCapitalized,
               !document.isBoundary(before: end + 1) {
                end += 1
                continue
            }
            guard token.kind == .word, token.isCapitalized,
                  nameWords.value(for: token.form, in: document, compute: { _ in isNameWord(token, in: document) }) else { break }
            if end > start, !token.spaceBefore { break }
            end += 1
            words += 1
            if token.hasSuffix { break }
        }
        while end > start, particles.contains(tokens[end - 1].text) { end -= 1 }
        return start..<end
    }

    /// Lowercase particles inside names (`Joost van Dijk`), per article language, from
    /// `models/lexicon/name-particles.tsv` (Turkish `da`/`de` are clitics: `Selma Karaca da`).
    private func particles(_ language: String) -> Set<String> {
        particlesByLanguage[language] ?? people.particles(in: language)
    }

    /// Not a role, a title (with or without its full stop), an organization's head or unit
    /// word or a known acronym, and longer than one letter.
    private func isNameWord(_ token: Token, in document: TokenizedDocument) -> Bool {
        !annotator.facts(of: token, in: document).isAny(of: [.role, .title, .abbreviatedTitle, .organizationWord, .knownAcronym])
            && token.stem.unicodeScalars.count > 1
    }

    /// The part of `run` that names a person, if the context says it does.
    private func acceptedPerson(_ run: Range<Int>, in document: TokenizedDocument) -> Range<Int>? {
        let tokens = document.tokens
        let before = run.lowerBound - 1
        let cuedBefore = before >= 0 && !document.isBoundary(before: run.lowerBound) && isCue(before, in: document)
        let words = run.filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
        if cuedBefore {
            if words.count >= 2 { return run }
            if !isPlace(run, document), annotator.facts(of: tokens[run.lowerBound], in: document).isAny(of: [.surname, .givenName])
                || isTitle(before, in: document) {
                return run
            }
            return nil
        }
        guard words.count >= 2 else { return nil }
        // Words in capitals are acronyms (`Van TSO`, `SATSO Yönetim`) unless they end the name (`Orhan AYDIN`).
        if run.contains(where: { tokens[$0].isAllCaps && ($0 != run.upperBound - 1 || tokens[$0].form.stemCharacterCount <= 4) }) { return nil }
        if isStreet(run, in: document) { return nil }
        let first = annotator.facts(of: tokens[run.lowerBound], in: document)
        if first.contains(.largePlace) { return nil }
        let surname = annotator.facts(of: tokens[run.upperBound - 1], in: document)
        let ordinarySurname = surname.zipf >= 4.0 && !surname.contains(.surname)
        if first.contains(.givenName), !isPlace(run, document), !ordinarySurname,
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
        return !token.hasSuffix && position == index && annotator.facts(of: token, in: document).contains(.role)
    }

    private func isTitleWord(_ token: Token, in document: TokenizedDocument) -> Bool {
        annotator.facts(of: token, in: document).isAny(of: [.title, .abbreviatedTitle])
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
            if annotator.facts(of: token, in: document).contains(.role) { return true }
            index += 1
        }
        return false
    }

    private func isPlace(_ run: Range<Int>, _ document: TokenizedDocument) -> Bool {
        annotator.lexicon.isPlace(document.key(of: run))
    }

    private func candidate(_ tokens: Range<Int>, in document: TokenizedDocument, canonical: String?) -> Candidate {
        let range = document.span(tokens)
        return Candidate(type: .person, range: range, tokens: tokens, value: .name(document.originalText(ofSpan: range)),
                         canonical: canonical, priority: 4, source: name)
    }
}
