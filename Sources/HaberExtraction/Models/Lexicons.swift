import Foundation
import HaberICU
import HaberText

/// Lowercase keys the way tokens carry them: the tokenizer lowercases with the document's
/// language as ICU locale, so a row is lowercased with its own language's (ICU knows which
/// languages case differently, such as Turkish `I` → `ı`; no language is named here).
func lexiconKey(_ word: String, language: String) -> String {
    NameGazetteer.key(word, locale: language)
}

/// Whether `key` opens with an ASCII digit (a number's form). A digit composes with no
/// mark, so no string equal to such a key by canonical equivalence opens otherwise: a table
/// of words none of which opens with a digit holds none of these keys, and need not be asked.
func opensWithDigit(_ key: String) -> Bool {
    guard let first = key.utf8.first else { return false }
    return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
}

/// The letters and digits a lexicon key opens with, an elision's apostrophe included
/// (`d'`), or its first character when that is neither (`$`): the key of the first token
/// of a name of several tokens, so that a lookup can skip longer spans after any other word.
func leadingWord(of key: String) -> String {
    // Most keys are one plain word: they are their own leading word.
    if key.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) { return key }
    var word = String.UnicodeScalarView()
    for scalar in key.unicodeScalars {
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            word.append(scalar)
            continue
        }
        if scalar == "'", !word.isEmpty { word.append(scalar) }
        if word.isEmpty { word.append(scalar) }
        break
    }
    return String(word)
}

/// Organization head words, known acronyms and all-caps words that are not organizations.
public struct OrganizationLexicon: Sendable {
    /// Head words keyed by the lowercase key of their last word; each with its full word
    /// lists, longest first.
    public var endHeads: [String: [[String]]] = [:]
    public var startHeads: Set<String> = []
    /// Acronym → expansion.
    public var acronyms: [String: String] = [:]
    /// Acronym → its identifier in a public registry (`SCHEME:ID`), from the optional `ref`
    /// column of `models/lexicon/acronyms.tsv`: the ORG's `ref`.
    public var acronymRefs: [String: String] = [:]
    public var notOrganizations: Set<String> = []
    /// Heads written with a final full stop (`A.Ş.`, `Inc.`), keyed without it.
    public var headsWithPeriod: Set<String> = []
    /// Units inside an organization (`Fakültesi`): not an organization alone, not part of a person's name.
    public var unitWords: Set<String> = []
    /// Words of a trade that end a company's name right after one to three capitalized
    /// words (`Isar Aerospace`, `Lufthansa Technik`): position `sector`, keyed as heads are.
    public var sectorWords: Set<String> = []
    /// Words for projects and programmes (`projesi`, `project`, `Projekt`).
    public var projectWords: Set<String> = []
    /// Start heads the lexicon writes in lowercase: they open a name in lowercase too, as
    /// French typography writes `le ministère de l’Industrie`.
    public var lowercaseStartHeads: Set<String> = []
    /// Lowercase words that may stand inside a name between capitalized words (`ve`, `of`,
    /// `de`, `y`): `models/lexicon/name-connectors.tsv`, every language's at once.
    public var connectors: Set<String> = []
    /// How each language builds names (`models/lexicon/org-name-rules.tsv`): the words that
    /// join the last items of a list inside a name (every language's at once)…
    public var listWords: Set<String> = []
    /// …per language, connectors that follow a head and never precede one (`of`)…
    public var connectorsAfterHeadOnly: [String: Set<String>] = [:]
    /// …how many lowercase common nouns in a row a name that opens with a head may hold…
    public var lowercaseNouns: [String: Int] = [:]
    /// …and the endings of adjectives that join a name right after its head (`européenne`).
    public var adjectiveEndings: [String: [String]] = [:]
    /// The words around an unknown name that make it an organization, by language
    /// (`models/lexicon/org-cues.tsv`).
    public var cues: [String: OrganizationCues] = [:]

    public init() {}

    /// Whether `word` (lowercase) is an adjective that joins a name after its head in `language`.
    public func isAdjectiveAfterHead(_ word: String, language: String) -> Bool {
        guard let endings = adjectiveEndings[language], word.count >= 5 else { return false }
        return endings.contains { word.hasSuffix($0) }
    }

