import Foundation
import HaberEvaluation
import HaberExtraction
import HaberRecords
import HaberText
import Testing

/// Runs the pipeline over `corpus/articles` and checks records the way outside tools read them.
@Suite("Golden corpus")
struct GoldenTests {
    static let seed = "000_25e7f86ed453e38d"

    /// The record line for `id`, as `haber extract corpus/articles/<id>.txt` writes it, parsed back.
    private func record(_ id: String) throws -> (text: String, analysis: Pipeline.Analysis, line: String, json: [String: Any]) {
        let text = try Fixture.article(id)
        let analysis = try Fixture.analyze(text)
        let record = Record(id: id, source: "corpus/articles/\(id).txt", analysis: analysis)
        let line = JSONLinesWriter().line(for: record)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
        return (text, analysis, line, json)
    }

    @Test("the corpus is there")
    func corpusPresent() {
        #expect(Fixture.articleIDs.contains(Self.seed))
        #expect(Fixture.articleIDs.count >= 2)
    }

    @Test("entity text is the original at [start, end), in text order", arguments: Fixture.articleIDs)
    func offsets(id: String) throws {
        let (text, analysis, line, json) = try record(id)
        checkOffsets(analysis.entities, in: text)
        // The same through the written record, as `text[start:end] == entity["text"]` in Python.
        #expect(line.hasSuffix("\n") && !line.dropLast().contains("\n"), "a record is one line")
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(entities.count == analysis.entities.count)
        for entity in entities {
            let start = try #require(entity["start"] as? Int), end = try #require(entity["end"] as? Int)
            let written = try #require(entity["text"] as? String)
            let slice = text.scalars(Int(start)..<Int(end))
            #expect(slice.map { Array($0.unicodeScalars) } == Array(written.unicodeScalars), "\(entity)")
            #expect(EntityType(rawValue: entity["type"] as? String ?? "") != nil, "\(entity)")
            #expect(entity["value"] != nil, "\(entity)")
        }
        #expect(json["id"] as? String == id)
        // The record's language is the one its gold gives (Spanish among them, added as data).
        #expect(json["lang"] as? String == (try Fixture.gold(id)["lang"] as? String), "lang \(json["lang"] ?? "nil")")
    }

    @Test("the seed article's record matches its gold")
    func seedMatchesGold() throws {
        let (_, analysis, _, json) = try record(Self.seed)
        let gold = try Fixture.gold(Self.seed)
        var scorer = Scorer()
        scorer.add(gold: Gold(object: gold, id: Self.seed), entities: analysis.entities, published: analysis.published?.iso)
        for type in EntityType.allCases {
            let counts = scorer.counts[type] ?? Scorer.Counts()
            #expect(counts.missed.isEmpty, "\(type) missed \(counts.missed)")
            #expect(counts.spurious.isEmpty, "\(type) spurious \(counts.spurious)")
        }
        #expect(json["published"] as? String == gold["published"] as? String)
        #expect(analysis.published?.iso == gold["published"] as? String)
        #expect(json["lang"] as? String == gold["lang"] as? String)
        #expect(analysis.title == "İŞİM CLUSTEM kapsamında Avrupa turunda")
    }

    @Test("the seed article's key mentions")
    func seedMentions() throws {
        let (text, analysis, _, _) = try record(Self.seed)
        let mentions = analysis.entities.map { Mention($0).description }
        for wanted: Mention in [
            .date("21.07.2017", "2017-07-21"), .percent("yüzde 58", 58), .percent("yüzde 70", 70),
            .date("2005", "2005"), .country("Fransa"), .city("Ankara"), .city("Kopenhag"), .city("Hamburg"),
            .person("Fevzi Gökalp"), .person("Esma Akyüz"), .org("İŞİM"),
        ] {
            #expect(mentions.contains(wanted.description), "\(wanted)")
        }
        // `Fransa'daki` is the first COUNTRY: its span stops before the apostrophe.
        let fransa = try #require(analysis.entities.first { $0.type == .country })
        #expect(text.scalars(fransa.start..<fransa.end) == "Fransa")
        // Every `İŞİM` links to the name the article spells out.
        let acronyms = analysis.entities.filter { $0.type == .organization && $0.text == "İŞİM" }
        #expect(acronyms.count >= 5)
        #expect(acronyms.allSatisfy { $0.canonical == "İş ve İnşaat Makineleri Kümelenmesi" },
                "\(acronyms.map { $0.canonical ?? "nil" })")
        // No DATE for `375 üyesi`.
        #expect(!analysis.entities.contains { $0.type == .date && $0.text.contains("375") })
    }
}

