import Foundation
@testable import HaberExtraction
import HaberText
import Testing

/// `ref`: a COUNTRY's ISO 3166-1 code, a CITY's GeoNames id, an ORG's identifier when its
/// lexicon row gives one (docs/FORMAT.md). The ids below are GeoNames' own, as
/// `models/geo/*.tsv` carry them.
@Suite("Registry links (ref)")
struct RefTests {
    @Test("the whole pipeline links places", arguments: [
        ("Heyet Ankara’da toplandı.", EntityType.city, "Ankara", "geonames:323786"),
        ("Fransa’daki firmalar katıldı.", .country, "Fransa", "iso3166:FR"),
        ("ABD ve Almanya anlaştı.", .country, "ABD", "iso3166:US"),
        ("ABD ve Almanya anlaştı.", .country, "Almanya", "iso3166:DE"),
        ("İngiltere’ye ihracat arttı.", .country, "İngiltere", "iso3166:GB"),
        ("Toplantı İstanbul’da yapıldı.", .city, "İstanbul", "geonames:745044"),
        ("The fair opens in Paris next week.", .city, "Paris", "geonames:2988507"),
        ("La délégation est arrivée à Lyon.", .city, "Lyon", "geonames:2996944"),
        // A city of its own under a district's name: the city, not the division.
        ("Çankaya’da yeni bir ofis açıldı.", .city, "Çankaya", "geonames:6955677"),
        // A province whose name no city of 15,000 carries: the province (ADM1), not the
        // village of 600 people called Kocaeli (geonames:306970).
        ("Kocaeli’de fabrika kuruldu.", .city, "Kocaeli", "geonames:742865"),
        // A district no city of 15,000 is named after: the district (ADM2), not a village.
        ("Sincan’da üretim başladı.", .city, "Sincan", "geonames:7732181"),
        // CLDR's Spanish name of Istanbul, joined to the GeoNames city by the generator.
        ("La feria se celebró en Estambul el año pasado.", .city, "Estambul", "geonames:745044"),
    ] as [(String, EntityType, String, String)])
    func places(text: String, type: EntityType, value: String, ref: String) throws {
        let entities = try Fixture.analyze(text).entities
        let entity = try #require(entities.first { $0.value == .name(value) }, "\(value) not found in \(entities)")
        #expect(entity.type == type)
        #expect(entity.ref == ref)
    }

    @Test("names other than places have no ref; no extractor sets mod yet")
    func othersUnlinked() throws {
        let analysis = try Fixture.analyze(
            "TOBB Başkanı Rifat Hisarcıklıoğlu, 21.07.2017 tarihinde yüzde 58 artış ve 4 milyon avro yatırım açıkladı.")
        #expect(analysis.entities.count >= 4, "\(analysis.entities)")
        for entity in analysis.entities where ![.city, .country].contains(entity.type) {
            #expect(entity.ref == nil, "\(entity)")
        }
        #expect(analysis.entities.allSatisfy { $0.mod == nil })
    }

    /// Which entry's id names the place, among the entries of one name (PlaceExtractor.ref).
    @Test("the id chosen among the places of one name", arguments: [
        // The most populous city of 15,000 or more, before the province of the same name.
        ([entry(pop: 3_517_182, id: 323786), entry(province: true, id: 323784)], "geonames:323786"),
        // A province before a village, a province before a district.
        ([entry(pop: 602, id: 306970), entry(province: true, id: 742865)], "geonames:742865"),
        ([entry(district: true, id: 8631453), entry(province: true, id: 9000000)], "geonames:9000000"),
        // A district before a town of unknown or small population.
        ([entry(pop: 0, id: 300750), entry(district: true, id: 7732181)], "geonames:7732181"),
        // Among towns, the most populous; among equals, the smallest id.
        ([entry(pop: 235, id: 740676), entry(pop: 5105, id: 740677)], "geonames:740677"),
        ([entry(pop: 40_000, id: 20), entry(pop: 40_000, id: 10)], "geonames:10"),
        // Another country's place does not count, nor an entry without an id.
        ([entry(pop: 100_000, id: 1, country: "GR"), entry(pop: 16_000, id: 2)], "geonames:2"),
        ([entry(pop: 100_000, id: nil)], nil),
    ] as [([GazetteerEntry], String?)])
    func ranking(entries: [GazetteerEntry], ref: String?) {
        let best = GazetteerEntry(type: .city, name: "X", country: "TR", population: 0)
        #expect(PlaceExtractor.ref(best, among: entries) == ref)
    }

