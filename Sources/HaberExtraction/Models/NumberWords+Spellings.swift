import Foundation
import HaberICU

extension NumberWords {
    /// What ICU's spell-out rules of one language say about the numbers that others are
    /// composed of (0–100, the hundreds, the first two of each power of a thousand): their
    /// words, and how every public rule set (cardinal, ordinal, year…) writes them.
    ///
    /// Spelling those numbers out in every rule set and folding the words cost about 120
    /// million instructions a language (a tenth of a second at the first phrase that needed
    /// them), paid again by every run: the tables are kept in the ``ModelCache`` as lines,
    /// fingerprinted by the ICU version, and read back in well under a million.
    struct Spellings: Sendable {
        /// Every word of the default spell-out of ``wordNumbers`` (lowercase).
        var words: Set<String> = []
        /// The value of every word that the default spell-out writes alone (`elli` → 50).
        var wordValues: [String: Double] = [:]
        /// Every word of every public rule set for ``pieceNumbers``, folded (see
        /// ``Language/folded(_:)``), and the length of the longest.
        var pieces: Set<[Unicode.Scalar]> = []
        var longestPiece = 0
        /// The first word of every spelling of ``pieceNumbers`` in every public rule set,
        /// folded, and the length of the longest: a spelled number opens with one of them.
        var openers: Set<[Unicode.Scalar]> = []
        var longestOpener = 0
        /// Whether some word of those spellings is two pieces or more written together
        /// (`neunzehn`), or ICU's lenient parsing reads a spelling with a separator left out
        /// (`fiftyeight`, `dixsept`: it ignores spaces and hyphens in most languages): where
        /// neither, a word made of several pieces (`ondokuz`) is no number.
        var joinsPieces = true
        /// How each public rule set writes each of ``pieceNumbers``, with its value: `üçüncü`
        /// → 3, `einer` → 1. A text that two rule sets give two values is left out, for ICU to
        /// decide.
        ///
        /// ICU does not read back all it writes (`decimosegundos`, Spanish plural ordinals,
        /// reads as no number): a text is answered from here only past the reader's filters,
        /// and `NumberWordsTests` checks, for every text that gets through them and for the
        /// numbers 0…10,000 in every rule set, that ICU's lenient parsing gives the same value.
        var values: [String: Double] = [:]
        /// Words that some public rule set writes between a hundred or a power of a thousand
        /// and the rest of a number, where the default spell-out writes none (`and` of `one
        /// hundred and twenty`): read inside a phrase, never at either end.
        var links: Set<String> = []
        /// ICU's lenient answer for each word of the spellings of ``pieceNumbers`` that no
        /// spelling opens with (`millones`, `cents`), alone: nil where it reads no number.
        /// Asked once when the tables are built, so that such a word met alone in a text
        /// (`millones` after digits) costs no parser (and no collator, some thirty million
        /// instructions the first time in a language).
        var alone: [String: Double?] = [:]
        /// Where the spell-out never joins pieces (``joinsPieces`` false): every two words
        /// that some public rule set writes one after the other (lowercase, as written) for
        /// ``pairNumbers``, and the words that multiply or add nothing to what comes before
        /// (the last word of each rule set's zero, hundred and powers of a thousand), which
        /// lenient parsing reads after any number word (`yirmi yüz`, `bin milyon`). Two words
        /// in a row that are neither are read by no parse (`ikinci bir`, `yedi bir`).
        var pairs: Set<String> = []
        /// Every word of ``pairs``, gathered from the rows: split back out of the joined pairs
        /// character by character, they cost some two million instructions at each start.
        var pairWords: Set<String> = []
        var multipliers: Set<String> = []
        /// The default spell-out of each of ``spelledNumbers`` as ICU writes it (`beş milyon`),
        /// in their order (empty where not kept), joined by ``separator``: the reader spells a
        /// value out again to confirm a phrase read word by word (``Language/canonicalValue(of:)``),
        /// and opening a formatter for it cost 3 million instructions a language at every start.
        /// Split when first needed (``Language/defaultText(of:)``).
        var defaultTexts: String?
        /// The spell-out's rules (``SpelloutFormatter/rules``), their lines joined by
        /// ``separator``, for ``Grammar``, read without opening a formatter; nil when they
        /// were not kept.
        var rules: String?

