import HaberICU

/// The data the text stages need from `models/text/`.
public struct TextResources: Sendable {
    /// Lowercase abbreviations with their final full stop (`dr.`, `a.ş.`, `vb.`).
    public var abbreviations: Set<String>
    /// Function words by language, for language detection.
    public var functionWords: [String: [String]]
    /// Lowercase elided articles and prepositions (`l`, `d`, `qu`) that stand before an apostrophe.
    public var elisions: Set<String>

    public init(abbreviations: Set<String> = [], functionWords: [String: [String]] = [:], elisions: Set<String> = []) {
        self.abbreviations = abbreviations
        self.functionWords = functionWords
        self.elisions = elisions
    }

    public init(models: ModelDirectory) throws(ModelDirectory.LocateError) {
        let abbreviations = try models.table("text/abbreviations.tsv")
        let functionWords = try models.table("text/function-words.tsv")
        let elisions = try models.table("text/elisions.tsv")
        var byLanguage: [String: [String]] = [:]
        for record in functionWords.records {
            if let language = record["lang"], let word = record["word"] { byLanguage[language, default: []].append(word) }
        }
        self.init(
            abbreviations: Set(try abbreviations.records.map { CaseMapping.lowercase($0["abbreviation"] ?? "", locale: $0["lang"] ?? "tr") }),
            functionWords: byLanguage,
            elisions: Set(try elisions.column("elision")))
    }
}
