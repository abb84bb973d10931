import HaberText

/// Organizations: capitalized names ending in a head word (`Techtera Kümelenmesi`,
/// `Siemens AG`) or opening with one (`University of Sheffield`, `CCI de Lyon`),
/// acronyms (`İŞİM`, `TÜBİTAK`), and names known without a head word from the registries
/// and the curated list of public bodies (`Airbus`, `Bpifrance`, ``OrganizationGazetteer``).
///
/// Acronyms take their expansion from `models/lexicon/acronyms.tsv`; those the article spells
/// out (`Long Name (ACR)`), and short mentions of a name, are linked after resolution by the
/// ``Linker``.
public struct OrganizationExtractor: Extractor {
    public let name = "organizations"
    let lexicon: OrganizationLexicon
    /// Names of companies, banks, universities and public bodies, with their full name and ref.
    let known: OrganizationGazetteer
    /// What the other lexicons say of a word (a place, a person's name, a currency).
    let annotator: WordAnnotator
    /// Whether a language glues case endings onto a head (`Bakanlığınca`).
    let profiles: LanguageProfiles
    /// Articles and other function words, which never open a name (`Die IHK`, `Le Pôle`).
    let functionWords: Set<String>
    /// Head-word readings of a token's form, kept per form id (asked of every word of every
    /// article). The extractor serves one pipeline (one thread).
    let facts = OrganizationFormFacts()
    /// The ``Marks`` the organization lexicon gives a key (`startHead`, `endHeadKey`,
    /// `headWithPeriod`) or a lowercase form (`connector`, `listWord`, `functionWord`),
    /// read with one hash of the bytes instead of a `Set<String>` lookup each.
    let words: KeyBits<Marks>
    /// ``Marks/afterHeadOnly`` by article language.
    let afterHeadOnly: [String: KeyBits<Marks>]
    /// The first two bytes of every head's last word (in NFC), one bit each: a key that
    /// opens with two others has no head for a prefix, and ``readPossessiveStem(of:suffixes:)``
    /// builds and looks up none of them (most capitalized words).
    let headOpenings: [UInt64]
    /// The last three bytes of every head's last word (in NFC), hashed to one bit each of
    /// ``headEndingBits``: a prefix of a key that ends in other bytes is no head, and
    /// ``readPossessiveStem(of:suffixes:)`` builds no string of it and looks none up (a
    /// Turkish word of ten letters was seven strings and seven lookups).
    let headEndings: [UInt64]
    /// The first byte of every project word (``OrganizationLexicon/projectWords``), one bit
    /// each, or nil when one opens with a scalar past ASCII: a key that opens with another
    /// byte has none of them for a prefix, and is not compared with each.
    let projectOpenings: (UInt64, UInt64)?
    /// The project words by their first byte, when ``projectOpenings`` holds them all (each
    /// opens with an ASCII scalar, which no other first byte spells): a form is compared with
    /// the words that open with its own first byte only, where it was compared with every
    /// word (49,000 compares for 3,300 forms on the 2.55 MB bench).
    let projectWordsByOpening: [[String]]?
    /// The organization cues of each language, their words numbered.
    let cueTables: [String: CueTable]
    /// Whether some word of ``words`` or ``afterHeadOnly`` opens with a digit: where none
    /// does, the key of a number (a fifth of the forms a pipeline meets) is not looked up.
    let digitOpensWord: Bool

    final class OrganizationFormFacts: @unchecked Sendable {
        /// The head word lists a capitalized form ends (`Kümelenmesi`; `Bakanlığınca` read as
        /// `bakanlığı` with the glued part of its text), or nil.
        let endHeads = FormFacts<(heads: [[String]], glued: String?)?>()
        /// ``Marks`` per form id, read for every token of every article.
        let marks = FormFacts<Marks>()
        /// What ``OrganizationExtractor/words`` gives a key or a lowercase form, by key id (one
        /// numbering for both): looked up once per key, not once per form that writes it.
        let keyWords = KeyFacts<Marks>()
        /// Whether a known name is the key or opens with it (``OrganizationGazetteer/mayOpen(_:)``),
        /// and one the lists write in lowercase (``OrganizationGazetteer/mayOpenInLowercase(_:)``), by key id.
        let opensKnownName = KeyFacts<Bool>()
        let opensKnownNameInLowercase = KeyFacts<Bool>()
        /// Whether an all-caps form may be an acronym of an organization, and its expansion
        /// and registry identifier from the acronym list (``acronymMentions(in:capsLines:marks:into:)``).
        let acronyms = FormFacts<(mayName: Bool, expansion: String?, ref: String?)>()
        /// Whether the form is a word for a project or a fair, or an inflection of one.
        let projectWords = FormFacts<Bool>()
        /// Which organization cue words the form is (``CueTable/facts(of:kind:)``).
        let cues = FormFacts<CueFacts>()
        /// Known names of several tokens, by the lowercase strings of their tokens
        /// (``TokenForm/lowerID``): what the index says of them (``KnownPhrase``).
        ///
        /// By lowercase, not by form: `Airbus`, `AIRBUS` and the same word in an article of
        /// another language are one phrase, looked up once (a phrase of forms was looked up
        /// 9,700 times on the 2.59 MB bench, 1,900 instructions each). The index key of a
        /// phrase is the lowercase of its words but for the last one's key (``knownKey(of:in:)``),
        /// which the lowercase of a word with a case ending does not tell: `lastKey`.
        var phrases = PhraseTrie<KnownPhrase>()
        /// The entries of the phrases of ``phrases`` that name some, by ``KnownPhrase/entries``:
        /// kept out of the trie's values, which then hold no reference, so that reading a
        /// phrase's value retains and releases nothing. With the array in the value, each of the
        /// 39,000 words read of the phrases on the 2.59 MB bench retained and released it,
        /// though 5,000 of them name something.
        var phraseEntries: [[OrganizationEntry]] = []
        /// The marked key of a span (``knownKey(of:in:)``), rebuilt in place for each.
        var keyBytes: [UInt8] = []
        /// The openings of the last document read (``Openings``), read again in place for the next.
        var openings = Openings()
    }

    /// What a phrase of ``OrganizationFormFacts/phrases`` reads in the gazetteer: the run
    /// of the index's keys that open with its key (its `continues` unused), the place of its
    /// entries in ``OrganizationFormFacts/phraseEntries`` (-1 for none), and the key id of
    /// the last token they were read with.
    struct KnownPhrase {
        var run: OrganizationGazetteer.KeyRun
        var entries: Int32
        var lastKey: Int32
    }

    /// What the extractor asks of a form, worked out once per form: the words of the
    /// lexicon it is, and the punctuation mark it is.
    struct Marks: OptionSet, Sendable {
        let rawValue: UInt32

        /// Opens a name (`Université`); ``lowercaseStartHead`` also in lowercase (`ministère`).
        static let startHead = Marks(rawValue: 1 << 0)
        static let lowercaseStartHead = Marks(rawValue: 1 << 1)
        /// The key is the last word of some head (`odası`).
        static let endHeadKey = Marks(rawValue: 1 << 2)
        /// A head written with a final full stop (`Inc.`).
        static let headWithPeriod = Marks(rawValue: 1 << 3)
        /// A connector inside names (`ve`, `of`), a list word, an article or other function word.
        static let connector = Marks(rawValue: 1 << 4)
        static let listWord = Marks(rawValue: 1 << 5)
        static let functionWord = Marks(rawValue: 1 << 6)
        /// A connector that follows a head and never precedes one in the form's language (`of`).
        static let afterHeadOnly = Marks(rawValue: 1 << 7)
        static let hyphen = Marks(rawValue: 1 << 8)
        static let fullStop = Marks(rawValue: 1 << 9)
        static let comma = Marks(rawValue: 1 << 10)
        static let openingParenthesis = Marks(rawValue: 1 << 11)
        static let apostrophe = Marks(rawValue: 1 << 12)
        /// A capitalized or all-caps word that ends some head (``endHead(at:in:)`` reads which).
        static let endsHead = Marks(rawValue: 1 << 13)
        /// A capitalized or all-caps word that is a known name or opens one (``OrganizationGazetteer``).
        static let opensKnownName = Marks(rawValue: 1 << 14)
        /// A word of a trade that ends a company's name (`Aerospace`, ``sectorNames(in:marks:into:)``).
        static let sectorWord = Marks(rawValue: 1 << 15)
        /// A word that counts for a headline (``HeadlineCounter``), and a form some reading of
        /// ``Openings`` may open at: ``Openings/read(_:marks:)`` tests these first and passes
        /// over the other tokens (most of them) after one test.
        static let headlineWord = Marks(rawValue: 1 << 16)
        static let opensReading = Marks(rawValue: 1 << 17)
        /// A form that may be a cue word or a conjunction of its language (``CueTable/mayBeCue(_:)``):
        /// the context reader looks up the cue facts of these forms only.
        static let mayBeCue = Marks(rawValue: 1 << 18)

