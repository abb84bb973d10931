import HaberText

/// One independent extractor: reads a tokenized document, proposes candidates.
///
/// Extractors do not see each other's output; the ``Resolver`` settles overlaps. This keeps
/// each one testable alone and lets new ones be added without touching the others.
public protocol Extractor: Sendable {
    var name: String { get }
    func candidates(in document: TokenizedDocument, context: ExtractionContext) -> [Candidate]
}

/// What extractors know besides the text itself.
public struct ExtractionContext: Sendable {
    /// The date relative expressions are resolved against (`--reference-date`, the input's
    /// `published`, or the article's own date line, in that order).
    public var referenceDate: CalendarDate?

    public init(referenceDate: CalendarDate? = nil) {
        self.referenceDate = referenceDate
    }
}
