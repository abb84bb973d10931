extension TurkishSuffixes {
    /// Every way to read `word` (lowercase), a unit written after an amount, as stem +
    /// suffix: case endings and `-lık` by harmony (`sterline`, `dolarlık`), and case endings
    /// after a possessive (`doları` + `nı`, `lirası` + `na`). A stem of fewer than four letters
    /// only before a suffix in `l` (`yenlik`): `yeni` is "new", not `yen` + `i`.
    public static func unitSplits(of word: String) -> [(stem: String, suffix: String)] {
        if let known = unitMemo.value(for: word) { return known }
        let found = readUnitSplits(of: word).filter { stem, suffix in stem.count >= 4 || suffix.hasPrefix("l") }
        unitMemo.store(found, for: word)
        return found
    }

    /// Splits already worked out: the words after amounts repeat from article to article.
    private static let unitMemo = Memo<[(stem: String, suffix: String)]>()

    private static func readUnitSplits(of word: String) -> [(stem: String, suffix: String)] {
        var results = splits(of: word, derivations: true)
        let characters = Array(word)
        guard characters.count >= 5 else { return results }
        for cut in stride(from: characters.count - 1, through: 3, by: -1) where characters.count - cut <= 5 {
            let head = String(characters[..<cut]), suffix = String(characters[cut...])
            // The possessive ends in a high vowel; the case ending after it opens with its buffer.
            guard "ıiuü".contains(characters[cut - 1]), suffix.first == "n" || suffix.first == "y" || suffix.first == "d",
                  isCaseEndingAfterPossessive(suffix, head: head) else { continue }
            results.append((head, suffix))
        }
        return results
    }
}

extension TurkishSuffixes {
    /// Whether `word` (lowercase) ends in a case ending of `minimumLength` letters or more
    /// that some stem takes: only such a word can have a split of ``splits(of:derivations:)``
    /// with such an ending, so the others need not be split.
    ///
    /// - Complexity: a few set lookups, against the dozens of a split.
    public static func mayEndInCaseEnding(_ word: String, minimumLength: Int) -> Bool {
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

    /// Every case ending after every kind of stem (the union of ``realizations(after:_:)``
    /// over a stem of each shape: each vowel, ending in it, in a voiced or a voiceless consonant).
    private static let everyCaseEnding: Set<String> = {
        var endings: Set<String> = []
        for vowel in "aıoueiöü" {
            for stem in [[vowel], [vowel, "d"], [vowel, "t"]] as [[Character]] {
                endings.formUnion(realizations(after: stem, .caseEndings))
            }
        }
        return endings
    }()
}
