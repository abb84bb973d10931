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
    /// Whether ``referenceDate`` stands in for a date the run does not have (today): a date
    /// without its year then takes the year of the latest date the article writes in full,
    /// and is marked relative, since its year is a guess (FORMAT.md).
    public var estimatesYears: Bool
    /// The tokens of the place that opens the article's date line (`Bilbao, 8 de noviembre de
    /// 2023.–`), read by the header: a name there is a place although it opens its sentence.
    public var datelinePlace: Range<Int>?

    public init(referenceDate: CalendarDate? = nil, estimatesYears: Bool = false, datelinePlace: Range<Int>? = nil) {
        self.referenceDate = referenceDate
        self.estimatesYears = estimatesYears
        self.datelinePlace = datelinePlace
    }
}
