import HaberExtraction
import HaberRecords
import Testing

/// One expected mention: type, text as written, value, and (when given) canonical.
struct Mention: Sendable, CustomStringConvertible {
    var type: EntityType
    var text: String
    var value: EntityValue
    var canonical: String?

    static func org(_ text: String, value: String? = nil, canonical: String? = nil) -> Mention {
        Mention(type: .organization, text: text, value: .name(value ?? text), canonical: canonical)
    }
    static func city(_ text: String, value: String? = nil) -> Mention { Mention(type: .city, text: text, value: .name(value ?? text)) }
    static func country(_ text: String, value: String? = nil) -> Mention {
        Mention(type: .country, text: text, value: .name(value ?? text))
    }
    static func person(_ text: String, canonical: String? = nil) -> Mention {
        Mention(type: .person, text: text, value: .name(text), canonical: canonical)
    }
    static func percent(_ text: String, _ value: Double) -> Mention { Mention(type: .percent, text: text, value: .number(value)) }
    static func date(_ text: String, _ value: String) -> Mention { Mention(type: .date, text: text, value: .date(value)) }
    static func money(_ text: String, _ amount: Double, _ currency: String) -> Mention {
        Mention(type: .money, text: text, value: .money(amount: amount, currency: currency))
    }

    init(type: EntityType, text: String, value: EntityValue, canonical: String? = nil) {
        self.type = type
        self.text = text
        self.value = value
        self.canonical = canonical
    }

    init(_ entity: Entity) {
        self.init(type: entity.type, text: entity.text, value: entity.value, canonical: entity.canonical)
    }

    /// Type, text and value; canonical is compared on its own, only where a case names one.
    var description: String {
        let value: String
        switch self.value {
        case .name(let name): value = name
        case .date(let date): value = date
        case .number(let number): value = JSON.number(number)
        case .money(let amount, let currency): value = "\(JSON.number(amount)) \(currency)"
        }
        return "\(type.rawValue) «\(text)» \(value)"
    }
}

/// One line of text and what the pipeline must find in it. For every type named in
/// `expected` or `none`, the entities of that type must be exactly these, in order; other
/// types are not looked at. `knownIssue` names a known extractor bug: the case is expected
/// to fail until it is fixed (and is reported when it starts passing).
struct ExtractionCase: Sendable, CustomTestStringConvertible {
    var line: String
    var expected: [Mention]
    var none: [EntityType]
    var referenceDate: String?
    var knownIssue: Comment?

    init(_ line: String, _ expected: [Mention], none: [EntityType] = [], referenceDate: String? = nil, knownIssue: Comment? = nil) {
        self.line = line
        self.expected = expected
        self.none = none
        self.referenceDate = referenceDate
        self.knownIssue = knownIssue
    }

    var testDescription: String { line }
}

@Suite("Pipeline: small extraction cases")
struct PipelineTests {
    static let turkish: [ExtractionCase] = [
        .init("Firmaların yüzde 58’i küçük ölçekli.", [.percent("yüzde 58", 58)]),
        .init("Devlet %15'lik ek destek veriyor.", [.percent("%15", 15)]),
        .init("Oran %2,5 arttı.", [.percent("%2,5", 2.5)]),
        .init("Oran yüzde elli oldu.", [.percent("yüzde elli", 50)]),
        .init("Ekleme Tarihi 21.07.2017", [.date("21.07.2017", "2017-07-21")]),
        .init("Techtera 2005 yılında kuruldu.", [.date("2005", "2005")]),
        .init("Kümelenmenin 375 üyesi bulunuyor.", [], none: [.date]),
        .init("Program 2014-2020 döneminde uygulanacak.", [.date("2014-2020", "2014/2020")]),
        .init("Toplantı 15 Eylül’de yapılacak.", [.date("15 Eylül", "2017-09-15")], referenceDate: "2017-07-21"),
        .init("Kapanış toplantısı Ankara’da yapılacak.", [.city("Ankara")], none: [.country]),
        .init("Kapanış toplantısı Ankarada yapılacak.", [.city("Ankara")], none: [.country]),
        .init("Fransa'daki kümeler ziyaret edildi.", [.country("Fransa")], none: [.city]),
        .init("İş ve İnşaat Makineleri Kümelenmesi (İŞİM) kuruldu.", [
            .org("İş ve İnşaat Makineleri Kümelenmesi"),
            .org("İŞİM", canonical: "İş ve İnşaat Makineleri Kümelenmesi"),
        ]),
        .init("Geçen hafta İş ve İnşaat Makineleri Kümelenmesi (İŞİM) kuruldu.", [
            .org("İş ve İnşaat Makineleri Kümelenmesi"),
            .org("İŞİM", canonical: "İş ve İnşaat Makineleri Kümelenmesi"),
        ]),
        .init("İŞİM Koordinatörü Fevzi Gökalp açıkladı.", [.person("Fevzi Gökalp")]),
        .init("Projeye 4 milyon avro hibe verildi.", [.money("4 milyon avro", 4_000_000, "EUR")]),
        .init("Yatırım tutarı 1,5 milyar TL oldu.", [.money("1,5 milyar TL", 1_500_000_000, "TRY")]),
        .init("Ankara Kalkınma Ajansı destek verdi.", [.org("Ankara Kalkınma Ajansı")], none: [.city]),
    ]