    public init(models: ModelDirectory) throws(ModelDirectory.LocateError) {
        for record in try models.table("lexicon/org-heads.tsv").records {
            let language = record["lang"] ?? "tr"
            var words = (record["head"] ?? "").split(separator: " ").map { lexiconKey(String($0), language: language) }
            // Tokens never carry a final full stop: `A.Ş.` is the token `A.Ş` and a `.`.
            if words.count == 1, let word = words.first, word.hasSuffix("."), word.count > 1 {
                words = [String(word.dropLast())]
                headsWithPeriod.insert(words[0])
            }
            guard !words.contains(where: { $0.hasSuffix(".") }) else { continue }
            guard let last = words.last, let first = words.first else { continue }
            if record["position"] == "unit" {
                unitWords.insert(last)
            } else if record["position"] == "sector" {
                guard words.count == 1 else { throw .unreadable("lexicon/org-heads.tsv", reason: "a sector word is one word: \(record["head"] ?? "")") }
                sectorWords.insert(last)
            } else if record["position"] == "start" {
                startHeads.insert(first)
                if let initial = record["head"]?.unicodeScalars.first, initial.properties.isLowercase {
                    lowercaseStartHeads.insert(first)
                }
            } else {
                endHeads[last, default: []].append(words)
            }
        }
        // Longest first, once: a head is matched against the words before it, longest form first.
        endHeads = endHeads.mapValues { $0.sorted { $0.count > $1.count } }
        for record in try models.table("lexicon/name-connectors.tsv").records {
            connectors.insert(lexiconKey(record["word"] ?? "", language: record["lang"] ?? "tr"))
        }
        for record in try models.table("lexicon/org-name-rules.tsv").records {
            let language = record["lang"] ?? "", value = record["value"] ?? ""
            switch record["rule"] {
            case "list-word": listWords.insert(lexiconKey(value, language: language))
            case "not-before-head": connectorsAfterHeadOnly[language, default: []].insert(lexiconKey(value, language: language))
            case "lowercase-nouns": lowercaseNouns[language] = Int(value) ?? 0
            case "adjective-ending": adjectiveEndings[language, default: []].append(value)
            default: throw .unreadable("lexicon/org-name-rules.tsv", reason: "unknown rule \(record["rule"] ?? "")")
            }
        }
        for record in try models.table("lexicon/org-cues.tsv").records {
            let language = record["lang"] ?? ""
            let words = (record["cue"] ?? "").split(separator: " ").map { lexiconKey(String($0), language: language) }
            guard !words.isEmpty else { continue }
            switch record["kind"] {
            case "before": cues[language, default: OrganizationCues()].before.append(words)
            case "after": cues[language, default: OrganizationCues()].after.append(words)
            case "list-before": cues[language, default: OrganizationCues()].listBefore.append(words)
            case "list-after": cues[language, default: OrganizationCues()].listAfter.append(words)
            case "conjunction": cues[language, default: OrganizationCues()].conjunctions.formUnion(words)
            default: throw .unreadable("lexicon/org-cues.tsv", reason: "unknown kind \(record["kind"] ?? "")")
            }
        }
        for (language, cue) in cues {
            let words = Set((cue.before + cue.after + cue.listBefore + cue.listAfter).joined())
            guard words.count <= OrganizationExtractor.CueTable.maxWords else {
                throw .unreadable("lexicon/org-cues.tsv", reason: "\(words.count) distinct cue words for \(language), at most \(OrganizationExtractor.CueTable.maxWords)")
            }
        }
        for record in try models.table("lexicon/acronyms.tsv").records {
            if let acronym = record["acronym"], let expansion = record["expansion"] { acronyms[acronym] = expansion }
            if let acronym = record["acronym"], let ref = record["ref"], !ref.isEmpty { acronymRefs[acronym] = ref }
        }
        for record in try models.table("lexicon/not-organizations.tsv").records {
            let word = record["word"] ?? ""
            if record["what"] == "project word" {
                projectWords.insert(lexiconKey(word, language: record["lang"] ?? "tr"))
            } else {
                notOrganizations.insert(word)
            }
        }
    }
}

