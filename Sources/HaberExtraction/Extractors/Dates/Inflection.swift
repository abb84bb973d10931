import HaberText

/// A noun read as stem + optional third-person possessive + optional case ending
/// (`yılında` = `yıl` + `ı` + `nda`, `çeyreğinde` = `çeyrek` + `i` + `nde`, `haftası`,
/// `4'ünden` = `4` + `ü` + `nden`), by the rules of vowel harmony, buffer consonants and
/// final-consonant softening of the language's ``SuffixGrammar`` — inflected forms are never listed.
struct Inflection: Sendable, Equatable {
    /// Whether the possessive (`-(s)I`) is there.
    var possessive: Bool
    /// The case ending after it ("" when none); relative forms included (`dünkü`, `haftaki`).
    var caseEnding: String
    /// UTF-16 length of the stem plus the possessive in the analyzed text.
    var keptLength: Int
}

extension SuffixGrammar {
    /// Reads `rest`, the text after a stem pronounced `spoken`, as possessive + case.
    /// `stemLength` is the UTF-16 length of the stem as written.
    func inflection(rest: String, after spoken: String, stemLength: Int) -> Inflection? {
        if rest.isEmpty { return Inflection(possessive: false, caseEnding: "", keptLength: stemLength) }
        guard !isEmpty else { return nil }
        let harmony = harmony(after: spoken)
        let own = harmony.possessive
        // `günü`, `yılı`: read as the possessive (the accusative is written alike).
        if rest == own { return Inflection(possessive: true, caseEnding: "", keptLength: stemLength + own.utf16.count) }
        // Possessive + case first (`21'inde` = `21` + `i` + `nde`, not the genitive-locative).
        if rest.hasPrefix(own) {
            let after = String(rest.dropFirst(own.count))
            if isCaseEndingAfterPossessive(after, head: spoken + own) || after == relativeForms.first {
                return Inflection(possessive: true, caseEnding: after, keptLength: stemLength + own.utf16.count)
            }
        }
        if harmony.caseEndings.contains(rest) || relativeForms.contains(rest) {
            return Inflection(possessive: false, caseEnding: rest, keptLength: stemLength)
        }
        return nil
    }

    /// Reads the lowercase `word` as `lemma` inflected, softening a final consonant before a
    /// vowel (`çeyrek` → `çeyreği`).
    /// The prefixes are asked of the bytes first (``DateGrammar/Lemma/opens(_:with:)``): most words asked open with no lemma.
    func inflection(of word: String, lemma: String) -> Inflection? {
        if DateGrammar.Lemma.opens(word, with: lemma) {
            return inflection(rest: String(word.dropFirst(lemma.count)), after: lemma, stemLength: lemma.utf16.count)
        }
        guard lemma.count >= 3, let last = lemma.last else { return nil }
        guard let softened = softenings[last] else { return nil }
        let stem = String(lemma.dropLast()) + String(softened)
        guard DateGrammar.Lemma.opens(word, with: stem) else { return nil }
        let rest = String(word.dropFirst(stem.count))
        guard let first = rest.first, isVowel(first) else { return nil }
        return inflection(rest: rest, after: lemma, stemLength: stem.utf16.count)
    }
}
