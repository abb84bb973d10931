import HaberText

/// Companies named by a word of their trade after their own name (`Isar Aerospace`,
/// `Lufthansa Technik`, `Kale Havacılık`): rows of position `sector` in
/// `models/languages/<code>/lexicon/org-heads.tsv`. Unlike a head, such a word is also an
/// ordinary word inside longer names (`Otomotiv Endüstrisi İhracatçıları Birliği`), so it
/// ends a name only where no capitalized word follows it, and takes only the capitalized
/// words right before it: no connector, no comma (`Gestamp y CIE Automotive` is two names).
extension OrganizationExtractor {
    /// The most capitalized words a sector word takes before it (`Rolls Royce Aerospace`).
    static let maxSectorNameWords = 3

    /// Appends to `found` the names that a sector word ends, at the capitalized sector words
    /// `sectorWords` (``Openings/sectorWords``).
    func sectorNames(in document: TokenizedDocument, marks forms: [Marks?], at sectorWords: [Int], into found: inout [Candidate]) {
        let tokens = document.tokens
        func marks(_ index: Int) -> Marks { forms[Int(document.formIDs[index])] ?? [] }
        func isNameWord(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.kind == .word && (token.isCapitalized || token.isAllCaps)
                && marks(index).isDisjoint(with: [.functionWord, .connector])
        }
        // The cue table is looked up where a sector word is met (few articles): taken for every
        // article, it was copied and destroyed each time.
        func isCueBeforeWord(_ index: Int) -> Bool {
            guard let cues = cueTables[document.language] else { return false }
            let token = tokens[index]
            let cueFacts = facts.cues.value(for: token.form, in: document) { form in cues.facts(of: form, kind: token.kind) }
            return cueFacts.words & cues.singleWordBefore != 0
        }
        for index in sectorWords {
            guard index > 0, tokens[index].spaceBefore, !document.isBoundary(before: index) else { continue }
            // `Otomotiv Endüstrisi …`, `Aerospace Valley`: the name goes on past the word.
            let next = index + 1
            if !tokens[index].hasSuffix, next < tokens.count, !document.isBoundary(before: next), tokens[next].spaceBefore,
               isNameWord(next) {
                continue
            }
            var start = index
            while start > 0, index - start < Self.maxSectorNameWords, !document.isBoundary(before: start),
                  tokens[start].spaceBefore, isNameWord(start - 1), !tokens[start - 1].hasSuffix,
                  !marks(start - 1).contains(.sectorWord) {
                start -= 1
            }
            // An ordinary word opening a sentence is not a part of the name (`Yesterday Isar Aerospace`),
            // nor is a cue before it (`Luftfahrtcluster Hamburg Aviation`).
            while start < index, document.isInitial(start) && !tokens[start].isAllCaps && document.writesInLowercase(tokens[start])
                    || isCueBeforeWord(start) {
                start += 1
            }
            guard start < index else { continue }
            // `Sivil Havacılık`, `Clean Aviation`: one word of the name at least is no
            // ordinary word of the language, role or title.
            let named = (start..<index).contains { word in
                let token = tokens[word]
                if token.isAllCaps { return true }
                let classes = annotator.classes(of: token, in: document)
                return !classes.isAny(of: [.role, .title]) && !document.writesInLowercase(token)
                    && annotator.zipf(of: token, in: document) < Self.ordinaryZipf
            }
            guard named else { continue }
            let range = document.span(start..<next)
            found.append(Candidate(type: .organization, range: range, tokens: start..<next,
                                   value: .name(document.originalText(ofSpan: range)), priority: Self.contextPriority))
        }
    }
}
