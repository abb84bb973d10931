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

    /// Mentions of the persons and organizations among `candidates` by a part of their name,
    /// to be settled against the resolved entities by the resolver.
    ///
    /// Reads `candidates` in place: filtering them first copied every candidate (a tenth of
    /// the linker's instructions).
    func shortMentions(of candidates: [Candidate], in document: TokenizedDocument) -> [Candidate] {
        surnameMentions(of: candidates, in: document) + aliasMentions(of: candidates, in: document)
    }

    /// `Long Name (ACR)` and `ACR (Long Name)`, for a name among `candidates`: every
    /// organization mention of ACR among `entities` takes the long name as `canonical`.
    func expandingAcronyms(in entities: [Candidate], names candidates: [Candidate], of document: TokenizedDocument) -> [Candidate] {
        let tokens = document.tokens
        // Of the names written next to an acronym, one that resolution kept, and the longest:
        // `Technische Universität Hamburg (TUHH)`, not the `Universität Hamburg` inside it
        // that another reading proposed too, nor a longer reading resolution turned down.
        let kept = Set(entities.lazy.filter { $0.type == .organization }.map { [$0.range.lowerBound, $0.range.upperBound] })
        var expansions: [String: (name: String, rank: Int)] = [:]
        func expand(_ acronym: String, to long: String, rank: Int) {
            if rank > expansions[acronym]?.rank ?? 0 { expansions[acronym] = (long, rank) }
        }
        for index in candidates.indices where candidates[index].type == .organization && candidates[index].tokens.count >= 2 {
            let name = candidates[index]
            guard case .name(let long) = name.value else { continue }
            let rank = (kept.contains([name.range.lowerBound, name.range.upperBound]) ? 1 << 20 : 0) + name.tokens.count
            let after = name.tokens.upperBound
            if after + 2 < tokens.count, tokens[after].text == "(", tokens[after + 1].isAllCaps, tokens[after + 2].text == ")" {
                expand(tokens[after + 1].stem, to: long, rank: rank)
            }
            let before = name.tokens.lowerBound
            if before >= 2, tokens[before - 1].text == "(", tokens[before - 2].isAllCaps,
               name.tokens.upperBound < tokens.count, tokens[name.tokens.upperBound].text == ")" {
                expand(tokens[before - 2].stem, to: long, rank: rank)
            }
        }
        guard !expansions.isEmpty else { return entities }
        // Changed in place: the others are not copied one by one.
        var linked = entities
        for index in linked.indices where linked[index].type == .organization && linked[index].tokens.count == 1 {
            let first = tokens[linked[index].tokens.lowerBound]
            guard first.isAllCaps, let long = expansions[first.stem]?.name else { continue }
            linked[index].canonical = long
        }
        return linked
    }

    /// `Gökalp` after `Fevzi Gökalp`: the surname alone, outside any person's name (the
    /// persons among `candidates`).
    private func surnameMentions(of candidates: [Candidate], in document: TokenizedDocument) -> [Candidate] {
        let tokens = document.tokens
        // By key id: the same key, without hashing a string per capitalized word.
        var fullNames: [Int32: String] = [:]
        var covered = IntervalSet()
        for index in candidates.indices where candidates[index].type == .person {
            let span = candidates[index].tokens
            covered.insert(span)
            guard span.count >= 2, case .name(let full) = candidates[index].value else { continue }
            fullNames[tokens[span.upperBound - 1].form.keyID] = full
        }
        guard !fullNames.isEmpty else { return [] }
        let named = KeyIDSet(fullNames.keys)
        var found: [Candidate] = []
        for index in tokens.indices where tokens[index].isCapitalized && named.contains(tokens[index].form.keyID)
            && !covered.overlaps(index..<(index + 1)) {
            guard let full = fullNames[tokens[index].form.keyID] else { continue }
            if index + 1 < tokens.count, tokens[index + 1].isCapitalized, !tokens[index].hasSuffix,
               !document.isBoundary(before: index + 1) { continue }
            // Priority 5: `TEKELİ` after `Oğuz TEKELİ` is the person, not an acronym.
            found.append(mention(.person, at: index, in: document, canonical: full, priority: 5))
        }
        return found
    }

    /// `Techtera` after `Techtera Kümelenmesi`: the word before the head of a two-word name
    /// (an organization among `candidates`), when it is no place, given name, organization
    /// word or ordinary word of the article. A name known whole from a list (`Turkish
    /// Aerospace`, `Bayern Innovativ`) has no head, and its first word names nothing alone.
    private func aliasMentions(of candidates: [Candidate], in document: TokenizedDocument) -> [Candidate] {
        let tokens = document.tokens
        var aliases: [Int32: String] = [:]
        for index in candidates.indices where candidates[index].type == .organization && candidates[index].tokens.count == 2
            && candidates[index].priority != OrganizationExtractor.knownNamePriority {
            let first = tokens[candidates[index].tokens.lowerBound]
            guard first.kind == .word, first.isCapitalized, !first.isAllCaps, case .name(let full) = candidates[index].value,
                  !annotator.classes(of: first, in: document).isAny(of: [.place, .givenName, .organizationWord])
            else { continue }
            aliases[first.form.keyID] = full
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

        init<IDs: Sequence>(_ ids: IDs) where IDs.Element == Int32 {
            words = Array(repeating: 0, count: Int(ids.max() ?? -1) / 64 + 1)
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
