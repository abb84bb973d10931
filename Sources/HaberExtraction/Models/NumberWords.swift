import Foundation
import Synchronization
import HaberICU

/// Spelled-out numbers (`elli sekiz`, `fifty-eight`, `cinquante-huit`), read by ICU's
/// rule-based number format behind three shortcuts: a phrase is read only when each of its
/// words starts like a number word of the language (words taken from ICU's own spell-out
/// of 0–100, the hundreds and the powers of a thousand), a phrase written as one of ICU's
/// rule sets writes a number is read from tables of those spellings (``Spellings``, kept
/// in the model cache), and every answer is remembered. One reader serves every extractor
/// (dates, money, percentages).
///
/// Lenient RBNF parsing compares with a collator and costs millions of instructions a
/// call, the first call of a parser several more; without the filter it dominated
/// extraction time. Parsers are not thread-safe, so they are pooled and lent to one caller
/// at a time.
public final class NumberWords: @unchecked Sendable {
    private let lock = NSLock()
    private var languages: [String: Language] = [:]
    /// Where each language's ``Spellings`` are kept between runs.
    private let cache: ModelCache

    /// Spelled-out numbers whose tables are kept in `cache` (by default built in memory at
    /// each run).
    public init(cache: ModelCache = ModelCache(folder: nil)) {
        self.cache = cache
    }

    /// A reader of `language`'s spelled-out numbers.
    public func reader(_ language: String) -> Reader { Reader(words: words(of: language)) }

    public struct Reader: Sendable {
        let words: Language
        public var language: String { words.language }

        /// The value of `phrase` when the whole of it spells a number.
        public func value(of phrase: String) -> Double? { words.value(of: phrase) }

        /// Whether `word` could open a spelled-out number (`dördünde` → `dört`).
        public func mayStartNumber(_ word: String) -> Bool { words.mayBeNumberWord(word) }

        /// Whether the default spell-out gives `word` (lowercase) a value of its own inside a
        /// number, though it may be no number alone (`ciento` of `ciento treinta`).
        public func hasWordValue(_ word: String) -> Bool { words.wordValues[word] != nil }

        /// Whether `word` opens with the first two letters of some number word: when it does
        /// not, neither it nor any head of it of two letters or more is a number word.
        public func hasNumberWordOpening(_ word: String) -> Bool { words.hasNumberWordOpening(word) }

        /// Whether `word` (lowercase) links a hundred or a power of a thousand to the rest of
        /// a number in some rule set (`and` of `one hundred and twenty`): a word inside a
        /// spelled number, though no number word.
        public func isLink(_ word: String) -> Bool { words.links.contains(word) }
    }

    /// Every number word of `language` (lowercase), from ICU's spell-out.
    public func words(_ language: String) -> Set<String> { words(of: language).words }

    func mayBeNumberWord(_ word: String, language: String) -> Bool { words(of: language).mayBeNumberWord(word) }

    /// The number words of one language, built on first use (opening ICU's spell-out
    /// rules for a language costs milliseconds, and most runs meet one or two languages).
    private func words(of language: String) -> Language {
        lock.lock()
        defer { lock.unlock() }
        if let known = languages[language] { return known }
        let built = Language(language, spellings: Spellings(language: language, cache: cache))
        languages[language] = built
        return built
    }

