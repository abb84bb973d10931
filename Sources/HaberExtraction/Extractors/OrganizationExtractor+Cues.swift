import HaberText

extension OrganizationExtractor {
    /// One language's organization cues (``OrganizationCues``) with their words numbered, so
    /// that what a form is among them is one mask worked out once per form (``CueFacts``)
    /// and a phrase is matched by testing bits, not by comparing strings at every token.
    struct CueTable: Sendable {
        /// The distinct words of the cues; a word's number is its place here.
        let words: [String]
        let before: [[Int]]
        let after: [[Int]]
        let listBefore: [[Int]]
        let listAfter: [[Int]]
        let conjunctions: Set<String>
        /// The words that may end a cue before one name (the cues before a name and the list
        /// cues of several words), that open a cue after one, and the one-word cues before one.
        let endingBefore: UInt64
        let openingAfter: UInt64
        let singleWordBefore: UInt64
        /// Whether the language glues case endings to a cue (`şirketinin`).
        let inflected: Bool
        /// The first bytes of the words and conjunctions, and the last bytes of the compound
        /// endings (`-konzern`): a form whose bytes are none of these is no cue word, told
        /// without comparing it with each.
        let firstBytes: ByteSet
        let lastBytes: ByteSet

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
            conjunctions = cues.conjunctions
            self.inflected = inflected
            func mask(_ numbers: [Int]) -> UInt64 { numbers.reduce(0) { $0 | Self.bit($1) } }
            endingBefore = mask((before + listBefore.filter { $0.count >= 2 }).compactMap(\.last))
            openingAfter = mask(after.compactMap(\.first))
            singleWordBefore = mask(before.filter { $0.count == 1 }.map { $0[0] })
            var firstBytes = ByteSet(), lastBytes = ByteSet()
            for word in words + conjunctions {
                if word.hasPrefix("-"), word.utf8.count > 1, let last = word.utf8.last {
                    lastBytes.insert(last)
                } else if let first = word.utf8.first {
                    firstBytes.insert(first)
                }
            }
            self.firstBytes = firstBytes
            self.lastBytes = lastBytes
        }

        /// The bit of word number `number` in a mask; none past ``maxWords`` (the loader
        /// refuses a language with more).
        static func bit(_ number: Int) -> UInt64 { number < maxWords ? 1 << UInt64(number) : 0 }

        /// What the cues say of a form.
        func facts(of form: TokenForm, kind: Token.Kind) -> CueFacts {
            var facts = CueFacts()
            let lower = form.lower.utf8, key = form.key.utf8
            guard lower.first.map(firstBytes.contains) == true || key.first.map(firstBytes.contains) == true
                    || lower.last.map(lastBytes.contains) == true else { return facts }
            facts.isConjunction = conjunctions.contains(form.lower)
            guard kind == .word else { return facts }
            for (number, word) in words.enumerated() where Self.matches(form, word, inflected: inflected) {
                facts.words |= Self.bit(number)
            }
            return facts
        }

        /// Whether a word of form `form` is the cue word `word` (a compound ending with `-`;
        /// an inflection of it in a language of case endings).
        static func matches(_ form: TokenForm, _ word: String, inflected: Bool) -> Bool {
            let lower = form.lower
            if word.hasPrefix("-") {
                let ending = word.dropFirst()
                return lower.count > ending.count + 2 && lower.hasSuffix(ending)
            }
            if lower == word || form.key == word { return true }
            return inflected && lower.hasPrefix(word) && lower.count - word.count <= 8
        }
    }

    /// Which cue words a form is (bit *n* for word *n* of its language's ``CueTable``), and
    /// whether it is a conjunction of lists.
    struct CueFacts: Sendable {
        var words: UInt64 = 0
        var isConjunction = false
    }
}
