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
        var word = word
        if let found = word.withUTF8({ caseEndings.endsInEnding($0, minimumLength: minimumLength, maximumLength: 7) }) {
            return found
        }
        return mayEndInCaseEndingByCharacters(word, minimumLength: minimumLength)
    }

    /// ``mayEndInCaseEnding(_:minimumLength:)`` letter by letter, for the words the byte
    /// walk leaves (those with a letter from U+0300 on, where a letter may be several scalars).
    static func mayEndInCaseEndingByCharacters(_ word: String, minimumLength: Int) -> Bool {
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
    private static let caseEndings = ReversedEndings(everyCaseEnding)

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

/// Endings as a trie of their UTF-8 bytes from the last: whether a word ends in one is read in
/// one walk from its end, with no string built and none hashed (a first sight of a
/// capitalized word asked this with up to seven substrings and set lookups).
struct ReversedEndings: Sendable {
    /// Per node, its edges (byte, child); node 0 is the root.
    private var edges: [[(byte: UInt8, child: Int32)]] = [[]]
    /// Whether a node ends an ending.
    private var isEnd: [Bool] = [false]

    init<S: Sequence>(_ endings: S) where S.Element == String {
        for ending in endings {
            var node = 0
            for byte in ending.utf8.reversed() {
                if let next = edges[node].first(where: { $0.byte == byte }) {
                    node = Int(next.child)
                } else {
                    edges.append([])
                    isEnd.append(false)
                    edges[node].append((byte, Int32(edges.count - 1)))
                    node = edges.count - 1
                }
            }
            isEnd[node] = true
        }
    }

    /// Whether `word` ends in an ending of `minimumLength` to `maximumLength` letters that
    /// leaves a stem of two letters or more, in a word of four letters or more; nil when
    /// the word holds a scalar from U+0300 on (a combining mark may join a letter: the caller
    /// counts letters as characters then).
    func endsInEnding(_ word: UnsafeBufferPointer<UInt8>, minimumLength: Int, maximumLength: Int) -> Bool? {
        var letters = 0
        for byte in word {
            // A lead byte of a scalar from U+0300 on (`CC 80` is U+0300), or of three or four bytes.
            if byte >= 0xCC, byte & 0xC0 != 0x80 { return nil }
            if byte & 0xC0 != 0x80 { letters += 1 }
        }
        guard letters >= 4, minimumLength <= letters - 2 else { return false }
        let longest = min(maximumLength, letters - 2)
        var node = 0, read = 0
        for byte in word.reversed() {
            guard let next = edges[node].first(where: { $0.byte == byte }) else { return false }
            node = Int(next.child)
            guard byte & 0xC0 != 0x80 else { continue }
            read += 1
            if read > longest { return false }
            if read >= minimumLength, isEnd[node] { return true }
        }
        return false
    }
}
