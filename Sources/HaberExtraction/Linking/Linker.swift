import HaberText

/// Links the names that resolution kept to their other mentions in the article: short
/// mentions (`Techtera` after `Techtera Kümelenmesi`, `Gökalp` after `Fevzi Gökalp`) and
/// acronyms spelled out in the text (`İş ve İnşaat Makineleri Kümelenmesi (İŞİM)`).
///
/// A stage of its own after the resolver, not a part of the extractors. It reads every name
/// the extractors proposed, not only those resolution kept: a name that lost its span to a
/// wrong longer one (`Nurettin Kılınç, İskenderun Ticaret ve Sanayi Odası`) still names its
/// short mentions (`Kılınç`), and an acronym keeps the name written right before it.
struct Linker: Sendable {
    /// Asked whether a word is a place, a given name or an organization word, which a
    /// short name never is.
    let annotator: WordAnnotator
    /// The words that stand right before a place name, by language (`lexicon/place-cues.tsv`):
    /// a surname that is also a town is the town after one (`aus Wels` after `Thomas Wels`).
    var placeCues: [String: Set<String>] = [:]
    /// The words that go on with a list of names (`und`, `y`, a comma: `lexicon/place-cues.tsv` kind `list`).
    var placeListWords: [String: Set<String>] = [:]

    /// Mentions of the persons and organizations among `candidates` by a part of their name,
    /// to be settled against the resolved entities by the resolver.
    ///
    /// Reads `candidates` in place: filtering them first copied every candidate (a tenth of
    /// the linker's instructions).
    /// `datelinePlace`: the place that opens the date line (``HeaderReader/Header/datelinePlace``).
    func shortMentions(of candidates: CandidateParts, in document: TokenizedDocument, datelinePlace: Range<Int>? = nil) -> [Candidate] {
        surnameMentions(of: candidates, in: document, datelinePlace: datelinePlace) + aliasMentions(of: candidates, in: document)
    }

    /// The long names of the acronyms spelled out in the text, by the acronym's stem:
    /// `Long Name (ACR)` and `ACR (Long Name)`, for an organization's name among `candidates`;
    /// `isKept`, whether resolution kept a range. ``expansion(of:in:of:)`` gives a mention of ACR its long name.
    ///
    /// `isKept` is asked only of a name next to a parenthesis: most articles have none, and
    /// a set of the kept ranges cost 8.8 M instructions on the 2.59 MB bench.
    ///
    /// A list, an article's few acronyms, one entry each: ``expansion(of:in:of:)`` compares
    /// an all-caps mention's stem with them, where a dictionary hashed it (5,232 lookups,
    /// 2.3 M instructions on the bench).
    func acronyms(names candidates: CandidateParts, isKept: (Range<Int>) -> Bool,
                  of document: TokenizedDocument) -> [(acronym: String, name: String)] {
        let tokens = document.tokens
        // Of the names written next to an acronym, one that resolution kept, and the longest:
        // `Technische Universität Hamburg (TUHH)`, not the `Universität Hamburg` inside it
        // that another reading proposed too, nor a longer reading resolution turned down.
        // Gathered in a list, an article's few: a dictionary hashed the acronym twice for each
        // name, and grew by rehashing in most articles.
        var expansions: [(acronym: String, name: String, rank: Int)] = []
        func expand(_ acronym: String, to long: String, rank: Int) {
            if let known = expansions.firstIndex(where: { $0.acronym == acronym }) {
                if rank > expansions[known].rank { expansions[known] = (acronym, long, rank) }
            } else if rank > 0 {
                expansions.append((acronym, long, rank))
            }
        }
        // Whether the token at `index` is the mark `mark`: a mark of one UTF-16 unit, told by
        // its length before its text is read (most names are followed by a word).
        func isMark(_ index: Int, _ mark: UInt8) -> Bool {
            let token = tokens[index]
            return token.range.count == 1 && token.kind != .word && token.kind != .number && token.text.utf8.first == mark
        }
        let opening = UInt8(ascii: "("), closing = UInt8(ascii: ")")
        for part in candidates.parts {
            for index in part.indices where part[index].type == .organization && part[index].tokens.count >= 2 {
                let span = part[index].tokens
                let after = span.upperBound, before = span.lowerBound
                // The range kept is asked only of a name next to a parenthesis.
                let spelledAfter = after + 2 < tokens.count && isMark(after, opening) && tokens[after + 1].isAllCaps
                    && isMark(after + 2, closing)
                let spelledBefore = before >= 2 && isMark(before - 1, opening) && tokens[before - 2].isAllCaps
                    && span.upperBound < tokens.count && isMark(span.upperBound, closing)
                guard spelledAfter || spelledBefore, case .name(let long) = part[index].value else { continue }
                let rank = (isKept(part[index].range) ? 1 << 20 : 0) + span.count
                if spelledAfter { expand(tokens[after + 1].stem, to: long, rank: rank) }
                if spelledBefore { expand(tokens[before - 2].stem, to: long, rank: rank) }
            }
        }
        return expansions.map { ($0.acronym, $0.name) }
    }

