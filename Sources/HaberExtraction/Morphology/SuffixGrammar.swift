import HaberText

/// Case endings on words written without an apostrophe (`Ankarada`, `İzmirdeki`,
/// `Kopenhagda`), recognized by rule: the suffix must agree with the stem's last vowel
/// (vowel harmony) and its first consonant with the stem's last sound (`d`/`t`
/// alternation, `n`/`y` buffers after vowels). A blind prefix match would read `Vanilya`
/// as `Van` + `ilya`.
///
/// The letters, their features and the suffix templates are a language's rows of
/// `models/languages/<code>/lexicon/suffixes.tsv` (its header says what each kind means);
/// this type holds the mechanism: spelling the templates out after each shape of stem, and
/// cutting words against them. A language whose profile writes no case endings has
/// ``none``, which reads no suffix.
public final class SuffixGrammar: Sendable, Equatable {
    /// The vowels, in the rows' order, with their features.
    private let vowels: [Vowel]
    /// Each vowel's place in ``vowels`` by scalar (`-1`: none), for the letters of one
    /// scalar below U+0800 (every letter of two UTF-8 bytes or fewer): the hot path reads
    /// a letter's place from its scalar, not by hashing a `Character`, whose hash normalizes it.
    private let vowelPlaces: [Int8]
    /// Whether each scalar below U+0800 is a voiceless consonant.
    private let voicelessScalars: [Bool]
    private let voicelessLetters: [Character]
    /// Template letter → (voiced, voiceless) (`D` → `d`/`t`).
    private let pairs: [Character: (voiced: Character, voiceless: Character)]
    /// Template letter → what it writes after a stem ending in a vowel (`N` → `n`).
    private let buffers: [Character: Character]
    /// A stem's last consonant → the letter it is written as before a vowel (`k` → `ğ`).
    let softenings: [Character: Character]
    /// A number word's softened last letter → the letter it stands for (`d` → `t` in `dördü`).
    let hardenings: [Character: Character]
    /// The relative suffix's forms after a date word; the first is the only one read after
    /// a possessive.
    let relativeForms: [String]
    private let possessiveTemplate: String
    /// Every shape's suffixes (``shapeIndex(vowel:endsInVowel:voiceless:_:)``), spelled out
    /// once: looking them up is the hot path.
    private let table: [Set<String>]
    /// Every case ending after every kind of stem, as a set and as a trie read from a word's end.
    private let everyCaseEnding: Set<String>
    private let caseEndingTrie: ReversedEndings
    /// Every suffix of each template set (by ``templateSetPlace(_:)``) after any stem, as a
    /// trie read from a word's end, when every suffix is written below U+0300 (nil otherwise):
    /// ``splitsByScalars(of:_:)`` asks a shape's set of suffixes only at the cuts it finds.
    private let suffixTries: [ReversedEndings?]
    /// The first letters of every case ending after a possessive: a cut of a unit word is
    /// tried there only before one of them (``unitSplits(of:)``).
    private let possessiveOpenings: Set<Character>
    /// Splits already worked out: the same words come back in every article.
    private let memo = Memo<String, [(stem: String, suffix: String)]>()
    /// Unit splits already worked out: the words after amounts repeat from article to article.
    private let unitMemo = Memo<String, [(stem: String, suffix: String)]>()
    /// The suffixes after each stem read as a date word's lemma (``harmony(after:)``).
    private let harmonies = Memo<String, Harmony>(limit: 4_000)

    struct Vowel: Sendable {
        var letter: Character
        var isBack: Bool
        var isRounded: Bool
        var isHigh: Bool
    }

    enum TemplateSet: CaseIterable, Sendable {
        case caseEndings, withDerivations, possessive
    }

    /// The grammar of a language without case endings: it splits nothing.
    public static let none = SuffixGrammar()

    private convenience init() {
        self.init(vowels: [], voiceless: [], pairs: [:], buffers: [:], softenings: [:], hardenings: [:], relativeForms: [],
                  templates: [:], possessiveTemplate: "")
    }