/// The words around an unknown name that say it names an organization, of one language
/// (`models/lexicon/org-cues.tsv`): each cue a list of lowercase words.
public struct OrganizationCues: Sendable {
    /// Right before a name (`the company X`); a word opening with `-` is a compound's ending.
    public var before: [[String]] = []
    /// Right after a name (`X şirketi`).
    public var after: [[String]] = []
    /// Right before a list of names (`companies such as`).
    public var listBefore: [[String]] = []
    /// After a list of names (`gibi üreticiler`).
    public var listAfter: [[String]] = []
    /// The words joining the last two items of a list (`and`).
    public var conjunctions: Set<String> = []

    public init() {}
}

/// Role words, titles, given names and surnames.
public struct PersonLexicon: Sendable {
    public var roles: Set<String> = []
    /// Multi-word roles by their last word (`başkan yardımcısı`).
    public var titles: Set<String> = []
    /// The last parts of compound role words (`sprecher` of `Pressesprecher`, German), kind
    /// `ending` in `lexicon/roles.tsv`: a language that writes compounds cannot list them all.
    public private(set) var roleEndings: [String] = []
    /// The last bytes of `roleEndings`, as bits: most keys end in none of them.
    private var roleEndingLastBytes = ByteSet()
    /// The UTF-8 bytes of each of `roleEndings`, in their order.
    private var roleEndingBytes: [[UInt8]] = []
    public var givenNames = NameSet()
    public var surnames = NameSet()
    /// Particles inside names (`van`, `von der`, `de`), each with the article languages where
    /// it is no particle: `models/lexicon/name-particles.tsv`.
    public var particles: [(word: String, notIn: Set<String>)] = []

    public init() {}

    /// Whether `key` is a compound whose last part is a role ending, with at least three
    /// letters before it (`erdemir-vorstandsmitglied`, `außenhandelsexpertin`).
    ///
    /// Only a key whose last byte ends some ending is compared with them, first by bytes,
    /// then by characters where the bytes agree: both are lowercase NFC strings of the same
    /// case mapping, so that equal characters are equal bytes, and comparing characters with
    /// every ending cost some two thousand instructions per capitalized form (`hasSuffix`
    /// alone, 6.5 M instructions on the 2.55 MB bench).
    public func endsInRole(_ key: String) -> Bool {
        var text = key
        return text.withUTF8 { bytes in
            guard let last = bytes.last, roleEndingLastBytes.contains(last) else { return false }
            return roleEndingBytes.indices.contains { index in
                let ending = roleEndingBytes[index]
                return bytes.count >= ending.count + 3 && bytes.suffix(ending.count).elementsEqual(ending)
                    && key.hasSuffix(roleEndings[index])
            }
        }
    }

    /// The particles of names in an article of `language`, as written.
    public func particles(in language: String) -> Set<String> {
        Set(particles.filter { !$0.notIn.contains(language) }.map(\.word))
    }

    public init(models: ModelDirectory, cache: ModelCache) throws(ModelDirectory.LocateError) {
        for record in try models.table("lexicon/roles.tsv").records {
            let language = record["lang"] ?? "tr"
            let word = record["word"] ?? ""
            let key = lexiconKey(word.split(separator: " ").last.map(String.init) ?? word, language: language)
            switch record["kind"] {
            case "title": titles.insert(lexiconKey(word, language: language))
            case "ending":
                let ending = lexiconKey(word, language: language)
                roleEndings.append(ending)
                roleEndingBytes.append(Array(ending.utf8))
                if let last = ending.utf8.last { roleEndingLastBytes.insert(last) }
            default: roles.insert(key)
            }
        }
        for record in try models.table("lexicon/name-particles.tsv").records {
            let notIn = (record["not-in"] ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            particles.append((record["word"] ?? "", Set(notIn.filter { !$0.isEmpty })))
        }
        givenNames = try NameSet(file: "names/given-names.tsv", models: models, cache: cache)
        surnames = try NameSet(file: "names/surnames.tsv", models: models, cache: cache)
    }
}

/// A set of bytes as 256 bits.
struct ByteSet: Sendable, Equatable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word = switch byte >> 6 {
        case 0: words.0
        case 1: words.1
        case 2: words.2
        default: words.3
        }
        return word >> UInt64(byte & 63) & 1 != 0
    }

    static func == (a: ByteSet, b: ByteSet) -> Bool { a.words == b.words }
}

