import HaberText

extension OrganizationExtractor {
    /// One language's organization cues (``OrganizationCues``) with their words numbered, so
    /// that what a form is among them is one mask worked out once per form (``CueFacts``)
    /// and a phrase is matched by testing bits, not by comparing strings at every token.
    ///
    /// A class: the context reader of each document held a copy of it, some 20 references
    /// retained and released a document.
    final class CueTable: Sendable {
        /// The distinct words of the cues; a word's number is its place here.
        let words: [String]
        let before: [[Int]]
        let after: [[Int]]
        let listBefore: [[Int]]
        let listAfter: [[Int]]
        /// The conjunctions of lists, asked of every form met: read by bytes (a `Set<String>`
        /// hashed the form's lowercase through Unicode normalization, 4.6 M instructions for
        /// 9,000 forms on the 2.55 MB bench), most forms refused by their length or opening.
        let conjunctions: KeyBits<Conjunction>
        /// The words that may end a cue before one name (the cues before a name and the list
        /// cues of several words), that open a cue after one, and the one-word cues before one.
        let endingBefore: UInt64
        let openingAfter: UInt64
        let singleWordBefore: UInt64
        /// The words that end some cue before a name or list cue (of one word or more), and
        /// that open some cue after one: where the word next to a list is neither, no phrase
        /// of them is matched there (``OrganizationExtractor/ContextReader/organizations(among:)``).
        let lastWordsBefore: UInt64
        let firstWordsAfter: UInt64
        /// Whether the language glues case endings to a cue (`şirketinin`).
        let inflected: Bool
        /// The numbers of the words by their first byte, and of the compound endings
        /// (`-konzern`) by their last: a form is compared only with the words its bytes may be.
        let wordsByFirstByte: [[Int]]
        let endingsByLastByte: [[Int]]
        /// Whether word number *n* is a compound ending (`-konzern`), read once here.
        let isEnding: [Bool]
        /// The bits of the words that are no compound ending, by their bytes: in a language
        /// that glues no case ending on, a form is such a word only when its lowercase or its
        /// key is that word, told by two lookups where comparing the form with every word of
        /// its first byte cost some 300 instructions a form.
        let exactWords: KeyBits<WordBits>
        /// The compound endings of one byte (a lone `-`), matched by the first byte.
        let endingsByFirstByte: [[Int]]

        /// The most distinct words a language's cues may hold: one bit each in a form's mask.
        static let maxWords = 64

        init(_ cues: OrganizationCues, inflected: Bool) {
            var words: [String] = []
            var numbers: [String: Int] = [:]
            func numbered(_ phrases: [[String]]) -> [[Int]] {
                phrases.map { phrase in
                    phrase.map { word in
                        if let known = numbers[word] { return known }
                        numbers[word] = words.count
                        words.append(word)
                        return words.count - 1
                    }
                }
            }
            before = numbered(cues.before)
            after = numbered(cues.after)
            listBefore = numbered(cues.listBefore)
            listAfter = numbered(cues.listAfter)
            self.words = words
            var conjunctions = KeyBits<Conjunction>()
            conjunctions.insert(contentsOf: cues.conjunctions, .conjunction)
            self.conjunctions = conjunctions
            self.inflected = inflected
            func mask(_ numbers: [Int]) -> UInt64 { numbers.reduce(0) { $0 | Self.bit($1) } }
            endingBefore = mask((before + listBefore.filter { $0.count >= 2 }).compactMap(\.last))
            openingAfter = mask(after.compactMap(\.first))
            singleWordBefore = mask(before.filter { $0.count == 1 }.map { $0[0] })
            lastWordsBefore = mask((before + listBefore).compactMap(\.last))
            firstWordsAfter = mask((after + listAfter).compactMap(\.first))
            isEnding = words.map(Self.isEnding)
            var byFirst = [[Int]](repeating: [], count: 256), byLast = [[Int]](repeating: [], count: 256)
            var endingsByFirst = [[Int]](repeating: [], count: 256)
            var exactWords = KeyBits<WordBits>()
            for (number, word) in words.enumerated() {
                if Self.isEnding(word), word.utf8.count > 1, let last = word.utf8.last {
                    byLast[Int(last)].append(number)
                } else if let first = word.utf8.first {
                    byFirst[Int(first)].append(number)
                    if Self.isEnding(word) { endingsByFirst[Int(first)].append(number) }
                }
                if !Self.isEnding(word), !word.isEmpty { exactWords.insert(word, WordBits(rawValue: Self.bit(number))) }
            }
            wordsByFirstByte = byFirst
            endingsByLastByte = byLast
            endingsByFirstByte = endingsByFirst
            self.exactWords = exactWords
        }

        /// Cue words as bits (bit *n* for word number *n*), the values of ``exactWords``.
        struct WordBits: OptionSet, Sendable {
            let rawValue: UInt64
        }

        /// The one bit of ``conjunctions``.
        struct Conjunction: OptionSet, Sendable {
            let rawValue: UInt8
            static let conjunction = Conjunction(rawValue: 1)
        }

        /// The bit of word number `number` in a mask; none past ``maxWords`` (the loader
        /// refuses a language with more).
        static func bit(_ number: Int) -> UInt64 { number < maxWords ? 1 << UInt64(number) : 0 }

        /// Whether `word` is a compound ending (`-konzern`).
        static func isEnding(_ word: String) -> Bool { word.hasPrefix("-") }

        /// What the cues say of a form.
        func facts(of form: TokenForm, kind: Token.Kind) -> CueFacts {
            var facts = CueFacts()
            let lower = form.lower
            facts.isConjunction = conjunctions[lower].contains(.conjunction)
            guard kind == .word else { return facts }
            let key = form.key.utf8
            // Both ends in one pass over the bytes: `utf8.last` alone cost 76 instructions.
            var bytes = lower
            guard let (first, last) = bytes.withUTF8({ $0.isEmpty ? nil : ($0[0], $0[$0.count - 1]) }) else { return facts }
            // The lists of candidates are walked in place: joined, they made an array a form.
            func match(_ numbers: [Int]) {
                for number in numbers where Self.matches(form, words[number], isEnding: isEnding[number], inflected: inflected) {
                    facts.words |= Self.bit(number)
                }
            }
            if !inflected {
                facts.words = exactWords[lower].rawValue | exactWords[form.key].rawValue
                match(endingsByFirstByte[Int(first)])
                match(endingsByLastByte[Int(last)])
                return facts
            }
            match(wordsByFirstByte[Int(first)])
            match(endingsByLastByte[Int(last)])
            if let keyFirst = key.first, keyFirst != first { match(wordsByFirstByte[Int(keyFirst)]) }
            return facts
        }

        /// Whether a word of form `form` is the cue word `word` (a compound ending with `-`,
        /// `isEnding`; an inflection of it in a language of case endings).
        static func matches(_ form: TokenForm, _ word: String, isEnding: Bool, inflected: Bool) -> Bool {
            let lower = form.lower
            if isEnding {
                let ending = word.dropFirst()
                return lower.count > ending.count + 2 && lower.hasSuffix(ending)
            }
            if lower == word || form.key == word { return true }
            return inflected && lower.hasUTF8Prefix(word) && lower.count - word.count <= 8
        }
    }

    /// Which cue words a form is (bit *n* for word *n* of its language's ``CueTable``), and
    /// whether it is a conjunction of lists.
    struct CueFacts: Sendable {
        var words: UInt64 = 0
        var isConjunction = false
    }
}
