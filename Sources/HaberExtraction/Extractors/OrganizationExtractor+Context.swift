import HaberText

/// Organizations known by what surrounds them rather than by their own words (issue 12):
/// an unknown capitalized name next to a cue (`the company X`, `X şirketi`), listed with
/// organizations (`Bosch, Infineon and NXP`) or after a cue for a list (`companies such as
/// X, Y and Z`), and the other mentions of such a name in the article. The cues are rows of
/// `models/languages/<code>/lexicon/org-cues.tsv`; no word of a language is written here.
extension OrganizationExtractor {
    /// A name read from its context: as high as a name read from its head word, above a
    /// place (2, 3 for a country) and a person (4): the cue or the list says more of the
    /// words than the gazetteers (`Mercedes-Benz` is no person in `Bosch, Mercedes-Benz und ZF`).
    static let contextPriority = 5
    /// The Zipf frequency from which a capitalized word is taken for an ordinary word
    /// (a month, `Forschung`, `However`) rather than a name: wordfreq's 4 is about once
    /// in ten thousand words, more than almost any company's name.
    static let ordinaryZipf = 4.0
    /// The most words a name read from its context holds (`Pratt & Whitney Canada`).
    static let maxContextNameTokens = 6

    /// Appends to `found` the names that a cue or a list makes organizations, and their
    /// other mentions; `found` holds the names read so far (an item among them makes a list
    /// a list of organizations). A list opens at one of the name words `nameWords`
    /// (``Openings/names``, ``ContextReader/isNameToken(_:)``). `cues`: the document's
    /// language's (``cueTables``), and `capitalizesNouns`, whether it capitalizes every noun,
    /// as the caller read them (each a dictionary lookup by the language's name, read again
    /// here at each document).
    func contextNames(in document: TokenizedDocument, marks forms: [Marks?], at nameWords: [Int], cues: CueTable?,
                      capitalizesNouns: Bool, into found: inout [Candidate]) {
        guard let cues else { return }
        let reader = ContextReader(document: document, forms: forms, cues: cues, annotator: annotator, cueFormFacts: facts.cues,
                                   capitalizesNouns: capitalizesNouns, found: found)
        var promoted: [Range<Int>] = []
        // Where the next list may open: past the last one read.
        var next = 0
        for index in nameWords where index >= next {
            // Most name words open no list and have no cue beside them: their item is read and
            // passed over before the list is (``ContextReader/readList(opening:)`` cost
            // some 180 instructions at each of the 54,000 name words of the 2.59 MB bench).
            let first = reader.item(from: index)
            if reader.endsList(first) {
                next = first.upperBound
                guard reader.mayBeCued(first) else { continue }
            }
            reader.readList(opening: first)
            // The items are read in place: a local copy of the array was retained and released
            // at each of the 52,000 lists of the 2.55 MB bench.
            next = reader.items.last?.upperBound ?? index + 1
            // One name alone is an organization only by a cue beside it: most are not, and
            // are passed over before their words are read.
            if reader.items.count == 1, !reader.mayBeCued(reader.items[0]) { continue }
            // Asked here, not by the reader: a word for a project is the extractor's to read.
            for name in reader.organizations(among: reader.items)
            where !isNextToProjectWord(name.upperBound - 1, in: document, marks: forms) {
                promoted.append(name)
            }
        }
        guard !promoted.isEmpty else { return }
        var names: [Range<Int>] = promoted
        names.append(contentsOf: reader.otherMentions(of: promoted))
        for span in names {
            let range = document.span(span)
            found.append(Candidate(type: .organization, range: range, tokens: span, value: .name(document.originalText(ofSpan: range)),
                                   priority: Self.contextPriority))
        }
    }

    /// What the context rules read of one document: a class, so that the closures of its
    /// rules share it instead of copying its arrays (a copy retained each of them).
    ///
    /// It holds the extractor's annotator, not the extractor: a copy of the extractor
    /// retained and released its 23 references at each document.
    /// Where a token stands in the names read before the context rules (``ContextReader``).
    private struct TokenPlace: OptionSet {
        let rawValue: UInt8

        /// Inside a name, and past its first token.
        static let inside = TokenPlace(rawValue: 1 << 0)
        static let continued = TokenPlace(rawValue: 1 << 1)
    }