    /// Reads a language's rows of `lexicon/suffixes.tsv` (columns `kind`, `value`, `features`);
    /// `file` names the table in errors.
    public convenience init(rows: [[String: String]], file: String) throws(ModelDirectory.LocateError) {
        var vowels: [Vowel] = [], voiceless: [Character] = []
        var pairs: [Character: (Character, Character)] = [:], buffers: [Character: Character] = [:]
        var softenings: [Character: Character] = [:], hardenings: [Character: Character] = [:]
        var relativeForms: [String] = [], templates: [TemplateSet: [String]] = [:], possessiveTemplate = ""
        for (number, row) in rows.enumerated() {
            let value = row["value"] ?? "", features = Set((row["features"] ?? "").split(separator: " ").map(String.init))
            let letters = Array(value.filter { $0 != " " })
            func malformed(_ reason: String) -> ModelDirectory.LocateError {
                .malformed(file: file, line: number + 1, reason: reason)
            }
            switch row["kind"] ?? "" {
            case "vowel":
                guard letters.count == 1 else { throw malformed("a vowel row holds one letter") }
                vowels.append(Vowel(letter: letters[0], isBack: features.contains("back"), isRounded: features.contains("rounded"),
                                    isHigh: features.contains("high")))
            case "voiceless": voiceless.append(contentsOf: letters)
            case "pair", "buffer", "softening":
                let targets = (row["features"] ?? "").split(separator: " ").map(String.init)
                guard letters.count == 1, let first = targets.first?.first, targets[0].count == 1 else {
                    throw malformed("a \(row["kind"] ?? "") row holds one letter and what it is written as")
                }
                switch row["kind"] {
                case "pair":
                    guard targets.count == 2, targets[1].count == 1, let second = targets[1].first else {
                        throw malformed("a pair row gives a voiced and a voiceless letter")
                    }
                    pairs[letters[0]] = (first, second)
                case "buffer": buffers[letters[0]] = first
                default:
                    softenings[letters[0]] = first
                    if targets.contains("numbers") { hardenings[first] = letters[0] }
                }
            case "relative": relativeForms = value.split(separator: " ").map(String.init)
            case "case": templates[.caseEndings] = value.split(separator: " ").map(String.init)
            case "derivation": templates[.withDerivations] = value.split(separator: " ").map(String.init)
            case "possessive": templates[.possessive] = value.split(separator: " ").map(String.init)
            case "possessive-suffix": possessiveTemplate = value
            default: throw malformed("unknown kind \(row["kind"] ?? "")")
            }
        }
        guard !vowels.isEmpty else { throw .malformed(file: file, line: 0, reason: "no vowel rows") }
        for back in [true, false] where !vowels.contains(where: { $0.isBack == back && !$0.isHigh && !$0.isRounded }) {
            throw .malformed(file: file, line: 0, reason: "no low unrounded \(back ? "back" : "front") vowel (template letter A)")
        }
        templates[.withDerivations] = (templates[.caseEndings] ?? []) + (templates[.withDerivations] ?? [])
        self.init(vowels: vowels, voiceless: voiceless, pairs: pairs, buffers: buffers, softenings: softenings,
                  hardenings: hardenings, relativeForms: relativeForms, templates: templates, possessiveTemplate: possessiveTemplate)
    }

