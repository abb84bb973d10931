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
    /// ``particles(_:)`` of every language with data, worked out once, read by the bytes of
    /// a form's text.
    let particlesByLanguage: [String: KeyBits<Marks>]
    /// The ``Marks`` of every form, and what they are read from.
    let marker: Marker
    /// Month and weekday names of every language (ICU/CLDR), by key: a frequent one after a
    /// given name stays an ordinary word (``isOrdinarySurname(_:in:)``). Read by bytes: a
    /// `Set<String>` hashed a Turkish key through NFC.
    let calendarWords: KeyBits<CalendarWord>

    /// ``Marks`` per form id, and what they are read from: the run of a name is looked for at
    /// every token of every article, and reads them instead of comparing and hashing the
    /// token's strings.
    ///
    /// A class: the closure that fills the table of a document captures one reference, where
    /// it captured a copy of the extractor (17 references retained and released a document).
    /// It serves one pipeline (one thread), like the extractor.
    final class Marker: @unchecked Sendable {
        let marks = FormFacts<Marks>()
        let lexicon: Lexicon
        let people: PersonLexicon
        /// The first bytes of the particles of every language (every byte for one that opens
        /// with a byte above ASCII): a form whose text opens with another ASCII byte is no
        /// particle, and is looked up no further (the lookup of every form's text cost 5.7 M
        /// instructions on the 2.55 MB bench).
        let particleFirstBytes: ByteSet
        /// By key id (``KeyFacts``): the classes the short word lists give the key
        /// (``Lexicon/listed``), and whether it is a compound ending in a role (``PersonLexicon/endsInRole(_:)``).
        let listedByKey = KeyFacts<WordClasses>()
        let endsInRoleByKey = KeyFacts<Bool>()
        /// The street words the key is (``streetWords``), by key id: asked of every form, a
        /// lookup of its bytes each cost some 140 instructions (23,700 forms, about half of
        /// them keys met before, on the 2.59 MB bench).
        let streetByKey = KeyFacts<StreetWord>()
        /// The street words, read by bytes: bit 0 after a name, bit 1 before one (``Marks/streetAfter``,
        /// ``Marks/streetBefore`` of a form).
        let streetWords: KeyBits<StreetWord>
        /// Whether some role or title opens with a digit: where none does, the key of a number
        /// (a fifth of the forms a pipeline meets) is not looked up for one.
        let digitOpensRoleOrTitle: Bool

        init(lexicon: Lexicon, people: PersonLexicon, particleFirstBytes: ByteSet, streetWords: KeyBits<StreetWord>,
             digitOpensRoleOrTitle: Bool) {
            self.lexicon = lexicon
            self.people = people
            self.particleFirstBytes = particleFirstBytes
            self.streetWords = streetWords
            self.digitOpensRoleOrTitle = digitOpensRoleOrTitle
        }

        /// The marks of every form of `document`, whose language's particles are `particles`.
        func table(for document: TokenizedDocument, particles: KeyBits<Marks>) -> [Marks?] {
            marks.table(for: document) { token in marks(of: token, particles: particles, in: document) }
        }

        /// The marks of `token`'s form, for the table of a document in `particles`' language.
        private func marks(of token: Token, particles: KeyBits<Marks>, in document: TokenizedDocument) -> Marks {
            let form = token.form
            var text = form.text
            let first = text.withUTF8 { $0.first } ?? 0
            var marks = first >= 0x80 || particleFirstBytes.contains(first) ? particles[form.text] : []
            // The short word lists alone say whether a word is a role, a title, an organization
            // word or an acronym: no place or name index is read for these marks. The acronym
            // list is read for a capitalized word only, the one whose name-word mark it decides:
            // read for every form (numbers and lowercase words, most of them), it cost 3.9 M
            // instructions on the 2.59 MB bench.
            let isCapitalizedWord = token.kind == .word && form.isCapitalized
            var listed: WordClasses
            if isCapitalizedWord {
                listed = listedByKey.value(form.keyID, in: document) { lexicon.listed[form.key] }.union(lexicon.acronymStems[form.stem])
            } else if !digitOpensRoleOrTitle, opensWithDigit(form.key) {
                // Only a role or a title counts here, and no number is one.
                listed = []
            } else {
                listed = listedByKey.value(form.keyID, in: document) { lexicon.listed[form.key] }
            }
            // `Pressesprecherin`, `Siemens-Chef`: a compound that ends in a role is one.
            if form.isCapitalized, !listed.contains(.role), endsInRoleByKey.value(form.keyID, in: document, compute: { people.endsInRole(form.key) }) {
                listed.insert(.role)
            }
            if listed.contains(.role) { marks.insert(.role) }
            if listed.isAny(of: [.title, .abbreviatedTitle]) { marks.insert(.title) }
            if isCapitalizedWord, isNameWord(token, listed: listed) { marks.insert(.nameWord) }
            let street = streetByKey.value(form.keyID, in: document) { streetWords[form.key] }
            if street.contains(.after) { marks.insert(.streetAfter) }
            if street.contains(.before) { marks.insert(.streetBefore) }
            if text.utf8.count == 1 {
                switch text.withUTF8({ $0[0] }) {
                case UInt8(ascii: "-"): marks.insert(.hyphen)
                case UInt8(ascii: "."): marks.insert(.fullStop)
                case UInt8(ascii: ","): marks.insert(.comma)
                default: break
                }
            }
            return marks
        }

        /// Not a role, a title (with or without its full stop), an organization's head or unit
        /// word or a known acronym (`listed`: ``Lexicon/listedClasses(of:)``), and longer than one
        /// scalar (two characters are two scalars or more: the count kept in the form says most).
        private func isNameWord(_ token: Token, listed: WordClasses) -> Bool {
            !listed.isAny(of: [.role, .title, .abbreviatedTitle, .organizationWord, .knownAcronym])
                && (token.form.stemCharacterCount > 1 || token.stem.unicodeScalars.count > 1)
        }
    }

    /// A month or weekday name (``calendarWords``).
    struct CalendarWord: OptionSet, Sendable {
        let rawValue: UInt8
        static let calendar = CalendarWord(rawValue: 1 << 0)
    }

    /// Where a street word stands: `Oxford Road`, `rue Marc Seguin`.
    struct StreetWord: OptionSet, Sendable {
        let rawValue: UInt8
        static let after = StreetWord(rawValue: 1 << 0)
        static let before = StreetWord(rawValue: 1 << 1)

        /// ``Vocabulary``'s street words as one table.
        static func table(_ vocabulary: Vocabulary) -> KeyBits<StreetWord> {
            var words = KeyBits<StreetWord>()
            words.insert(contentsOf: vocabulary.streetWordsAfter, .after)
            words.insert(contentsOf: vocabulary.streetWordsBefore, .before)
            return words
        }
    }

    /// What the person extractor asks of a form, worked out once per form.
    struct Marks: OptionSet, Sendable {
        let rawValue: UInt16

        /// A capitalized word that is no role, title, organization word or known acronym,
        /// and longer than one letter (``isNameWord(_:in:)``).
        static let nameWord = Marks(rawValue: 1 << 0)
        /// A particle inside names in the form's language (`van`, `de`).
        static let particle = Marks(rawValue: 1 << 1)
        static let hyphen = Marks(rawValue: 1 << 2)
        static let fullStop = Marks(rawValue: 1 << 3)
        static let comma = Marks(rawValue: 1 << 4)
        /// A role word (``WordClasses/role``).
        static let role = Marks(rawValue: 1 << 5)
        /// A title, with or without its full stop (``WordClasses/title``, ``WordClasses/abbreviatedTitle``).
        static let title = Marks(rawValue: 1 << 6)
        /// A street word after a name (`Road`) and before one (`rue`), by the form's key
        /// (``Marker/streetWords``): read with the other marks, where a table of their own was asked
        /// three times a run of names (46,000 asks on the 2.59 MB bench).
        static let streetAfter = Marks(rawValue: 1 << 7)
        static let streetBefore = Marks(rawValue: 1 << 8)
    }

    public init(models: ExtractionModels) {
        self.init(models: models, annotator: WordAnnotator(lexicon: Lexicon(models: models)))
    }

    /// With the word classes of the pipeline's other stages.
    init(models: ExtractionModels, annotator: WordAnnotator) {
        var particlesByLanguage: [String: KeyBits<Marks>] = [:]
        for language in models.calendar.languages where particlesByLanguage[language] == nil {
            var particles = KeyBits<Marks>()
            particles.insert(contentsOf: models.people.particles(in: language), .particle)
            particlesByLanguage[language] = particles
        }
        self.particlesByLanguage = particlesByLanguage
        var particleFirstBytes = ByteSet()
        for (particle, _) in models.people.particles {
            guard let first = particle.utf8.first else { continue }
            if first < 0x80 {
                particleFirstBytes.insert(first)
            } else {
                // Another spelling of the same characters may open with any byte.
                for byte in UInt8.min...UInt8.max { particleFirstBytes.insert(byte) }
            }
        }
        people = models.people
        vocabulary = models.vocabulary
        marker = Marker(lexicon: annotator.lexicon, people: models.people, particleFirstBytes: particleFirstBytes,
                        streetWords: StreetWord.table(models.vocabulary),
                        digitOpensRoleOrTitle: models.people.roles.contains(where: opensWithDigit)
                            || models.people.titles.contains(where: opensWithDigit))
        var calendarWords = KeyBits<CalendarWord>()
        calendarWords.insert(contentsOf: models.calendar.months.keys, .calendar)
        calendarWords.insert(contentsOf: models.calendar.weekdays.keys, .calendar)
        self.calendarWords = calendarWords
        self.annotator = annotator
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        let particles = particles(document.language)
        let forms = marker.table(for: document, particles: particles)
        var found: [Candidate] = []
        var index = 0
        while index < tokens.count {
            // Most tokens open no name. A name word is a capitalized word (``Marks/nameWord``):
            // the token's own flag rules out the others before their form's marks are read, by
            // form id at random (a first-level cache miss at one token in six, and as many
            // mispredicted branches, on the 2.59 MB bench).
            guard tokens[index].isCapitalized, (forms[Int(document.formIDs[index])] ?? []).contains(.nameWord) else {
                index += 1
                continue
            }
            // A name word that no name word, hyphen or particle follows is a run of one word,
            // which names a person only after a role or a title (``acceptedPerson(_:in:marks:particles:)``):
            // most capitalized words are such, and their run is not read (75,000 runs read on
            // the 2.59 MB bench, 3,000 of them a person's name).
            if index + 1 == tokens.count || (forms[Int(document.formIDs[index + 1])] ?? []).isDisjoint(with: [.nameWord, .hyphen, .particle]),
               index == 0 || document.isBoundary(before: index) || !isCue(index - 1, in: document, marks: forms) {
                index += 1
                continue
            }
            var run = nameRun(from: index, in: document, marks: forms)
            guard !run.isEmpty else {
                index += 1
                continue
            }
            // `Selon Youssef El Amrani`, `Pour Ayşe Bulut`: a frequent word opening the sentence is not the name.
            if run.count >= 3, document.isInitial(run.lowerBound),
               !annotator.classes(of: tokens[run.lowerBound], in: document).contains(.givenName),
               annotator.zipf(of: tokens[run.lowerBound], in: document) >= 4.5 {
                run = (run.lowerBound + 1)..<run.upperBound
            }
            if let accepted = acceptedPerson(run, in: document, marks: forms, particles: particles) {
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
    private func nameRun(from start: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Range<Int> {
        let tokens = document.tokens
        func marks(_ index: Int) -> Marks { forms[Int(document.formIDs[index])] ?? [] }
        var end = start
        var words = 0
        while end < tokens.count, words < 4 {
            let token = tokens[end]
            let marked = marks(end)
            if end > start, document.isBoundary(before: end) { break }
            // A role after the hyphen ends the name (`Erdemir-Vorstandsmitglied Kemal Aydın`).
            if end > start, marked.contains(.hyphen), document.touches(end - 1, end), end + 1 < tokens.count,
               document.touches(end, end + 1), tokens[end + 1].kind == .word, !tokens[end - 1].hasSuffix,
               !marks(end + 1).contains(.role) {
                end += 2
                if tokens[end - 1].hasSuffix { break }
                continue
            }
            if end > start, marked.contains(.particle), end + 1 < tokens.count, tokens[end + 1].isCapitalized,
               !document.isBoundary(before: end + 1) {
                end += 1
                continue
            }
            guard marked.contains(.nameWord) else { break }
            if end > start, !token.spaceBefore { break }
            end += 1
            words += 1
            if token.hasSuffix { break }
            // `Murat TOKAT Konya Sanayi Odası`: a surname in capitals after a name that is not
            // closes it, unless another word in capitals goes on with it (`Ana GARCÍA LÓPEZ`).
            if end - 1 > start, token.isAllCaps, !tokens[start].isAllCaps, end < tokens.count, !tokens[end].isAllCaps { break }
        }
        while end > start, marks(end - 1).contains(.particle) { end -= 1 }
        return start..<end
    }

    /// Lowercase particles inside names (`Joost van Dijk`), per article language, from
    /// `models/lexicon/name-particles.tsv` (Turkish `da`/`de` are clitics: `Selma Karaca da`).
    private func particles(_ language: String) -> KeyBits<Marks> {
        if let known = particlesByLanguage[language] { return known }
        var particles = KeyBits<Marks>()
        particles.insert(contentsOf: people.particles(in: language), .particle)
        return particles
    }

    /// The part of `run` that names a person, if the context says it does.
    ///
    /// `particles`: ``particles(_:)`` of the document's language, looked up once per document
    /// (a dictionary lookup by the language's code for each run read cost 1.5 M instructions
    /// on the 2.55 MB bench).
    private func acceptedPerson(_ run: Range<Int>, in document: TokenizedDocument, marks forms: [Marks?],
                                particles: KeyBits<Marks>) -> Range<Int>? {
        let tokens = document.tokens
        let before = run.lowerBound - 1
        let cuedBefore = before >= 0 && !document.isBoundary(before: run.lowerBound) && isCue(before, in: document, marks: forms)
        var words = 0
        for index in run where tokens[index].kind == .word && tokens[index].isCapitalized { words += 1 }
        if cuedBefore {
            if words >= 2 { return run }
            if !isPlace(run, document), annotator.classes(of: tokens[run.lowerBound], in: document).isAny(of: [.surname, .givenName])
                || isTitle(before, in: document, marks: forms) {
                return run
            }
            return nil
        }
        guard words >= 2 else { return nil }
        // Words in capitals are acronyms (`Van TSO`, `SATSO Yönetim`) unless they end the name (`Orhan AYDIN`).
        if run.contains(where: { tokens[$0].isAllCaps && !isSurnameInCapitals($0, of: run, in: document) }) { return nil }
        if isStreet(run, in: document, marks: forms) { return nil }
        let first = annotator.classes(of: tokens[run.lowerBound], in: document)
        // `Trabzon Ticaret`, unless a given name and a surname (`Mary Houston`, `Carmen Segarra`).
        if first.contains(.largePlace),
           !first.contains(.givenName) || !annotator.classes(of: tokens[run.upperBound - 1], in: document).contains(.surname) {
            return nil
        }
        // The place test builds the run's key and reads the index: asked last. A particle of
        // the article's language opens no name by a given name (`Von Wels bis Linz`, `Von` a
        // given name elsewhere).
        if first.contains(.givenName), !tokens[run.lowerBound].hasSuffix, !isHyphenatedWordAlone(run, in: document, marks: forms),
           !particles[tokens[run.lowerBound].key].contains(.particle),
           // A capitalized word that also occurs in lowercase is an ordinary word here (`Altın Markalı`).
           !run.contains(where: { document.writesInLowercase(tokens[$0]) }),
           !isOrdinarySurname(run, in: document), !isPlace(run, document) {
            return run
        }
        // `en La Rinconada, el presidente…`: a place before the comma opens the clause.
        if isFollowedByRole(run, in: document, marks: forms), !isPlace(run, document) { return run }
        return nil
    }

    /// Whether `run` is one hyphenated word and nothing more (`Mercedes-Benz`): a given name
    /// joined to what follows it makes a compound, a double given name (`Jean-Luc`,
    /// `Hans-Peter`) that needs the surname after it.
    private func isHyphenatedWordAlone(_ run: Range<Int>, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let hyphen = run.lowerBound + 1
        return hyphen + 2 == run.upperBound && (forms[Int(document.formIDs[hyphen])] ?? []).contains(.hyphen)
            && document.touches(hyphen - 1, hyphen) && document.touches(hyphen, hyphen + 1)
    }

    /// Whether the last word of `run` is a frequent ordinary word that is no known surname
    /// (`Altın`): no surname after a given name. The name of a major city is none, however
    /// often the city is written (`Mehmet Sivas`, `Jean Lyon`, `Sarah LONDON`): after a given
    /// name it is the surname; a country (`Pratt & Whitney Canada`) or a minor place that is a
    /// word (`Central`) is not. A given name after given names only is none either (`Patrick
    /// Baptiste`, `Ahmet Kemal`): its frequency counts its use as a name.
    private func isOrdinarySurname(_ run: Range<Int>, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        let last = tokens[run.upperBound - 1]
        let classes = annotator.classes(of: last, in: document)
        if classes.contains(.surname) || annotator.zipf(of: last, in: document) < 4.0 { return false }
        // `Son Cuma` ("last Friday"): a month or weekday name is the date's, given name or not.
        if calendarWords[last.key].contains(.calendar) { return true }
        if classes.contains(.majorCity) { return false }
        guard classes.contains(.givenName) else { return true }
        return !tokens[run.lowerBound..<(run.upperBound - 1)].allSatisfy { token in
            token.kind != .word || annotator.classes(of: token, in: document).contains(.givenName)
        }
    }

    /// Whether the word in capitals at `index` is the surname that ends `run` (`Orhan AYDIN`):
    /// a long word, or a short one the lexicons know as a surname or a place (`Hasan ORDU`,
    /// `Ali KOÇ`), where an unknown short word in capitals is an acronym (`Van TSO`).
    private func isSurnameInCapitals(_ index: Int, of run: Range<Int>, in document: TokenizedDocument) -> Bool {
        guard index == run.upperBound - 1 else { return false }
        let token = document.tokens[index]
        return token.form.stemCharacterCount > 4 || annotator.classes(of: token, in: document).isAny(of: [.surname, .place])
    }

    /// A role word right before (`Koordinatörü`), or a title (`Dr.`, `Herr`).
    private func isCue(_ index: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let tokens = document.tokens
        func marks(_ index: Int) -> Marks { forms[Int(document.formIDs[index])] ?? [] }
        var position = index
        if marks(position).contains(.fullStop), position > 0 { position -= 1 }
        if marks(position).contains(.title) { return true }
        return !tokens[position].hasSuffix && position == index && marks(position).contains(.role)
    }

    /// `rue Marc Seguin`, `Red Doles Lane`.
    private func isStreet(_ run: Range<Int>, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        func marks(_ index: Int) -> Marks { forms[Int(document.formIDs[index])] ?? [] }
        if run.lowerBound > 0, marks(run.lowerBound - 1).contains(.streetBefore) { return true }
        if marks(run.upperBound - 1).contains(.streetAfter) { return true }
        return run.upperBound < document.tokens.count && marks(run.upperBound).contains(.streetAfter)
    }

    /// `Dr.`, `Herr`, `M.`: a title right before the name.
    private func isTitle(_ index: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let position = (forms[Int(document.formIDs[index])] ?? []).contains(.fullStop) && index > 0 ? index - 1 : index
        return (forms[Int(document.formIDs[position])] ?? []).contains(.title)
    }

    /// `Fevzi Gökalp, İŞİM Koordinatörü`: a role word within the next few words after a comma.
    private func isFollowedByRole(_ run: Range<Int>, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let tokens = document.tokens
        guard run.upperBound < tokens.count, (forms[Int(document.formIDs[run.upperBound])] ?? []).contains(.comma),
              !tokens[run.upperBound - 1].hasSuffix
        else { return false }
        var index = run.upperBound + 1
        while index < min(tokens.count, run.upperBound + 7), !document.isBoundary(before: index) {
            let token = tokens[index]
            if token.kind == .punctuation { return false }
            if (forms[Int(token.form.id)] ?? []).contains(.role) { return true }
            index += 1
        }
        return false
    }

    /// Whether the words of `run` name a place: their key is written in bytes after the index's
    /// mark (``TokenizedDocument/key(of:)``, a string built word by word and prefixed, cost twice as much).
    private func isPlace(_ run: Range<Int>, _ document: TokenizedDocument) -> Bool {
        var key: [UInt8] = []
        document.writeMarkedKey(of: run, mark: NameGazetteer.exactKeyMark, into: &key)
        return annotator.lexicon.places.hasEntries(forMarkedKey: key)
    }

    private func candidate(_ tokens: Range<Int>, in document: TokenizedDocument, canonical: String?) -> Candidate {
        let range = document.span(tokens)
        return Candidate(type: .person, range: range, tokens: tokens, value: .name(document.originalText(ofSpan: range)),
                         canonical: canonical, priority: 4)
    }
}