    @Test("a country's ref is its code")
    func countryRef() {
        let france = GazetteerEntry(type: .country, name: "Fransa", country: "FR", population: 0)
        #expect(PlaceExtractor.ref(france, among: [france]) == "iso3166:FR")
    }

    /// One name read from several rows keeps the id of the most populous place.
    @Test("the gazetteer keeps the id of the most populous place of a name")
    func gazetteerMerge() throws {
        var builder = NameGazetteer.Builder(fold: { $0 })
        builder.add(GazetteerEntry(type: .city, name: "Kale", country: "TR", population: 0, isProvince: true, isDistrict: true,
                                   geonames: 500), language: "tr")
        builder.add(GazetteerEntry(type: .city, name: "Kale", country: "TR", population: 0, isProvince: true, isDistrict: true,
                                   geonames: 400), language: "tr")
        builder.add(GazetteerEntry(type: .city, name: "Kale", country: "TR", population: 900, geonames: 7), language: "*")
        builder.add(GazetteerEntry(type: .city, name: "Kale", country: "TR", population: 20_000, geonames: 8), language: "*")
        builder.add(GazetteerEntry(type: .city, name: "Kale", country: "TR", population: 50, geonames: 9), language: "*")
        let gazetteer = NameGazetteer(index: try CompactIndex(data: builder.build()))
        let entries = gazetteer.entries(forKey: "kale")
        #expect(entries.count == 2)
        #expect(entries.first { $0.language == "tr" }?.geonames == 400)
        #expect(entries.first { $0.language == "*" }?.geonames == 8)
        #expect(entries.first { $0.language == "*" }?.population == 20_000)
    }

    /// The optional `ref` column of `models/lexicon/acronyms.tsv` becomes the ORG's ref.
    @Test("an acronym whose lexicon row has a ref carries it")
    func organizationRef() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haber-ref-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
        // The other lexicons as the package has them (one folder per language); a flat
        // acronyms.tsv, when there is one, is read instead of the split one.
        try FileManager.default.copyItem(at: Fixture.modelDirectory.url.appendingPathComponent(ModelDirectory.languagesFolder),
                                         to: folder.appendingPathComponent(ModelDirectory.languagesFolder))
        try "acronym\texpansion\tlang\tref\nTOBB\tTürkiye Odalar ve Borsalar Birliği\ttr\texample:42\nKOSGEB\tKüçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığı\ttr\t\n"
            .write(to: folder.appendingPathComponent("lexicon/acronyms.tsv"), atomically: true, encoding: .utf8)
        let lexicon = try OrganizationLexicon(models: ModelDirectory(url: folder))
        #expect(lexicon.acronymRefs == ["TOBB": "example:42"])

        var models = try Fixture.models.get()
        models.organizations.acronymRefs = lexicon.acronymRefs
        let pipeline = try Pipeline(models: models)
        let entities = try pipeline.analyze("TOBB ve KOSGEB ortak bir program açıkladı.").entities
        let tobb = try #require(entities.first { $0.text == "TOBB" }, "\(entities)")
        #expect(tobb.type == .organization && tobb.ref == "example:42")
        let kosgeb = try #require(entities.first { $0.text == "KOSGEB" }, "\(entities)")
        #expect(kosgeb.ref == nil)
    }
}

/// A TR city entry for the ranking table.
private func entry(pop: Int = 0, province: Bool = false, district: Bool = false, id: Int?, country: String = "TR") -> GazetteerEntry {
    GazetteerEntry(type: .city, name: "X", country: country, population: pop, isProvince: province || district,
                   isDistrict: district, geonames: id)
}
