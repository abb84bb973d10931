import HaberText

/// Cities and countries from the gazetteers in `models/geo/`.
///
/// A name is looked up on its tokens' stems (`Fransa’nın` → `fransa`), on Turkish stems
/// without an apostrophe (`Ankarada` → `ankara` + `da`, checked by vowel harmony), and,
/// for longer single words only, on ASCII-folded keys when that names one place alone
/// (`Gümüshane`). A capitalized word that opens a sentence and also occurs in lowercase in
/// the same article is taken as an ordinary word.
public struct PlaceExtractor: Extractor {
    public let name = "places"
    let gazetteer: NameGazetteer
    let vocabulary: Vocabulary
    let homeCountries: [String: Set<String>]
    /// Gazetteer lookups of a token's form, kept per form id: a capitalized word comes back
    /// in article after article. The extractor serves one pipeline (one thread).
    let facts = PlaceFormFacts()

    final class PlaceFormFacts: @unchecked Sendable {
        /// The Zipf frequency of the form's key as an ordinary word of its language.
        let zipf = FormFacts<Double>()
        /// Some name of several words opens with the form's key.
        let opensLongerName = FormFacts<Bool>()
        /// Entries named by the key alone.
        let entries = FormFacts<[GazetteerEntry]>()
        /// Turkish stems without an apostrophe (`Ankarada` → `ankara`) that name entries.
        let stems = FormFacts<[(stem: String, entries: [GazetteerEntry])]>()
        /// Entries of the ASCII-folded key, for a long, uncommon word (`Gümüshane`).
        let folded = FormFacts<[GazetteerEntry]>()
    }

    public init(models: ExtractionModels) {
        gazetteer = models.places
        vocabulary = models.vocabulary
        homeCountries = models.homeCountries
    }