/// Lowercase names from a `lang name …` table, kept as a cached ``CompactIndex``.
public struct NameSet: Sendable {
    private var index: CompactIndex?

    public init() {}

    /// `locales`: the case mappings a table without a `lang` column is keyed in (each row in
    /// every one of them); a row with a `lang` is keyed in its own.
    init(file: String, models: ModelDirectory, cache: ModelCache, locales: [String] = ["tr"]) throws(ModelDirectory.LocateError) {
        index = try cache.index(named: file.replacingOccurrences(of: "/", with: "-"), sources: [file], models: models) {
            () throws(ModelDirectory.LocateError) -> Data in
            var builder = CompactIndexBuilder(recordSize: 1)
            let table = try ByteTable(file, in: models)
            let (name, language) = (table.column("name"), table.column("lang"))
            for row in 0..<table.count {
                for locale in language.map({ [table.string(row, $0, or: "tr")] }) ?? locales {
                    let key = name.map { name in table.withField(row, name) { LookupKey.bytes(of: $0, locale: locale) } } ?? []
                    builder.add([1], forKeyBytes: key)
                }
            }
            return builder.build()
        }
    }

    public func contains(_ key: String) -> Bool { index?.contains(key) ?? false }
}

/// Scale words, percent words and year cues.
public struct QuantityLexicon: Sendable {
    public struct Cue: Sendable, Hashable {
        public var kind: String
        public var language: String
        public var value: Double?
    }
    /// Keyed by the lowercase key of the cue's words joined by spaces.
    public var cues: [String: [Cue]] = [:]
    /// Per language, the endings of capitalized compounds that name a year before its number
    /// (kind `year-compound`: `Krisenjahr 2020`, `Geschäftsjahr 2022`), lowercase.
    public var yearWordEndings: [String: [String]] = [:]

    public init() {}

    public init(models: ModelDirectory) throws(ModelDirectory.LocateError) {
        for record in try models.table("lexicon/quantities.tsv").records {
            let language = record["lang"] ?? "tr"
            let cue = Cue(kind: record["kind"] ?? "", language: language, value: Double(record["value"] ?? ""))
            let key = lexiconKey(record["word"] ?? "", language: language)
            if cue.kind == "year-compound" {
                yearWordEndings[language, default: []].append(key)
                continue
            }
            cues[key, default: []].append(cue)
        }
    }

    public func cue(_ key: String, kind: String) -> Cue? {
        cues[key]?.first { $0.kind == kind }
    }
}

/// A shape of a month of a year written in digits (`05.2016`, `2016-05`): the separator
/// between the two numbers and which comes first.
public struct NumericMonth: Sendable, Hashable {
    public let separator: UInt8
    public let yearFirst: Bool

    public init(separator: UInt8, yearFirst: Bool) {
        self.separator = separator
        self.yearFirst = yearFirst
    }

    /// `MM.YYYY`, `YYYY-MM`, `YYYY/MM`…: a pattern of the profile key `numeric-months`; nil for
    /// anything else.
    public init?(pattern: String) {
        let bytes = Array(pattern.utf8)
        guard bytes.count == 7 else { return nil }
        let separators: Set<UInt8> = [0x2E, 0x2F, 0x2D]
        if pattern.hasPrefix("YYYY"), pattern.hasSuffix("MM"), separators.contains(bytes[4]) {
            separator = bytes[4]
            yearFirst = true
        } else if pattern.hasPrefix("MM"), pattern.hasSuffix("YYYY"), separators.contains(bytes[2]) {
            separator = bytes[2]
            yearFirst = false
        } else {
            return nil
        }
    }
}