    private final class ContextReader {
        let annotator: WordAnnotator
        let document: TokenizedDocument
        let forms: [Marks?]
        let cues: CueTable
        /// The document's tokens, form ids and form space, and the extractor's cue facts,
        /// held here: reached through `document` and `extractor`, each read retained them.
        let tokens: [Token]
        let formIDs: [Int32]
        let formSpace: Int
        let cueFormFacts: FormFacts<CueFacts>
        /// Whether each token is inside a name read so far (``TokenPlace/inside``), and past
        /// that name's first token (``TokenPlace/continued``), and those names' spans.
        ///
        /// Both read from one array: ``continuesName(_:)``, asked of every name of every list,
        /// walked the spans, and a second array of its own cost as much to make.
        let organizationTokens: [TokenPlace]
        /// Whether the document's language capitalizes every noun (German).
        let capitalizesNouns: Bool
        let spans: [Range<Int>]
        /// The items of the list ``readList(opening:)`` read last, kept for the next list: most
        /// tokens open a list of one item, and an array made for each was an allocation a word.
        private(set) var items: [Range<Int>] = []
        /// The trimmed names of the list ``organizations(among:)`` reads, kept for the next list.
        private var trimmedNames: [Range<Int>] = []

        init(document: TokenizedDocument, forms: [Marks?], cues: CueTable, annotator: WordAnnotator, cueFormFacts: FormFacts<CueFacts>,
             capitalizesNouns: Bool, found: [Candidate]) {
            self.annotator = annotator
            self.document = document
            self.forms = forms
            self.cues = cues
            tokens = document.tokens
            formIDs = document.formIDs
            formSpace = document.formSpace
            self.cueFormFacts = cueFormFacts
            self.capitalizesNouns = capitalizesNouns
            var organizationTokens = Array(repeating: TokenPlace(), count: document.tokens.count)
            var spans: [Range<Int>] = []
            for candidate in found where candidate.type == .organization {
                spans.append(candidate.tokens)
                for index in candidate.tokens where index < organizationTokens.count {
                    organizationTokens[index].formUnion(index > candidate.tokens.lowerBound ? [.inside, .continued] : .inside)
                }
            }
            self.organizationTokens = organizationTokens
            self.spans = spans
        }

        /// What the cues say of the word at `index` (``CueFacts``), worked out once per form
        /// and only for the forms asked (the words next to capitalized ones) that may be a
        /// cue word or a conjunction (``Marks/mayBeCue``, read from the table of marks).
        ///
        /// Asked some 250,000 times on the 2.55 MB bench: the lookup is inlined where it is
        /// asked, the working out is a call apart.
        @inline(__always)
        private func cueFacts(_ index: Int) -> CueFacts {
            guard marks(index).contains(.mayBeCue) else { return CueFacts() }
            if let known = cueFormFacts.known(formIDs[index], space: formSpace) { return known }
            return newCueFacts(index)
        }

        @inline(never)
        private func newCueFacts(_ index: Int) -> CueFacts {
            let token = tokens[index]
            return cueFormFacts.store(cues.facts(of: token.form, kind: token.kind), for: formIDs[index], space: formSpace)
        }

        /// The cue words the word at `index` is (``CueFacts/words``), none outside the tokens.
        private func cueWords(_ index: Int) -> UInt64 {
            guard index >= 0, index < tokens.count else { return 0 }
            return cueFacts(index).words
        }

        /// Whether a cue may stand beside the one name `item` (``organizations(among:)``
        /// reads a cue before the name, or before what is left of it once its opening words
        /// are trimmed, and a cue after it): a word that may end a cue before it, or open one
        /// after it. A necessary condition, read per form.
        func mayBeCued(_ item: Range<Int>) -> Bool {
            // Most names have no form that may be a cue beside them: told from the table of
            // marks alone, before the cue facts of any word are read.
            let before = max(0, item.lowerBound - 1)..<max(0, item.upperBound - 1)
            guard before.contains(where: { marks($0).contains(.mayBeCue) })
                    || item.upperBound < tokens.count && marks(item.upperBound).contains(.mayBeCue) else { return false }
            for index in before where cueWords(index) & cues.endingBefore != 0 {
                return true
            }
            return item.upperBound < tokens.count && cueWords(item.upperBound) & cues.openingAfter != 0
        }

        /// Whether the word at `index` is a one-word cue before a name.
        private func isCueBeforeWord(_ index: Int) -> Bool { cueWords(index) & cues.singleWordBefore != 0 }

