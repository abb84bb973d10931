import HaberICU

/// The data the text stages need from `models/text/`.
public struct TextResources: Sendable {
    /// Lowercase abbreviations with their final full stop (`dr.`, `a.ş.`, `vb.`).
    public var abbreviations: Set<String>
    /// Function words by language, for language detection.
    public var functionWords: [String: [String]]
    /// Lowercase elided articles and prepositions (`l`, `d`, `qu`) that stand before an apostrophe.
    public var elisions: Set<String>
    /// The languages Haber reads, in the order `models/languages.tsv` lists them (the first is
    /// the fallback of language detection), each with the letters only it writes.
    public var languages: [(code: String, letters: String)]
    /// ICU's ASCII folds of the Latin letters, from the model cache (nil: ICU is asked).
    public var asciiFolds: ASCIIFolds?

    public init(abbreviations: Set<String> = [], functionWords: [String: [String]] = [:], elisions: Set<String> = [],
                languages: [(code: String, letters: String)] = [("tr", "")]) {
        self.abbreviations = abbreviations
        self.functionWords = functionWords
        self.elisions = elisions
        self.languages = languages
    }

    public init(models: ModelDirectory) throws(ModelDirectory.LocateError) {
        let abbreviations = try models.table("text/abbreviations.tsv")
        let functionWords = try models.table("text/function-words.tsv")
        let elisions = try models.table("text/elisions.tsv")
        var byLanguage: [String: [String]] = [:]
        // By column, not through ``TSVTable/records``: a dictionary a row for two of its
        // fields. The last column of a name, as a record keeps it; a short row's field is "".
        if let language = functionWords.columns.lastIndex(of: "lang"), let word = functionWords.columns.lastIndex(of: "word") {
            for row in functionWords.rows {
                byLanguage[language < row.count ? row[language] : "", default: []].append(word < row.count ? row[word] : "")
            }
        }
        self.init(
            abbreviations: Set(try abbreviations.records.map { CaseMapping.lowercase($0["abbreviation"] ?? "", locale: $0["lang"] ?? "tr") }),
            functionWords: byLanguage,
            elisions: Set(try elisions.column("elision")),
            languages: try models.table("languages.tsv").records.map { ($0["lang"] ?? "", $0["letters"] ?? "") })
    }
}
