import Foundation
import HaberICU
import HaberText

/// The whole extraction for one article: normalize → tokenize → read the header →
/// run every extractor → resolve overlaps → link short mentions and acronyms to the names
/// kept → locate entities in the original text.
///
/// Holds a tokenizer (ICU iterators), so a pipeline serves one thread; the models it
/// reads are shared.
public final class Pipeline: @unchecked Sendable {
    public let models: ExtractionModels
    private let normalizer = TextNormalizer()
    private let tokenizer: Tokenizer
    private let extractors: [any Extractor]
    private let dates: DateExtractor
    private let header: HeaderReader
    private let resolver = Resolver()
    private let linker: Linker

    /// The names of the extractors, in the order they run.
    public static let extractorNames = ["places", "organizations", "persons", "dates", "percentages", "money"]

    public init(models: ExtractionModels, disabled: Set<String> = []) throws(ICUError) {
        self.models = models
        tokenizer = try Tokenizer(resources: models.text)
        let vocabulary = models.vocabulary
        tokenizer.wordFrequency = { vocabulary.zipf($0, in: $1) }
        dates = DateExtractor(models: models)
        header = HeaderReader(calendar: models.calendar)
        // One set of word classes for the stages that ask about names.
        let annotator = WordAnnotator(lexicon: Lexicon(models: models))
        linker = Linker(annotator: annotator, placeCues: models.vocabulary.placeCues, placeListWords: models.vocabulary.placeListWords)
        let all: [any Extractor] = [
            PlaceExtractor(models: models), OrganizationExtractor(models: models, annotator: annotator),
            PersonExtractor(models: models, annotator: annotator),
            dates, PercentExtractor(models: models), MoneyExtractor(models: models),
        ]
        extractors = all.filter { !disabled.contains($0.name) }
    }

    public struct Analysis: Sendable {
        public var document: TokenizedDocument
        public var title: String?
        public var published: CalendarDate?
        public var entities: [Entity]
    }

    /// The languages the models hold (`models/languages.tsv`), in their order.
    public var languages: [String] { models.text.languages.map(\.code) }

    /// Normalizes and tokenizes `text`; the language is detected unless given.
    public func tokenize(_ text: String, language: String? = nil) throws(ICUError) -> TokenizedDocument {
        try tokenizer.tokenize(normalizer.document(for: text), language: language)
    }

    /// Analyzes `text`; `referenceDate` overrides the article's own date line for
    /// resolving relative dates; with neither, today (in UTC) stands in, as a reader would take
    /// `dün` in a text with no date.
    public func analyze(_ text: String, referenceDate: CalendarDate? = nil, language: String? = nil) throws(ICUError) -> Analysis {
        let document = try tokenize(text, language: language)
        // The date line is near the top: dates are read there first, and everywhere once the
        // reference date is known.
        // The header's lines are found once for both of its readings.
        let lines = header.lines(of: document)
        let top = header.top(of: document, lines: lines)
        let header = header.header(of: document, lines: lines) { positions in
            dates.candidates(in: top, context: ExtractionContext(referenceDate: referenceDate), startingAt: positions)
        }
        let known = referenceDate ?? header.published
        let context = ExtractionContext(referenceDate: known ?? Self.today(), estimatesYears: known == nil,
                                        datelinePlace: header.datelinePlace)
        var candidates = CandidateParts(capacity: extractors.count + 1)
        for extractor in extractors {
            candidates.append(extractor.candidates(in: document, context: context))
        }
        // Indices are settled, not candidates: each candidate stays where its extractor put
        // it until its entity takes it.
        let spans = candidates.spans
        let resolved = resolver.settle(spans)
        let short = linker.shortMentions(of: candidates, in: document, datelinePlace: header.datelinePlace)
        let acronyms = linker.acronyms(names: candidates, isKept: { Self.isKept($0, resolved: resolved, spans: spans) }, of: document)
        // The short mentions follow every other candidate: index `spans.count + i` is `short[i]`.
        var proposed = resolved
        proposed.append(contentsOf: spans.count..<(spans.count + short.count))
        var settling = resolved.map { spans[$0] }
        settling.reserveCapacity(proposed.count)
        for index in short.indices { settling.append(Resolver.Span(short[index])) }
        candidates.append(consume short)
        let settled = resolver.settle(settling)
        // Each entity made in its place: `append` copied it in and destroyed the original.
        // The entities come in text order: their original ranges are found walking the offset map.
        var cursor = Document.RangeCursor()
        let entities = [Entity](unsafeUninitializedCapacity: settled.count) { buffer, count in
            for index in settled {
                // A constant, consumed by `entity`: a variable, passed in place, was copied for
                // the linker to borrow (some 55 instructions an entity).
                let candidate = candidates.take(proposed[index])
                let long = linker.expansion(of: candidate, in: acronyms, of: document)
                buffer.initializeElement(at: count, to: entity(taking: candidate, expanding: long, in: document, cursor: &cursor))
                count += 1
            }
        }
        return Analysis(document: document, title: header.title, published: header.published, entities: entities)
    }

    /// Whether `range` is the range of one of the `resolved` spans, the only fact about
    /// resolution ``Linker/acronyms(names:isKept:of:)`` asks, of the few names next to a
    /// parenthesis.
    ///
    /// A binary search over the kept spans, not a set of them: gathering, sorting and hashing
    /// the names and the kept ranges cost 6.8 M instructions on the 2.59 MB bench. Kept
    /// spans do not overlap and come in text order, so their starts ascend and differ.
    static func isKept(_ range: Range<Int>, resolved: [Int], spans: [Resolver.Span]) -> Bool {
        var low = 0, high = resolved.count
        while low < high {
            let middle = (low + high) / 2
            if spans[resolved[middle]].range.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < resolved.count && spans[resolved[low]].range == range
    }

    /// Today in UTC, from the clock's seconds: a calendar and its components cost thousands
    /// of instructions, paid by every article without a date line.
    static func today() -> CalendarDate {
        CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// `candidate` located in the original text; `long`, an acronym's long name, is its `canonical` if given.
    /// The strings are moved out of `candidate` (which keeps none): reading them from it
    /// retained each, and the candidate's end released them again.
    /// `cursor`: where the last entity's range was found (see ``Document/originalRange(of:cursor:)-(_,RangeCursor)``).
    private func entity(taking candidate: consuming Candidate, expanding long: String?, in document: TokenizedDocument,
                        cursor: inout Document.RangeCursor) -> Entity {
        let original = document.document.originalRange(of: candidate.range, cursor: &cursor)
        var value = EntityValue.number(0), canonical: String? = nil, ref: String? = nil, mod: String? = nil
        swap(&value, &candidate.value)
        swap(&canonical, &candidate.canonical)
        swap(&ref, &candidate.ref)
        swap(&mod, &candidate.mod)
        let name: String? = if case .name(let name) = value { name } else { nil }
        return Entity(
            type: candidate.type, text: document.document.originalText(original, sameAs: name), start: original.lowerBound,
            end: original.upperBound, value: value, canonical: long ?? canonical, ref: ref, mod: mod,
            relative: candidate.relative)
    }
}
