import HaberICU

/// Turkish case suffixes on names written without an apostrophe (`Ankarada`, `İzmirdeki`,
/// `Kopenhagda`), recognized by rule: the suffix must agree with the stem's last vowel
/// (vowel harmony) and its first consonant with the stem's last sound (`d`/`t`
/// alternation, `n`/`y` buffers after vowels). A blind prefix match would read `Vanilya`
/// as `Van` + `ilya`.
public enum TurkishSuffixes {
    private static let backVowels: Set<Character> = ["a", "ı", "o", "u"]
    private static let frontVowels: Set<Character> = ["e", "i", "ö", "ü"]
    private static let roundedVowels: Set<Character> = ["o", "u", "ö", "ü"]
    private static let voiceless: Set<Character> = ["ç", "f", "h", "k", "p", "s", "ş", "t"]

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
            for cut in stride(from: characters.count - 1, through: max(2, characters.count - 7), by: -1) {
                guard let shape = shape(of: characters[..<cut], set), let forms = table[shape] else { continue }
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
    /// and whether its last sound is voiceless.
    private struct Shape: Hashable {
        var vowel: Character
        var endsInVowel: Bool
        var voiceless: Bool
        var set: TemplateSet
    }

    /// Every shape's suffixes, spelled out once: looking them up is the hot path.
    private static let table: [Shape: Set<String>] = {
        var table: [Shape: Set<String>] = [:]
        for vowel in backVowels.union(frontVowels) {
            for set in TemplateSet.allCases {
                table[Shape(vowel: vowel, endsInVowel: true, voiceless: false, set: set)] = spell(after: [vowel], templates: set.templates)
                for voiceless in [false, true] {
                    let stem: [Character] = [vowel, voiceless ? "t" : "d"]
                    table[Shape(vowel: vowel, endsInVowel: false, voiceless: voiceless, set: set)] = spell(after: stem, templates: set.templates)
                }
            }
        }
        return table
    }()

    /// The suffixes that may follow `stem`, spelled out by harmony.
    static func realizations(after stem: [Character], _ set: TemplateSet) -> Set<String> {
        shape(of: stem[...], set).flatMap { table[$0] } ?? []
    }

    private static func shape(of stem: ArraySlice<Character>, _ set: TemplateSet) -> Shape? {
        guard let last = stem.last, let vowel = stem.last(where: { backVowels.contains($0) || frontVowels.contains($0) })
        else { return nil }
        let endsInVowel = backVowels.contains(last) || frontVowels.contains(last)
        return Shape(vowel: vowel, endsInVowel: endsInVowel, voiceless: !endsInVowel && voiceless.contains(last), set: set)
    }

    private static func spell(after stem: [Character], templates: [String]) -> Set<String> {
        guard let last = stem.last, let vowel = stem.last(where: { backVowels.contains($0) || frontVowels.contains($0) })
        else { return [] }
        let endsInVowel = backVowels.contains(last) || frontVowels.contains(last)
        let fourWay: Character
        switch (backVowels.contains(vowel), roundedVowels.contains(vowel)) {
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
                    form.append(backVowels.contains(lastVowel) ? "a" : "e")
                    lastVowel = backVowels.contains(lastVowel) ? "a" : "e"
                case "I":
                    let harmonic: Character
                    switch (backVowels.contains(lastVowel), roundedVowels.contains(lastVowel)) {
                    case (true, false): harmonic = "ı"
                    case (true, true): harmonic = "u"
                    case (false, false): harmonic = "i"
                    case (false, true): harmonic = "ü"
                    }
                    form.append(form.isEmpty ? fourWay : harmonic)
                    lastVowel = harmonic
                case "D":
                    let previous = form.last ?? last
                    form.append(voiceless.contains(previous) ? "t" : "d")
                case "C":
                    let previous = form.last ?? last
                    form.append(voiceless.contains(previous) ? "ç" : "c")
                case "N":
                    if form.isEmpty && endsInVowel { form.append("n") }
                case "Y":
                    if form.isEmpty && endsInVowel { form.append("y") }
                default:
                    form.append(symbol)
                    if backVowels.contains(symbol) || frontVowels.contains(symbol) { lastVowel = symbol }
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