    static let otherLanguages: [ExtractionCase] = [
        .init("The company said its revenue grew 15 percent in 2019.", [.percent("15 percent", 15), .date("2019", "2019")]),
        .init("The company raised $75 million from investors.", [.money("$75 million", 75_000_000, "USD")]),
        .init("Die Region erhielt 4 Millionen Euro für das Projekt.", [.money("4 Millionen Euro", 4_000_000, "EUR")]),
    ]

    /// Place names of one and of several tokens: a longer span is looked up only after a
    /// word that opens some name, and must end on a capitalized word.
    static let places: [ExtractionCase] = [
        .init("Heyet New York'ta incelemeler yaptı.", [.city("New York")], none: [.country]),
        .init("Firma Bosna-Hersek ve Kuzey Makedonya pazarına açıldı.", [.country("Bosna-Hersek"), .country("Kuzey Makedonya")]),
        .init("Delegation visited St. Petersburg and Rio de Janeiro last week.", [.city("St. Petersburg"), .city("Rio de Janeiro")]),
        .init("La réunion a eu lieu à Saint-Étienne et à Aix-en-Provence.", [.city("Saint-Étienne"), .city("Aix-en-Provence")],
              none: [.country]),
        .init("Die Messe fand in Frankfurt am Main statt.", [.city("Frankfurt am Main")]),
        .init("Ziyaret İzmir, Bursa ve Eskişehir'i kapsadı.", [.city("İzmir"), .city("Bursa"), .city("Eskişehir")]),
        .init("Toplantı New Delhi'de, fuar Yeni Zelanda'da yapıldı.", [.city("New Delhi"), .country("Yeni Zelanda")]),
        .init("Yeni yatırımlar açıklandı.", [], none: [.city, .country]),
    ]

    /// French names that a head opens and lowercase adjectives close; an elided article
    /// stays outside; `ministère` opens a name in lowercase when a capitalized word follows.
    static let frenchOrganizations: [ExtractionCase] = [
        .init("L'Union européenne a financé le projet.", [.org("Union européenne")]),
        .init("Le projet a été financé par l'Union européenne et à l'Afrique de l'Ouest.", [.org("Union européenne")]),
        .init("La Commission européenne a publié le rapport.", [.org("Commission européenne")]),
        .init("La Banque centrale européenne a relevé ses taux.", [.org("Banque centrale européenne")]),
        .init("La Chambre de commerce et d’industrie de Lyon soutient le pôle.", [.org("Chambre de commerce et d’industrie de Lyon")]),
        .init("La commission a publié le rapport.", [], none: [.organization]),
        .init("Le ministère de l'Industrie et du Commerce a annoncé une enveloppe.", [.org("ministère de l'Industrie et du Commerce")]),
        .init("Le ministère a annoncé une enveloppe.", [], none: [.organization]),
        .init("Le ministère français a annoncé une enveloppe.", [], none: [.organization]),
    ]

    /// Short mentions and spelled-out acronyms, linked after resolution to the names kept.
    static let linking: [ExtractionCase] = [
        .init("Techtera Kümelenmesi Lyon'da kuruldu. Techtera yeni üyeler aldı.", [
            .org("Techtera Kümelenmesi"), .org("Techtera", canonical: "Techtera Kümelenmesi"),
        ]),
        .init("Ankara Kümelenmesi kuruldu. Ankara büyüyor.", [.org("Ankara Kümelenmesi"), .city("Ankara")]),
        .init("Kümelenme Koordinatörü Fevzi Gökalp açıkladı. Gökalp'e göre ihracat arttı.", [
            .person("Fevzi Gökalp"), .person("Gökalp", canonical: "Fevzi Gökalp"),
        ]),
        .init("Yönetim Kurulu Başkanı Oğuz TEKELİ konuştu. TEKELİ projeyi anlattı.", [
            .person("Oğuz TEKELİ"), .person("TEKELİ", canonical: "Oğuz TEKELİ"),
        ], none: [.organization]),
        .init("Türkiye Odalar ve Borsalar Birliği (TOBB) açıkladı. TOBB yeni bir program başlattı.", [
            .org("Türkiye Odalar ve Borsalar Birliği"),
            .org("TOBB", canonical: "Türkiye Odalar ve Borsalar Birliği"),
            .org("TOBB", canonical: "Türkiye Odalar ve Borsalar Birliği"),
        ]),
        .init("OSSA (OSTİM Savunma ve Havacılık Kümelenmesi) yeni üyeler aldı.", [
            .org("OSSA", canonical: "OSTİM Savunma ve Havacılık Kümelenmesi"), .org("OSTİM Savunma ve Havacılık Kümelenmesi"),
        ]),
    ]