/// The scoring helper itself, so a golden failure means the extractor and not the scorer.
@Suite("Scoring (HaberEvaluation)")
struct ScoringTests {
    @Test("fold", arguments: [
        ("İŞİM", "isim"),
        ("İş ve İnşaat Makineleri Kümelenmesi", "is ve insaat makineleri kumelenmesi"),
        ("IĞDIR", "igdir"),
        ("Go\u{0308}kalp", "gokalp"),
        ("A.Ş.", "a s"),
        ("  Çağrı \t Holding ", "cagri holding"),
        ("Mulhouse’da", "mulhouse da"),
        ("Pôle Véhicule du Futur", "pole vehicule du futur"),
        ("Straße", "straße"),
        ("...", ""),
    ])
    func fold(text: String, expected: String) {
        #expect(Folding.fold(text) == expected)
    }

    @Test("matches, misses, spurious items and optional items")
    func outcome() throws {
        let gold: [String: Any] = [
            "ORG": [["name": "İŞİM", "alt": ["İş ve İnşaat Makineleri Kümelenmesi"]],
                    ["name": "Fransız Hükümeti", "alt": [], "optional": true]],
            "CITY": [["name": "Mulhouse", "alt": ["Mulhose"]], ["name": "Lyon", "alt": []]],
            "PERCENT": [58, 2.5],
            "DATE": ["2017-07-21", "2014"],
            "MONEY": [["amount": 4_000_000, "currency": "EUR"]],
        ]
        let record: [String: Any] = ["entities": [
            ["type": "ORG", "text": "İş ve İnşaat Makineleri Kümelenmesi", "value": "İş ve İnşaat Makineleri Kümelenmesi"],
            ["type": "ORG", "text": "Fransız Hükümeti", "value": "Fransız Hükümeti"],
            ["type": "CITY", "text": "Mulhose", "value": "Mulhose"],
            ["type": "CITY", "text": "Alsace", "value": "Alsace"],
            ["type": "PERCENT", "text": "yüzde 58", "value": 58],
            ["type": "PERCENT", "text": "%2,5", "value": 2.5],
            ["type": "DATE", "text": "2014-2020", "value": "2014/2020"],
            ["type": "DATE", "text": "Yıl sonunda", "value": "2017-12", "relative": true],
            ["type": "MONEY", "text": "4 milyon avro", "value": ["amount": 4_000_000, "currency": "eur"]],
        ]]
        var scorer = Scorer()
        let entities = ((record["entities"] as? [[String: Any]]) ?? []).compactMap(RecordFile.entity(from:))
        scorer.add(gold: Gold(object: gold, id: "example"), entities: entities, published: nil)
        func missed(_ type: EntityType) -> [String] { (scorer.counts[type]?.missed ?? []).map(\.item) }
        func spurious(_ type: EntityType) -> [String] { (scorer.counts[type]?.spurious ?? []).map(\.item) }
        let counts = scorer.counts
        #expect(missed(.organization).isEmpty)
        #expect(spurious(.organization).isEmpty)
        #expect(missed(.city) == ["lyon"])
        #expect(spurious(.city) == ["alsace"])
        #expect(missed(.percent).isEmpty && spurious(.percent).isEmpty)
        #expect(missed(.date) == ["2017-07-21"])
        #expect(spurious(.date).isEmpty)
        #expect(missed(.money).isEmpty && spurious(.money).isEmpty)
        #expect(counts[.organization]?.truePositives == 1)
    }
}

@Suite("Models")
struct ModelTests {
    @Test("the models folder is found and loads")
    func load() throws {
        let located = try ModelDirectory.locate()
        #expect(FileManager.default.fileExists(atPath: located.url.appendingPathComponent("MANIFEST.tsv").path))
        _ = try Fixture.models.get()
    }
}