    public func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate] {
        let tokens = document.tokens
        var matches: [(index: Int, match: Match)] = []
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized {
            if let match = longestMatch(at: index, in: document) {
                matches.append((index, match))
            }
        }
        // Small towns abroad count only where the article is about their country.
        var countries = homeCountries[document.language] ?? []
        for (_, match) in matches {
            for entry in match.entries where entry.type == .country { countries.insert(entry.country) }
        }
        return matches.compactMap { index, match in
            let entries = match.entries.filter { $0.population >= 15_000 || $0.isProvince || countries.contains($0.country) }
            guard let best = best(entries) else { return nil }
            let text = document.originalText(ofSpan: match.range)
            let canonical = match.folded && best.name != text ? best.name : nil
            return Candidate(type: best.type, range: match.range, tokens: match.tokens, value: .name(text),
                             canonical: canonical, ref: Self.ref(best, among: entries), priority: best.type == .country ? 3 : 2,
                             source: name)
        }
    }

    /// The registry identifier of the place `best` names, chosen among the `entries` of
    /// the same name: a COUNTRY's ISO 3166-1 code (`iso3166:FR`); for a CITY the GeoNames id
    /// (`geonames:323786`) of, in `best`'s country,
    /// 1. the most populous city of 15,000 people or more (`Ankara`: the capital, not the province);
    /// 2. else a Turkish province, then a district, of that name (GeoNames ADM1, ADM2:
    ///    `Kocaeli` is the province, not a village of 600 people);
    /// 3. else the most populous place that has an id;
    /// the smallest id among equals; nil when no entry has an id (a CLDR name GeoNames
    /// does not know). Once per found name, over the entries already looked up.
    static func ref(_ best: GazetteerEntry, among entries: [GazetteerEntry]) -> String? {
        if best.type == .country { return best.country.isEmpty ? nil : "iso3166:" + best.country }
        func rank(_ entry: GazetteerEntry) -> (Int, Int) {
            let tier = entry.population >= 15_000 ? 3 : entry.isProvince ? (entry.isDistrict ? 1 : 2) : 0
            return (tier, entry.population)
        }
        var chosen: (rank: (Int, Int), id: Int)?
        for entry in entries where entry.type == .city && entry.country == best.country {
            guard let id = entry.geonames else { continue }
            let rank = rank(entry)
            if let current = chosen, rank < current.rank || rank == current.rank && id >= current.id { continue }
            chosen = (rank, id)
        }
        return chosen.map { "geonames:\($0.id)" }
    }

    struct Match {
        var entries: [GazetteerEntry]
        var tokens: Range<Int>
        var range: Range<Int>
        var folded = false
    }

    private func longestMatch(at start: Int, in document: TokenizedDocument) -> Match? {
        let tokens = document.tokens
        let opensLonger = facts.opensLongerName.value(for: tokens[start].form, in: document) { gazetteer.opensLongerName($0.key) }
        let longest = opensLonger ? gazetteer.maxWords * 2 + 1 : 1
        let limit = min(tokens.count, start + longest)
        var end = start + 1
        var spans: [Range<Int>] = []
        // Multi-word names: words joined by spaces, hyphens or full stops on one line.
        while end <= limit {
            let last = tokens[end - 1]
            if last.kind == .word { spans.append(start..<end) }
            if last.hasSuffix || end == limit || end >= tokens.count || document.isBoundary(before: end) { break }
            let next = tokens[end]
            guard next.kind == .word || (["-", ".", "'"].contains(next.text) && document.touches(end - 1, end)) else { break }
            end += 1
        }
        for span in spans.reversed() {
            if span.count == 1, document.isInitial(start), document.writesInLowercase(tokens[start]) { continue }
            // `La réunion` ("the meeting") is no `La Réunion`: a name of several words ends capitalized.
            if span.count > 1, !tokens[span.upperBound - 1].isCapitalized { continue }
            let named = span.count == 1
                ? facts.entries.value(for: tokens[start].form, in: document) { gazetteer.entries(forKey: $0.key) }
                : gazetteer.entries(forKey: document.key(of: span))
            let entries = named.filter { fits($0, document) }
            guard !entries.isEmpty else { continue }
            if span.count == 1 {
                if tokens[start].isAllCaps, !gazetteer.isPlace(inCapitals: entries) { continue }
                if !isNamePosition(start, frequency: zipf(start, in: document), in: document, entries: entries) {
                    continue
                }
            }
            return Match(entries: entries, tokens: span, range: document.span(span))
        }
        let token = tokens[start]
        guard !token.hasSuffix else { return nil }
        if document.language == "tr" {
            // `Ankarada`, `İzmirdeki`: a case ending without the apostrophe (one-letter endings
            // read too many ordinary words as places).
            let stems = facts.stems.value(for: token.form, in: document) { form in
                TurkishSuffixes.splits(of: form.key).compactMap { stem, suffix in
                    guard suffix.count >= 2 else { return nil }
                    let entries = gazetteer.entries(forKey: stem)
                    return entries.isEmpty ? nil : (stem, entries)
                }
            }
            for (stem, named) in stems {
                let entries = named.filter { fits($0, document) }
                guard !entries.isEmpty, isNamePosition(start, frequency: vocabulary.zipf(stem, in: document.language),
                                                       in: document, entries: entries) else { continue }
                let length = String(token.text.unicodeScalars.prefix(stem.unicodeScalars.count)).utf16.count
                return Match(entries: entries, tokens: start..<(start + 1),
                             range: token.range.lowerBound..<(token.range.lowerBound + length))
            }
        }
        let folded = facts.folded.value(for: token.form, in: document) { form in
            guard form.foldedKey.count >= 5, !vocabulary.isCommon(form.key, in: document.language, threshold: 3.0) else { return [] }
            return gazetteer.entries(forFoldedKey: form.foldedKey)
        }
        if !folded.isEmpty {
            let entries = folded.filter { fits($0, document) && !$0.isAlternate }
            if Set(entries.map(\.name)).count == 1, entries.contains(where: NameGazetteer.isMajor),
               isNamePosition(start, frequency: zipf(start, in: document), in: document, entries: entries) {
                return Match(entries: entries, tokens: start..<(start + 1), range: document.span(start..<(start + 1)), folded: true)
            }
        }
        return nil
    }

    /// The Zipf frequency of token `index`'s key, read once per form.
    private func zipf(_ index: Int, in document: TokenizedDocument) -> Double {
        facts.zipf.value(for: document.tokens[index].form, in: document) { vocabulary.zipf($0.key, in: document.language) }
    }

    /// Whether the one word at `index` names the place here: not an ordinary word that
    /// opens a sentence or names a minor place (`Union`, `Marka`), not the first part of a
    /// longer name (`Baden-Württemberg`), not a street (`Oxford Road`), not a numbered hall (`Halle 16`).
    /// `frequency`: the Zipf frequency, as an ordinary word, of the key the name was found
    /// by (the token's, or its stem's).
    private func isNamePosition(_ index: Int, frequency: Double, in document: TokenizedDocument,
                                entries: [GazetteerEntry]) -> Bool {
        let tokens = document.tokens
        let token = tokens[index]
        // Villages of unknown size share names with many ordinary words (`Ortaklar`).
        let threshold = entries.contains(where: { $0.population > 0 || $0.isProvince || $0.type == .country }) ? 3.5 : 3.0
        if frequency >= threshold {
            // Word frequencies count names too (`sincan`, `akhisar`): only a very frequent word
            // makes a district doubtful (`Havza`, `Pazar`, `Orta`), and then it needs the
            // apostrophe of a proper name.
            let ordinaryDistrict = !token.hasSuffix && frequency >= 4.5
            let strong = entries.contains {
                $0.type == .country || ($0.isProvince && !$0.isDistrict) || $0.population >= 100_000
                    || ($0.isDistrict && !ordinaryDistrict)
            }
            if !strong || document.isInitial(index) && !entries.contains(where: { $0.type == .country || $0.isProvince }) {
                return false
            }
        }
        let next = index + 1
        if !token.hasSuffix, next < tokens.count, !document.isBoundary(before: next) {
            if tokens[next].text == "-", document.touches(index, next), next + 1 < tokens.count, tokens[next + 1].isCapitalized {
                return false
            }
            if vocabulary.streetWordsAfter.contains(tokens[next].key) { return false }
            if tokens[next].kind == .number, frequency >= 3.5 { return false }
        }
        if index > 0, vocabulary.streetWordsBefore.contains(tokens[index - 1].key) { return false }
        return true
    }

    /// Country names count in the article's language or English (`Japon` is an adjective in
    /// Turkish); GeoNames' alternate names only for larger places, since they include many
    /// words of other languages (`Union`, `Valley`, `Gold`).
    private func fits(_ entry: GazetteerEntry, _ document: TokenizedDocument) -> Bool {
        if entry.type == .country {
            return entry.language == document.language || entry.language == "en" || entry.language == "*"
        }
        return !entry.isAlternate || entry.population >= 50_000
    }

    /// Countries before cities, then the most populous.
    private func best(_ entries: [GazetteerEntry]) -> GazetteerEntry? {
        entries.max { a, b in
            if a.type != b.type { return a.type == .city }
            return a.population < b.population
        }
    }
}
