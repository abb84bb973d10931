import HaberICU

/// Turkish case suffixes on names written without an apostrophe (`Ankarada`, `İzmirdeki`,
/// `Kopenhagda`), recognized by rule: the suffix must agree with the stem's last vowel
/// (vowel harmony) and its first consonant with the stem's last sound (`d`/`t`
/// alternation, `n`/`y` buffers after vowels). A blind prefix match would read `Vanilya`
/// as `Van` + `ilya`.
public enum TurkishSuffixes {
    /// The vowels, back ones first (`a ı o u`, then `e i ö ü`), rounded ones at places 2, 3, 6, 7.
    private static let vowels: [Character] = ["a", "ı", "o", "u", "e", "i", "ö", "ü"]
    private static let voicelessConsonants: [Character] = ["ç", "f", "h", "k", "p", "s", "ş", "t"]

    /// The place of `letter` in ``vowels``, or nil for any other letter.
    ///
    /// Read from the letter's one scalar: these were sets of `Character`, whose hash
    /// normalizes the letter (some 150 instructions a lookup, several per split tried and
    /// 6 M to spell the table out). A letter of several scalars (`o` and a combining
    /// diaeresis) is compared as the sets did, by canonical equivalence.
    @inline(__always)
    private static func vowelPlace(of letter: Character) -> Int? {
        // Two bytes or fewer: one scalar (or `\r\n`, which is no letter).
        guard letter.utf8.count <= 2, let scalar = letter.unicodeScalars.first else {
            return vowels.firstIndex(of: letter)
        }
        switch scalar {
        case "a": return 0
        case "ı": return 1
        case "o": return 2
        case "u": return 3
        case "e": return 4
        case "i": return 5
        case "ö": return 6
        case "ü": return 7
        default: return nil
        }
    }

    private static func isVowel(_ letter: Character) -> Bool { vowelPlace(of: letter) != nil }
    private static func isBackVowel(_ letter: Character) -> Bool { (vowelPlace(of: letter) ?? 4) < 4 }
    private static func isRoundedVowel(_ letter: Character) -> Bool { (vowelPlace(of: letter) ?? 0) & 2 != 0 }

    /// Whether `letter` is a voiceless consonant (`ç f h k p s ş t`); see ``vowelPlace(of:)``.
    @inline(__always)
    private static func isVoiceless(_ letter: Character) -> Bool {
        guard letter.utf8.count <= 2, let scalar = letter.unicodeScalars.first else {
            return voicelessConsonants.contains(letter)
        }
        switch scalar {
        case "ç", "f", "h", "k", "p", "s", "ş", "t": return true
        default: return false
        }
    }

    /// Suffix templates: A = a/e, I = ı/i/u/ü, D = d/t, N = buffer n after a vowel,
    /// Y = buffer y after a vowel, C = c/ç.
    private static let templates: [String] = [
        "DA", "DAn", "DAki", "DAkilAr", "YA", "YI", "NIn", "NInki", "YlA", "CA",
        "DAydI", "DIr", "NIndA", "NIndAn", "YDI",
    ]

    /// Derivations that make adjectives (`dolarlık`, `milyonluk`, `Ankaralı`): they follow
    /// amounts, but a place with them is no mention of the place.
    private static let derivationTemplates: [String] = ["lIk", "lI", "lIk" + "lAr"]

    /// After a possessive (`Derneği`, `Kümelenmesi`) the buffer is always `n`.
    private static let possessiveTemplates: [String] = [
        "nA", "nI", "ndA", "ndAn", "nIn", "ylA", "ncA", "ndAki", "nInki", "dIr",
    ]