/// Month and weekday names from ICU/CLDR, and the labels of an article's date line.
public struct CalendarLexicon: Sendable {
    /// Lowercase month name → month number (1–12); abbreviated forms only in `shortMonths`.
    public var months: [String: Int] = [:]
    public var shortMonths: [String: Int] = [:]
    /// Lowercase weekday name → ISO weekday (Monday 1 … Sunday 7).
    public var weekdays: [String: Int] = [:]
    /// Date-line labels as lowercase word lists.
    public var dateLineLabels: [[String]] = []
    /// Words between a dateline's place and its date (`Lyon, le 16 octobre`, `Linz, am 14. März`),
    /// lowercase (`lexicon/date-line-words.tsv`, kind `particle`).
    public var dateLineParticles: Set<String> = []
    /// Words before the time that may follow a date line's date (`à 18h05`, `saat 09.15`),
    /// lowercase (kind `time`).
    public var dateLineTimeWords: Set<String> = []
    /// The languages of `models/languages.tsv`, in its order: their names are loaded from
    /// ICU, so a new language needs a row there, not code.
    public var languages: [String] = []
    /// Languages that write month names in lowercase (`le 3 mars`): a lowercase month name
    /// after a day is still a date there.
    public var lowercaseMonthLanguages: Set<String> = []
    /// Languages that write case endings on their words (`yılında`, `2005'te`; column `cases`
    /// of `models/languages.tsv`): the date grammar reads those endings.
    public var caseSuffixLanguages: Set<String> = []
    /// Languages that write a numeric date month first (`02/22/2016`; profile key
    /// `numeric-dates`, `month-first`); the others write the day first (`22/02/2016`).
    public var monthFirstLanguages: Set<String> = []
    /// Per language, the shapes in which it writes a month of a year in digits besides
    /// `11/2016` (profile key `numeric-months`: `MM.YYYY YYYY-MM`…): each a separator byte, and
    /// whether the year comes first.
    public var numericMonths: [String: [NumericMonth]] = [:]
    /// Per language, its abbreviated month names from ICU (`Oct`, `janv`, `Sept`), lowercase,
    /// their dot dropped, the full names left out: many are words too (`mar`, `ago`), so the
    /// date reader takes one only beside a day or a year number.
    public var abbreviatedMonths: [String: [String: Int]] = [:]

    public init() {}

    public init(models: ModelDirectory) throws {
        for record in try models.table("languages.tsv").records {
            guard let language = record["lang"], !language.isEmpty else { continue }
            languages.append(language)
            if record["months"] == "lower" { lowercaseMonthLanguages.insert(language) }
            if record["cases"] == "suffixes" { caseSuffixLanguages.insert(language) }
            if record["numeric-dates"] == "month-first" { monthFirstLanguages.insert(language) }
            let shapes = (record["numeric-months"] ?? "").split(separator: " ").compactMap { NumericMonth(pattern: String($0)) }
            if !shapes.isEmpty { numericMonths[language] = shapes }
        }
        for language in languages {
            let symbols = try LocaleData.dateSymbols(
                [.months, .standaloneMonths, .shortMonths, .weekdays, .standaloneWeekdays], locale: language)
            for list in symbols[0...1] {
                for (index, name) in list.enumerated() { months[lexiconKey(name, language: language)] = index + 1 }
            }
            for (index, name) in symbols[2].enumerated() {
                let key = lexiconKey(name, language: language)
                if months[key] == nil, key.count >= 3 { shortMonths[key] = index + 1 }
                let bare = key.hasSuffix(".") ? String(key.dropLast()) : key
                if bare.count >= 3, !symbols[0].contains(where: { lexiconKey($0, language: language) == bare }) {
                    abbreviatedMonths[language, default: [:]][bare] = index + 1
                }
            }
            for list in symbols[3...4] {
                // ICU lists Sunday first.
                for (index, name) in list.enumerated() { weekdays[lexiconKey(name, language: language)] = index == 0 ? 7 : index }
            }
        }
        for record in try models.table("lexicon/date-line-labels.tsv").records {
            let language = record["lang"] ?? "tr"
            let label = (record["label"] ?? "").split(separator: " ").map { lexiconKey(String($0), language: language) }
            // A blank row labels nothing (it would match every line).
            if !label.isEmpty { dateLineLabels.append(label) }
        }
        dateLineLabels.sort { $0.count > $1.count }
        if models.hasTable("lexicon/date-line-words.tsv") {
            for record in try models.table("lexicon/date-line-words.tsv").records {
                let language = record["lang"] ?? "tr"
                let word = lexiconKey(record["word"] ?? "", language: language)
                guard !word.isEmpty else { continue }
                switch record["kind"] {
                case "particle": dateLineParticles.insert(word)
                case "time": dateLineTimeWords.insert(word)
                default: continue
                }
            }
        }
    }
}