        /// The numbers of ``defaultTexts``: 0 to 100, the hundreds, and each of them times each
        /// power of a thousand up to 10¹² (`five million`), as a spelled amount gives them.
        static let spelledNumbers: [Int] = {
            let multiples = Array(0...100) + Array(stride(from: 200, through: 900, by: 100))
            return multiples + [1000, 1_000_000, 1_000_000_000, 1_000_000_000_000].flatMap { power in
                multiples.dropFirst().map { $0 * power }
            }
        }()

        /// The place of each of ``spelledNumbers`` in it.
        static let spelledPlaces = Dictionary(spelledNumbers.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

        /// What separates the lines of ``rules`` and the texts of ``defaultTexts`` in their
        /// rows (a field holds no tab or line break): the unit separator, which no rule nor
        /// spell-out writes.
        static let separator = UInt8(0x1F)

        /// The numbers whose spellings give ``pairs``: every two words in a row of a spelled
        /// number meet in one of them.
        static let pairNumbers: [Int] = {
            let multiples: [Int] = Array(1...100) + Array(stride(from: 200, through: 900, by: 100))
            var numbers: [Int] = Array(0...2000)
            for power in [1000, 1_000_000, 1_000_000_000, 1_000_000_000_000] {
                for multiple in multiples {
                    numbers += [multiple * power, multiple * power + 1, multiple * power + 100]
                }
            }
            return numbers
        }()

        /// The numbers whose default spell-out gives ``words``: each hundred (`quinientos`,
        /// `novecientos` are words of their own), 101 (`ciento` of `ciento uno`) and the powers
        /// of a thousand up to 10¹² (`billones`, Spanish long scale).
        static let wordNumbers = Array(0...101) + Array(stride(from: 200, through: 900, by: 100))
            + [1000, 2000, 1_000_000, 2_000_000, 1_000_000_000, 2_000_000_000, 1_000_000_000_000, 2_000_000_000_000]
        /// The numbers whose spellings in every rule set show ``links``.
        static let linkNumbers = [101, 120, 1001, 1020]
        /// The numbers whose spell-outs in every rule set give ``pieces`` and ``values``.
        static let pieceNumbers = Array(0...100) + Array(stride(from: 200, through: 900, by: 100))
            + [1000, 2000, 1_000_000, 2_000_000, 1_000_000_000, 2_000_000_000]

        /// The version of what ``rows(of:)`` writes, part of the cache fingerprint.
        static let revision = "7"

        /// The tables of `language`, from `cache` or built from ICU (and cached).
        init(language: String, cache: ModelCache) {
            // A language code is letters, digits and hyphens; anything else (a stray
            // `--language` value) is not made part of a file name.
            let usable = !language.isEmpty && language.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }
            let store = usable ? cache : ModelCache(folder: nil)
            self.init(lines: store.lineBytes(named: "numbers-\(language)", derivedFrom: [icuVersion, Self.revision, language]) {
                Self.rows(of: language)
            })
        }

        /// The tables from the lines ``rows(of:)`` writes.
        init(rows: [[Substring]]) {
            self.init(lines: ModelCache.joinedLines(rows.map { $0.map(String.init) }))
        }

        /// The tables from the lines ``rows(of:)`` writes, as the cache keeps them
        /// (``ModelCache/forEachLine(in:_:)``).
        ///
        /// Read at every start for each language met (five on the bench articles): the tables
        /// are sized from the first letters of the lines first, as growing them (rehashing
        /// every folded word) cost a tenth of the reading.
        private init(lines: Data) {
            lines.withUnsafeBytes { raw in
                // Lines by the first letter of their kind (`piece` and `pair` share theirs).
                var counts = [Int](repeating: 0, count: 128)
                ModelCache.forEachLineStart(in: raw) { first in
                    if first < 128 { counts[Int(first)] += 1 }
                }
                words.reserveCapacity(counts[Int(UInt8(ascii: "w"))])
                wordValues.reserveCapacity(counts[Int(UInt8(ascii: "w"))])
                pieces.reserveCapacity(counts[Int(UInt8(ascii: "p"))])
                openers.reserveCapacity(counts[Int(UInt8(ascii: "o"))])
                values.reserveCapacity(counts[Int(UInt8(ascii: "v"))])
                pairs.reserveCapacity(counts[Int(UInt8(ascii: "p"))])
                ModelCache.forEachLine(in: raw) { add($0) }
            }
        }