    /// One language's number words, parsers and remembered answers.
    final class Language: @unchecked Sendable {
        let language: String
        let words: Set<String>
        /// The first two letters of every number word, for a quick no.
        private let openings: Set<String>
        /// The openings made of two letters below U+0300, by ``letterPair(_:)``, a bit each:
        /// most words open with two such letters (ASCII, or Latin with accents: `çok`,
        /// `geçen`, `über`), and are refused at one array load instead of a memo look-up
        /// (hashing the word, some 3,000 instructions; 65 million on the bench for the ASCII
        /// pairs, and 13 million more once the pairs took the letters below U+0300).
        private let letterOpenings: [UInt64]
        /// ``lowercaseLetters``, held by each language: the static read at each word went
        /// through `swift_once` (some 43 instructions, a million on the bench).
        private let lowercase = Language.lowercaseLetters
        /// The number words of two letters or more by their first two letters, each with its
        /// stem less the last letter when it has four or more (`dört` → `dör`, for `dördü`):
        /// a word may open a number only with one of its own opening.
        private let stems: [String: [(word: String, softened: String?)]]
        /// The value of every number word that ICU spells alone (`elli` → 50, `milyon` → 10⁶).
        let wordValues: [String: Double]
        /// Every word of every public spell-out rule set (cardinal, ordinal, year…) for the
        /// numbers ICU composes others from, folded (see ``folded(_:)``), and the length of
        /// the longest.
        private let pieces: (words: Set<[Unicode.Scalar]>, longest: Int)
        /// The first words of those spellings, folded, and the length of the longest; and
        /// whether the spell-out writes pieces together (``Spellings/joinsPieces``).
        private let openers: (words: Set<[Unicode.Scalar]>, longest: Int)
        private let joinsPieces: Bool
        /// How every public rule set writes those numbers, lowercased, with their values
        /// (``Spellings/values``).
        private let spelledValues: [String: Double]
        /// ``Spellings/links``.
        let links: Set<String>
        /// ``Spellings/alone``, ``Spellings/pairs`` and ``Spellings/multipliers``, and the
        /// words of those pairs.
        private let alone: [String: Double?]
        private let pairs: Set<String>
        private let multipliers: Set<String>
        private let pairWords: Set<String>
        /// ``Spellings/defaultTexts`` and ``Spellings/rules``, as kept, and where each of the
        /// texts ends in the bytes of `joinedTexts`, found once needed (a string for each of
        /// them cost half a million instructions a language).
        private let joinedTexts: String?
        private var textEnds: [Int]?
        private let rules: String?
        private let lock = NSLock()
        private var parsers: [SpelloutParser] = []
        private var formatters: [SpelloutFormatter] = []
        /// ``rulesGrammar()`` once built: nil where the rules cannot be modelled.
        private var grammar: Grammar?
        private var hasBuiltGrammar = false
        private let memo = Memo<String, Double?>(limit: 40_000)
        private let wordMemo = Memo<String, Bool>(limit: 40_000)

        init(_ language: String, spellings: Spellings) {
            self.language = language
            let set = spellings.words
            words = set
            wordValues = spellings.wordValues
            pieces = (spellings.pieces, spellings.longestPiece)
            openers = (spellings.openers, spellings.longestOpener)
            joinsPieces = spellings.joinsPieces
            spelledValues = spellings.values
            links = spellings.links
            alone = spellings.alone
            pairs = spellings.pairs
            multipliers = spellings.multipliers
            pairWords = spellings.pairWords
            joinedTexts = spellings.defaultTexts
            rules = spellings.rules
            openings = Set(set.map { String($0.prefix(2)) })
            // An opening equals the two letters of a word's ``letterPair(_:)`` exactly when its
            // NFC is those two scalars: they are in NFC, and `String` compares canonically.
            var letterOpenings = [UInt64](repeating: 0, count: (Self.letterCount * Self.letterCount + 63) / 64)
            for opening in openings {
                // Scalars all below U+0300 are in NFC already (normalizing cost 5,000 instructions an opening).
                let scalars = opening.unicodeScalars.allSatisfy({ $0.value < 0x300 })
                    ? Array(opening.unicodeScalars) : Array(opening.precomposedStringWithCanonicalMapping.unicodeScalars)
                guard scalars.count == 2, scalars.allSatisfy({ $0.value < 0x300 }) else { continue }
                let pair = Int(scalars[0].value) * Self.letterCount + Int(scalars[1].value)
                letterOpenings[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            self.letterOpenings = letterOpenings
            var stems: [String: [(word: String, softened: String?)]] = [:]
            for word in set.sorted() where word.count >= 2 {
                stems[String(word.prefix(2)), default: []].append((word, word.count >= 4 ? String(word.dropLast()) : nil))
            }
            self.stems = stems
        }

        func value(of phrase: String) -> Double? {
            if let known = memo.value(for: phrase) { return known }
            let parts = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            guard mayBeNumber(parts) else {
                memo.store(nil, for: phrase)
                return nil
            }
            let value = canonicalValue(of: parts.map { String($0) })
                ?? (isComposedOfPieces(phrase) ? spelledValue(of: phrase) ?? readValue(of: phrase, parts: parts) : nil)
            memo.store(value, for: phrase)
            return value
        }

        /// ICU's lenient answer for `phrase` past ``mayBeRead(_:parts:)``, from the tables where they hold it: a word that
        /// no spelling opens with, alone (``Spellings/alone``: `millones`), and two words in a
        /// row that no parse reads (``hasUnreadPair(_:parts:)``: `ikinci bir`); else from the
        /// parser.
        private func readValue(of phrase: String, parts: [Substring]) -> Double? {
            guard mayBeRead(phrase, parts: parts) else { return nil }
            if parts.count == 1, let known = alone[phrase] { return known }
            return hasUnreadPair(phrase, parts: parts) || !rulesMayRead(phrase) ? nil : parsedValue(of: phrase)
        }

        /// Whether ICU's spell-out rules (``Grammar``) derive `phrase`, folded, when it is made
        /// of letters, spaces and hyphens only (digits fold to nothing, and a decimal format
        /// reads them): lenient parsing reads no phrase they do not. Yes where the rules use
        /// syntax the grammar does not model.
        func rulesMayRead(_ phrase: String) -> Bool {
            guard phrase.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == " " || $0 == "-" }),
                  let grammar = rulesGrammar() else { return true }
            return grammar.mayRead(Self.folded(phrase))
        }