        private func marks(_ index: Int) -> Marks { forms[Int(formIDs[index])] ?? [] }

        /// ``TokenizedDocument/isBoundary(before:)`` and ``TokenizedDocument/touches(_:_:)``
        /// over the tokens held here: asked of the document this class holds, each call
        /// copied the whole document to the stack first (a `memcpy` at 200,000 of them,
        /// with the calls some 7 M instructions on the 2.55 MB bench).
        private func isBoundary(before index: Int) -> Bool {
            index <= 0 || index >= tokens.count || tokens[index].newlinesBefore > 0
                || tokens[index].sentence != tokens[index - 1].sentence
        }

        private func touches(_ a: Int, _ b: Int) -> Bool {
            a >= 0 && b < tokens.count && !tokens[b].spaceBefore && tokens[a].range.upperBound == tokens[b].range.lowerBound
        }

        /// ``TokenizedDocument/isInitial(_:)`` over the tokens held here, for the same reason.
        private func isInitial(_ index: Int) -> Bool {
            func isSentenceStart(_ index: Int) -> Bool { index == 0 || tokens[index - 1].sentence != tokens[index].sentence }
            if index == 0 || isSentenceStart(index) || tokens[index].newlinesBefore > 0 { return true }
            let previous = tokens[index - 1]
            return previous.kind == .punctuation && previous.isOpeningMark && isSentenceStart(index - 1)
        }

        /// A capitalized word or an acronym that is no article, connector or other function word.
        func isNameToken(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.kind == .word && (token.isCapitalized || token.isAllCaps)
                && marks(index).isDisjoint(with: [.functionWord, .connector])
        }

        /// A capitalized word that is an ordinary word: one the article also writes in
        /// lowercase, or a frequent one (`However`, `January`, German nouns).
        private func isOrdinary(_ index: Int) -> Bool {
            let token = tokens[index]
            guard !token.isAllCaps else { return false }
            return document.writesInLowercase(token) || annotator.zipf(of: token, in: document) >= OrganizationExtractor.ordinaryZipf
        }

        /// The name words from `start`: capitalized words with a space between them, parts
        /// joined by a hyphen (`Mercedes-Benz`) or an ampersand (`Pratt & Whitney`), up to a
        /// case suffix; without the ordinary words and cue words it opens with
        /// (`However Bosch`, `Zulieferer Bosch`).
        func item(from start: Int) -> Range<Int> {
            var end = start + 1
            while end < tokens.count, end - start < OrganizationExtractor.maxContextNameTokens, !tokens[end - 1].hasSuffix,
                  !isBoundary(before: end) {
                if tokens[end].spaceBefore, isNameToken(end) {
                    end += 1
                    continue
                }
                let next = end + 1
                if next < tokens.count, !isBoundary(before: next), isNameToken(next) || tokens[next].kind == .number,
                   marks(end).contains(.hyphen) ? touches(end - 1, end) && touches(end, next)
                                                 : isAmpersand(end) {
                    end += 2
                    continue
                }
                break
            }
            return start..<end
        }

        /// Whether the token at `index` is `&`: a mark of one UTF-16 unit, whose text alone is
        /// read (compared as a `String` at 20,000 tokens after a name on the 2.55 MB bench, it
        /// took 60 instructions each).
        private func isAmpersand(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.range.count == 1, token.kind != .word, token.kind != .number else { return false }
            return token.text.utf8.first == UInt8(ascii: "&")
        }

        /// The item from `start` without the ordinary words opening its sentence and the cue
        /// words it opens with (`However Bosch`, `Zulieferer Bosch`; not `Samsung SDI`), or nil
        /// when nothing of a name is left.
        private func trimmed(_ item: Range<Int>) -> Range<Int>? {
            var start = item.lowerBound
            // A word joined to the next by a hyphen is a part of the name (`Mercedes-Benz`).
            while start < item.upperBound, start + 1 == item.upperBound || tokens[start + 1].spaceBefore,
                  isOrdinary(start) && (isInitial(start) || document.writesInLowercase(tokens[start]))
                    || isCueBeforeWord(start) {
                start += 1
            }
            // `Etkinliğe Stellantis, …`: a sentence's first word before a name read so far.
            if start + 1 < item.upperBound, isInitial(start), tokens[start + 1].spaceBefore,
               spans.contains(where: { $0.lowerBound == start + 1 }) {
                start += 1
            }
            guard start < item.upperBound, isNameToken(start) else { return nil }
            return start..<item.upperBound
        }

