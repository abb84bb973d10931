import HaberExtraction

/// One article's record, as `docs/FORMAT.md` describes it: the contract outside tools read.
public struct Record: Sendable, Equatable {
    /// Unique in a run: the file name without extension, the path below a folder without
    /// extension, `stdin` (`stdin-2`, …), or the `id` of a JSON input line (else `INPUT:LINE`).
    public var id: String
    /// The path as given, or nil.
    public var source: String?
    public var language: String
    public var title: String?
    /// ISO date of the article's own date line.
    public var published: String?
    public var entities: [Entity]
    /// The analyzed text, for the writers that show or re-cut it (HTML, brat, CoNLL); nil for
    /// a record built from parts. The JSON, CSV and SQLite writers never write it.
    public var text: RecordText?

    public init(id: String, source: String?, language: String, title: String?, published: String?, entities: [Entity]) {
        self.id = id
        self.source = source
        self.language = language
        self.title = title
        self.published = published
        self.entities = entities
    }

    /// `keepingText: false` leaves `text` nil, for outputs that do not need it: a batch holds
    /// finished records until their turn to be written, and tokens take far more memory than entities.
    public init(id: String, source: String?, analysis: Pipeline.Analysis, published: String? = nil, keepingText: Bool = true) {
        self.init(
            id: id, source: source, language: analysis.document.language, title: analysis.title,
            published: analysis.published?.iso ?? published, entities: analysis.entities)
        text = keepingText ? RecordText(analysis.document) : nil
    }
}