        /// The ``Grammar`` of the language's spell-out rules, built at the first phrase that
        /// needs it.
        private func rulesGrammar() -> Grammar? {
            lock.lock()
            let (done, known) = (hasBuiltGrammar, grammar)
            lock.unlock()
            if done { return known }
            if var rules {
                // The lines, joined by ``Spellings/separator`` in the cache, as the formatter writes them.
                rules = rules.withUTF8 { bytes in
                    String(decoding: bytes.map { $0 == Spellings.separator ? UInt8(ascii: "\n") : $0 }, as: UTF8.self)
                }
                let built = Grammar(rules: rules)
                lock.lock()
                (grammar, hasBuiltGrammar) = (built, true)
                lock.unlock()
                return built
            }
            lock.lock()
            let pooled = formatters.popLast()
            lock.unlock()
            let formatter = pooled ?? (try? SpelloutFormatter(locale: language))
            let built = formatter?.rules.flatMap { Grammar(rules: $0) }
            lock.lock()
            if let formatter { formatters.append(formatter) }
            (grammar, hasBuiltGrammar) = (built, true)
            lock.unlock()
            return built
        }

        /// Whether `phrase`, lowercase and made of words of the spellings (where the
        /// spell-out never joins pieces), has two words in a row that no rule set writes so
        /// and the second of which is no multiplier (``Spellings/pairs``): lenient parsing
        /// reads no such phrase whole (`yedi bir`, `iki onuncu`), and `NumberWordsTests`
        /// compares with the parser on every two words of the spellings.
        func hasUnreadPair(_ phrase: String, parts: [Substring]) -> Bool {
            guard !pairs.isEmpty, parts.count >= 2, phrase == phrase.lowercased() else { return false }
            let words = parts.map(String.init)
            guard words.allSatisfy({ pairWords.contains($0) }) else { return false }
            return words.indices.dropFirst().contains { index in
                !multipliers.contains(words[index]) && !pairs.contains(words[index - 1] + " " + words[index])
            }
        }

        /// Whether `parts` may spell a number: each opens like a number word, or is a link
        /// (``Spellings/links``) between two of them.
        private func mayBeNumber(_ parts: [Substring]) -> Bool {
            guard let first = parts.first, let last = parts.last else { return false }
            guard !links.isEmpty else { return parts.allSatisfy { mayBeNumberWord(String($0)) } }
            return !links.contains(String(first)) && !links.contains(String(last))
                && parts.allSatisfy { mayBeNumberWord(String($0)) || links.contains(String($0)) }
        }

        /// ``value(of:)`` without the tables of spellings or the memo: the answer ICU's lenient
        /// parsing gives wherever the word-by-word reading does not, for tests to compare.
        func parsedOnlyValue(of phrase: String) -> Double? {
            let parts = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            guard mayBeNumber(parts) else { return nil }
            return canonicalValue(of: parts.map { String($0) }) ?? (isComposedOfPieces(phrase) ? parsedValue(of: phrase) : nil)
        }

        /// ``value(of:)`` without ICU's lenient parsing: the word-by-word reading, then the
        /// tables of spellings; nil where only the parser could say.
        func tabledValue(of phrase: String) -> Double? {
            let parts = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            guard mayBeNumber(parts) else { return nil }
            return canonicalValue(of: parts.map { String($0) }) ?? (isComposedOfPieces(phrase) ? spelledValue(of: phrase) : nil)
        }

