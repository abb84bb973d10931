import HaberExtraction

/// One article's record, as `docs/OUTPUT.md` describes it: the contract outside tools read.
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

    public init(id: String, source: String?, language: String, title: String?, published: String?, entities: [Entity]) {
        self.id = id
        self.source = source
        self.language = language
        self.title = title
        self.published = published
        self.entities = entities
    }

    public init(id: String, source: String?, analysis: Pipeline.Analysis, published: String? = nil) {
        self.init(
            id: id, source: source, language: analysis.document.language, title: analysis.title,
            published: analysis.published?.iso ?? published, entities: analysis.entities)
    }
}
