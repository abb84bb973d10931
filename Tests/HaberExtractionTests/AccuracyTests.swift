import Foundation
import HaberEvaluation
import HaberExtraction
import Testing

/// The corpus evaluation with a floor per type: raised as accuracy improves, never lowered.
///
/// The languages Haber was built for are scored together; Spanish, added as data only
/// (issue 9, point 6), is scored on its own so that its lower figures neither hide behind
/// the others nor pull their floors down.
@Suite("Corpus accuracy")
struct AccuracyTests {
    /// F1 floors of the tr, en, fr and de articles, a little under the figures measured when
    /// they were set (see the issue notes).
    static let floors: [(EntityType, Double)] = [
        (.organization, 0.94), (.city, 0.97), (.country, 0.99), (.person, 0.98),
        (.percent, 0.99), (.date, 0.99), (.money, 0.98),
    ]

    /// F1 floors of the Spanish articles, a little under what the data alone reaches.
    static let spanishFloors: [(EntityType, Double)] = [
        (.organization, 0.95), (.city, 0.95), (.country, 0.99), (.person, 0.97),
        (.percent, 0.98), (.date, 0.99), (.money, 0.99),
    ]

    /// F1 floors of the development articles of issue 12 (`corpus/dev/`, every language),
    /// a little under what this session reached on them; they rise with the work.
    /// (The organizations named bare in `models/languages/all/lexicon/organizations.tsv` were
    /// taken from these articles: ORG here says that the list is read, not how well unseen
    /// text is; holdout-2 does, BENCHMARKS.md gives it with and without the list.)
    static let developmentFloors: [(EntityType, Double)] = [
        (.organization, 0.94), (.city, 0.93), (.country, 0.98), (.person, 0.96),
        (.percent, 0.99), (.date, 0.98), (.money, 0.99),
    ]

    static let scorer = scorer { $0 != "es" }
    static let spanishScorer = scorer { $0 == "es" }
    static let developmentScorer = scorer(of: Fixture.development) { _ in true }

    /// The articles of `set` whose gold `lang` passes `includes`, scored together.
    static func scorer(of set: URL = Fixture.corpus, languages includes: @escaping @Sendable (String) -> Bool) -> Result<Scorer, any Error> {
        Result {
            var scorer = Scorer()
            for id in Fixture.articleIDs(in: set) {
                guard let language = try Fixture.gold(id, in: set)["lang"] as? String, includes(language) else { continue }
                let analysis = try Fixture.analyze(try Fixture.article(id, in: set))
                let gold = try Gold(contentsOf: set.appendingPathComponent("gold/\(id).json"))
                scorer.add(gold: gold, entities: analysis.entities, published: analysis.published?.iso)
            }
            return scorer
        }
    }

    @Test("development articles: F1 per type stays above its floor", arguments: developmentFloors)
    func developmentFloor(type: EntityType, minimum: Double) throws {
        let scorer = try Self.developmentScorer.get()
        #expect(scorer.articles >= 20, "development articles: \(scorer.articles)")
        try Self.expect(scorer, type: type, minimum: minimum)
    }

    @Test("development articles: `published` is read from most date lines")
    func developmentPublished() throws {
        #expect((try Self.developmentScorer.get().publishedAccuracy ?? 0) >= 0.95)
    }

    @Test("F1 per type stays above its floor", arguments: floors)
    func floor(type: EntityType, minimum: Double) throws {
        try Self.expect(Self.scorer.get(), type: type, minimum: minimum)
    }

    @Test("Spanish: F1 per type stays above its floor", arguments: spanishFloors)
    func spanishFloor(type: EntityType, minimum: Double) throws {
        let scorer = try Self.spanishScorer.get()
        #expect(scorer.articles >= 6, "Spanish articles in the corpus: \(scorer.articles)")
        try Self.expect(scorer, type: type, minimum: minimum)
    }

    static func expect(_ scorer: Scorer, type: EntityType, minimum: Double) throws {
        let counts = scorer.counts[type] ?? Scorer.Counts()
        let missed = counts.missed.prefix(10).map { "\($0.article): \($0.item)" }
        let spurious = counts.spurious.prefix(10).map { "\($0.article): \($0.item)" }
        #expect(counts.truePositives > 0, "\(type.rawValue): nothing found")
        #expect(counts.f1 >= minimum, "\(type.rawValue) F1 \(counts.f1) < \(minimum): missed \(missed), spurious \(spurious)")
    }

    @Test("every article's `published` is read from its date line")
    func published() throws {
        #expect(try Self.scorer.get().publishedAccuracy == 1)
    }

    @Test("Spanish: every article's `published` is read from its date line")
    func spanishPublished() throws {
        #expect(try Self.spanishScorer.get().publishedAccuracy == 1)
    }
}
