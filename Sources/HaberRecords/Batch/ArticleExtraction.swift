import Foundation
import HaberExtraction
import HaberICU

extension Pipeline {
    /// The record of one article, as `haber extract` writes it: `referenceDate` (a run's
    /// `--reference-date`) overrides the article's `published`, which otherwise is its
    /// reference date. One place for this so that the batch and the HTTP service give the
    /// same bytes for the same input.
    public func record(for article: Article, referenceDate: CalendarDate? = nil, keepingText: Bool = false) throws(ICUError) -> Record {
        let reference = referenceDate ?? article.published.flatMap(CalendarDate.init(iso:))
        let analysis = try analyze(article.text, referenceDate: reference, language: article.language)
        return Record(id: article.id, source: article.source, analysis: analysis, published: article.published, keepingText: keepingText)
    }
}

extension EntityType {
    /// The types named in a comma-separated list (`ORG,money`), an empty set for an empty
    /// list (every type), or nil when a name is not a type: `--types` and the service's
    /// `types` parameter read the same way.
    public static func set(parsing list: String) -> Set<EntityType>? {
        var kept: Set<EntityType> = []
        for name in list.split(separator: ",") {
            guard let type = EntityType(rawValue: name.trimmingCharacters(in: .whitespaces).uppercased()) else { return nil }
            kept.insert(type)
        }
        return kept
    }
}

extension CalendarDate {
    /// A reference date as written on a command line or in a query: exactly `YYYY-MM-DD`.
    public init?(day: String) {
        guard day.count == 10 else { return nil }
        self.init(iso: day)
    }
}