    /// Every way to read `word` (lowercase) as stem + suffix, longest suffix first;
    /// with `derivations`, also stem + `-lık`/`-lı`.
    public static func splits(of word: String, derivations: Bool = false) -> [(stem: String, suffix: String)] {
        guard word.utf8.count >= 4 else { return [] }
        let set: TemplateSet = derivations ? .withDerivations : .caseEndings
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
                let forms = table[shapeIndex(vowel: vowel, endsInVowel: places[cut - 1] != nil, voiceless: isVoiceless(last), set)]
                let suffix = String(word[bounds[cut]...])
                if forms.contains(suffix) { results.append((String(word[..<bounds[cut]]), suffix)) }
            }
        }
        memo.store(results, for: key)
        return results
    }

    /// Splits already worked out: the same words come back in every article.
    private static let memo = Memo<[(stem: String, suffix: String)]>()

    enum TemplateSet: CaseIterable {
        case caseEndings, withDerivations, possessive

        var templates: [String] {
            switch self {
            case .caseEndings: TurkishSuffixes.templates
            case .withDerivations: TurkishSuffixes.templates + TurkishSuffixes.derivationTemplates
            case .possessive: TurkishSuffixes.possessiveTemplates
            }
        }
    }

    /// What the suffixes after a stem depend on: its last vowel, whether it ends in a vowel,
    /// and whether its last sound is voiceless; as a place in ``table``.
    ///
    /// A place, not a hashed struct holding the vowel's `Character` (whose hash normalizes it):
    /// with the sets of letters, finding a stem's shape cost some 8 M on the 2.55 MB bench.
    private static func shapeIndex(vowel: Int, endsInVowel: Bool, voiceless: Bool, _ set: TemplateSet) -> Int {
        let ending = endsInVowel ? 0 : voiceless ? 2 : 1
        return (templateSetPlace(set) * vowels.count + vowel) * 3 + ending
    }

    private static func templateSetPlace(_ set: TemplateSet) -> Int {
        switch set {
        case .caseEndings: 0
        case .withDerivations: 1
        case .possessive: 2
        }
    }

    /// Every shape's suffixes (``shapeIndex(vowel:endsInVowel:voiceless:_:)``), spelled out
    /// once: looking them up is the hot path.
    private static let table: [Set<String>] = {
        var table = [Set<String>](repeating: [], count: TemplateSet.allCases.count * vowels.count * 3)
        for set in TemplateSet.allCases {
            for (place, vowel) in vowels.enumerated() {
                table[shapeIndex(vowel: place, endsInVowel: true, voiceless: false, set)] = spell(after: [vowel], templates: set.templates)
                for voiceless in [false, true] {
                    let stem: [Character] = [vowel, voiceless ? "t" : "d"]
                    table[shapeIndex(vowel: place, endsInVowel: false, voiceless: voiceless, set)] = spell(after: stem, templates: set.templates)
                }
            }
        }
        return table
    }()

    /// The suffixes that may follow `stem`, spelled out by harmony.
    static func realizations(after stem: [Character], _ set: TemplateSet) -> Set<String> {
        guard let last = stem.last, let vowel = stem.last(where: isVowel).flatMap(vowelPlace(of:)) else { return [] }
        let endsInVowel = isVowel(last)
        return table[shapeIndex(vowel: vowel, endsInVowel: endsInVowel, voiceless: !endsInVowel && isVoiceless(last), set)]
    }

    private static func spell(after stem: [Character], templates: [String]) -> Set<String> {
        guard let last = stem.last, let vowel = stem.last(where: isVowel)
        else { return [] }
        let endsInVowel = isVowel(last)
        let fourWay: Character
        switch (isBackVowel(vowel), isRoundedVowel(vowel)) {
        case (true, false): fourWay = "ı"
        case (true, true): fourWay = "u"
        case (false, false): fourWay = "i"
        case (false, true): fourWay = "ü"
        }
        var forms: Set<String> = []
        for template in templates {
            var form = ""
            var lastVowel: Character = vowel
            for symbol in template {
                switch symbol {
                case "A":
                    let harmonic: Character = isBackVowel(lastVowel) ? "a" : "e"
                    form.append(harmonic)
                    lastVowel = harmonic
                case "I":
                    let harmonic: Character
                    switch (isBackVowel(lastVowel), isRoundedVowel(lastVowel)) {
                    case (true, false): harmonic = "ı"
                    case (true, true): harmonic = "u"
                    case (false, false): harmonic = "i"
                    case (false, true): harmonic = "ü"
                    }
                    form.append(form.isEmpty ? fourWay : harmonic)
                    lastVowel = harmonic
                case "D":
                    let previous = form.last ?? last
                    form.append(isVoiceless(previous) ? "t" : "d")
                case "C":
                    let previous = form.last ?? last
                    form.append(isVoiceless(previous) ? "ç" : "c")
                case "N":
                    if form.isEmpty && endsInVowel { form.append("n") }
                case "Y":
                    if form.isEmpty && endsInVowel { form.append("y") }
                default:
                    form.append(symbol)
                    if isVowel(symbol) { lastVowel = symbol }
                }
            }
            forms.insert(form)
        }
        return forms
    }

    /// The case endings a stem ending in `word` takes (`ankara` → `da`, `ya`, `nın` …).
    public static func caseEndings(after word: String) -> Set<String> {
        realizations(after: Array(word), .caseEndings)
    }

    /// The case endings a number takes: harmony follows the number as read aloud
    /// (`2005’te`: "iki bin beş"), which ICU's Turkish spell-out gives.
    public static func caseEndings(afterNumber number: Int) -> Set<String> {
        guard let spoken = spokenNumbers.text(for: number) else { return [] }
        return caseEndings(after: spoken)
    }

    private static let spokenNumbers = SpokenNumbers.shared

    /// Suffixes that follow a possessive head word (`Derneği` + `ne`, `Bakanlığı` + `nca`).
    public static func isCaseEndingAfterPossessive(_ suffix: String, head: String) -> Bool {
        if suffix.isEmpty { return true }
        return realizations(after: Array(head), .possessive).contains(suffix)
    }
}

/// Turkish spell-out of the numbers a year or count can be (0–2100), made once by ICU.
final class SpokenNumbers: Sendable {
    private let table: [String]

    /// The one table of the process (2,101 spell-outs cost some tens of millions of instructions).
    static let shared = SpokenNumbers()

    init() {
        guard let formatter = try? SpelloutFormatter(locale: "tr") else {
            table = []
            return
        }
        table = (0...2100).map { formatter.text(for: $0) ?? "" }
    }

    func text(for number: Int) -> String? {
        guard number >= 0, number < table.count, !table[number].isEmpty else { return nil }
        return table[number]
    }
}