    private init(vowels: [Vowel], voiceless: [Character], pairs: [Character: (Character, Character)],
                 buffers: [Character: Character], softenings: [Character: Character], hardenings: [Character: Character],
                 relativeForms: [String], templates: [TemplateSet: [String]], possessiveTemplate: String) {
        self.vowels = vowels
        self.voicelessLetters = voiceless
        self.pairs = pairs.mapValues { (voiced: $0.0, voiceless: $0.1) }
        self.buffers = buffers
        self.softenings = softenings
        self.hardenings = hardenings
        self.relativeForms = relativeForms
        self.possessiveTemplate = possessiveTemplate
        var places = [Int8](repeating: -1, count: Self.tableScalars)
        for (place, vowel) in vowels.enumerated() {
            if let scalar = Self.tableScalar(of: vowel.letter) { places[scalar] = Int8(place) }
        }
        vowelPlaces = places
        var voicelessScalars = [Bool](repeating: false, count: Self.tableScalars)
        for letter in voiceless {
            if let scalar = Self.tableScalar(of: letter) { voicelessScalars[scalar] = true }
        }
        self.voicelessScalars = voicelessScalars
        // Spelled once: the table, then the endings every stem shape can take.
        let table = Self.spellTable(vowels: vowels, pairs: self.pairs, buffers: buffers, templates: templates) { letter in
            Self.isVoiceless(letter, scalars: voicelessScalars, letters: voiceless)
        }
        var endings: Set<String> = [], openings: Set<Character> = []
        for place in vowels.indices {
            for ending in 0..<3 {
                endings.formUnion(table[Self.shapeIndex(vowel: place, ending: ending, .caseEndings, vowelCount: vowels.count)])
                for form in table[Self.shapeIndex(vowel: place, ending: ending, .possessive, vowelCount: vowels.count)] {
                    if let first = form.first { openings.insert(first) }
                }
            }
        }
        possessiveOpenings = openings
        self.table = table
        everyCaseEnding = endings
        caseEndingTrie = ReversedEndings(endings)
        suffixTries = [TemplateSet.caseEndings, .withDerivations].map { set in
            var suffixes: Set<String> = []
            for place in vowels.indices {
                for ending in 0..<3 { suffixes.formUnion(table[Self.shapeIndex(vowel: place, ending: ending, set, vowelCount: vowels.count)]) }
            }
            // A suffix from U+0300 on may equal a word's letters only canonically, not byte for byte.
            return suffixes.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value < 0x300 } } ? ReversedEndings(suffixes) : nil
        }
    }

    public static func == (lhs: SuffixGrammar, rhs: SuffixGrammar) -> Bool { lhs === rhs }

    /// Whether the grammar reads any suffix (false for ``none``).
    public var isEmpty: Bool { vowels.isEmpty }

    // MARK: Letters

    private static var tableScalars: Int { 0x800 }

    /// A letter's scalar when the letter is one scalar below ``tableScalars``.
    private static func tableScalar(of letter: Character) -> Int? {
        guard letter.utf8.count <= 2, letter.unicodeScalars.count == 1, let scalar = letter.unicodeScalars.first,
              Int(scalar.value) < tableScalars else { return nil }
        return Int(scalar.value)
    }

    /// The place of `letter` in ``vowels``, or nil for any other letter. A letter of several
    /// scalars (`o` and a combining diaeresis) is compared by canonical equivalence.
    @inline(__always)
    private func vowelPlace(of letter: Character) -> Int? {
        if let scalar = Self.tableScalar(of: letter) {
            let place = vowelPlaces[scalar]
            return place < 0 ? nil : Int(place)
        }
        return vowels.firstIndex { $0.letter == letter }
    }

    func isVowel(_ letter: Character) -> Bool { vowelPlace(of: letter) != nil }
    func isHighVowel(_ letter: Character) -> Bool { vowelPlace(of: letter).map { vowels[$0].isHigh } ?? false }

    @inline(__always)
    private func isVoiceless(_ letter: Character) -> Bool {
        Self.isVoiceless(letter, scalars: voicelessScalars, letters: voicelessLetters)
    }

    private static func isVoiceless(_ letter: Character, scalars: [Bool], letters: [Character]) -> Bool {
        if let scalar = tableScalar(of: letter) { return scalars[scalar] }
        return letters.contains(letter)
    }

    // MARK: Spelling the templates out

    /// What the suffixes after a stem depend on: its last vowel, how it ends (0: in a vowel,
    /// 1: a voiced consonant, 2: a voiceless one), and the set of templates; as a place in ``table``.
    private static func shapeIndex(vowel: Int, ending: Int, _ set: TemplateSet, vowelCount: Int) -> Int {
        (templateSetPlace(set) * vowelCount + vowel) * 3 + ending
    }

    private static func templateSetPlace(_ set: TemplateSet) -> Int {
        switch set {
        case .caseEndings: 0
        case .withDerivations: 1
        case .possessive: 2
        }
    }

    private static func spellTable(vowels: [Vowel], pairs: [Character: (voiced: Character, voiceless: Character)],
                                   buffers: [Character: Character], templates: [TemplateSet: [String]],
                                   isVoiceless: @escaping (Character) -> Bool) -> [Set<String>] {
        var table = [Set<String>](repeating: [], count: TemplateSet.allCases.count * max(1, vowels.count) * 3)
        let speller = Speller(vowels: vowels, pairs: pairs, buffers: buffers, isVoiceless: isVoiceless)
        for set in TemplateSet.allCases {
            for (place, vowel) in vowels.enumerated() {
                for ending in 0..<3 {
                    let forms = (templates[set] ?? []).map { speller.spell($0, stemVowel: vowel, ending: ending) }
                    table[shapeIndex(vowel: place, ending: ending, set, vowelCount: vowels.count)] = Set(forms)
                }
            }
        }
        return table
    }

    /// Spells one template after a stem by harmony: `A` is the low unrounded vowel of the
    /// last vowel's backness, `I` the high vowel of its backness and rounding; a pair's letter
    /// is voiceless after a voiceless sound; a buffer's letter is written only right after a
    /// stem that ends in a vowel; any other letter as written.
    struct Speller {
        var vowels: [Vowel]
        var pairs: [Character: (voiced: Character, voiceless: Character)]
        var buffers: [Character: Character]
        var isVoiceless: (Character) -> Bool

        /// After a stem whose last vowel is `stemVowel` and that ends (`ending`, as in
        /// ``shapeIndex(vowel:ending:_:vowelCount:)``) in it, a voiced or a voiceless consonant.
        func spell(_ template: String, stemVowel: Vowel, ending: Int) -> String {
            var form = ""
            var lastVowel = stemVowel
            for symbol in template {
                if symbol == "A" || symbol == "I" {
                    let high = symbol == "I"
                    // The rows are checked to hold a low unrounded vowel of each backness; a
                    // missing high one leaves the letter out.
                    guard let harmonic = vowels.first(where: {
                        $0.isHigh == high && $0.isBack == lastVowel.isBack && $0.isRounded == (high && lastVowel.isRounded)
                    }) else { continue }
                    form.append(harmonic.letter)
                    lastVowel = harmonic
                } else if let pair = pairs[symbol] {
                    let voiceless = form.last.map(isVoiceless) ?? (ending == 2)
                    form.append(voiceless ? pair.voiceless : pair.voiced)
                } else if let buffer = buffers[symbol] {
                    if form.isEmpty && ending == 0 { form.append(buffer) }
                } else {
                    form.append(symbol)
                    if let literal = vowels.first(where: { $0.letter == symbol }) { lastVowel = literal }
                }
            }
            return form
        }
    }

    private var speller: Speller {
        Speller(vowels: vowels, pairs: pairs, buffers: buffers, isVoiceless: isVoiceless)
    }

    /// The suffixes that may follow `stem`, spelled out by harmony.
    func realizations(after stem: [Character], _ set: TemplateSet) -> Set<String> {
        guard let last = stem.last, let vowel = stem.last(where: isVowel).flatMap(vowelPlace(of:)) else { return [] }
        let ending = isVowel(last) ? 0 : isVoiceless(last) ? 2 : 1
        return table[Self.shapeIndex(vowel: vowel, ending: ending, set, vowelCount: vowels.count)]
    }

    // MARK: Reading words

    /// Every way to read `word` (lowercase) as stem + suffix, longest suffix first;
    /// with `derivations`, also stem + `-lık`/`-lı`.
    public func splits(of word: String, derivations: Bool = false) -> [(stem: String, suffix: String)] {
        guard !isEmpty, word.utf8.count >= 4 else { return [] }
        let set: TemplateSet = derivations ? .withDerivations : .caseEndings
        // Read again at each ask, not remembered: hashing the word for the memo (twice at a
        // first sight) cost more than reading its bytes.
        if let found = splitsByScalars(of: word, set) { return found }
        let key = derivations ? "+" + word : word
        if let known = memo.value(for: key) { return known }
        let characters = Array(word)
        // Stem and suffix cut from `word` at the index of a character, not built from the
        // characters (`String(characters[cut...])`, generic: 4,400 instructions a string,
        // 11 M on the 2.55 MB bench).
        let bounds = Array(word.indices)
        var results: [(String, String)] = []
        if characters.count >= 4 {
            // Each letter's vowel place once, not once per cut tried.
            let places = characters.map(vowelPlace(of:))
            for cut in stride(from: characters.count - 1, through: max(2, characters.count - 7), by: -1) {
                guard let vowel = places[..<cut].last(where: { $0 != nil }) ?? nil else { continue }
                let last = characters[cut - 1]
                let ending = places[cut - 1] != nil ? 0 : isVoiceless(last) ? 2 : 1
                let forms = table[Self.shapeIndex(vowel: vowel, ending: ending, set, vowelCount: vowels.count)]
                let suffix = String(word[bounds[cut]...])
                if forms.contains(suffix) { results.append((String(word[..<bounds[cut]]), suffix)) }
            }
        }
        memo.store(results, for: key)
        return results
    }

    /// ``splits(of:derivations:)`` of a word whose scalars all lie below U+0300, read from
    /// its UTF-8 bytes (nil for any other word). Each such scalar is a letter of its own (no
    /// combining mark follows it), so the cuts fall between scalars, and a letter's vowel
    /// place and voicing are read by scalar; a suffix is built and looked up in its shape's
    /// set only where the set's trie finds a suffix of that many bytes. The word as an array
    /// of `Character`s, its indices, and a string and a set lookup at every cut cost some
    /// 16,000 instructions a Turkish word at its first sight.
    private func splitsByScalars(of word: String, _ set: TemplateSet) -> [(stem: String, suffix: String)]? {
        guard let trie = suffixTries[Self.templateSetPlace(set)] else { return nil }
        var word = word
        return word.withUTF8 { bytes -> [(stem: String, suffix: String)]? in
            withUnsafeTemporaryAllocation(of: (offset: Int32, scalar: UInt16).self, capacity: bytes.count) { letters in
                var count = 0, index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        letters[count] = (Int32(index), UInt16(lead))
                        index += 1
                    } else {
                        // Two bytes from 0xC2 to 0xCB write the scalars from U+0080 to U+02FF.
                        guard lead >= 0xC2, lead < 0xCC, index + 1 < bytes.count else { return nil }
                        letters[count] = (Int32(index), UInt16(lead & 0x1F) << 6 | UInt16(bytes[index + 1] & 0x3F))
                        index += 2
                    }
                    count += 1
                }
                guard count >= 4 else { return [] }
                let suffixLengths = trie.endingLengths(bytes)
                var results: [(stem: String, suffix: String)] = []
                for cut in stride(from: count - 1, through: max(2, count - 7), by: -1) {
                    let offset = Int(letters[cut].offset)
                    let length = bytes.count - offset
                    guard length < 64, suffixLengths & (1 << UInt64(length)) != 0 else { continue }
                    var vowel = -1
                    for before in stride(from: cut - 1, through: 0, by: -1) where vowelPlaces[Int(letters[before].scalar)] >= 0 {
                        vowel = Int(vowelPlaces[Int(letters[before].scalar)])
                        break
                    }
                    guard vowel >= 0 else { continue }
                    let last = Int(letters[cut - 1].scalar)
                    let ending = vowelPlaces[last] >= 0 ? 0 : voicelessScalars[last] ? 2 : 1
                    let forms = table[Self.shapeIndex(vowel: vowel, ending: ending, set, vowelCount: vowels.count)]
                    let suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset...]), as: UTF8.self)
                    if forms.contains(suffix) {
                        results.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[..<offset]), as: UTF8.self), suffix))
                    }
                }
                return results
            }
        }
    }

    /// The case endings a stem ending in `word` takes (`ankara` → `da`, `ya`, `nın` …).
    public func caseEndings(after word: String) -> Set<String> {
        realizations(after: Array(word), .caseEndings)
    }

    /// Suffixes that follow a possessive head word (`Derneği` + `ne`, `Bakanlığı` + `nca`).
    public func isCaseEndingAfterPossessive(_ suffix: String, head: String) -> Bool {
        if suffix.isEmpty { return true }
        return realizations(after: Array(head), .possessive).contains(suffix)
    }

    /// Every way to read `word` (lowercase), a unit written after an amount, as stem +
    /// suffix: case endings and `-lık` by harmony (`sterline`, `dolarlık`), and case endings
    /// after a possessive (`doları` + `nı`, `lirası` + `na`). A stem of fewer than four letters
    /// only before a suffix in `l` (`yenlik`): `yeni` is "new", not `yen` + `i`.
    public func unitSplits(of word: String) -> [(stem: String, suffix: String)] {
        guard !isEmpty else { return [] }
        if let known = unitMemo.value(for: word) { return known }
        let found = readUnitSplits(of: word).filter { stem, suffix in stem.count >= 4 || suffix.hasPrefix("l") }
        unitMemo.store(found, for: word)
        return found
    }

    private func readUnitSplits(of word: String) -> [(stem: String, suffix: String)] {
        var results = splits(of: word, derivations: true)
        let characters = Array(word)
        guard characters.count >= 5 else { return results }
        for cut in stride(from: characters.count - 1, through: 3, by: -1) where characters.count - cut <= 5 {
            let head = String(characters[..<cut]), suffix = String(characters[cut...])
            // The possessive ends in a high vowel; the case ending after it opens with its buffer.
            guard isHighVowel(characters[cut - 1]), let opening = suffix.first, possessiveOpenings.contains(opening),
                  isCaseEndingAfterPossessive(suffix, head: head) else { continue }
            results.append((head, suffix))
        }
        return results
    }

    /// Whether `word` (lowercase) ends in a case ending of `minimumLength` letters or more
    /// that some stem takes: only such a word can have a split of ``splits(of:derivations:)``
    /// with such an ending, so the others need not be split.
    ///
    /// - Complexity: a few set lookups, against the dozens of a split.
    public func mayEndInCaseEnding(_ word: String, minimumLength: Int) -> Bool {
        var word = word
        if let found = word.withUTF8({ caseEndingTrie.endsInEnding($0, minimumLength: minimumLength, maximumLength: 7) }) {
            return found
        }
        return mayEndInCaseEndingByCharacters(word, minimumLength: minimumLength)
    }

    /// ``mayEndInCaseEnding(_:minimumLength:)`` letter by letter, for the words the byte
    /// walk leaves (those with a letter from U+0300 on, where a letter may be several scalars).
    func mayEndInCaseEndingByCharacters(_ word: String, minimumLength: Int) -> Bool {
        let count = word.count
        // ``splits(of:derivations:)`` keeps a stem of two letters or more.
        guard word.utf8.count >= 4, count >= 4, minimumLength <= count - 2 else { return false }
        var start = word.endIndex
        for length in 1...min(7, count - 2) {
            start = word.index(before: start)
            if length >= minimumLength, everyCaseEnding.contains(String(word[start...])) { return true }
        }
        return false
    }

    // MARK: Inflected lemmas

    /// The third-person possessive after `word` (`yıl` → `ı`, `hafta` → `sı`, `dört` → `ü`):
    /// its high vowel by harmony with the word's last vowel (the front unrounded one after a
    /// word without a vowel).
    func possessive(after word: String) -> String {
        let characters = Array(word)
        guard let stemVowel = characters.last(where: isVowel).flatMap(vowelPlace(of:)).map({ vowels[$0] })
                ?? vowels.first(where: { $0.isHigh && !$0.isBack && !$0.isRounded }) else { return "" }
        let ending = characters.last.map { isVowel($0) ? 0 : isVoiceless($0) ? 2 : 1 } ?? 1
        return speller.spell(possessiveTemplate, stemVowel: stemVowel, ending: ending)
    }

    /// What the suffixes after a stem pronounced `spoken` can be: its possessive and its case
    /// endings (``caseEndings(after:)``).
    struct Harmony: Sendable {
        var possessive: String
        var caseEndings: Set<String>
    }

    /// The ``Harmony`` after `spoken`, kept per word: the stems read are the grammar's words
    /// and the numbers' last words, few and met again at each form read as one of them, and
    /// working the endings out walks the word's characters and hashes its shape (some 15,000
    /// instructions a reading on the bench's articles, against a lookup of the word).
    func harmony(after spoken: String) -> Harmony {
        if let known = harmonies.value(for: spoken) { return known }
        let found = Harmony(possessive: possessive(after: spoken), caseEndings: caseEndings(after: spoken))
        harmonies.store(found, for: spoken)
        return found
    }
}