        /// Whether no list goes on after the item `first`, so that ``readList(opening:)``
        /// reads it alone: the word after it is neither a comma nor a form that may be a
        /// conjunction (``Marks/mayBeCue``).
        ///
        /// After a comma, the word past it must be a name word or may be a conjunction for the
        /// list to go on (`Bosch, a supplier`: no list; 3,700 of the 19,000 lists read on the
        /// 2.59 MB bench ended so).
        func endsList(_ first: Range<Int>) -> Bool {
            let next = first.upperBound
            guard next < tokens.count else { return true }
            let marked = marks(next)
            guard !marked.contains(.mayBeCue) else { return false }
            guard marked.contains(.comma) else { return true }
            let after = next + 1
            return after >= tokens.count || !marks(after).contains(.mayBeCue) && !isNameToken(after)
        }

        /// Reads into ``items`` the items of the list that opens at `start` with the item
        /// `first` (``item(from:)``) (`Bosch, Mahle and Samsung SDI`), or the one name there
        /// when no list closed by a conjunction opens there.
        func readList(opening first: Range<Int>) {
            // The first item is written over the last list's: emptied, the array was replaced
            // in a call at each of the 52,000 lists of the 2.55 MB bench (4.4 M instructions).
            if items.isEmpty {
                items.append(first)
            } else {
                items[0] = first
                if items.count > 1 { items.removeLast(items.count - 1) }
            }
            var next = first.upperBound
            var joined = false
            while !joined, next < tokens.count {
                var after = next
                if marks(after).contains(.comma), !isBoundary(before: after) { after += 1 }
                if after < tokens.count, !isBoundary(before: after),
                   cueFacts(after).isConjunction {
                    after += 1
                    joined = true
                }
                guard after > next, after < tokens.count, !isBoundary(before: after), isNameToken(after),
                      !tokens[next - 1].hasSuffix else { break }
                let listed = item(from: after)
                items.append(listed)
                next = listed.upperBound
            }
            if !joined, items.count > 1 { items.removeLast(items.count - 1) }
        }

        /// The items of `items` (``readList(opening:)``) that its context makes organizations.
        func organizations(among items: [Range<Int>]) -> [Range<Int>] {
            // The names are trimmed into the array kept between lists, and the ordinary items
            // counted, not gathered: three arrays made at each of the 5,500 lists asked on the
            // 2.59 MB bench cost 7 M instructions.
            var names = trimmedNames
            trimmedNames = []
            names.removeAll(keepingCapacity: true)
            defer { trimmedNames = names }
            // A list of ordinary words (`Energie, Mobilität und Technologie`) is no list of names.
            var ordinary = 0
            for item in items {
                if let name = trimmed(item) {
                    names.append(name)
                    if item.count == 1, isOrdinary(item.lowerBound) { ordinary += 1 }
                } else {
                    ordinary += 1
                }
            }
            let isOfOrdinaryWords = 2 * ordinary >= items.count
            // `In Dresden, Bosch and Infineon`: the list opens after what is no organization.
            while names.count > 2, let first = names.first, !isOrganization(first), !isEligible(first) { names.removeFirst() }
            guard let first = names.first, let last = names.last,
                  // `Bundesministerium für Klimaschutz, Umwelt, Energie … und Technologie`:
                  // a list that goes on from a name started before it is a part of that name.
                  !names.contains(where: continuesName),
                  // `Harran Üniversitesi İktisadi ve İdari Bilimler Fakültesi`: an item that goes
                  // on after a head word is a part of a longer name.
                  !names.contains(where: { $0.dropLast().contains { marks($0).contains(.endsHead) } }) else { return [] }
            // `İTÜ Gemi İnşaatı ve Deniz Bilimleri Fakültesi`: a list whose last item ends in a
            // head is a list inside one name.
            guard !endsInOrganizationWord(last) else { return [] }
            // A list cue of one word before one name is too little (`darunter Kliniken in
            // Tübingen`); one of several words is enough (`empresas como Gestamp`).
            // A phrase is matched only where the word before the list may end one, or the word
            // after it open one: walking every phrase at every list retained each (6 M).
            let cued = cueWords(first.lowerBound - 1) & cues.lastWordsBefore != 0
                && (cues.before.contains { endsPhrase($0, at: first.lowerBound - 1) }
                    || cues.listBefore.contains { (names.count >= 2 || $0.count >= 2) && endsPhrase($0, at: first.lowerBound - 1) })
                || cueWords(last.upperBound) & cues.firstWordsAfter != 0
                && (names.count >= 2 && cues.listAfter.contains { startsPhrase($0, at: last.upperBound, skipping: true) }
                    || names.count == 1 && !tokens[last.upperBound - 1].hasSuffix
                    && cues.after.contains { startsPhrase($0, at: last.upperBound, skipping: false) })
            // Asked only when no cue decides (most lists are of no organization): the list
            // test reads the word classes of every item (``isEligible(_:)``), 11.9 M of this
            // method's 56.6 M instructions on the 2.55 MB bench when it was asked of every list.
            guard cued || isListOfOrganizations(names, ordinary: ordinary, ofOrdinaryWords: isOfOrdinaryWords)
            else { return [] }
            return names.filter { isEligible($0) && !isKnownWhole($0) && !endsInOrganizationWord($0) }
        }