    /// The long name `entity` takes as `canonical` when it is an organization's acronym
    /// spelled out in the text (`acronyms`, from ``acronyms(names:isKept:of:)``).
    func expansion(of entity: borrowing Candidate, in acronyms: [(acronym: String, name: String)],
                   of document: TokenizedDocument) -> String? {
        guard !acronyms.isEmpty, entity.type == .organization, entity.tokens.count == 1 else { return nil }
        let first = document.tokens[entity.tokens.lowerBound]
        guard first.isAllCaps else { return nil }
        let stem = first.stem
        return acronyms.first { $0.acronym == stem }?.name
    }

    /// `Gökalp` after `Fevzi Gökalp`: the surname alone, outside any person's name (the
    /// persons among `candidates`). A surname that is also a place the place extractor
    /// proposed is the place where it stands as one (``isPlacePosition(_:places:in:datelinePlace:)``).
    private func surnameMentions(of candidates: CandidateParts, in document: TokenizedDocument,
                                 datelinePlace: Range<Int>?) -> [Candidate] {
        let tokens = document.tokens
        // By key id: the same key, without hashing a string per capitalized word. A list, the
        // last written winning: a dictionary grew by rehashing some twice a document (2.5 M
        // instructions on the 2.59 MB bench) for the few surnames met again.
        var fullNames: [(keyID: Int32, name: String)] = []
        var covered = IntervalSet()
        // Made at their size: grown name by name, the two arrays were reallocated some six
        // times an article (2 M instructions on the 2.59 MB bench).
        var persons = 0
        for part in candidates.parts {
            for index in part.indices where part[index].type == .person { persons += 1 }
        }
        guard persons > 0 else { return [] }
        fullNames.reserveCapacity(persons)
        covered.reserveCapacity(persons)
        for part in candidates.parts {
            for index in part.indices where part[index].type == .person {
                let span = part[index].tokens
                covered.insert(span)
                guard span.count >= 2, case .name(let full) = part[index].value else { continue }
                fullNames.append((tokens[span.upperBound - 1].form.keyID, full))
            }
        }
        guard !fullNames.isEmpty else { return [] }
        let named = KeyIDSet(fullNames.lazy.map(\.keyID))
        var found: [Candidate] = []
        // The one-word places proposed, by their token: gathered the first time a surname is met.
        var places: [Bool]?
        for index in tokens.indices where tokens[index].isCapitalized && named.contains(tokens[index].form.keyID)
            && !covered.overlaps(index..<(index + 1)) {
            let keyID = tokens[index].form.keyID
            guard let full = fullNames.last(where: { $0.keyID == keyID })?.name else { continue }
            if index + 1 < tokens.count, tokens[index + 1].isCapitalized, !tokens[index].hasSuffix,
               !document.isBoundary(before: index + 1) { continue }
            if places == nil { places = Self.onePlaces(in: candidates, count: tokens.count) }
            if let places, isPlacePosition(index, places: places, in: document, datelinePlace: datelinePlace) { continue }
            // Priority 5: `TEKELİ` after `Oğuz TEKELİ` is the person, not an acronym.
            found.append(mention(.person, at: index, in: document, canonical: full, priority: 5))
        }
        return found
    }

    /// The tokens of the one-word cities and countries among `candidates`, true at their
    /// indices among the document's `count` tokens.
    ///
    /// By token index: a set of indices hashed each one (10,000 instructions a document
    /// with a surname on the 2.55 MB bench).
    private static func onePlaces(in candidates: CandidateParts, count: Int) -> [Bool] {
        var places = [Bool](repeating: false, count: count)
        for part in candidates.parts {
            for index in part.indices where (part[index].type == .city || part[index].type == .country) && part[index].tokens.count == 1 {
                let token = part[index].tokens.lowerBound
                if token >= 0, token < count { places[token] = true }
            }
        }
        return places
    }