        /// The value of `phrase` when it is written exactly as a public rule set writes one of
        /// the numbers others are composed of (`üçüncü`, `einer`): what ICU's lenient parsing
        /// answers, without its cost (seven million instructions a call on the bench, and some
        /// thirty million more to set up a parser's collator in German or French).
        ///
        /// Exactly as written: lenient parsing is not blind to case everywhere (it reads
        /// `zweiundfünfzig` but not `ZWEIUNDFÜNFZIG`), so another case goes to the parser.
        private func spelledValue(of phrase: String) -> Double? {
            spelledValues.isEmpty ? nil : spelledValues[phrase]
        }

        /// The words of a phrase as the spell-out writes them apart: lowercase, split at spaces,
        /// hyphens and soft hyphens.
        static func words(of text: String) -> [String] {
            text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{AD}" }).map(String.init)
        }

        /// The value of a phrase written exactly as ICU spells its number out (`iki yüz elli`,
        /// `fifty-eight`), read word by word and confirmed by spelling the value out again.
        ///
        /// Lenient RBNF parsing costs about two million instructions a phrase (it tries every
        /// rule with a collator); spelling a number out costs a few thousand. A phrase the
        /// spell-out would not write word for word (`hundert`, `vingt et un`, a typo) goes to
        /// the parser, so the answers are the parser's.
        ///
        /// A word of the spell-out without a value of its own (`y` of `treinta y cinco`) adds
        /// nothing, and a link (`and` after `hundred`) is left out of the comparison: the
        /// spelling out again confirms the rest. A power of a thousand multiplies every group
        /// of smaller powers before it (`cuatrocientos mil doscientos millones`, Spanish long
        /// scale: 400,200 millions).
        private func canonicalValue(of parts: [String]) -> Double? {
            var groups: [(value: Double, power: Double)] = []
            var group = 0.0
            var previous = 0.0
            var compared = parts
            for part in parts {
                if links.contains(part) {
                    guard previous >= 100 else { return nil }
                    compared.removeAll { $0 == part }
                    continue
                }
                guard let value = wordValues[part] else {
                    if words.contains(part) { continue }
                    return nil
                }
                previous = value
                if value >= 1000 {
                    var sum = group
                    while let last = groups.last, last.power < value {
                        sum += last.value
                        groups.removeLast()
                    }
                    groups.append((max(sum, 1) * value, value))
                    group = 0
                } else if value == 100 {
                    group = max(group, 1) * 100
                } else {
                    group += value
                }
            }
            let value = groups.reduce(group) { $0 + $1.value }
            guard value < 1e15 else { return nil }
            if let spelled = defaultText(of: Int(value)) { return Self.words(of: spelled) == compared ? value : nil }
            lock.lock()
            let pooled = formatters.popLast()
            lock.unlock()
            guard let formatter = pooled ?? (try? SpelloutFormatter(locale: language)) else { return nil }
            let spelled = formatter.text(for: Int(value))
            lock.lock()
            formatters.append(formatter)
            lock.unlock()
            guard let spelled, Self.words(of: spelled) == compared else { return nil }
            return value
        }