        /// The fewest items of a list of names that no known name is in and that names organizations.
        static let minUnknownListItems = 3

        /// Whether the list of `names` (after its trimming, ``organizations(among:)``) is a list of
        /// organizations by itself, with no cue: `ordinary` of its items are ordinary words,
        /// `ofOrdinaryWords` when they are half of them or more.
        private func isListOfOrganizations(_ names: [Range<Int>], ordinary: Int, ofOrdinaryWords: Bool) -> Bool {
            guard !ofOrdinaryWords, names.count >= 2, let first = names.first else { return false }
            // One item of a longer list may be what cannot be told from a person or a place
            // (`Lotte Chemical`, `Bell Textron Canada`). Counted only when the cheaper tests
            // leave it to decide.
            lazy var others = names.filter { !isOrganization($0) && !isEligible($0) }.count
            return names.contains(where: isOrganization) && (others == 0 || others == 1 && names.count >= 3)
                // `Univercells, Exothera et Mithra`: three names or more, none of them an
                // ordinary word, a place or a person's name, name organizations even when
                // none is known; not where every noun is capitalized (`Luftfahrt, Raumfahrt
                // und Geodäsie`), nor after a connector (`Consejería de Desarrollo Económico,
                // Sostenibilidad y Medio Ambiente`: a list inside a name).
                || !capitalizesNouns && names.count >= Self.minUnknownListItems && ordinary == 0
                && others == 0 && !names.contains(where: isPersonalName)
                && (first.lowerBound == 0 || !marks(first.lowerBound - 1).contains(.connector))
        }

        /// Whether a word of `item` is a given name or a surname (`Weber, Schmidt und Müller`),
        /// or one that the article writes after a given name (`Bayrou` after `François Bayrou`).
        private func isPersonalName(_ item: Range<Int>) -> Bool {
            item.contains { index in
                if annotator.classes(of: tokens[index], in: document).isAny(of: [.givenName, .surname]) { return true }
                let form = formIDs[index]
                return formIDs.indices.contains { formIDs[$0] == form && OrganizationExtractor.isGivenName($0 - 1, in: document, annotator: annotator) }
            }
        }

        /// Whether a name read so far lies in `item`, or `item` in it.
        private func isOrganization(_ item: Range<Int>) -> Bool { item.contains { organizationTokens[$0].contains(.inside) } }

        /// Whether a name read so far starts before `item` and goes on into it.
        private func continuesName(_ item: Range<Int>) -> Bool {
            organizationTokens[item.lowerBound].contains(.continued)
        }

        /// Whether `item` ends in a head or unit word that no name read so far ends with
        /// (`İdari Bilimler Fakültesi`, a unit of a university alone).
        private func endsInOrganizationWord(_ item: Range<Int>) -> Bool {
            annotator.classes(of: tokens[item.upperBound - 1], in: document).contains(.organizationWord)
        }

        /// Whether a name read so far holds all of `item`.
        private func isKnownWhole(_ item: Range<Int>) -> Bool {
            spans.contains { $0.lowerBound <= item.lowerBound && $0.upperBound >= item.upperBound }
        }

