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
        /// What bytes a form needs to be a cue word or a conjunction (``mayBeCue(_:)``).
        let shapes: Shapes

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
            var shapes = Shapes()
            for word in words {
                if Self.isEnding(word), word.utf8.count > 1 { shapes.insert(ending: word) } else { shapes.insert(word: word) }
            }
            for conjunction in cues.conjunctions { shapes.insert(conjunction: conjunction) }
            self.shapes = shapes
        }

        /// Whether `form` may be a cue word or a conjunction (``facts(of:kind:)`` finds some fact
        /// of it): false only where none of them can be, told by its first two bytes and last
        /// byte. Asked of every form a pipeline meets, so that the context reader looks up or
        /// works out the facts of the few forms that may have some (``Marks/mayBeCue``): it did
        /// so for every word next to a capitalized one, 11,500 facts worked out and 250,000
        /// looked up on the 2.59 MB bench.
        func mayBeCue(_ form: TokenForm) -> Bool {
            if form.lower.utf8.withContiguousStorageIfAvailable({ shapes.admits($0, asLowercase: true) }) ?? true { return true }
            guard form.keyID != form.lowerID else { return false }
            return form.key.utf8.withContiguousStorageIfAvailable { shapes.admits($0, asLowercase: false) } ?? true
        }

        /// The bytes that open or end the cue words and conjunctions (in their own bytes and in
        /// NFC): a form is compared with a word by its lowercase or key (``matches(_:_:isEnding:inflected:)``,
        /// ``exactWords``), opens with one (an inflection, by bytes), or ends with a compound
        /// ending by canonical equivalence, so a form that opens and ends with other bytes and
        /// has none from 0xCC on (which may differ from its NFC, ``LookupKey/needsNormalizing(_:)``)
        /// is none of them.
        struct Shapes: Sendable {
            /// The first two bytes of each word and conjunction of two bytes or more, and the
            /// last four of each compound ending of four or more, hashed to one bit each: the
            /// last byte alone let most German words through (`-konzern`, `-zulieferer`).
            private var openings = [UInt64](repeating: 0, count: Self.bits / 64)
            private var endings = [UInt64](repeating: 0, count: Self.bits / 64)
            /// The first byte of each word of one byte and of each lone `-` ending: such a word
            /// opens longer inflections of it.
            private var firstBytes = ByteSet()
            /// The last byte of each compound ending shorter than four bytes.
            private var lastBytes = ByteSet()

            static var bits: Int { 4096 }

            mutating func insert(word: String) {
                for bytes in Self.spellings(of: word) {
                    guard let first = bytes.first else { continue }
                    if bytes.count < 2 { firstBytes.insert(first) } else { insertOpening(of: bytes) }
                }
            }

            /// Adds the compound ending `ending` (`-konzern`, whose bytes past the `-` end a form).
            mutating func insert(ending: String) {
                for bytes in Self.spellings(of: String(ending.dropFirst())) {
                    guard let last = bytes.last else { continue }
                    if bytes.count < 4 {
                        lastBytes.insert(last)
                    } else {
                        let slot = bytes.withUnsafeBufferPointer(Self.ending)
                        endings[slot >> 6] |= 1 << UInt64(slot & 63)
                    }
                }
            }

            mutating func insert(conjunction: String) {
                for bytes in Self.spellings(of: conjunction) where !bytes.isEmpty { insertOpening(of: bytes) }
            }

            private mutating func insertOpening(of bytes: [UInt8]) {
                let slot = bytes.withUnsafeBufferPointer(Self.opening)
                openings[slot >> 6] |= 1 << UInt64(slot & 63)
            }

            /// A word's own bytes and its NFC.
            private static func spellings(of word: String) -> [[UInt8]] {
                let bytes = Array(word.utf8)
                return [bytes, LookupKey.canonical(bytes)]
            }

            /// Whether the bytes of a form's lowercase (`asLowercase`, which is also matched
            /// against the compound endings) or of its key may be a cue word or a conjunction.
            @inline(__always)
            func admits(_ bytes: UnsafeBufferPointer<UInt8>, asLowercase: Bool) -> Bool {
                guard let first = bytes.first else { return false }
                let opening = Self.opening(bytes)
                if openings[opening >> 6] >> UInt64(opening & 63) & 1 != 0 || firstBytes.contains(first) { return true }
                if asLowercase {
                    if lastBytes.contains(bytes[bytes.count - 1]) { return true }
                    if bytes.count >= 4 {
                        let ending = Self.ending(bytes)
                        if endings[ending >> 6] >> UInt64(ending & 63) & 1 != 0 { return true }
                    }
                }
                return LookupKey.hasByteFromCC(bytes)
            }

            /// The bit of the first two bytes of `bytes` (of its one byte and a zero).
            @inline(__always)
            private static func opening(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
                let first = Int(bytes[0]), second = bytes.count < 2 ? 0 : Int(bytes[1])
                return (first &* 61 ^ second &* 7 ^ second >> 3) & (bits - 1)
            }

            /// The bit of the last four bytes of `bytes`, which holds four or more.
            @inline(__always)
            private static func ending(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
                let last = UInt64(UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self))
                return Int(truncatingIfNeeded: (last &* 0x9E37_79B9_7F4A_7C15) >> 52)
            }
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
