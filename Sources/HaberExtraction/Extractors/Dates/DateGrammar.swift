import HaberText

/// The grammar words of date expressions (`models/dates/grammar.tsv`): relative day names,
/// shift words, units, ordinals, parts of a unit and range connectors, per language.
/// Month and weekday names are not here: they come from ICU (``CalendarLexicon``).
public struct DateGrammar: Sendable {
    public struct Entry: Sendable, Hashable {
        public var kind: String
        public var value: String
    }

    /// Language → lowercase word → its entries (a word may have several kinds: `son`).
    public var words: [String: [String: [Entry]]] = [:] {
        didSet { sorted = Self.sorted(words) }
    }
    /// Language → its words in order, for reading one word as any inflected grammar word.
    private var sorted: [String: [(word: String, entries: [Entry])]] = [:]

    private static func sorted(_ words: [String: [String: [Entry]]]) -> [String: [(word: String, entries: [Entry])]] {
        words.mapValues { entries in entries.sorted { $0.key < $1.key }.map { (word: $0.key, entries: $0.value) } }
    }

    public init() {}

    public init(models: ModelDirectory) throws(ModelDirectory.LocateError) {
        guard models.hasTable("dates/grammar.tsv") else { return }
        for record in try models.table("dates/grammar.tsv").records {
            let language = record["lang"] ?? "tr"
            let key = lexiconKey(record["word"] ?? "", language: language)
            guard !key.isEmpty else { continue }
            words[language, default: [:]][key, default: []].append(
                Entry(kind: record["kind"] ?? "", value: record["value"] ?? ""))
        }
        sorted = Self.sorted(words)
    }

    /// The entries of `key` in `language`.
    public func entries(_ key: String, language: String) -> [Entry] {
        words[language]?[key] ?? []
    }

    /// The value of `key` as a word of `kind`, if it is one.
    public func value(_ key: String, kind: String, language: String) -> String? {
        words[language]?[key]?.first { $0.kind == kind }?.value
    }

    /// Every word of `language` with its entries, in the words' order.
    public func sortedWords(language: String) -> [(word: String, entries: [Entry])] {
        sorted[language] ?? []
    }
}
