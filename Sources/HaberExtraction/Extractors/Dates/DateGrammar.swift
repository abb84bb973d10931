import HaberText

/// The grammar words of date expressions (`models/dates/grammar.tsv`): relative day names,
/// shift words, units, ordinals, parts of a unit and range connectors, per language; and the
/// endings the grammar reads on them (`models/dates/endings.tsv`: case endings, plural and
/// ordinal suffixes). Month and weekday names are not here: they come from ICU
/// (``CalendarLexicon``).
public struct DateGrammar: Sendable {
    public struct Entry: Sendable, Hashable {
        public var kind: String
        public var value: String
    }

    /// A grammar entry of several words (`şu andan`), kept under its first word.
    public struct Phrase: Sendable, Hashable {
        /// The words after the first.
        public var rest: [String]
        public var entry: Entry
    }

    /// One class of endings of a language (`models/dates/endings.tsv`).
    public struct Endings: Sendable {
        public var endings: Set<String> = [] {
            didSet { containsNone = endings.contains("") }
        }
        /// Whether an ending that ends with one of `endings` belongs too (`nden` is ablative).
        public var matchesEnd = false
        /// Whether "no ending" is among `endings`: most words carry none, and are answered
        /// without hashing.
        private var containsNone = false

        public init() {}

        public init(endings: Set<String>, matchesEnd: Bool) {
            self.endings = endings
            self.matchesEnd = matchesEnd
            containsNone = endings.contains("")
        }

        public func contains(_ ending: String) -> Bool {
            if ending.isEmpty { return containsNone }
            if endings.contains(ending) { return true }
            return matchesEnd && endings.contains { ending.hasSuffix($0) }
        }
    }

    /// Language → lowercase word → its entries (a word may have several kinds: `son`).
    /// Entries of several words are keyed by their words joined with a space.
    public var words: [String: [String: [Entry]]] = [:] {
        didSet { index() }
    }
    /// Language → class (`ablative`, `plural`, `ending`…) → its endings.
    public var endings: [String: [String: Endings]] = [:]
    /// Language → its words in order, for reading one word as any inflected grammar word.
    private var sorted: [String: [(word: String, entries: [Entry])]] = [:]
    /// The same by their first letter: an inflected form opens with its word's first letter.
    private var sortedByOpening: [String: [Unicode.Scalar: [Lemma]]] = [:]

    /// A grammar word as the head of inflected forms (``sortedWords(language:opening:)``).
    public struct Lemma: Sendable {
        public var word: String
        /// The word less its last letter: every inflected form of it opens so, its last
        /// consonant softened or not (`çeyreği`, `yılında`), and a word that does not is
        /// refused at one comparison.
        public var head: String
        public var entries: [Entry]
        /// The first eight UTF-8 bytes of ``head`` (``packed(_:)``) and a mask of as many bytes
        /// as it has: see ``mayHead(_:)``.
        let headBytes: UInt64
        let headMask: UInt64
        /// The word's length in characters, asked of each word an inflected form opens with.
        let wordLength: Int

        init(word: String, head: String, entries: [Entry]) {
            self.word = word
            self.head = head
            self.entries = entries
            (headBytes, headMask) = Self.packed(head)
            wordLength = word.count
        }

        /// The first eight UTF-8 bytes of `text`, the first in the low byte, and a mask of them.
        /// Read from the bytes in place where the string holds them so (through its view, some
        /// 500 instructions at each new form read as a grammar word).
        static func packed(_ text: String) -> (bytes: UInt64, mask: UInt64) {
            func pack(_ utf8: some Sequence<UInt8>) -> (bytes: UInt64, mask: UInt64) {
                var bytes: UInt64 = 0
                var mask: UInt64 = 0
                for (index, byte) in utf8.prefix(8).enumerated() {
                    bytes |= UInt64(byte) << (8 * UInt64(index))
                    mask |= 0xFF << (8 * UInt64(index))
                }
                return (bytes, mask)
            }
            return text.utf8.withContiguousStorageIfAvailable { pack($0) } ?? pack(text.utf8)
        }

        /// False when a key whose first UTF-8 bytes are `key` (``packed(_:)``) does not open
        /// with ``head``, as `hasUTF8Prefix` answers it from the bytes: their first difference
        /// within the head's first eight bytes is between two ASCII bytes (past the key's end,
        /// its byte reads 0). A word is compared with every grammar word of its first letter
        /// (some 17 a word on the bench's articles): copied out of the array and compared as
        /// strings, each cost some 400 instructions, and nearly all answer no.
        @inline(__always)
        func mayHead(_ key: UInt64) -> Bool {
            let difference = (key ^ headBytes) & headMask
            guard difference != 0 else { return true }
            let shift = UInt64(difference.trailingZeroBitCount & ~7)
            return (key >> shift) & 0x80 != 0 || (headBytes >> shift) & 0x80 != 0
        }

