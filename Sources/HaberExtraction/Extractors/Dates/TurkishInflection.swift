import HaberText

/// A Turkish noun read as stem + optional third-person possessive + optional case ending
/// (`yılında` = `yıl` + `ı` + `nda`, `çeyreğinde` = `çeyrek` + `i` + `nde`, `haftası`,
/// `4'ünden` = `4` + `ü` + `nden`), by the rules of vowel harmony, buffer consonants and
/// final-consonant softening in ``TurkishSuffixes`` — inflected forms are never listed.
struct TurkishInflection: Sendable, Equatable {
    /// Whether the possessive (`-(s)I`) is there.
    var possessive: Bool
    /// The case ending after it ("" when none); `ki` forms included (`dünkü`, `haftaki`).
    var caseEnding: String
    /// UTF-16 length of the stem plus the possessive in the analyzed text.
    var keptLength: Int

    /// A final consonant and what it softens to before a vowel: made once, not at every
    /// analysis.
    private static let softenings: [Character: Character] = ["k": "ğ", "t": "d", "ç": "c", "p": "b"]
    private static let vowels: Set<Character> = ["a", "e", "ı", "i", "o", "ö", "u", "ü"]
    private static let back: Set<Character> = ["a", "ı", "o", "u"]
    private static let rounded: Set<Character> = ["o", "u", "ö", "ü"]

    /// The four-way harmonic vowel after `word`'s last vowel.
    static func harmonicI(after word: String) -> Character {
        guard let vowel = word.last(where: { vowels.contains($0) }) else { return "i" }
        switch (back.contains(vowel), rounded.contains(vowel)) {
        case (true, false): return "ı"
        case (true, true): return "u"
        case (false, false): return "i"
        case (false, true): return "ü"
        }
    }

    /// The possessive suffix after `word` (`yıl` → `ı`, `hafta` → `sı`, `dört` → `ü`).
    static func possessive(after word: String) -> String {
        let i = String(harmonicI(after: word))
        guard let last = word.last else { return i }
        return vowels.contains(last) ? "s" + i : i
    }

    /// Reads `rest`, the text after a stem pronounced `spoken`, as possessive + case.
    /// `stemLength` is the UTF-16 length of the stem as written.
    static func analyze(rest: String, after spoken: String, stemLength: Int) -> TurkishInflection? {
        if rest.isEmpty { return TurkishInflection(possessive: false, caseEnding: "", keptLength: stemLength) }
        let harmony = harmony(after: spoken)
        let own = harmony.possessive
        // `günü`, `yılı`: read as the possessive (the accusative is written alike).
        if rest == own { return TurkishInflection(possessive: true, caseEnding: "", keptLength: stemLength + own.utf16.count) }
        // Possessive + case first (`21'inde` = `21` + `i` + `nde`, not the genitive-locative).
        if rest.hasPrefix(own) {
            let after = String(rest.dropFirst(own.count))
            if TurkishSuffixes.isCaseEndingAfterPossessive(after, head: spoken + own) || after == "ki" {
                return TurkishInflection(possessive: true, caseEnding: after, keptLength: stemLength + own.utf16.count)
            }
        }
        if harmony.caseEndings.contains(rest) || rest == "ki" || rest == "kü" {
            return TurkishInflection(possessive: false, caseEnding: rest, keptLength: stemLength)
        }
        return nil
    }

    /// What the suffixes after a stem pronounced `spoken` can be: its possessive and its case
    /// endings (``TurkishSuffixes/caseEndings(after:)``).
    struct Harmony: Sendable {
        var possessive: String
        var caseEndings: Set<String>
    }

    /// The ``Harmony`` after `spoken`, kept per word: the stems read are the grammar's words
    /// and the numbers' last words, few and met again at each form read as one of them, and
    /// working the endings out walks the word's characters and hashes its shape (some 15,000
    /// instructions a reading on the bench's articles, against a lookup of the word).
    static func harmony(after spoken: String) -> Harmony {
        if let known = harmonies.value(for: spoken) { return known }
        let found = Harmony(possessive: possessive(after: spoken), caseEndings: TurkishSuffixes.caseEndings(after: spoken))
        harmonies.store(found, for: spoken)
        return found
    }

    private static let harmonies = Memo<Harmony>(limit: 4_000)

    /// Reads the lowercase `word` as `lemma` inflected, softening a final `k`/`t`/`ç`/`p`
    /// before a vowel (`çeyrek` → `çeyreği`).
    /// The prefixes are asked of the bytes first (`hasUTF8Prefix`): most words asked open with no lemma.
    static func analyze(_ word: String, lemma: String) -> TurkishInflection? {
        if word.hasUTF8Prefix(lemma) {
            return analyze(rest: String(word.dropFirst(lemma.count)), after: lemma, stemLength: lemma.utf16.count)
        }
        guard lemma.count >= 3, let last = lemma.last else { return nil }
        guard let softened = softenings[last] else { return nil }
        let stem = String(lemma.dropLast()) + String(softened)
        guard word.hasUTF8Prefix(stem) else { return nil }
        let rest = String(word.dropFirst(stem.count))
        guard let first = rest.first, vowels.contains(first) else { return nil }
        return analyze(rest: rest, after: lemma, stemLength: stem.utf16.count)
    }
}