        /// Adds the row of `fields` (UTF-8), one line of ``rows(of:)``.
        ///
        /// Read from the cache's bytes at the first text of each language (five on the bench
        /// articles): a `String` is made only for what the tables keep as one, and a folded
        /// word's scalars are decoded straight into its array (through a `String` and its
        /// scalars, with a `Substring` and an array for each field, the five languages cost
        /// 28 million instructions).
        private mutating func add(_ fields: ArraySlice<UnsafeBufferPointer<UInt8>>) {
            guard fields.count >= 2, let kind = RowKind(fields[0]) else { return }
            let field = fields[1]
            func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
            switch kind {
            case .word:
                let word = text(field)
                words.insert(word)
                if fields.count >= 3, let value = Self.number(fields[2]) { wordValues[word] = value }
            case .piece:
                let scalars = Self.scalars(field)
                pieces.insert(scalars)
                longestPiece = max(longestPiece, scalars.count)
            case .value:
                if fields.count >= 3, let value = Self.number(fields[2]) { values[text(field)] = value }
            case .opener:
                let scalars = Self.scalars(field)
                openers.insert(scalars)
                longestOpener = max(longestOpener, scalars.count)
            case .link:
                links.insert(text(field))
            case .alone:
                alone.updateValue(fields.count >= 3 ? Self.number(fields[2]) : nil, forKey: text(field))
            case .pair:
                if fields.count >= 3 {
                    let second = fields[2]
                    pairs.insert(String(unsafeUninitializedCapacity: field.count + 1 + second.count) { buffer in
                        _ = buffer.initialize(from: field)
                        buffer[field.count] = UInt8(ascii: " ")
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[(field.count + 1)...]).initialize(from: second)
                        return buffer.count
                    })
                    if !field.isEmpty { pairWords.insert(text(field)) }
                    if !second.isEmpty { pairWords.insert(text(second)) }
                }
            case .multiplier:
                multipliers.insert(text(field))
            case .joins:
                joinsPieces = !field.elementsEqual("0".utf8)
            case .spelled:
                defaultTexts = text(field)
            case .rules:
                rules = text(field)
            }
        }

        /// The number in `field`: an integer when it is all digits (most are), else as
        /// `Int`, then `Double`, read its text.
        private static func number(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
            if (1...18).contains(field.count), field.allSatisfy({ (0x30...0x39).contains($0) }) {
                return Double(field.reduce(0) { $0 * 10 + Int($1 - 0x30) })
            }
            let text = String(decoding: field, as: UTF8.self)
            return Int(text).map(Double.init) ?? Double(text)
        }

        /// The scalars of `field` (UTF-8), as `String(decoding:as:)` reads them.
        private static func scalars(_ field: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(field.count)
            if field.allSatisfy({ $0 < 0x80 }) {
                for byte in field { scalars.append(Unicode.Scalar(byte)) }
                return scalars
            }
            scalars.append(contentsOf: String(decoding: field, as: UTF8.self).unicodeScalars)
            return scalars
        }

        /// The kinds of row that ``rows(of:)`` writes, named by their first field.
        private enum RowKind {
            case word, piece, value, opener, link, alone, pair, multiplier, joins, spelled, rules

            /// The kind named by `field`, told by its length and first byte before it is
            /// compared whole.
            init?(_ field: UnsafeBufferPointer<UInt8>) {
                guard let first = field.first else { return nil }
                let (kind, name): (Self, StaticString)
                switch (first, field.count) {
                case (UInt8(ascii: "w"), 4): (kind, name) = (.word, "word")
                case (UInt8(ascii: "p"), 5): (kind, name) = (.piece, "piece")
                case (UInt8(ascii: "v"), 5): (kind, name) = (.value, "value")
                case (UInt8(ascii: "o"), 6): (kind, name) = (.opener, "opener")
                case (UInt8(ascii: "l"), 4): (kind, name) = (.link, "link")
                case (UInt8(ascii: "a"), 5): (kind, name) = (.alone, "alone")
                case (UInt8(ascii: "p"), 4): (kind, name) = (.pair, "pair")
                case (UInt8(ascii: "m"), 10): (kind, name) = (.multiplier, "multiplier")
                case (UInt8(ascii: "j"), 5): (kind, name) = (.joins, "joins")
                case (UInt8(ascii: "s"), 7): (kind, name) = (.spelled, "spelled")
                case (UInt8(ascii: "r"), 5): (kind, name) = (.rules, "rules")
                default: return nil
                }
                // The name as a static string: `rawValue` made a `String` a row.
                guard name.withUTF8Buffer({ field.elementsEqual($0) }) else { return nil }
                self = kind
            }
        }

