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

    /// The ISO day of a `published` the extraction's own date reader reads as one whole day
    /// (`15.03.2020`, `21 Temmuz 2017`); nil for anything else, a relative day included.
    public func day(ofPublished written: String) -> String? {
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 64, let analysis = try? analyze(trimmed) else { return nil }
        let dates = analysis.entities.filter { $0.type == .date }
        guard dates.count == 1, let date = dates.first, !date.relative, date.text == trimmed,
              case .date(let value) = date.value, value.count == 10, let day = CalendarDate(iso: value), day.iso == value
        else { return nil }
        return value
    }
}

extension Article {
    /// The language the article is read in: its own `lang`, else `fallback` (`--lang`, the
    /// service's `lang` parameter), else nil (detected); an error naming it when the models
    /// have no such language (`languages`, the codes of `models/languages.tsv`).
    public func language(default fallback: String?, among languages: [String]) -> Result<String?, InputError> {
        guard let language = language ?? fallback?.lowercased() else { return .success(nil) }
        guard languages.contains(language) else {
            return .failure(InputError(input: origin, reason: Self.notALanguage(language, among: languages)))
        }
        return .success(language)
    }

    /// Why `code` is refused, in the words of every front end.
    public static func notALanguage(_ code: String, among languages: [String]) -> String {
        "lang '\(code)' is not a language Haber reads (\(languages.joined(separator: ", ")))"
    }

    /// Why a `published` is refused.
    public static func notADate(_ written: String) -> String {
        "published '\(written)' is not a date (YYYY-MM-DD or an ISO timestamp)"
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