        /// Whether `key` opens with `text`, as `hasPrefix` answers it (by characters, under
        /// canonical equivalence).
        ///
        /// Told by the bytes where neither holds a scalar from U+0300 on (every UTF-8 byte below
        /// 0xCC) nor a carriage return: such scalars are no combining marks and compose with
        /// none, so that each is a character of its own and already in NFC, and characters
        /// compare as their bytes. Turkish words, compared at first sight with the grammar
        /// words of their first letter, mostly differ at a letter beyond ASCII (`yüz`, `yıl`),
        /// where `hasUTF8Prefix` asks `hasPrefix` (some 1,400 instructions, 7 M on the bench's
        /// 1,000 articles).
        static func opens(_ key: String, with text: String) -> Bool {
            let settled: Bool?? = key.utf8.withContiguousStorageIfAvailable { keyBytes in
                text.utf8.withContiguousStorageIfAvailable { textBytes in latinPrefix(textBytes, of: keyBytes) } ?? nil
            }
            if let settled, let answer = settled { return answer }
            return key.hasUTF8Prefix(text)
        }

        /// Whether `head` is a prefix of `key`, from the bytes: as `hasUTF8Prefix` tells it where
        /// ASCII settles it (a first difference between two ASCII bytes, or equal bytes that an
        /// ASCII byte follows), else where both are Latin (``isLatin(_:)``); nil otherwise.
        private static func latinPrefix(_ head: UnsafeBufferPointer<UInt8>, of key: UnsafeBufferPointer<UInt8>) -> Bool? {
            var index = 0
            while index < head.count {
                guard index < key.count else { return head[index] < 0x80 || isLatin(head) && isLatin(key) ? false : nil }
                let (a, b) = (key[index], head[index])
                if a != b { return a < 0x80 && b < 0x80 || isLatin(head) && isLatin(key) ? false : nil }
                index += 1
            }
            guard index < key.count else { return true }
            let next = key[index]
            if next < 0x80, !(next == 0x0A && index > 0 && head[index - 1] == 0x0D) { return true }
            return isLatin(head) && isLatin(key) ? true : nil
        }