        /// Whether ICU's lenient parsing reads one of `texts` (a spelling of each rule set with
        /// each separator) with its separators left out: one parse each, when the tables are
        /// built. Yes when no parser opens.
        static func readsJoined(_ texts: [String], language: String) -> Bool {
            guard let parser = try? SpelloutParser(locale: language) else { return true }
            return texts.contains { text in
                [" ", "-"].contains { separator in
                    text.contains(separator) && parser.value(of: text.replacingOccurrences(of: separator, with: "")) != nil
                }
            }
        }

        /// The rows of ``pairs`` and ``multipliers``: `pair` and two words, `multiplier` and a word.
        static func pairRows(_ formatter: SpelloutFormatter) -> [[String]] {
            var pairs: Set<[String]> = []
            var multipliers: Set<String> = []
            for ruleSet in formatter.ruleSets {
                guard (try? formatter.use(ruleSet: ruleSet)) != nil else { continue }
                for number in pairNumbers {
                    guard let text = formatter.text(for: number) else { continue }
                    let words = Language.words(of: text)
                    for index in words.indices.dropFirst() { pairs.insert([words[index - 1], words[index]]) }
                }
                for number in [0, 100, 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000] {
                    if let text = formatter.text(for: number), let last = Language.words(of: text).last { multipliers.insert(last) }
                }
            }
            let usable = { (word: String) in !word.contains(where: { $0 == "\t" || $0.isNewline }) }
            return pairs.filter { $0.allSatisfy(usable) }.sorted { $0.lexicographicallyPrecedes($1) }.map { ["pair"] + $0 }
                + multipliers.filter(usable).sorted().map { ["multiplier", $0] }
        }