    @Test("linked mentions", arguments: linking)
    func linkedLines(_ example: ExtractionCase) throws {
        try check(example)
    }

    @Test("French organizations", arguments: frenchOrganizations)
    func frenchOrganizationLines(_ example: ExtractionCase) throws {
        try check(example)
    }

    @Test("places of one and several tokens", arguments: places)
    func placeLines(_ example: ExtractionCase) throws {
        try check(example)
    }

    @Test("Turkish lines", arguments: turkish)
    func turkishLines(_ example: ExtractionCase) throws {
        try check(example)
    }

    @Test("English and German lines", arguments: otherLanguages)
    func otherLines(_ example: ExtractionCase) throws {
        try check(example)
    }

    /// Each row: a one-line sentence with few function words or only shared ones, and its
    /// language: the words' frequencies in each language decide (issue 12, point 5).
    @Test("a one-line sentence of content words is in its language", arguments: [
        ("La planta emplea a 300 trabajadores.", "es"),
        ("Hubo empresas que pararon hornos.", "es"),
        ("La patronal pide menos burocracia.", "es"),
        ("Bosch investiert in Stuttgart.", "de"),
        ("Zulieferer suchen Fachkräfte.", "de"),
        ("Profits fell sharply.", "en"),
        ("Shipments doubled in Poland.", "en"),
        ("Erdemir yeni hat kurdu.", "tr"),
        ("Fabrika 2025'te açılacak.", "tr"),
        ("La filière recrute des techniciens.", "fr"),
        ("Le chiffre d'affaires atteint 3 millions.", "fr"),
        ("Ankara", "tr"),
        ("Straße", "de"),
        ("12345 678", "tr"),
    ])
    func sentenceLanguage(text: String, expected: String) throws {
        #expect(try Fixture.analyze(text).document.language == expected)
    }

    @Test("the date line gives `published` and a DATE")
    func published() throws {
        let analysis = try Fixture.analyze("İŞİM Avrupa turunda\n\nEkleme Tarihi 21.07.2017\n\nZiyaret Fransa’da yapıldı.")
        #expect(analysis.published?.iso == "2017-07-21")
        #expect(analysis.title == "İŞİM Avrupa turunda")
        #expect(analysis.entities.map { Mention($0).description }.contains("DATE «21.07.2017» 2017-07-21"))
    }

    @Test("no date line, no `published`")
    func noPublished() throws {
        let analysis = try Fixture.analyze("Techtera 2005 yılında kuruldu.")
        #expect(analysis.published == nil)
    }

    private func check(_ example: ExtractionCase) throws {
        if let knownIssue = example.knownIssue {
            try withKnownIssue(knownIssue) { try checkExpectations(example) }
        } else {
            try checkExpectations(example)
        }
    }

    private func checkExpectations(_ example: ExtractionCase) throws {
        let reference = try example.referenceDate.map { try #require(CalendarDate(iso: $0)) }
        let analysis = try Fixture.analyze(example.line, referenceDate: reference)
        let types = Set(example.expected.map(\.type)).union(example.none).sorted()
        for type in types {
            let found = analysis.entities.filter { $0.type == type }.map { Mention($0).description }
            let wanted = example.expected.filter { $0.type == type }.map(\.description)
            #expect(found == wanted, "\(type.rawValue) in «\(example.line)»")
        }
        for mention in example.expected where mention.canonical != nil {
            let entity = analysis.entities.first { Mention($0).description == mention.description }
            #expect(entity?.canonical == mention.canonical, "canonical of \(mention)")
        }
        checkOffsets(analysis.entities, in: example.line)
    }
}

/// Every entity's `text` is the original text at `[start, end)` in scalars, entities are in
/// text order and do not overlap.
func checkOffsets(_ entities: [Entity], in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    var previousEnd = 0
    for entity in entities {
        let slice = text.scalars(entity.start..<entity.end)
        #expect(slice != nil && slice!.unicodeScalars.elementsEqual(entity.text.unicodeScalars),
                "\(Mention(entity)) at \(entity.start)..<\(entity.end) reads «\(slice ?? "out of bounds")»",
                sourceLocation: sourceLocation)
        #expect(entity.start >= previousEnd, "\(Mention(entity)) at \(entity.start) is out of order or overlaps",
                sourceLocation: sourceLocation)
        #expect(entity.start < entity.end, "\(Mention(entity)) is empty", sourceLocation: sourceLocation)
        previousEnd = max(previousEnd, entity.end)
    }
}