        /// Whether every byte is below 0xCC (every scalar below U+0300) and none is a carriage return.
        private static func isLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for byte in bytes where byte >= 0xCC || byte == 0x0D { return false }
            return true
        }
    }
    /// Language → first word → the entries of several words that open with it.
    private var phrases: [String: [String: [Phrase]]] = [:]

    /// The words that qualify a date's period (`seit 2010`, `fin 2025`, `2010'dan önce`) of one
    /// language (`models/languages/<code>/dates/modifiers.tsv`), by side: lowercase keys of
    /// their words joined by spaces → the TimeML `mod` they give.
    public struct Modifiers: Sendable {
        public var before: [String: String] = [:]
        public var after: [String: String] = [:]
        /// The most words of a phrase, on either side.
        public var maxWords = 0
        /// The last word of every phrase of ``before`` and the first of every phrase of
        /// ``after``, with the lengths of their phrases as bits (bit `n - 1` for `n` words):
        /// most words beside a date are neither, and are refused at one lookup; the others are
        /// tried only at the lengths of their phrases (the words before a date are put together
        /// and looked up at each length tried).
        public var lastWordsBefore: [String: UInt16] = [:]
        public var firstWordsAfter: [String: UInt16] = [:]
        /// The `mod` column of a phrase that qualifies nothing but belongs to the date's span.
        public static let noMod = "-"
        /// The `mod` column of a phrase that qualifies nothing and belongs to the span only of a
        /// date named relative to the reference (`later this year`): before a month or a year it
        /// is no cue (`hours later May said`, of Theresa May).
        public static let relativeOnly = "~"

        public init() {}
    }
    /// Language → its modifiers.
    public var modifiers: [String: Modifiers] = [:]

    private mutating func index() {
        sorted = words.mapValues { entries in
            entries.filter { !Self.isPhrase($0.key) }.sorted { $0.key < $1.key }.map { (word: $0.key, entries: $0.value) }
        }
        sortedByOpening = sorted.mapValues { list in
            var byOpening: [Unicode.Scalar: [Lemma]] = [:]
            for item in list {
                guard let first = item.word.unicodeScalars.first else { continue }
                byOpening[first, default: []].append(Lemma(word: item.word, head: String(item.word.dropLast()), entries: item.entries))
            }
            return byOpening
        }
        phrases = words.mapValues { entries in
            var byFirst: [String: [Phrase]] = [:]
            for (key, list) in entries.filter({ Self.isPhrase($0.key) }).sorted(by: { $0.key < $1.key }) {
                let parts = key.split(separator: " ").map(String.init)
                for entry in list { byFirst[parts[0], default: []].append(Phrase(rest: Array(parts.dropFirst()), entry: entry)) }
            }
            return byFirst
        }
    }

    /// The bit of a phrase of `count` words in ``Modifiers/lastWordsBefore``: the last bit for
    /// 16 words or more (tried at every length from there).
    private static func lengthBit(_ count: Int) -> UInt16 {
        count >= 16 ? 0x8000 : 1 << UInt16(count - 1)
    }

    /// Whether a key is of several words (joined by spaces).
    private static func isPhrase(_ key: String) -> Bool { key.utf8.contains(0x20) }

    public init() {}

    /// The fields of a table's rows by column name, read from the rows in place: a table's
    /// ``TSVTable/records`` made a dictionary of each row (the grammar's 1,300 rows, some
    /// 5 M instructions at each start).
    private struct Fields {
        private var columns: [String: Int] = [:]

        init(_ table: TSVTable) {
            // The last column of a name, as in a record.
            for (index, column) in table.columns.enumerated() { columns[column] = index }
        }

        /// What `record[column]` is of the record of `row`: nil for no such column, "" past the row's end.
        func callAsFunction(_ row: [String], _ column: String) -> String? {
            guard let index = columns[column] else { return nil }
            return index < row.count ? row[index] : ""
        }
    }

    public init(models: ModelDirectory) throws(ModelDirectory.LocateError) {
        if models.hasTable("dates/grammar.tsv") {
            let table = try models.table("dates/grammar.tsv")
            let field = Fields(table)
            for record in table.rows {
                guard let language = field(record, "lang"), !language.isEmpty else { continue }
                let key = lexiconKey(field(record, "word") ?? "", language: language)
                guard !key.isEmpty else { continue }
                words[language, default: [:]][key, default: []].append(
                    Entry(kind: field(record, "kind") ?? "", value: field(record, "value") ?? ""))
            }
        }
        if models.hasTable("dates/modifiers.tsv") {
            let table = try models.table("dates/modifiers.tsv")
            let field = Fields(table)
            for record in table.rows {
                guard let language = field(record, "lang"), !language.isEmpty, let mod = field(record, "mod"), !mod.isEmpty else { continue }
                let words = (field(record, "phrase") ?? "").split(separator: " ").map { lexiconKey(String($0), language: language) }
                guard !words.isEmpty else { continue }
                let key = words.joined(separator: " ")
                var table = modifiers[language] ?? Modifiers()
                switch field(record, "side") {
                case "before":
                    table.before[key] = mod
                    table.lastWordsBefore[words[words.count - 1], default: 0] |= Self.lengthBit(words.count)
                case "after":
                    table.after[key] = mod
                    table.firstWordsAfter[words[0], default: 0] |= Self.lengthBit(words.count)
                default: continue
                }
                table.maxWords = max(table.maxWords, words.count)
                modifiers[language] = table
            }
        }
        if models.hasTable("dates/endings.tsv") {
            let table = try models.table("dates/endings.tsv")
            let field = Fields(table)
            for record in table.rows {
                guard let language = field(record, "lang"), !language.isEmpty, let kind = field(record, "class") else { continue }
                let list = (field(record, "endings") ?? "").split(separator: " ").map { $0 == "-" ? "" : String($0) }
                endings[language, default: [:]][kind, default: Endings()].endings.formUnion(list)
                if field(record, "match") == "end" { endings[language, default: [:]][kind]?.matchesEnd = true }
            }
        }
        index()
    }

    /// The entries of `key` in `language`.
    public func entries(_ key: String, language: String) -> [Entry] {
        words[language]?[key] ?? []
    }

    /// The value of `key` as a word of `kind`, if it is one.
    public func value(_ key: String, kind: String, language: String) -> String? {
        words[language]?[key]?.first { $0.kind == kind }?.value
    }

    /// Every word of `language` with its entries, in the words' order (entries of one word only).
    public func sortedWords(language: String) -> [(word: String, entries: [Entry])] {
        sorted[language] ?? []
    }

    /// The words of `language` that open with `first`, with their entries, in the words' order.
    public func sortedWords(language: String, opening first: Unicode.Scalar) -> [Lemma] {
        sortedByOpening[language]?[first] ?? []
    }

    /// The entries of several words of `language` that open with `key`.
    public func phrases(openingWith key: String, language: String) -> [Phrase] {
        phrases[language]?[key] ?? []
    }

    /// The entries of several words of `language` by their first word (``DateRules/phrases``).
    func phrases(language: String) -> [String: [Phrase]] {
        phrases[language] ?? [:]
    }

    /// The words of `language` by their first scalar (``DateRules/lemmas``).
    func lemmas(language: String) -> [Unicode.Scalar: [Lemma]] {
        sortedByOpening[language] ?? [:]
    }

    /// The words of `kind` in `language` (for kinds read as the opening of a longer word).
    public func words(ofKind kind: String, language: String) -> [String] {
        sortedWords(language: language).filter { $0.entries.contains { $0.kind == kind } }.map(\.word)
    }

    /// The endings of class `kind` in `language` (none when it has no row).
    public func endings(_ kind: String, language: String) -> Endings {
        endings[language]?[kind] ?? Endings()
    }
}
