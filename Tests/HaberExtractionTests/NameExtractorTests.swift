import HaberExtraction
import HaberText
import Testing

/// The three name extractors each alone, on a tokenized line, without the resolver or the
/// other extractors: what each proposes (type, text as written in the normalized view, value).
@Suite("Name extractors alone")
struct NameExtractorTests {
    typealias Found = (type: EntityType, text: String)

    /// The candidates `extractor` proposes for `text`, in text order, deduplicated.
    private func candidates(_ make: (ExtractionModels) -> any Extractor, _ text: String,
                            language: String? = nil) throws -> [Found] {
        let models = try Fixture.models.get()
        let extractor = make(models)
        let tokenizer = try Tokenizer(resources: models.text)
        let document = try tokenizer.tokenize(TextNormalizer().document(for: text), language: language)
        var seen: Set<String> = []
        return extractor.candidates(in: document, context: ExtractionContext())
            .sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound > $1.range.upperBound }
            .map { (type: $0.type, text: document.document.normalizedText($0.range)) }
            .filter { seen.insert("\($0.type.rawValue) \($0.text)").inserted }
    }

    private func same(_ found: [Found], _ expected: [Found]) -> Bool {
        found.count == expected.count && zip(found, expected).allSatisfy { $0.type == $1.type && $0.text == $1.text }
    }

    @Test("places", arguments: [
        ("Heyet Ankara’da ve Fransa’daki fuarda.", [(EntityType.city, "Ankara"), (.country, "Fransa")]),
        ("Toplantı Ankarada yapıldı.", [(EntityType.city, "Ankara")]),
        ("İzmirdeki firmalar katıldı.", [(EntityType.city, "İzmir")]),
        ("La délégation est arrivée à Lyon.", [(EntityType.city, "Lyon")]),
        ("La réunion a eu lieu hier.", []),
        ("Die Firma sitzt in Baden-Württemberg und Stuttgart.", [(EntityType.city, "Stuttgart")]),
        // Alone, the extractor also proposes the inner name; the resolver keeps the longest.
        ("The delegation visited New York and Germany.", [(EntityType.city, "New York"), (.city, "York"), (.country, "Germany")]),
        ("Altın fiyatları yükseldi.", []),
        ("ABD ve Almanya anlaştı.", [(EntityType.country, "ABD"), (.country, "Almanya")]),
        // English country names count in every language, French and Spanish ones in their
        // own; case endings without an apostrophe only where the language glues them on
        // (`models/languages.tsv`).
        ("Toplantıya Japan ve France katıldı.", [(EntityType.country, "Japan"), (.country, "France")]),
        ("Toplantıya Japon ve Francia katıldı.", []),
        ("We met the team in Ankarada yesterday.", []),
    ] as [(String, [Found])])
    func places(text: String, expected: [Found]) throws {
        let found = try candidates(PlaceExtractor.init(models:), text)
        #expect(same(found, expected), "\(found)")
    }

    @Test("organizations", arguments: [
        ("İş ve İnşaat Makineleri Kümelenmesi (İŞİM) toplandı.",
         [(EntityType.organization, "İş ve İnşaat Makineleri Kümelenmesi"), (.organization, "İŞİM")]),
        ("Sanayi ve Teknoloji Bakanlığınca desteklendi.", [(EntityType.organization, "Sanayi ve Teknoloji Bakanlığı")]),
        ("Projeyi Ankara Kalkınma Ajansı finanse etti.", [(EntityType.organization, "Ankara Kalkınma Ajansı")]),
        ("The University of Sheffield signed.", [(EntityType.organization, "University of Sheffield")]),
        ("Les membres de la CCI de Lyon ont voté.", [(EntityType.organization, "CCI de Lyon"), (.organization, "CCI")]),
        ("Bugün hava güzel.", []),
    ] as [(String, [Found])])
    func organizations(text: String, expected: [Found]) throws {
        let found = try candidates(OrganizationExtractor.init(models:), text).filter { $0.type == .organization }
        #expect(same(found, expected), "\(found)")
    }

    @Test("persons", arguments: [
        ("Kümelenme Koordinatörü Fevzi Gökalp açıkladı.", [(EntityType.person, "Fevzi Gökalp")]),
        ("Prof. Dr. Ayşe Demir konuştu.", [(EntityType.person, "Ayşe Demir")]),
        ("Toplantıya Esma Akyüz katıldı.", [(EntityType.person, "Esma Akyüz")]),
        ("Selon Marc Heitz, le pôle grandit.", [(EntityType.person, "Marc Heitz")]),
        ("Das sagte Bürgermeister Thomas Weber gestern.", [(EntityType.person, "Thomas Weber")]),
        ("Bugün hava güzel.", []),
        // A surname in capitals closes the name: the words after it are another name's.
        ("Toplantıyı Ahmet YILMAZ Kayseri Ticaret Odası adına açtı.", [(EntityType.person, "Ahmet YILMAZ")]),
        ("Selon Claire MOREAU Lyon Métropole investit.", [(EntityType.person, "Claire MOREAU")]),
        ("Laut Stefan BAUER Augsburg Innovationspark wächst.", [(EntityType.person, "Stefan BAUER")]),
        ("La directora Ana GARCÍA LÓPEZ presentó el plan.", [(EntityType.person, "Ana GARCÍA LÓPEZ")]),
        ("Toplantıya Mehmet Ali Kaya katıldı.", [(EntityType.person, "Mehmet Ali Kaya")]),
    ] as [(String, [Found])])
    func persons(text: String, expected: [Found]) throws {
        let found = try candidates(PersonExtractor.init(models:), text)
        #expect(same(found, expected), "\(found)")
    }
}