        /// The default spell-out of `value` from ``Spellings/defaultTexts``, nil where they do
        /// not hold it.
        private func defaultText(of value: Int) -> String? {
            guard let place = Spellings.spelledPlaces[value], var joined = joinedTexts else { return nil }
            lock.lock()
            defer { lock.unlock() }
            return joined.withUTF8 { bytes -> String? in
                if textEnds == nil { textEnds = bytes.indices.filter { bytes[$0] == Spellings.separator } + [bytes.count] }
                guard let ends = textEnds, place < ends.count else { return nil }
                let start = place == 0 ? 0 : ends[place - 1] + 1
                guard start < ends[place] else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<ends[place]]), as: UTF8.self)
            }
        }

        /// Lowercase letters without their accents, dotless `ı` as `i`, nothing else: lenient
        /// parsing compares at the collator's primary strength, which ignores case and
        /// accents, so two strings it may take as equal fold alike.
        static func folded(_ text: String) -> [Unicode.Scalar] {
            // ASCII folds to its letters lowercased, read from the bytes: lowercasing and
            // decomposing through Foundation, then asking each scalar's properties, cost some
            // 17,000 instructions a phrase (`millionen`, `milyon` alone after digits).
            var text = text
            let ascii = text.withUTF8 { bytes -> [Unicode.Scalar]? in
                var letters: [Unicode.Scalar] = []
                letters.reserveCapacity(bytes.count)
                for byte in bytes {
                    switch byte {
                    case 0x61...0x7A: letters.append(Unicode.Scalar(byte))
                    case 0x41...0x5A: letters.append(Unicode.Scalar(byte + 0x20))
                    case 0x80...: return nil
                    default: continue
                    }
                }
                return letters
            }
            if let ascii { return ascii }
            // Below U+0300 scalar by scalar, each beyond ASCII folded once a run (as
            // ``Grammar`` folds the rules' texts, and for the same reason): through Foundation,
            // a phrase with one letter beyond ASCII cost some 6,000 instructions.
            if text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) {
                var letters: [Unicode.Scalar] = []
                letters.reserveCapacity(text.utf8.count)
                for scalar in text.unicodeScalars {
                    switch scalar {
                    case "a"..."z": letters.append(scalar)
                    case "A"..."Z": letters.append(Unicode.Scalar(UInt8(scalar.value + 32)))
                    case _ where scalar.isASCII: continue
                    default: letters += foldedLetter(scalar)
                    }
                }
                return letters
            }
            return slowlyFolded(text)
        }

        /// ``folded(_:)`` of each scalar from U+0080 to U+02FF met so far.
        private static let foldedLetters = Mutex<[[Unicode.Scalar]?]>(Array(repeating: nil, count: 0x300))

        /// ``folded(_:)`` of `scalar`, from U+0080 to U+02FF.
        private static func foldedLetter(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
            let index = Int(scalar.value)
            if let known = foldedLetters.withLock({ $0[index] }) { return known }
            let folded = slowlyFolded(String(scalar))
            foldedLetters.withLock { $0[index] = folded }
            return folded
        }

        /// ``folded(_:)`` through Foundation's lowercase and decomposition.
        private static func slowlyFolded(_ text: String) -> [Unicode.Scalar] {
            var scalars: [Unicode.Scalar] = []
            for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                if scalar == "ı" {
                    scalars.append("i")
                } else if scalar.properties.isAlphabetic, !scalar.properties.isDiacritic,
                          scalar.properties.generalCategory != .nonspacingMark {
                    scalars.append(scalar)
                }
            }
            return scalars
        }

        /// Whether `phrase`, folded, is a sequence of spell-out words: lenient parsing can
        /// only read a phrase made of the rules' words, and `birlikte`, `onay` or `yüzde`,
        /// which open like a number word, are not. This spares the parser (two million
        /// instructions a call) the many words that merely open like a number.
        private func isComposedOfPieces(_ phrase: String) -> Bool {
            Self.isSequence(Self.folded(phrase)[...], of: pieces.words, longest: pieces.longest)
        }

        /// Whether `letters` (not empty) is a sequence of `words`, the longest of which has
        /// `longest` letters.
        static func isSequence(_ letters: ArraySlice<Unicode.Scalar>, of words: Set<[Unicode.Scalar]>, longest: Int) -> Bool {
            guard !letters.isEmpty else { return false }
            let letters = Array(letters)
            var reachable = Array(repeating: false, count: letters.count + 1)
            reachable[0] = true
            // The letters from `start` to `end`, grown one at a time: an array made for each
            // asked cost an allocation each.
            var probe: [Unicode.Scalar] = []
            probe.reserveCapacity(longest)
            for start in 0..<letters.count where reachable[start] {
                probe.removeAll(keepingCapacity: true)
                for end in (start + 1)..<(min(letters.count, start + longest) + 1) {
                    probe.append(letters[end - 1])
                    if !reachable[end], words.contains(probe) { reachable[end] = true }
                }
            }
            return reachable[letters.count]
        }

        /// Two conditions every phrase that ICU's lenient parsing reads meets, checked from the
        /// tables: it opens as some spelling opens (`milyon`, `millionen` or `et` alone is no
        /// number), and, where the spell-out never writes two pieces together nor is read so
        /// (Turkish), each of its words made of letters only is one piece (`ondokuz` is none). Each parse the conditions spare cost millions
        /// of instructions, the first of a language some twenty million more for its collator.
        ///
        /// Both are necessary only: a phrase that meets them still goes to the parser, and
        /// `NumberWordsTests` compares the reader with the parser on the phrases they refuse.
        func mayBeRead(_ phrase: String, parts: [Substring]) -> Bool {
            let letters = Self.folded(phrase)
            let (words, longest) = openers
            guard (1..<(min(letters.count, longest) + 1)).contains(where: { words.contains(Array(letters[..<$0])) }) else { return false }
            return joinsPieces || parts.allSatisfy { part in
                !part.unicodeScalars.allSatisfy(\.properties.isAlphabetic) || pieces.words.contains(Self.folded(String(part)))
            }
        }

        /// The value ICU's lenient spell-out parsing gives `phrase`.
        private func parsedValue(of phrase: String) -> Double? {
            lock.lock()
            let pooled = parsers.popLast()
            lock.unlock()
            guard let parser = pooled ?? (try? SpelloutParser(locale: language)) else { return nil }
            let value = parser.value(of: phrase)
            lock.lock()
            parsers.append(parser)
            lock.unlock()
            return value
        }

        func mayBeNumberWord(_ word: String) -> Bool {
            if let pair = letterPair(word), !opensWith(pair) { return false }
            if let known = wordMemo.value(for: word) { return known }
            let answer = opensLikeNumberWord(word)
            wordMemo.store(answer, for: word)
            return answer
        }

        /// Whether the first two letters of `word`, lowercase, open some number word: the first
        /// test of ``opensLikeNumberWord(_:)`` (``Reader/hasNumberWordOpening(_:)``).
        func hasNumberWordOpening(_ word: String) -> Bool {
            if let pair = letterPair(word) { return opensWith(pair) }
            return openings.contains(String(word.lowercased().prefix(2)))
        }

        /// ``mayBeNumberWord(_:)`` without its shortcuts.
        func opensLikeNumberWord(_ word: String) -> Bool {
            let lower = word.lowercased()
            // An inflected number word (`yirmisi`, `dördünde`): it starts with one, its last
            // consonant possibly softened.
            let opening = String(lower.prefix(2))
            return openings.contains(opening) && (words.contains(lower) || (stems[opening] ?? []).contains {
                lower.hasUTF8Prefix($0.word) || ($0.softened.map { lower.hasUTF8Prefix($0) } ?? false)
            })
        }

        /// Whether some number word opens with the two letters of `pair` (``letterPair(_:)``).
        private func opensWith(_ pair: Int) -> Bool { letterOpenings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 }

        /// The first two characters of `word`, lowercased, as one number, when both are letters
        /// below U+0300 each lowercased to one such letter (``lowercaseLetters``), and the
        /// scalar after them, if any, is also below U+0300 (none of those joins a character
        /// before it, so no combining mark joins the second): then they are the whole of
        /// `word.lowercased().prefix(2)`.
        ///
        /// Read from the word's UTF-8 bytes: a scalar below U+0300 is one byte below 0x80 or a
        /// lead byte below 0xCC and one more, and a lead byte of 0xCC or above opens a scalar
        /// of U+0300 or above (its scalars decoded one by one cost some 150 instructions a
        /// word, 4.7 M on the 2.59 MB bench), in place (a copy to call `withUTF8` on retained
        /// the string); nil, the long way, for a string of no contiguous bytes.
        func letterPair(_ word: String) -> Int? {
            word.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
                var index = 0
                // The next scalar when it is below U+0300 (else nil), and the index after it.
                func scalar() -> Int? {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        index += 1
                        return Int(lead)
                    }
                    guard lead < 0xCC, index + 1 < bytes.count else { return nil }
                    index += 2
                    return Int(lead & 0x1F) << 6 | Int(bytes[index - 1] & 0x3F)
                }
                guard bytes.count >= 2, let first = scalar(), index < bytes.count, let second = scalar() else { return nil }
                let one = lowercase[first], two = lowercase[second]
                guard one != 0, two != 0 else { return nil }
                if index < bytes.count, bytes[index] >= 0xCC { return nil }
                return Int(one) * Self.letterCount + Int(two)
            } ?? nil
        }

        /// The scalars below U+0300, which ``letterPair(_:)`` numbers in pairs: a bit for each
        /// pair is 72 KB a language (a pair of 10 bits each, 128 KB, cost 130,000 instructions
        /// a language to clear).
        static let letterCount = 0x300

        /// For each scalar below U+0300, its lowercase when it is a letter whose lowercase is
        /// one scalar below U+0300, else 0 (`İ`, whose lowercase is `i` and a combining dot):
        /// a table, as looking up the mapping costs more than the memo the shortcut spares.
        static let lowercaseLetters: [UInt16] = (0..<0x300).map { value in
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { return 0 }
            let lower = Array(scalar.properties.lowercaseMapping.unicodeScalars)
            guard lower.count == 1, lower[0].value < 0x300 else { return 0 }
            return UInt16(lower[0].value)
        }
    }
}