        /// The tables of `language` as lines: `word`, the word and its value when the
        /// spell-out writes it alone; `piece` and a folded word; `value`, a text and its value;
        /// `opener` and a folded first word; `joins` and 1 when words may be joined (``joinsPieces``);
        /// `link` and a word of ``links``; `spelled` and ``defaultTexts``, `rules` and ``rules``,
        /// each joined by ``separator``.
        static func rows(of language: String) -> [[String]] {
            guard let formatter = try? SpelloutFormatter(locale: language) else { return [] }
            var rows: [[String]] = []
            // The rules as a formatter just opened writes them, before `use(ruleSet:)` below.
            let unusable = { (text: String) in text.unicodeScalars.contains { $0 == "\t" || $0 == "\r" || $0.value == UInt32(separator) } }
            if let rules = formatter.rules, !unusable(rules) {
                rows.append(["rules", rules.replacingOccurrences(of: "\n", with: String(Unicode.Scalar(separator)))])
            }
            let texts = spelledNumbers.map { number in formatter.text(for: number).flatMap { unusable($0) || $0.contains(where: \.isNewline) ? nil : $0 } ?? "" }
            rows.append(["spelled", texts.joined(separator: String(Unicode.Scalar(separator)))])
            // The default rule set first (above too): `use(ruleSet:)` below changes it.
            var words: [String] = []
            var wordValues: [String: Int] = [:]
            for number in wordNumbers {
                guard let text = formatter.text(for: number) else { continue }
                let parts = Language.words(of: text)
                words.append(contentsOf: parts)
                if parts.count == 1, wordValues[parts[0]] == nil { wordValues[parts[0]] = number }
            }
            // A hundred or a power of a thousand written as two words, one or two and the power
            // (`one hundred`, `un millón`, `deux cents`, `dos billones`): the second word stands
            // for the power.
            for power in [100, 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000] {
                for multiple in [1, 2] {
                    guard let text = formatter.text(for: multiple * power) else { continue }
                    let parts = Language.words(of: text)
                    if parts.count == 2, wordValues[parts[1]] == nil, multiple == 1 || wordValues[parts[0]] == multiple {
                        wordValues[parts[1]] = power
                    }
                }
            }
            // A hundred written with a word of its own before the rest (`ciento uno`, where a
            // hundred alone is `cien`): the first word of 101 stands for the hundred.
            if let text = formatter.text(for: 101), case let parts = Language.words(of: text), parts.count == 2,
               wordValues[parts[0]] == nil, wordValues[parts[1]] == 1 {
                wordValues[parts[0]] = 100
            }
            var seen: Set<String> = []
            for word in words where seen.insert(word).inserted {
                rows.append(["word", word, wordValues[word].map { String($0) } ?? ""])
            }
            var pieces: Set<Substring> = []
            var firstWords: Set<Substring> = []
            var separated: [String: String] = [:]
            var values: [String: Int] = [:]
            var ambiguous: Set<String> = []
            var links: Set<String> = []
            var written: Set<String> = []
            var firstWritten: Set<String> = []
            let defaultWords = Set(words)
            for ruleSet in formatter.ruleSets {
                guard (try? formatter.use(ruleSet: ruleSet)) != nil else { continue }
                for number in linkNumbers {
                    guard let text = formatter.text(for: number) else { continue }
                    let parts = Language.words(of: text)
                    for index in parts.indices.dropFirst().dropLast() where !defaultWords.contains(parts[index])
                        && (wordValues[parts[index - 1]] ?? 0) >= 100 && wordValues[parts[index + 1]] != nil {
                        links.insert(parts[index])
                    }
                }
                for number in pieceNumbers {
                    guard let text = formatter.text(for: number) else { continue }
                    let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" })
                    pieces.formUnion(parts)
                    written.formUnion(Language.words(of: text))
                    if let first = Language.words(of: text).first { firstWritten.insert(first) }
                    if let first = parts.first { firstWords.insert(first) }
                    for separator in [" ", "-"] where text.contains(separator) {
                        separated[ruleSet + separator] = separated[ruleSet + separator] ?? text
                    }
                    let key = text
                    if let known = values[key], known != number { ambiguous.insert(key) }
                    values[key] = values[key] ?? number
                }
            }
            // Folded once per distinct word: the rule sets repeat most words.
            let folded = Set(pieces.map { Language.folded(String($0)) }.filter { !$0.isEmpty })
            for piece in folded.sorted(by: { $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }) {
                rows.append(["piece", String(String.UnicodeScalarView(piece))])
            }
            let openers = Set(firstWords.map { Language.folded(String($0)) }.filter { !$0.isEmpty })
            for opener in openers.sorted(by: { $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }) {
                rows.append(["opener", String(String.UnicodeScalarView(opener))])
            }
            let longest = folded.map(\.count).max() ?? 0
            let joins = folded.contains { piece in
                (1..<piece.count).contains { cut in
                    folded.contains(Array(piece[..<cut])) && Language.isSequence(piece[cut...], of: folded, longest: longest)
                }
            } || readsJoined(separated.sorted { $0.key < $1.key }.map(\.value), language: language)
            rows.append(["joins", joins ? "1" : "0"])
            if let parser = try? SpelloutParser(locale: language) {
                for word in written.subtracting(firstWritten).sorted() where !word.contains(where: { $0 == "\t" || $0.isNewline }) {
                    rows.append(["alone", word, parser.value(of: word).map { String($0) } ?? ""])
                }
            }
            if !joins { rows += pairRows(formatter) }
            for link in links.sorted() where !link.contains(where: { $0 == "\t" || $0.isNewline }) {
                rows.append(["link", link])
            }
            for (text, value) in values.sorted(by: { $0.key < $1.key }) where !ambiguous.contains(text) && !text.isEmpty {
                // A field holds no tab or line break (the cache splits on them).
                guard !text.contains(where: { $0 == "\t" || $0.isNewline }) else { continue }
                rows.append(["value", text, String(value)])
            }
            return rows
        }
    }
}