/// Currency names, words and symbols → ISO 4217 codes.
public struct CurrencyLexicon: Sendable {
    /// Lowercase name (possibly several words) → code; `*` marks a sub-unit of any currency.
    public var names: [String: String] = [:]
    public var subunits: [String: String] = [:]
    public var maxWords = 1
    /// The first word of every name of more than one token (`abd` of `abd doları`, `c` of
    /// `c$`): a span that opens with another word is looked up at its first token only.
    public private(set) var openings: Set<String> = []

    public init() {}

    /// Loads the lexicon through `cache`: the lowercase keys, the openings and the longest
    /// name's word count are worked out once, not at every start.
    public init(models: ModelDirectory, cache: ModelCache) throws(ModelDirectory.LocateError) {
        let sources = ["money/currency-words.tsv", "money/currencies.tsv"].filter(models.hasTable)
        let rows = try cache.lines(named: "currencies", sources: sources, models: models) {
            () throws(ModelDirectory.LocateError) -> [[String]] in
            let built = try CurrencyLexicon(models: models)
            return built.names.map { ["n", $0.key, $0.value] } + built.subunits.map { ["s", $0.key, $0.value] }
                + built.openings.map { ["o", $0] } + [["m", String(built.maxWords)]]
        }
        names.reserveCapacity(rows.count)
        for row in rows {
            switch (row.first.map(String.init), row.count) {
            case ("n", 3): names[String(row[1])] = String(row[2])
            case ("s", 3): subunits[String(row[1])] = String(row[2])
            case ("o", 2): openings.insert(String(row[1]))
            case ("m", 2): maxWords = Int(row[1]) ?? maxWords
            default: continue
            }
        }
    }

    /// Whether a name of more than one token may start with the word `key`.
    public func opensLongerName(_ key: String) -> Bool { openings.contains(leadingWord(of: key)) }

    static func openings(of keys: Dictionary<String, String>.Keys) -> Set<String> {
        Set(keys.compactMap { key in
            let word = leadingWord(of: key)
            return word.unicodeScalars.count < key.unicodeScalars.count ? word : nil
        })
    }

    public init(models: ModelDirectory) throws(ModelDirectory.LocateError) {
        var ranked: [String: (code: String, rank: Int)] = [:]
        let ranks = ["curated": 0, "iso": 1, "cldr": 2, "symbol": 3, "narrow": 4, "historic": 5]
        for file in ["money/currency-words.tsv", "money/currencies.tsv"] where models.hasTable(file) {
            for record in try models.table(file).records {
                let language = record["lang"] ?? "tr"
                let name = record["name"] ?? ""
                let code = record["code"] ?? ""
                let key = lexiconKey(name, language: language)
                guard !key.isEmpty, !code.isEmpty, !Self.isFundsCode(code) else { continue }
                if record["kind"] == "subunit" {
                    subunits[key] = code
                    continue
                }
                let rank = file.hasSuffix("currency-words.tsv") ? 0 : (ranks[record["kind"] ?? ""] ?? 6)
                if let existing = ranked[key], existing.rank <= rank { continue }
                ranked[key] = (code, rank)
                maxWords = max(maxWords, key.split(separator: " ").count)
            }
        }
        names = ranked.mapValues(\.code)
        openings = Self.openings(of: names.keys)
    }

    /// ISO 4217's X codes for metals, drawing rights and testing (`XAU` "Gold"); the CFA
    /// and CFP francs (`XOF`, `XAF`, `XPF`) and the East Caribbean dollar stay.
    static func isFundsCode(_ code: String) -> Bool {
        code.hasPrefix("X") && !["XOF", "XAF", "XPF", "XCD"].contains(code)
    }
}