        /// Whether `item` may be an organization's name: not an ordinary word, a place, a
        /// person's name (a given name and another name), a role or a title.
        private func isEligible(_ item: Range<Int>) -> Bool {
            if item.count == 1, isOrdinary(item.lowerBound) { return false }
            // `ÖZTÜRK, IKEA, H&M ve Primark`, after `Ali ÖZTÜRK`: a surname in capitals.
            if item.count == 1, tokens[item.lowerBound].isAllCaps, OrganizationExtractor.isSurnameInCapitals(item.lowerBound, in: document, annotator: annotator) {
                return false
            }
            let classes = item.filter(isNameToken).map { annotator.classes(of: tokens[$0], in: document) }
            if classes.contains(where: { $0.isAny(of: [.role, .title, .currencyName]) }) { return false }
            // A place of one word, or of several (`Baden-Württemberg`); not a name that holds
            // places (`Mercedes-Benz`, `Airbus Canada`).
            if item.count == 1 ? classes.allSatisfy({ $0.isAny(of: [.place, .placeInCapitals]) })
                : isPlace(item) {
                return false
            }
            // `David Arkwright and OSSA`: a given name and a name is a person's (`Lotte
            // Chemical` is not).
            if item.count >= 2, classes.count == item.count, classes[0].contains(.givenName),
               !isOrdinary(item.lowerBound + 1) {
                return false
            }
            return true
        }

        /// Whether the words of `item` name a place, their key written in bytes after the
        /// index's mark (``TokenizedDocument/key(of:)`` built a string word by word, then prefixed).
        private func isPlace(_ item: Range<Int>) -> Bool {
            var key: [UInt8] = []
            document.writeMarkedKey(of: item, mark: NameGazetteer.exactKeyMark, into: &key)
            return annotator.lexicon.places.hasEntries(forMarkedKey: key)
        }

        /// Whether the word at `index` is cue word number `word` (``CueTable/matches(_:_:isEnding:inflected:)``).
        private func matches(_ index: Int, _ word: Int) -> Bool { cueWords(index) & CueTable.bit(word) != 0 }

        /// Whether the words of `phrase` end at `last`, in the sentence of the word after it.
        private func endsPhrase(_ phrase: [Int], at last: Int) -> Bool {
            let first = last - phrase.count + 1
            guard first >= 0, last + 1 < tokens.count, !isBoundary(before: last + 1) else { return false }
            return phrase.indices.allSatisfy { offset in
                matches(first + offset, phrase[offset]) && (offset == 0 || !isBoundary(before: first + offset))
            }
        }

        /// Whether the words of `phrase` open at `first`, in the sentence of the word before
        /// it; with `skipping`, one lowercase word may stand between two of them.
        private func startsPhrase(_ phrase: [Int], at first: Int, skipping: Bool) -> Bool {
            var index = first
            guard first > 0, first < tokens.count, !isBoundary(before: first) else { return false }
            for (offset, word) in phrase.enumerated() {
                guard index < tokens.count, offset == 0 || !isBoundary(before: index) else { return false }
                if matches(index, word) {
                    index += 1
                } else if skipping, offset > 0, index + 1 < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized,
                          !isBoundary(before: index + 1), matches(index + 1, word) {
                    index += 2
                } else {
                    return false
                }
            }
            return true
        }

        /// The other mentions of the names `names` in the article: the same words, not inside
        /// a longer run of names, not an ordinary word opening a sentence.
        func otherMentions(of names: [Range<Int>]) -> [Range<Int>] {
            let keys = Set(names.map { document.key(of: $0) })
            let lengths = Set(names.map(\.count))
            // An article's few names: their first forms are compared, not hashed, and first: a
            // form that opens none rules the token out before its marks are read.
            let firsts = names.map { tokens[$0.lowerBound].form.keyID }
            var found: [Range<Int>] = []
            for index in tokens.indices where firsts.contains(tokens[index].form.keyID) && isNameToken(index) {
                for length in lengths where index + length <= tokens.count {
                    let span = index..<(index + length)
                    guard !names.contains(span), keys.contains(document.key(of: span)) else { continue }
                    if length == 1, isInitial(index), document.writesInLowercase(tokens[index]) { continue }
                    let after = span.upperBound
                    if after < tokens.count, !tokens[after - 1].hasSuffix, !isBoundary(before: after), tokens[after].spaceBefore,
                       isNameToken(after) { continue }
                    if index > 0, !isBoundary(before: index), !isInitial(index - 1), isNameToken(index - 1),
                       !tokens[index - 1].hasSuffix { continue }
                    found.append(span)
                }
            }
            return found
        }
    }
}