    /// Whether the token at `index` is one of `places` (``onePlaces(in:count:)``).
    private static func isPlace(_ index: Int, in places: [Bool]) -> Bool {
        index >= 0 && index < places.count && places[index]
    }

    /// Whether the word at `index`, a place among `places`, stands where a place does: it
    /// opens the date line (`Sevilla, 4 de junio de 2024 (EFE).–`), it follows a place cue of
    /// the article's language (`aus Wels`, `à Morteau`), or a list word joins it to another
    /// place (`Sevilla y Cádiz`).
    private func isPlacePosition(_ index: Int, places: [Bool], in document: TokenizedDocument, datelinePlace: Range<Int>?) -> Bool {
        guard Self.isPlace(index, in: places) else { return false }
        if datelinePlace?.lowerBound == index { return true }
        let tokens = document.tokens
        if index > 0, !document.isBoundary(before: index), placeCues[document.language]?.contains(tokens[index - 1].key) == true {
            return true
        }
        let lists = placeListWords[document.language]
        if index + 2 < tokens.count, !document.isBoundary(before: index + 1), !document.isBoundary(before: index + 2),
           lists?.contains(tokens[index + 1].key) == true, Self.isPlace(index + 2, in: places) {
            return true
        }
        return index >= 2 && !document.isBoundary(before: index) && !document.isBoundary(before: index - 1)
            && lists?.contains(tokens[index - 1].key) == true && Self.isPlace(index - 2, in: places)
    }

    /// `Techtera` after `Techtera Kümelenmesi`: the word before the head of a two-word name
    /// (an organization among `candidates`), when it is no place, given name, organization
    /// word or ordinary word of the article. A name known whole from a list (`Turkish
    /// Aerospace`, `Bayern Innovativ`) has no head, and its first word names nothing alone.
    private func aliasMentions(of candidates: CandidateParts, in document: TokenizedDocument) -> [Candidate] {
        let tokens = document.tokens
        var aliases: [Int32: String] = [:]
        for part in candidates.parts {
            for index in part.indices where part[index].type == .organization && part[index].tokens.count == 2
                && part[index].priority != OrganizationExtractor.knownNamePriority {
                let first = tokens[part[index].tokens.lowerBound]
                guard first.kind == .word, first.isCapitalized, !first.isAllCaps, case .name(let full) = part[index].value,
                      !annotator.classes(of: first, in: document).isAny(of: [.place, .givenName, .organizationWord])
                else { continue }
                aliases[first.form.keyID] = full
            }
        }
        guard !aliases.isEmpty else { return [] }
        let named = KeyIDSet(aliases.keys)
        var found: [Candidate] = []
        for index in tokens.indices where tokens[index].isCapitalized && named.contains(tokens[index].form.keyID) {
            guard let full = aliases[tokens[index].form.keyID], !document.writesInLowercase(tokens[index]) else { continue }
            found.append(mention(.organization, at: index, in: document, canonical: full, priority: 1))
        }
        return found
    }

    /// Key ids as bits: most capitalized words of an article are no name's, and a bit says
    /// so for less than a dictionary's hash and probe.
    private struct KeyIDSet {
        private var words: [UInt64] = []

        /// The words are appended: `Array(repeating:count:)` allocated through the standard
        /// library's unspecialized path, some 800 instructions a set.
        init<IDs: Sequence>(_ ids: IDs) where IDs.Element == Int32 {
            words.append(contentsOf: repeatElement(0, count: Int(ids.max() ?? -1) / 64 + 1))
            for id in ids where id >= 0 { words[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        }

        func contains(_ id: Int32) -> Bool {
            let word = Int(id) >> 6
            return id >= 0 && word < words.count && words[word] & (1 << UInt64(id & 63)) != 0
        }
    }

    private func mention(_ type: EntityType, at index: Int, in document: TokenizedDocument, canonical: String, priority: Int) -> Candidate {
        let range = document.span(index..<(index + 1))
        return Candidate(type: type, range: range, tokens: index..<(index + 1), value: .name(document.originalText(ofSpan: range)),
                         canonical: canonical, priority: priority)
    }
}