        /// The marks read from a form's key; the others are read from its lowercase.
        static let ofKey: Marks = [.startHead, .lowercaseStartHead, .endHeadKey, .headWithPeriod, .sectorWord]
        static let ofLowercase: Marks = [.connector, .listWord, .functionWord, .afterHeadOnly]
    }

    public init(models: ExtractionModels) {
        self.init(models: models, annotator: WordAnnotator(lexicon: Lexicon(models: models)))
    }

    /// With the word classes of the pipeline's other stages.
    init(models: ExtractionModels, annotator: WordAnnotator) {
        lexicon = models.organizations
        known = models.organizationNames
        profiles = models.languageProfiles
        self.annotator = annotator
        functionWords = Set(models.text.functionWords.values.joined())
        var words = KeyBits<Marks>()
        let lexicon = models.organizations
        words.insert(contentsOf: lexicon.startHeads, .startHead)
        words.insert(contentsOf: lexicon.lowercaseStartHeads, .lowercaseStartHead)
        words.insert(contentsOf: lexicon.endHeads.keys, .endHeadKey)
        words.insert(contentsOf: lexicon.headsWithPeriod, .headWithPeriod)
        words.insert(contentsOf: lexicon.sectorWords, .sectorWord)
        words.insert(contentsOf: lexicon.connectors, .connector)
        words.insert(contentsOf: lexicon.listWords, .listWord)
        words.insert(contentsOf: functionWords, .functionWord)
        self.words = words
        var headOpenings = [UInt64](repeating: 0, count: 1 << 10)
        for key in lexicon.endHeads.keys {
            let bytes = LookupKey.canonical(Array(key.utf8))
            guard bytes.count >= 2 else { continue }
            let opening = Int(bytes[0]) << 8 | Int(bytes[1])
            headOpenings[opening >> 6] |= 1 << UInt64(opening & 63)
        }
        self.headOpenings = headOpenings
        var headEndings = [UInt64](repeating: 0, count: 1 << (Self.headEndingBits - 6))
        for key in lexicon.endHeads.keys {
            let bytes = LookupKey.canonical(Array(key.utf8))
            guard bytes.count >= 3 else { continue }
            let slot = Self.headEnding(bytes[bytes.count - 3], bytes[bytes.count - 2], bytes[bytes.count - 1])
            headEndings[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.headEndings = headEndings
        projectOpenings = Self.openings(of: lexicon.projectWords)
        if projectOpenings != nil {
            var byOpening = [[String]](repeating: [], count: 128)
            for word in lexicon.projectWords {
                if let first = word.utf8.first, first < 0x80 { byOpening[Int(first)].append(word) }
            }
            projectWordsByOpening = byOpening
        } else {
            projectWordsByOpening = nil
        }
        let profiles = models.languageProfiles
        cueTables = Dictionary(uniqueKeysWithValues: lexicon.cues.map { language, cues in
            (language, CueTable(cues, inflected: profiles[language].hasCaseSuffixes))
        })
        afterHeadOnly = lexicon.connectorsAfterHeadOnly.mapValues { connectors in
            var table = KeyBits<Marks>()
            table.insert(contentsOf: connectors, .afterHeadOnly)
            return table
        }
        let wordLists: [Set<String>] = [lexicon.startHeads, lexicon.lowercaseStartHeads, Set(lexicon.endHeads.keys),
                                        lexicon.headsWithPeriod, lexicon.sectorWords, lexicon.connectors, lexicon.listWords,
                                        functionWords] + Array(lexicon.connectorsAfterHeadOnly.values)
        digitOpensWord = wordLists.contains { $0.contains(where: opensWithDigit) }
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        // Nil where the language has none: an empty table made for each such document
        // allocated its arrays (1,700 instructions a document).
        let afterHeadOnly = afterHeadOnly[document.language]
        let profile = profiles[document.language]
        let caseSuffixes = profile.hasCaseSuffixes
        let cues = cueTables[document.language]
        let forms = facts.marks.table(for: document) { token in
            marks(of: token, afterHeadOnly: afterHeadOnly, caseSuffixes: caseSuffixes, cues: cues, in: document)
        }
        // The arrays of the last document are filled again: made for each, they grew by
        // reallocation some 16 times a document (7 M instructions on the 2.59 MB bench).
        // Swapped out and back: copied out and in, each array was retained and released
        // twice an article (0.8 M instructions).
        var openings = Openings()
        swap(&openings, &facts.openings)
        openings.read(document, marks: forms)
        defer { swap(&openings, &facts.openings) }
        let (capsLines, titleCaseLine) = (openings.capsLines, openings.titleCaseLine)
        // Filtered and extended in place: a filtered copy and a concatenation copied every candidate twice.
        var found = headedNames(in: document, marks: forms, at: openings.heads)
        if !titleCaseLine.isEmpty { found.removeAll { titleCaseLine.overlaps($0.tokens) && $0.tokens.count > 2 } }
        // `İstanbul Fuar Merkezi`, `Bilbao Exhibition Centre`: a head after a word for a fair
        // or a project names a venue or a programme's office, no organization.
        // Asked by index first: `removeAll(where:)` copied each candidate it tested (some
        // 5,000 copies on the 2.59 MB bench), and most articles remove none.
        func namesVenue(_ tokens: Range<Int>) -> Bool {
            tokens.count >= 2 && tokens.dropLast().contains { isProjectWord($0, in: document) }
        }
        if found.indices.contains(where: { namesVenue(found[$0].tokens) }) { found.removeAll { namesVenue($0.tokens) } }
        sectorNames(in: document, marks: forms, at: openings.sectorWords, into: &found)
        acronymMentions(in: document, capsLines: capsLines, datelinePlace: context.datelinePlace, marks: forms,
                        at: openings.allCaps, into: &found)
        knownNames(in: document, marks: forms, at: openings.knownNames, into: &found)
        contextNames(in: document, marks: forms, at: openings.names, cues: cues, capitalizesNouns: profile.capitalizesNouns, into: &found)
        return found
    }

    /// The tokens where each reading of a document may open, found in one pass over its
    /// tokens: each reading walked every token to test its own marks (six passes of some
    /// 20 instructions a token, 400,000 tokens on the 2.59 MB bench), and now walks its few.
    /// The headlines are counted in the same pass (``headlines(in:)``).
    struct Openings {
        /// The lines in capitals and the title-case line (``headlines(in:)``).
        private(set) var capsLines: [Range<Int>] = []
        private(set) var titleCaseLine = 0..<0
        /// Words that end or open a head (``headedNames(in:marks:at:)``).
        private(set) var heads: [Int] = []
        /// Capitalized or all-caps words of a trade (``sectorNames(in:marks:at:into:)``).
        private(set) var sectorWords: [Int] = []
        /// Tokens in capitals (``acronymMentions(in:capsLines:datelinePlace:marks:at:into:)``).
        private(set) var allCaps: [Int] = []
        /// Tokens that a known name may open with (``knownNames(in:marks:at:into:)``).
        private(set) var knownNames: [Int] = []
        /// Capitalized or all-caps words that are no article, connector or other function word
        /// (``contextNames(in:marks:at:cues:capitalizesNouns:into:)``).
        private(set) var names: [Int] = []

        /// Reads the openings of `document`, whose forms have the marks `forms`, in place of
        /// those read before.
        mutating func read(_ document: TokenizedDocument, marks forms: [Marks?]) {
            heads.removeAll(keepingCapacity: true)
            sectorWords.removeAll(keepingCapacity: true)
            allCaps.removeAll(keepingCapacity: true)
            knownNames.removeAll(keepingCapacity: true)
            names.removeAll(keepingCapacity: true)
            let tokens = document.tokens
            var headlines = HeadlineCounter(opening: tokens)
            defer {
                headlines.finish(atEnd: tokens.count)
                (capsLines, titleCaseLine) = (headlines.capsLines, headlines.titleCaseLine)
            }
            for (index, formID) in document.formIDs.enumerated() {
                let token = tokens[index]
                headlines.breakLine(before: token, at: index)
                let marked = forms[Int(formID)] ?? []
                guard !marked.isDisjoint(with: [.headlineWord, .opensReading]) else { continue }
                if marked.contains(.headlineWord) { headlines.count(token) }
                guard marked.contains(.opensReading) else { continue }
                if token.isAllCaps { allCaps.append(index) }
                if marked.contains(.opensKnownName) { knownNames.append(index) }
                guard token.kind == .word else { continue }
                if !marked.isDisjoint(with: [.endsHead, .startHead]) { heads.append(index) }
                guard token.isCapitalized || token.isAllCaps else { continue }
                if marked.contains(.sectorWord) { sectorWords.append(index) }
                if marked.isDisjoint(with: [.functionWord, .connector]) { names.append(index) }
            }
        }
    }

    /// The marks of `token`'s form, for the table of a document whose language's
    /// connectors after a head are `afterHeadOnly`, which glues case endings on
    /// (`caseSuffixes`), and whose organization cues are `cues`.
    private func marks(of token: Token, afterHeadOnly: KeyBits<Marks>?, caseSuffixes: Bool, cues: CueTable?,
                       in document: TokenizedDocument) -> Marks {
        let form = token.form
        // The same id is the same string (``TokenForm/keyID``): one lookup serves both.
        // A lowercase of the same id is the key: its first byte is read once.
        let keyOpensWithDigit = !digitOpensWord && opensWithDigit(form.key)
        let keyMarks = keyOpensWithDigit ? [] : facts.keyWords.value(form.keyID, in: document) { words[form.key] }
        let lowerMayBeWord = digitOpensWord || !(form.lowerID == form.keyID ? keyOpensWithDigit : opensWithDigit(form.lower))
        var marks = form.lowerID == form.keyID ? keyMarks
            : keyMarks.intersection(.ofKey).union(lowerMayBeWord
                ? facts.keyWords.value(form.lowerID, in: document) { words[form.lower] }.intersection(.ofLowercase) : [])
        if let afterHeadOnly, !afterHeadOnly.isEmpty, lowerMayBeWord { marks.formUnion(afterHeadOnly[form.lower]) }
        var text = form.text
        if text.utf8.count == 1 {
            switch text.withUTF8({ $0[0] }) {
            case UInt8(ascii: "-"): marks.insert(.hyphen)
            case UInt8(ascii: "."): marks.insert(.fullStop)
            case UInt8(ascii: ","): marks.insert(.comma)
            case UInt8(ascii: "("): marks.insert(.openingParenthesis)
            case UInt8(ascii: "'"): marks.insert(.apostrophe)
            default: break
            }
        }
        if token.kind == .word, form.isCapitalized || form.isAllCaps {
            // A key that is no head's last word, in a language that glues no case ending on
            // or with a suffix of its own, ends no head: its reading is not worked out and kept.
            if keyMarks.contains(.endHeadKey) || caseSuffixes && form.suffix.isEmpty,
               endHeadReading(of: token, in: document, keyMarks: keyMarks, caseSuffixes: caseSuffixes) != nil {
                marks.insert(.endsHead)
            }
            // An article or other function word opens too many phrases to look them all up
            // (`The …`, `La …`): a name known with one is looked up from its next word.
            if !marks.contains(.functionWord), facts.opensKnownName.value(form.keyID, in: document, compute: { known.mayOpen(form.key) }) {
                marks.insert(.opensKnownName)
            }
        } else if token.kind == .word, facts.opensKnownNameInLowercase.value(form.keyID, in: document, compute: { known.mayOpenInLowercase(form.key) }) {
            // A brand the lists write in lowercase (`voestalpine`, `thyssenkrupp Steel`), written so.
            marks.insert(.opensKnownName)
        }
        if let cues, cues.mayBeCue(form) { marks.insert(.mayBeCue) }
        if token.kind == .word, form.characterCount > 3 { marks.insert(.headlineWord) }
        if token.isAllCaps || marks.contains(.opensKnownName)
            || token.kind == .word && (token.isCapitalized || !marks.isDisjoint(with: [.endsHead, .startHead])) {
            marks.insert(.opensReading)
        }
        return marks
    }

    // MARK: - Names with a head word

    /// The names with a head word at the words `heads` (``Openings/heads``), which end or open one.
    private func headedNames(in document: TokenizedDocument, marks forms: [Marks?], at heads: [Int]) -> [Candidate] {
        let tokens = document.tokens
        let formIDs = document.formIDs
        var found: [Candidate] = []
        for index in heads {
            let marked = forms[Int(formIDs[index])] ?? []
            let token = tokens[index]
            if marked.contains(.endsHead), let (headStart, headForm) = endHead(at: index, in: document),
               case let start = leftEdge(of: headStart, in: document, marks: forms), start < headStart, tokens[start].isCapitalized {
                var range = document.span(start..<(index + 1))
                if let headForm {
                    range = tokens[start].range.lowerBound..<(token.range.lowerBound + headForm.utf16.count)
                } else if marked.contains(.headWithPeriod), !token.hasSuffix, index + 1 < tokens.count,
                          (forms[Int(document.formIDs[index + 1])] ?? []).contains(.fullStop), document.touches(index, index + 1) {
                    range = range.lowerBound..<tokens[index + 1].range.upperBound
                }
                found.append(candidate(range: range, tokens: start..<(index + 1), in: document, priority: 5))
            }
            let lowercaseHead = !token.isCapitalized && marked.contains(.lowercaseStartHead)
            if marked.contains(.startHead), token.isCapitalized || token.isAllCaps || lowercaseHead, !token.hasSuffix,
               let end = rightEdge(of: index, in: document, adjectives: !lowercaseHead, marks: forms) {
                // `PYME del Ministerio de Industria`: a name that opens with its head takes the
                // capitalized words right before it (`Istanbul Chamber`), not a connector.
                var start = leftEdge(of: index, in: document, acrossConnectors: false, marks: forms)
                // `Industrie- und Handelskammer`: the first half of a pair of compounds, cut
                // after its hyphen, and the list word before the head are a part of the name.
                if start == index, index >= 3, (forms[Int(document.formIDs[index - 1])] ?? []).contains(.listWord),
                   (forms[Int(document.formIDs[index - 2])] ?? []).contains(.hyphen), document.touches(index - 3, index - 2),
                   !document.touches(index - 2, index - 1), tokens[index - 3].isCapitalized,
                   !document.isBoundary(before: index - 2), !document.isBoundary(before: index) {
                    start = index - 3
                }
                found.append(candidate(range: document.span(start..<end), tokens: start..<end, in: document, priority: 5))
            }
        }
        return found
    }

    /// Where a name that ends with the head at `headStart` begins.
    private func leftEdge(of headStart: Int, in document: TokenizedDocument, acrossConnectors: Bool = true,
                          marks forms: [Marks?]) -> Int {
        var start = headStart
        while start > 0, acrossConnectors || isJoiningHyphen(start - 1, in: document, marks: forms)
                || (forms[Int(document.formIDs[start - 1])] ?? []).isDisjoint(with: [.connector, .comma]),
              canExtendLeft(from: start, headStart: headStart, in: document, marks: forms) {
            start -= 1
        }
        let tokens = document.tokens
        // An elided article (`L’Union européenne`) is not part of the name.
        while start < headStart, !isNameWord(tokens[start]) || (forms[Int(document.formIDs[start])] ?? []).contains(.functionWord)
            || tokens[start].text.hasSuffix("'") {
            start += 1
        }
        // `Protokol Sanayi ve Teknoloji Bakanlığı…`: a sentence-initial word the article also
        // writes in lowercase is an ordinary word, unless an acronym right after the name
        // starts with it (`İş ve İnşaat Makineleri Kümelenmesi (İŞİM)`).
        if start < headStart, document.isInitial(start), !tokens[start].isAllCaps,
           document.writesInLowercase(tokens[start]),
           !isSpelledOut(from: start, head: headStart, in: document, marks: forms) {
            start += 1
            while start < headStart, !isNameWord(tokens[start]) { start += 1 }
        }
        return start
    }

    /// Whether the name from `start` is followed by `(ACR)` whose first letter is the name's.
    private func isSpelledOut(from start: Int, head: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let tokens = document.tokens
        func isOpening(_ index: Int) -> Bool { (forms[Int(document.formIDs[index])] ?? []).contains(.openingParenthesis) }
        var after = head + 1
        while after < tokens.count, after < head + 4, !isOpening(after) { after += 1 }
        guard after + 2 < tokens.count, isOpening(after), tokens[after + 1].isAllCaps else { return false }
        return tokens[after + 1].text.first == tokens[start].text.first
    }

    /// Where a name that opens with the head at `head` ends (`University of Sheffield`,
    /// `Chambre d’industrie de Kocaeli`), or nil when no name follows the head.
    private func rightEdge(of head: Int, in document: TokenizedDocument, adjectives: Bool = true, marks forms: [Marks?]) -> Int? {
        let tokens = document.tokens
        var end = head + 1
        var lastName = head
        var lowercaseRun = 0
        // Whether a connector has joined a complement to the head (`Secretaría … de Industria`).
        var complemented = false
        // `Commission européenne`, `Banque centrale européenne`: French adjectives in
        // lowercase right after the head end a name of their own.
        var adjectiveEnd: Int?
        let lowercaseNouns = lexicon.lowercaseNouns[document.language] ?? 0
        while end < tokens.count, !document.isBoundary(before: end) {
            let token = tokens[end]
            // After its adjectives the name is whole: `Union européenne et à l’Afrique` stops
            // there; a connector other than a list word before a capitalized word goes on with
            // it (`Université technique de Dresde`).
            if let ending = adjectiveEnd, end > ending, !lexicon.isAdjectiveAfterHead(token.lower, language: document.language) {
                let marked = forms[Int(token.form.id)] ?? []
                guard marked.contains(.connector), !marked.contains(.listWord), end + 1 < tokens.count,
                      !document.isBoundary(before: end + 1), tokens[end + 1].isCapitalized || tokens[end + 1].isAllCaps else { break }
                adjectiveEnd = nil
                end += 1
                continue
            }
            if token.kind == .word, token.isCapitalized || token.isAllCaps {
                // `del Banco Mundial de US$ 150 millones`: letters glued to a currency sign are
                // the sign's (`US$`), not the name's.
                if end + 1 < tokens.count, tokens[end + 1].kind == .symbol, document.touches(end, end + 1),
                   tokens[end + 1].text.unicodeScalars.first?.properties.generalCategory == .currencySymbol { break }
                lastName = end
                lowercaseRun = 0
                if token.hasSuffix { break }
            } else if case let marked = forms[Int(token.form.id)] ?? [], marked.contains(.connector) || marked.contains(.apostrophe)
                        || isJoiningHyphen(end, in: document, marks: forms) {
                // `Université de Liège et l’Université de Namur`, `Teesside University and
                // Middlesbrough College`: a list word before a name with a head of its own
                // joins two names, not two words of one (`Ministry of Industry and Trade`).
                if marked.contains(.listWord), opensNameOfItsOwn(after: end, in: document, marks: forms) { break }
                // `Secretaría General de Industria y de la PYME del Ministerio de Industria`: a
                // name with its complement that goes on into another opening with a head names
                // where it belongs (not `Agencia Ejecutiva del Consejo Europeo de Innovación`).
                if !marked.contains(.listWord), complemented, lastName > head,
                   nextNameOpensWithHead(after: end, in: document, marks: forms) {
                    break
                }
                if !marked.contains(.hyphen) { lowercaseRun = 0 }
                if marked.contains(.connector), !marked.contains(.hyphen) { complemented = true }
            } else if token.kind == .word, lowercaseRun < lowercaseNouns, lastName == head {
                // French names keep common nouns in lowercase: `Chambre de commerce et d’industrie de Lyon`.
                lowercaseRun += 1
                if adjectives, end == (adjectiveEnd ?? head) + 1, lexicon.isAdjectiveAfterHead(token.lower, language: document.language) {
                    adjectiveEnd = end
                }
            } else if lastName > head, (forms[Int(token.form.id)] ?? []).contains(.comma),
                      let listEnd = listInsideName(after: end, in: document, marks: forms) {
                lastName = listEnd - 1
                end = listEnd
                continue
            } else {
                break
            }
            end += 1
        }
        if lastName > head { return lastName + 1 }
        return adjectiveEnd.map { $0 + 1 }
    }

    /// Whether the words after the list word at `conjunction` (past its articles and
    /// connectors: `and the`, `et l’`) are a name of its own: a capitalized word that opens a
    /// name in their first run of name words (`l’Université`, `the Technical University`;
    /// not `de la PYME del Ministerio`, whose head opens another name), or one that ends a
    /// name after another name word (`Middlesbrough College`; not `Trade` alone in
    /// `Ministry of Industry and Trade`). An article after a name word opens another phrase
    /// (`und Oberbayern und die Erciyes-Universität`). A known organization there is one too
    /// (`Institut Agro Dijon et l’INRAE`).
    private func opensNameOfItsOwn(after conjunction: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let tokens = document.tokens
        var index = conjunction + 1
        var names = 0
        var firstRun = true
        while index < tokens.count, index <= conjunction + 8, !document.isBoundary(before: index) {
            let token = tokens[index]
            let marked = forms[Int(token.form.id)] ?? []
            if token.kind == .word, token.isCapitalized || token.isAllCaps {
                if marked.contains(.startHead) && firstRun || marked.contains(.endsHead) && names > 0 { return true }
                if names == 0, longestKnownName(at: index, in: document) != nil { return true }
                names += 1
                if token.hasSuffix { return false }
            } else if marked.isDisjoint(with: [.connector, .functionWord, .apostrophe])
                        || names > 0 && marked.contains(.functionWord) && !marked.contains(.connector) {
                return false
            } else if names > 0 {
                firstRun = false
            }
            index += 1
        }
        return false
    }

    /// Whether the first name word after the connector at `connector` (past other
    /// connectors and articles) is a capitalized word that opens a name (`del Ministerio`).
    private func nextNameOpensWithHead(after connector: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let tokens = document.tokens
        var index = connector + 1
        while index < tokens.count, index <= connector + 3, !document.isBoundary(before: index) {
            let token = tokens[index]
            let marked = forms[Int(token.form.id)] ?? []
            if token.kind == .word, token.isCapitalized || token.isAllCaps { return marked.contains(.startHead) }
            guard !marked.isDisjoint(with: [.connector, .functionWord, .apostrophe]) else { return false }
            index += 1
        }
        return false
    }

    /// The end of the list that goes on a name after the comma at `comma` (`Department for
    /// Business, Energy and Industrial Strategy`, `Ministerio de Industria, Comercio y
    /// Turismo`): ordinary capitalized words between commas, closed by a list word and one
    /// more run of them; nil when a word of it may be a name (`University of Sheffield,
    /// Bosch and Vantrel`: a known name, a city or country, a person’s name, a head, a rare word).
    private func listInsideName(after comma: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Int? {
        let tokens = document.tokens
        var index = comma + 1
        var joined = false
        var afterWord = false
        while index < tokens.count, index <= comma + 12, !document.isBoundary(before: index) {
            let token = tokens[index]
            let marked = forms[Int(token.form.id)] ?? []
            if token.kind == .word, token.isCapitalized {
                // A word that opens a known name may be an ordinary word (`Energy …`); one that is a known name is not.
                guard marked.isDisjoint(with: [.startHead, .endsHead, .functionWord]), !token.hasSuffix,
                      annotator.zipf(of: token, in: document) >= Self.listedNameWordZipf
                        || token.form.characterCount >= Self.compoundNounLength,
                      !marked.contains(.opensKnownName) || longestKnownName(at: index, in: document) == nil,
                      !annotator.classes(of: token, in: document).isAny(of: [.majorCity, .largePlace, .givenName, .surname, .role, .title])
                else { return nil }
                afterWord = true
            } else if afterWord, !joined, marked.contains(.comma) {
                afterWord = false
            } else if afterWord, !joined, marked.contains(.listWord) {
                joined = true
                afterWord = false
            } else {
                break
            }
            index += 1
        }
        return joined && afterWord ? index : nil
    }

    /// The Zipf frequency from which a capitalized word in a list inside a name is taken for
    /// an ordinary word (`Energy`, `Comercio`) rather than a company's name.
    static let listedNameWordZipf = 3.5
    /// The length from which a rare capitalized word in such a list is taken for a compound
    /// noun (`Landesentwicklung`, `Wasserstoffwirtschaft`) rather than a company's name.
    static let compoundNounLength = 13

    /// Whether the words before the list word at `conjunction` (capitalized words and
    /// connectors, on the same line) hold a capitalized word that opens a name (`Clúster`).
    private func opensWithHead(before conjunction: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let tokens = document.tokens
        var index = conjunction - 1
        while index >= 0, index >= conjunction - 8, !document.isBoundary(before: index + 1) {
            let token = tokens[index]
            let marked = forms[Int(token.form.id)] ?? []
            if token.kind == .word, token.isCapitalized || token.isAllCaps {
                if marked.contains(.startHead) { return true }
            } else if marked.isDisjoint(with: [.connector, .functionWord, .apostrophe]) || marked.contains(.listWord) {
                // Another list word: the name before this one starts after it (`Industry and
                // the Defence and Aerospace … Association`).
                return false
            }
            index -= 1
        }
        return false
    }

    /// A capitalized word, an acronym or a number glued to a name (`3M`).
    private func isNameWord(_ token: Token) -> Bool {
        (token.kind == .word && (token.isCapitalized || token.isAllCaps)) || token.kind == .number
    }

    /// Whether the name may take the word left of `start`: a capitalized word without a case
    /// suffix on the same line; a connector (`ve`, `of`, `für`) or a comma in a list
    /// (`Bilim, Sanayi ve Teknoloji Bakanlığı`) between such words; the full stop of an
    /// abbreviation (`San. ve Tic. Ltd. Şti.`).
    private func canExtendLeft(from start: Int, headStart: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let tokens = document.tokens
        let left = start - 1
        guard !document.isBoundary(before: start) else { return false }
        let token = tokens[left]
        if token.hasSuffix { return false }
        let marked = forms[Int(token.form.id)] ?? []
        // A lowercase word that is no connector (nor a stop, comma or hyphen) never extends a
        // name, inflected or not: the inflection test (a lookup per split) is left out.
        if token.kind == .word, !token.isCapitalized, !token.isAllCaps,
           marked.isDisjoint(with: [.connector, .fullStop, .comma, .hyphen]) {
            return false
        }
        if annotator.isInflected(token, in: document) { return false }
        // `Kemal Yücel | Trabzon Ticaret ve Sanayi Odası`: a city opens the name. (Only a
        // capitalized word is a city or a name: the classes of others are never read.)
        if token.isCapitalized, isCity(tokens[start], in: document), !isCity(token, in: document),
           isPersonName(token, annotator.classes(of: token, in: document), in: document) {
            return false
        }
        if token.kind == .word, token.isCapitalized || token.isAllCaps {
            if !token.isAllCaps, annotator.classes(of: token, in: document).contains(.role) { return false }
            // `Murat TOKAT Konya Sanayi Odası`, `Mustafa Yüce Trabzon Ticaret ve Sanayi Odası`:
            // a given name and a surname in capitals, or a given name and a word before the
            // place that opens the name, are a person's name.
            if token.isAllCaps || tokens[start].isCapitalized && isPlaceOpening(tokens[start], in: document),
               isGivenName(left - 1, in: document) {
                return false
            }
            // Another organization's head ends that name: `… Odası Yönetim Kurulu`.
            if marked.contains(.endHeadKey), left < headStart - 1 { return false }
            return true
        }
        if token.kind == .number, document.touches(left, start) { return true }
        guard left > 0, !document.isBoundary(before: left) else { return false }
        let beyond = tokens[left - 1]
        let beyondIsName = (beyond.isCapitalized || beyond.isAllCaps) && !beyond.hasSuffix
        if marked.contains(.fullStop), document.touches(left - 1, left), beyond.isCapitalized, beyond.form.characterCount <= 4,
           !annotator.classes(of: beyond, in: document).contains(.abbreviatedTitle) {
            return true
        }
        if marked.contains(.comma), beyondIsName {
            // `Kemal Yücel, Trabzon Ticaret ve Sanayi Odası`, `Çakıroğlu, Gıda, Tarım ve …`: a
            // person's name before the comma is the speaker, no item of a list in the name.
            if beyond.isCapitalized, isGivenName(left - 2, in: document)
                || isPersonName(beyond, annotator.classes(of: beyond, in: document), in: document) {
                return false
            }
            return (start..<headStart).contains { (forms[Int(document.formIDs[$0])] ?? []).contains(.listWord) }
        }
        if marked.contains(.hyphen) { return isJoiningHyphen(left, in: document, marks: forms) }
        // `… Özkan of Ege University`: in English, `of` and `for` follow a head (`University of X`), never precede one.
        if marked.contains(.afterHeadOnly) { return false }
        // `Clúster de Energía del País Vasco y Energy Cluster`: a list word after a name that
        // opens with a head of its own joins two names.
        if marked.contains(.listWord), opensWithHead(before: left, in: document, marks: forms) { return false }
        if marked.contains(.connector) { return beyondIsName }
        return false
    }

    /// `Fraunhofer-Gesellschaft`: a hyphen with no space on either side.
    private func isJoiningHyphen(_ index: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        (forms[Int(document.formIDs[index])] ?? []).contains(.hyphen) && document.touches(index - 1, index)
            && document.touches(index, index + 1)
    }

    /// A given name or surname that is no ordinary word (`Yücel`, `Kılınç`; not `Doğu`).
    private func isPersonName(_ token: Token, _ classes: WordClasses, in document: TokenizedDocument) -> Bool {
        classes.isAny(of: [.surname, .givenName]) && annotator.zipf(of: token, in: document) < 4.0
    }

    /// A city or a large place (`Konya`, `Türkiye`), which may open an organization's name.
    private func isPlaceOpening(_ token: Token, in document: TokenizedDocument) -> Bool {
        annotator.classes(of: token, in: document).isAny(of: [.majorCity, .largePlace])
    }

    /// Whether the article writes the all-caps word at `index` after a given name somewhere
    /// (`Tomáš NOVOTNÝ … NOVOTNÝ said`): a surname in capitals, not an acronym.
    ///
    /// Static, with the annotator its one need: the context reader asks it without holding a
    /// copy of the extractor (``contextNames(in:marks:at:cues:capitalizesNouns:into:)``).
    static func isSurnameInCapitals(_ index: Int, in document: TokenizedDocument, annotator: WordAnnotator) -> Bool {
        let formIDs = document.formIDs
        let form = formIDs[index]
        return formIDs.indices.contains { formIDs[$0] == form && isGivenName($0 - 1, in: document, annotator: annotator) }
    }

    /// Whether the word at `index` is a capitalized given name in the sentence of the word after it.
    func isGivenName(_ index: Int, in document: TokenizedDocument) -> Bool {
        Self.isGivenName(index, in: document, annotator: annotator)
    }

    /// ``isGivenName(_:in:)`` with `annotator`'s word classes.
    static func isGivenName(_ index: Int, in document: TokenizedDocument, annotator: WordAnnotator) -> Bool {
        let tokens = document.tokens
        guard index >= 0, index + 1 < tokens.count, !document.isBoundary(before: index + 1) else { return false }
        let token = tokens[index]
        return token.kind == .word && token.isCapitalized && !token.hasSuffix
            && annotator.classes(of: token, in: document).contains(.givenName)
    }

    private func isCity(_ token: Token, in document: TokenizedDocument) -> Bool {
        token.isCapitalized && annotator.classes(of: token, in: document).contains(.majorCity)
    }

    /// Whether the word at `index` ends a head (`Kümelenmesi`, `Organize Sanayi Bölgesi`):
    /// the index where the head starts and, when a case suffix is glued on without an
    /// apostrophe (`Bakanlığınca`), the head's own spelling in the text.
    private func endHead(at index: Int, in document: TokenizedDocument) -> (Int, String?)? {
        let token = document.tokens[index]
        guard token.isCapitalized || token.isAllCaps, let (heads, glued) = endHeadReading(of: token, in: document) else { return nil }
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

    /// The head word lists `token`'s form may end, and the head's own spelling when a case
    /// ending is glued on (``endHead(at:in:)``), read once per form. `keyMarks`: the marks
    /// of the form's key in `words`, and `caseSuffixes`, whether the document's language
    /// glues case endings on, when the caller has read them already (the language's
    /// profile, asked of a dictionary by its name, cost 360 instructions a form).
    private func endHeadReading(of token: Token, in document: TokenizedDocument, keyMarks: Marks? = nil,
                                caseSuffixes: Bool? = nil) -> (heads: [[String]], glued: String?)? {
        // By id first: passing the token's form retains it.
        if let known = facts.endHeads.known(token.form.id, space: document.formSpace) { return known }
        return facts.endHeads.value(for: token.form, in: document) { form in
            var headKey = form.key
            var glued: String?
            // Most words end no head: the dictionary is read for those that do (a stem
            // ``readPossessiveStem(of:suffixes:)`` returns is one).
            if !(keyMarks ?? words[headKey]).contains(.endHeadKey) {
                guard form.suffix.isEmpty, caseSuffixes ?? profiles[document.language].hasCaseSuffixes,
                      let (stem, _) = readPossessiveStem(of: form.key, suffixes: profiles[document.language].suffixes) else { return nil }
                headKey = stem
                glued = String(form.text.unicodeScalars.prefix(stem.unicodeScalars.count))
            }
            return lexicon.endHeads[headKey].map { ($0, glued) }
        }
    }

    /// `bakanlığınca` → `bakanlığı`: a head word with a case ending glued on.
    private func readPossessiveStem(of key: String, suffixes: SuffixGrammar) -> (String, String)? {
        // A key below U+0300 is in NFC, and so is each of its prefixes: a prefix equals a
        // head's word only if their bytes are equal, the first two and the last three included.
        // Its characters are its scalars (none below U+0300 extends another), found by their
        // lead bytes: an array of the key's character indices cost 1,800 instructions a key.
        var key = key
        let plain = key.withUTF8 { bytes -> (String, String)?? in
            guard bytes.count >= 2, !bytes.contains(where: { $0 >= 0xCC }) else { return .none }
            let opening = Int(bytes[0]) << 8 | Int(bytes[1])
            guard headOpenings[opening >> 6] & (1 << UInt64(opening & 63)) != 0 else { return .some(nil) }
            var length = bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            var end = bytes.count
            while true {
                // The start of the last character of the prefix of `length` characters.
                repeat { end -= 1 } while bytes[end] & 0xC0 == 0x80
                length -= 1
                guard length >= 3 else { return .some(nil) }
                let slot = Self.headEnding(bytes[end - 3], bytes[end - 2], bytes[end - 1])
                if headEndings[slot >> 6] & (1 << UInt64(slot & 63)) == 0 { continue }
                let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
                guard words[stem].contains(.endHeadKey) else { continue }
                let suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[end...]), as: UTF8.self)
                if suffixes.isCaseEndingAfterPossessive(suffix, head: stem) { return .some((stem, suffix)) }
            }
        }
        if let plain { return plain }
        // The characters' places are found once: each prefix counted from the key's start
        // cost 1.2 M instructions more for 2,800 keys on the 2.59 MB bench.
        let boundaries = Array(key.indices)
        for length in stride(from: boundaries.count - 1, through: 3, by: -1) {
            let stem = String(key[..<boundaries[length]])
            guard words[stem].contains(.endHeadKey) else { continue }
            let suffix = String(key[boundaries[length]...])
            if suffixes.isCaseEndingAfterPossessive(suffix, head: stem) { return (stem, suffix) }
        }
        return nil
    }

    /// The bits of ``headEndings``.
    static let headEndingBits = 14

    /// The bit of ``headEndings`` of a word that ends in the bytes `a`, `b`, `c`.
    static func headEnding(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let ending = UInt64(a) << 16 | UInt64(b) << 8 | UInt64(c)
        return Int(truncatingIfNeeded: (ending &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - headEndingBits))
    }

    // MARK: - Known names

    /// The priority of a known name: above a name read from its head word, which it
    /// completes with its full name and registry identifier (`Siemens AG`, `isin:…`).
    static let knownNamePriority = 6
    /// The priority of a known name of one word with neither full name nor identifier.
    static let bareKnownNamePriority = 0

    /// Appends to `found` the longest known name at each capitalized word, left to right.
    ///
    /// A name of one word needs more evidence than its letters (`Safran`, `Engie`): it is
    /// written as the list writes it (or the list writes it in capitals), and it is not a
    /// word the article also writes in lowercase at the start of a sentence. Names that are
    /// places or common words were left out of the lists when they were generated.
    ///
    /// `openings` are the tokens a known name may open with (``Openings/knownNames``), in order.
    private func knownNames(in document: TokenizedDocument, marks forms: [Marks?], at openings: [Int], into found: inout [Candidate]) {
        facts.phrases.prepare(for: document)
        // With the root alone left, no phrase holds a place among the entries.
        if facts.phrases.nodes.count == 1 { facts.phraseEntries.removeAll(keepingCapacity: true) }
        // Where the next name may open: past the last one read.
        var next = 0
        for index in openings where index >= next {
            guard let (span, entry, text) = longestKnownName(at: index, in: document),
                  span.count > 1 || !isInsideLongerName(span.lowerBound, in: document, marks: forms)
            else { continue }
            // `CEA-Leti`: a known name joined by a hyphen to a name word is a part of a longer name.
            if span.count == 1, let joined = hyphenatedName(from: span.lowerBound, in: document, marks: forms) {
                found.append(candidate(range: document.span(joined), tokens: joined, in: document, priority: 5))
                next = joined.upperBound
                continue
            }
            let range = document.span(span)
            let canonical = entry.canonical.flatMap { $0 == text ? nil : $0 }
            // A bare name of one word (`Techtera`) gives way to what the linker says of it
            // (`Techtera Kümelenmesi` earlier in the article), and to any other reading.
            let bare = span.count == 1 && canonical == nil && entry.ref == nil
            found.append(Candidate(type: .organization, range: range, tokens: span, value: .name(text), canonical: canonical,
                                   ref: entry.ref, priority: bare ? Self.bareKnownNamePriority : Self.knownNamePriority))
            next = span.upperBound
        }
    }

    /// Whether the known name of one word at `index` is a part of a longer name the lists do
    /// not know (`Lufthansa Technik`, `Thales Alenia Space`, `Oyak Renault`): a capitalized
    /// word of the same sentence next to it, which is no function word, head, role or title
    /// (`Siemens AG`, `Airbus CEO`), and not the first word of the sentence. Next to an
    /// acronym only another acronym counts (`CMA CGM`, not `TRAKYAKA Program Yönetimi`).
    private func isInsideLongerName(_ index: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let tokens = document.tokens
        // A brand written in lowercase (`der Konzern onsemi`) is no word of a run of capitalized ones.
        guard tokens[index].isCapitalized || tokens[index].isAllCaps else { return false }
        let isAcronym = tokens[index].isAllCaps
        func isNameWord(_ neighbour: Int) -> Bool {
            let token = tokens[neighbour]
            guard token.kind == .word, isAcronym ? token.isAllCaps : token.isCapitalized || token.isAllCaps else { return false }
            let marked = forms[Int(document.formIDs[neighbour])] ?? []
            guard marked.isDisjoint(with: [.functionWord, .endHeadKey, .startHead, .endsHead]) else { return false }
            return !annotator.classes(of: token, in: document).isAny(of: [.role, .title])
        }
        let after = index + 1, before = index - 1
        if !tokens[index].hasSuffix, after < tokens.count, !document.isBoundary(before: after), tokens[after].spaceBefore,
           isNameWord(after) {
            return true
        }
        return before >= 0 && !document.isBoundary(before: index) && tokens[index].spaceBefore && !document.isInitial(before)
            && !tokens[before].hasSuffix && isNameWord(before)
    }

    /// The Zipf frequency below which a word is no word of the language's vocabulary at all.
    static let unlistedZipf = 1.0

    /// The name `Word-Name` that opens with the word at `index` (`CEA-Leti`), when a hyphen
    /// with no space joins it to a capitalized word that is no word of the language
    /// (`Bosch-Konzern`, `Erdemir-Vorstandsmitglied`: German joins nouns to a name so),
    /// known name (`Airbus-Boeing`), place, role or title; nil otherwise.
    private func hyphenatedName(from index: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Range<Int>? {
        let tokens = document.tokens
        let next = index + 2
        guard next < tokens.count, !tokens[index].hasSuffix, isJoiningHyphen(index + 1, in: document, marks: forms) else { return nil }
        let token = tokens[next]
        guard token.kind == .word, token.isCapitalized || token.isAllCaps, !document.writesInLowercase(token),
              annotator.zipf(of: token, in: document) < Self.unlistedZipf,
              !(forms[Int(token.form.id)] ?? []).contains(.opensKnownName),
              !annotator.classes(of: token, in: document).isAny(of: [.place, .role, .title]) else { return nil }
        return index..<(next + 1)
    }

    /// The longest known name that opens at `start`, what it names, and its original text
    /// (read once per span: each of the readers of the name's entries read it again).
    private func longestKnownName(at start: Int, in document: TokenizedDocument) -> (Range<Int>, OrganizationEntry, text: String)? {
        let tokens = document.tokens
        let limit = min(tokens.count, start + known.maxTokens)
        var phrase = facts.phrases.node(after: PhraseTrie<KnownPhrase>.root,
                                        form: tokens[start].form.lowerID, space: false)
        var outer: OrganizationGazetteer.KeyRun?
        var end = start + 1
        var best: (Range<Int>, OrganizationEntry, text: String)?
        while true {
            let span = start..<end
            let last = tokens[end - 1]
            // A name ends on a name word or a mark (`A.Ş.`), never on a lowercase word, but
            // for a brand the lists write in lowercase, written as they write it (`voestalpine`),
            // and for a name the lists end with a lowercase word, written so (`Union européenne`).
            let endsLowercase = last.kind == .word && !last.isCapitalized && !last.isAllCaps
            let (run, named) = knownReading(phrase, span, within: outer, in: document)
            if named >= 0 {
                let entries = facts.phraseEntries[Int(named)]
                let text = document.originalText(ofSpan: document.span(span))
                if let entry = acceptedEntry(endsLowercase && span.count > 1 ? entries.filter { $0.name == text } : entries,
                                             span, text: text, in: document) {
                    best = (span, entry, text)
                }
            }
            if last.hasSuffix || end >= limit || document.isBoundary(before: end) { break }
            guard run.opensLongerKey else { break }
            outer = run
            phrase = facts.phrases.node(after: phrase, form: tokens[end].form.lowerID, space: tokens[end].spaceBefore)
            end += 1
        }
        return best
    }

    /// The entry `span` (whose original text is `text`) names, of `entries`: a name of one word only where it is written as
    /// the list writes it (a registry's name in capitals: in any capitalization; a curated
    /// acronym: in capitals only, `ICEX` but not `Oran`) and is not an ordinary word opening
    /// a sentence; a registry identifier only where the entries agree on it.
    private func acceptedEntry(_ entries: [OrganizationEntry], _ span: Range<Int>, text: String,
                               in document: TokenizedDocument) -> OrganizationEntry? {
        guard !entries.isEmpty else { return nil }
        // The entries written as the text writes the name come first (`Akbank` of the
        // Turkish registry before `AKBANK` of the British one), and their refs decide. They
        // are found where they are read, by index, and the one accepted is copied once: an
        // array of copies of them was made and freed at each of the 4,900 names accepted on
        // the 2.59 MB bench, and a copy of each entry read cost 15,000 more.
        let firstWritten = entries.firstIndex { $0.name == text }
        let opening = document.tokens[span.lowerBound]
        // A name opening in lowercase is one only as the list writes it (`voestalpine`, not `bosch`).
        if opening.kind == .word, !opening.isCapitalized, !opening.isAllCaps, firstWritten == nil { return nil }
        var chosen = entries.startIndex
        if span.count == 1 {
            let token = opening
            if document.isInitial(span.lowerBound), document.writesInLowercase(token) { return nil }
            let acceptedWritten = firstWritten.flatMap { first in
                entries[first...].firstIndex { $0.name == text && (!$0.isAcronym || token.isAllCaps) }
            }
            guard let accepted = acceptedWritten
                    ?? entries.firstIndex(where: { !$0.isAcronym && $0.name.allSatisfy { !$0.isLowercase } }) else { return nil }
            chosen = accepted
        } else if let firstWritten {
            chosen = firstWritten
        }
        // The one ref the entries give, if they agree: counted in a loop, not a `Set` made per name.
        var ref: String?
        var agree = true
        for position in (firstWritten ?? 0)..<entries.count where firstWritten == nil || entries[position].name == text {
            guard let other = entries[position].ref else { continue }
            if ref == nil {
                ref = other
            } else if ref != other {
                agree = false
                break
            }
        }
        var entry = entries[chosen]
        entry.ref = agree ? ref : nil
        return entry
    }

    /// The run of the index's keys that open with the key of the words `span`
    /// (``OrganizationGazetteer/KeyRun``), among those of the phrase one word shorter
    /// (`outer`), and the entries the words name: found once per phrase of lowercase words
    /// and key of the last one (the words are `phrase` in ``PhraseTrie``), and read together
    /// (read apart, each copied the node's value, at 39,000 phrases on the 2.55 MB bench).
    /// The entries are given by their place in ``OrganizationFormFacts/phraseEntries``, -1
    /// for none (most phrases).
    private func knownReading(_ phrase: Int32, _ span: Range<Int>, within outer: OrganizationGazetteer.KeyRun?,
                              in document: TokenizedDocument) -> (run: OrganizationGazetteer.KeyRun, entries: Int32) {
        let lastKey = document.tokens[span.upperBound - 1].form.keyID
        if let value = facts.phrases.nodes[Int(phrase)].value, value.lastKey == lastKey { return (value.run, value.entries) }
        let run = known.run(ofMarkedKey: knownKey(of: span, in: document), within: outer)
        let entries = known.entries(of: run)
        var place: Int32 = -1
        if !entries.isEmpty {
            // A phrase read again with another last key writes over the entries it has.
            if let old = facts.phrases.nodes[Int(phrase)].value?.entries, old >= 0 {
                place = old
                facts.phraseEntries[Int(old)] = entries
            } else {
                place = Int32(facts.phraseEntries.count)
                facts.phraseEntries.append(entries)
            }
        }
        facts.phrases.nodes[Int(phrase)].value = KnownPhrase(run: run, entries: place, lastKey: lastKey)
        return (run, place)
    }

    /// The key of the words `span` after the gazetteer's mark: lowercase forms joined as the
    /// text joins them, the last one without its case ending (`Airbus’ın` → `airbus`).
    private func knownKey(of span: Range<Int>, in document: TokenizedDocument) -> [UInt8] {
        var bytes = facts.keyBytes
        facts.keyBytes = []
        defer { facts.keyBytes = bytes }
        document.writeMarkedKey(of: span, mark: OrganizationGazetteer.exactKeyMark, into: &bytes)
        return bytes
    }

    // MARK: - Acronyms

    /// Appends to `found` the acronyms outside `capsLines` (``headlines(in:)``, in order) and
    /// outside the place of the date line, which the header read as one (`DETROIT, Oct. 3, 2024 –`),
    /// among the tokens in capitals `allCaps` (``Openings/allCaps``).
    private func acronymMentions(in document: TokenizedDocument, capsLines: [Range<Int>], datelinePlace: Range<Int>?,
                                 marks forms: [Marks?], at allCaps: [Int], into found: inout [Candidate]) {
        let tokens = document.tokens
        func marks(_ index: Int) -> Marks { forms[Int(document.formIDs[index])] ?? [] }
        var nextCapsLine = 0
        let firstFound = found.count
        // `Tomáš NOVOTNÝ`: a surname in capitals after a given name is a person's, there and
        // wherever else the article writes it (`NOVOTNÝ said`).
        var surnames: [Int32] = []
        for index in allCaps {
            if tokens[index].kind == .word, isGivenName(index - 1, in: document) {
                surnames.append(tokens[index].form.keyID)
                continue
            }
            while nextCapsLine < capsLines.count, capsLines[nextCapsLine].upperBound <= index { nextCapsLine += 1 }
            if nextCapsLine < capsLines.count, capsLines[nextCapsLine].contains(index) { continue }
            if datelinePlace?.contains(index) == true { continue }
            let token = tokens[index]
            // By id first: passing the token's form retains it.
            let acronym = facts.acronyms.known(document.formIDs[index], space: document.formSpace)
                ?? facts.acronyms.value(for: token.form, in: document) { form in
                // No digit, not a word the list says is no organization, no currency, place in capitals, role or title.
                let mayName = !form.stem.unicodeScalars.contains(where: Self.isNumeric)
                    && !lexicon.notOrganizations.contains(form.stem) && !lexicon.notOrganizations.contains(form.text)
                    && !annotator.classes(of: token, in: document).isAny(of: [.currencyName, .placeInCapitals, .role, .title])
                return (mayName, lexicon.acronyms[form.stem], lexicon.acronymRefs.isEmpty ? nil : lexicon.acronymRefs[form.stem])
            }
            guard acronym.mayName else { continue }
            if acronym.expansion == nil, isNextToProjectWord(index, in: document, marks: forms) { continue }
            // A part of a hyphenated or dotted word (`AR-GE`, `A.Ş.`) is not an acronym alone.
            if index > 0, document.touches(index - 1, index), !marks(index - 1).isDisjoint(with: [.hyphen, .fullStop]) { continue }
            // `AR-GE`, and model numbers (`RB-1980`).
            if index + 2 < tokens.count, document.touches(index, index + 1), marks(index + 1).contains(.hyphen),
               tokens[index + 2].kind == .word || tokens[index + 2].kind == .number { continue }
            // Made whole in place: a candidate made, then given its expansion, was copied into `found`.
            let range = document.span(index..<(index + 1))
            found.append(Candidate(type: .organization, range: range, tokens: index..<(index + 1),
                                   value: .name(document.originalText(ofSpan: range)), canonical: acronym.expansion,
                                   ref: lexicon.acronymRefs.isEmpty ? nil : acronym.ref, priority: 4))
        }
        if !surnames.isEmpty {
            var kept = firstFound
            for position in firstFound..<found.count where !surnames.contains(tokens[found[position].tokens.lowerBound].form.keyID) {
                found.swapAt(kept, position)
                kept += 1
            }
            found.removeSubrange(kept...)
        }
        acronymNames(in: document, from: firstFound, marks: forms, into: &found)
    }

    /// Appends to `found` the names an acronym of `found[first...]` that the acronym list does
    /// not spell out opens with the word after it: another such acronym (`CMA CGM`, `DG GROW`), a place (`TU
    /// Dresden`, `AHK Türkei`, `ARIA Hauts-de-France`), or a capitalized word that is no ordinary
    /// word, role, title or given name (`GKN Driveline`), in the same sentence, with a space and
    /// no case ending between them. The acronym alone stays a candidate; the longer one wins.
    private func acronymNames(in document: TokenizedDocument, from first: Int, marks forms: [Marks?], into found: inout [Candidate]) {
        let tokens = document.tokens
        // The acronyms are read where they are (`found` only grows past them), and the unknown
        // ones marked per token: a filtered copy of the candidates and a `Set` of their
        // indices cost 7.5 M instructions on the 2.55 MB bench.
        let acronyms = first..<found.count
        guard !acronyms.isEmpty else { return }
        var unknown = [Bool](repeating: false, count: tokens.count)
        for position in acronyms where found[position].tokens.count == 1 && found[position].canonical == nil {
            unknown[found[position].tokens.lowerBound] = true
        }
        for position in acronyms where found[position].tokens.count == 1 {
            let index = found[position].tokens.lowerBound, next = index + 1
            guard next < tokens.count, !tokens[index].hasSuffix, !document.isBoundary(before: next), tokens[next].spaceBefore,
                  tokens[next].kind == .word else { continue }
            // An acronym the list spells out is a name of its own (`EU`, `AB`).
            guard unknown[index] else { continue }
            var end: Int?
            if unknown[next] {
                end = next + 1
            } else if tokens[next].isCapitalized, !tokens[next].isAllCaps,
                      annotator.classes(of: tokens[next], in: document).contains(.place) {
                // A place of hyphenated words (`Hauts-de-France`) is taken whole.
                var last = next
                while last + 2 < tokens.count, isJoiningHyphen(last + 1, in: document, marks: forms),
                      tokens[last + 2].kind == .word {
                    last += 2
                }
                end = tokens[last].hasSuffix ? nil : last + 1
            } else if tokens[next].isCapitalized, !tokens[next].isAllCaps, !tokens[next].hasSuffix,
                      (forms[Int(document.formIDs[next])] ?? []).isDisjoint(with: [.functionWord, .connector, .endsHead, .startHead]),
                      !document.writesInLowercase(tokens[next]), annotator.zipf(of: tokens[next], in: document) < Self.ordinaryZipf,
                      !annotator.classes(of: tokens[next], in: document).isAny(of: [.role, .title, .givenName, .currencyName]) {
                // `GKN Driveline`, `STN Cerámica`: a word that is no ordinary word of the language;
                // not a fair's name (`WIN Eurasia fuarı`).
                end = isNextToProjectWord(next, in: document, marks: forms) ? nil : next + 1
            }
            guard let end else {
                if let start = nameBefore(acronym: index, in: document, marks: forms) {
                    found.append(candidate(range: document.span(start..<next), tokens: start..<next, in: document, priority: 4))
                }
                continue
            }
            // Not the opening of a longer run of names (`TU Dresden Campus Nord`).
            if end < tokens.count, !document.isBoundary(before: end), tokens[end].spaceBefore, tokens[end].kind == .word,
               tokens[end].isCapitalized || tokens[end].isAllCaps {
                continue
            }
            found.append(candidate(range: document.span(index..<end), tokens: index..<end, in: document, priority: 4))
        }
    }

    /// Where the name that the unknown acronym at `index` ends begins: one capitalized word
    /// right before it that is no ordinary word, place, person's name, role or title, and
    /// that no other name word precedes (`Fraunhofer IPMS`, `Envision AESC`); or nil.
    private func nameBefore(acronym index: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Int? {
        let tokens = document.tokens
        let previous = index - 1
        guard previous >= 0, !document.isBoundary(before: index), tokens[index].spaceBefore else { return nil }
        let token = tokens[previous], marks = forms[Int(document.formIDs[previous])] ?? []
        // A sentence's first word, or a noun where every noun is capitalized
        // (`Investitionsagentur HIPA`), only when a known name opens with it.
        guard marks.contains(.opensKnownName)
                || !document.isInitial(previous) && !profiles[document.language].capitalizesNouns else { return nil }
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, !token.hasSuffix,
              marks.isDisjoint(with: [.functionWord, .connector, .endsHead, .startHead, .sectorWord]),
              !document.writesInLowercase(token), annotator.zipf(of: token, in: document) < Self.ordinaryZipf,
              !annotator.classes(of: token, in: document).isAny(of: [.place, .placeInCapitals, .role, .title, .givenName, .surname, .currencyName]),
              !isNextToProjectWord(index, in: document, marks: forms) else { return nil }
        // One word: not the end of a longer run of names.
        if previous > 0, !document.isBoundary(before: previous), token.spaceBefore, tokens[previous - 1].kind == .word,
           tokens[previous - 1].isCapitalized || tokens[previous - 1].isAllCaps {
            return nil
        }
        return previous
    }

    /// `CIRCARB project`, `AB Projesi CLUSTEM`, `PRINTIMPLANT-Projekt`, `MAKTEK fuarı`: an
    /// all-caps name next to a word for a project, programme or fair (or an inflection of
    /// one) names that, not an organization.
    func isNextToProjectWord(_ index: Int, in document: TokenizedDocument, marks forms: [Marks?]) -> Bool {
        let tokens = document.tokens
        func isProjectWord(_ neighbour: Int) -> Bool { self.isProjectWord(neighbour, in: document) }
        // Before, after, and after a hyphen (`PRINTIMPLANT-Projekt`).
        return isProjectWord(index - 1) || isProjectWord(index + 1)
            || (index + 2 < tokens.count && (forms[Int(document.formIDs[index + 1])] ?? []).contains(.hyphen) && isProjectWord(index + 2))
    }

    /// Whether the word at `index` is a word for a project, a programme or a fair, or an
    /// inflection of one (`projesi`, `fuarında`), worked out once per form.
    func isProjectWord(_ index: Int, in document: TokenizedDocument) -> Bool {
        let tokens = document.tokens
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        // By id first: passing the token's form retains it (25,000 asks on the 2.55 MB bench).
        if let known = facts.projectWords.known(document.formIDs[index], space: document.formSpace) { return known }
        return facts.projectWords.value(for: tokens[index].form, in: document) { form in
            let key = form.key
            guard Self.mayOpen(key, with: projectOpenings) else { return false }
            if let byOpening = projectWordsByOpening, let first = key.utf8.first, first < 0x80 {
                return byOpening[Int(first)].contains(where: { key.hasUTF8Prefix($0) && key.count - $0.count <= 5 })
            }
            return lexicon.projectWords.contains(where: { key.hasUTF8Prefix($0) && key.count - $0.count <= 5 })
        }
    }

    /// Whether `scalar` has a numeric type (a digit, a fraction, a Roman numeral…): an ASCII
    /// scalar has one only if it is a digit, answered without reading its Unicode properties
    /// (3,800 instructions an acronym).
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(UInt8(scalar.value)) : scalar.properties.numericType != nil
    }

    /// The first bytes of `words`, as bits of two words (bytes below 128), or nil when some
    /// word opens with a byte from 128 on (its first scalar could be written otherwise).
    static func openings(of words: some Sequence<String>) -> (UInt64, UInt64)? {
        var bits: (UInt64, UInt64) = (0, 0)
        for word in words {
            guard let first = word.utf8.first, first < 0x80 else { return nil }
            if first < 64 { bits.0 |= 1 << UInt64(first) } else { bits.1 |= 1 << UInt64(first - 64) }
        }
        return bits
    }

    /// Whether `key` may have one of the words of `openings` (``openings(of:)``) for a
    /// prefix: a string opens with an ASCII scalar alone only if its first byte is that scalar.
    static func mayOpen(_ key: String, with openings: (UInt64, UInt64)?) -> Bool {
        guard let openings else { return true }
        guard let first = key.utf8.first, first < 0x80 else { return false }
        return (first < 64 ? openings.0 >> UInt64(first) : openings.1 >> UInt64(first - 64)) & 1 != 0
    }

    /// The lines that are headlines, where capitals mean nothing: those written in capitals
    /// (`capsLines`, in order), and the first line in title case
    /// (`Alliance Signs Deal With Turkish Cluster`) when the text has more lines and the first
    /// opens it (else an empty range). One pass over the tokens, with no array of every
    /// line: most articles have no such line. (``candidates(in:context:)`` counts them in the
    /// pass of its ``Openings``.)
    func headlines(in document: TokenizedDocument) -> (capsLines: [Range<Int>], titleCaseLine: Range<Int>) {
        let tokens = document.tokens
        var counter = HeadlineCounter(opening: tokens)
        for (index, token) in tokens.enumerated() {
            counter.breakLine(before: token, at: index)
            if token.kind == .word, token.form.characterCount > 3 { counter.count(token) }
        }
        counter.finish(atEnd: tokens.count)
        return (counter.capsLines, counter.titleCaseLine)
    }

    /// Counts the long words of each line, and those in capitals or capitalized, token by
    /// token, to tell the headlines (``headlines(in:)``): in a pass of its own or in another
    /// one (``Openings``), where a pass of its own cost some 23 instructions a token.
    struct HeadlineCounter {
        private(set) var capsLines: [Range<Int>] = []
        private(set) var titleCaseLine = 0..<0
        /// Whether the first token opens the text (no line break before it), which a title-case line must.
        private let firstOpensText: Bool
        private var start = 0
        private var words = 0, allCaps = 0, capitalized = 0

        init(opening tokens: [Token]) {
            firstOpensText = tokens.first?.newlinesBefore == 0
        }

        /// Ends the line before `token` at `index` if a line break stands before it, the
        /// tokens before it counted.
        @inline(__always)
        mutating func breakLine(before token: Token, at index: Int) {
            if index > start, token.newlinesBefore > 0 { endLine(at: index, last: false) }
        }

        /// Counts the word `token` of more than three characters (``Marks/headlineWord``),
        /// after ``breakLine(before:at:)`` at it.
        @inline(__always)
        mutating func count(_ token: Token) {
            words += 1
            if token.isAllCaps { allCaps += 1 }
            if token.isCapitalized { capitalized += 1 }
        }

        /// Ends the last line, before the `count` tokens' end.
        mutating func finish(atEnd count: Int) {
            if count > start { endLine(at: count, last: true) }
        }

        private mutating func endLine(at index: Int, last: Bool) {
            if words >= 3, allCaps * 10 >= words * 7 { capsLines.append(start..<index) }
            if start == 0, !last, firstOpensText, words >= 5, capitalized * 10 >= words * 8 {
                titleCaseLine = start..<index
            }
            start = index
            (words, allCaps, capitalized) = (0, 0, 0)
        }
    }

    private func candidate(range: Range<Int>, tokens: Range<Int>, in document: TokenizedDocument, priority: Int) -> Candidate {
        Candidate(type: .organization, range: range, tokens: tokens, value: .name(document.originalText(ofSpan: range)),
                  priority: priority)
    }
}
