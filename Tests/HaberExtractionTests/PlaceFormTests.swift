import HaberExtraction
import Testing

/// Place names as German writes them (issue 12): a case ending on the name itself
/// (`geo/name-endings.tsv`: `Frankreichs`, `den Niederlanden`) gives the name's base as the
/// value and the word as the span; a place cue keeps its place when a capitalized noun
/// follows (`bei Tübingen Zellen`: the profile's `nouns capital`); and a GeoNames alternate
/// name that is the place's own name (`Meißen` of `Meissen`, `Ottobrunn` of `Ottobrunn bei
/// München`, `geo/cities.tsv` kind `own`) names a town of any size.
@Suite("Place forms")
struct PlaceFormTests {
    static let german: [ExtractionCase] = [
        .init("Der Export Italiens wächst.", [.country("Italiens", value: "Italien")]),
        .init("Die Exporte Frankreichs stiegen im Sommer.", [.country("Frankreichs", value: "Frankreich")]),
        .init("Die Industrie Deutschlands wächst wieder.", [.country("Deutschlands", value: "Deutschland")]),
        .init("Die Wirtschaft Österreichs erholt sich.", [.country("Österreichs", value: "Österreich")]),
        .init("Die Exporte Chinas sind gestiegen.", [.country("Chinas", value: "China")]),
        .init("Der Hafen Hamburgs ist der größte des Landes.", [.city("Hamburgs", value: "Hamburg")]),
        .init("Die Industrie Stuttgarts wächst.", [.city("Stuttgarts", value: "Stuttgart")]),
        .init("Die Schweiz investiert in Batterien.", [.country("Schweiz")]),
        .init("Die Wirtschaft Bayerns wächst.", [], none: [.city, .country]),
        .init("Der Umsatz des Jahres stieg deutlich.", [], none: [.city, .country]),
        .init("Customcells will bei Tübingen Hochleistungszellen fertigen.", [.city("Tübingen")]),
        .init("Der Konzern baut in Konstanz Batterien.", [.city("Konstanz")]),
        .init("Die Firma will nach Friedrichshafen Teile liefern.", [.city("Friedrichshafen")]),
        .init("Er ist nicht in der Lage, das zu sagen.", [], none: [.city]),
        .init("Schon damals kam Porzellan aus Meißen nach Europa.", [.city("Meißen")]),
        .init("Das Start-up sitzt in Ottobrunn.", [.city("Ottobrunn")]),
        .init("Bosch baut ein Werk in Feuerbach um.", [.city("Feuerbach")]),
        .init("Der Zulieferer hat seinen Sitz in Landsberg.", [.city("Landsberg")]),
        .init("Bosch baut Werke in Feuerbach, Bad Cannstatt und Friedrichshafen um.", [.city("Feuerbach"), .city("Friedrichshafen")]),
        .init("Die Zulieferer kommen aus Konstanz und Tübingen.", [.city("Konstanz"), .city("Tübingen")]),
        .init("Er arbeitet in Forschung und Entwicklung.", [], none: [.city]),
    ]

    /// A place cue reaches over a short list of names (`lexicon/place-cues.tsv` kind `list`).
    static let cuedLists: [ExtractionCase] = [
        .init("The plants are near Leeds and Troy.", [.city("Leeds"), .city("Troy")]),
        .init("Les usines sont à Belfort et Avion.", [.city("Belfort"), .city("Avion")]),
        .init("La planta está en Valencia, Onda y Castellón.", [.city("Valencia"), .city("Onda"), .city("Castellón")]),
        .init("Er sprach über Leipzig und Halle.", [.city("Leipzig")]),
        .init("Le centre ouvrira entre Douai et Avion.", [.city("Douai"), .city("Avion")]),
    ]

    /// A preposition fused with the article that opens a place's name (`lexicon/place-cues.tsv`
    /// kind `contraction`): `au Mans` names Le Mans.
    static let contractions: [ExtractionCase] = [
        .init("Le salon se tiendra au Mans en juin.", [.city("Mans")]),
        .init("L'usine du Havre a fermé.", [.city("Havre")]),
        .init("Les ateliers aux Mureaux emploient 300 personnes.", [.city("Mureaux")]),
        .init("La cooperativa del Ejido exporta tomates.", [.city("Ejido")]),
        .init("Le salon du Livre ouvre en mars.", [], none: [.city]),
        .init("Il est parti au Canada.", [.country("Canada")], none: [.city]),
    ]

    /// A name whose last word, lowercase, is hyphened to it; a lead's place in capitals
    /// before a dash (a dateline whose date stands above it).
    static let shapes: [ExtractionCase] = [
        .init("The summit was held in Cha-am, a resort town.", [.city("Cha-am")]),
        .init("La réunion a eu lieu hier.", [], none: [.city]),
        .init("LILLE – Le pôle a présenté ses résultats.", [.city("LILLE")], none: [.organization]),
        .init("NASA – The agency said the launch will slip.", [.org("NASA")], none: [.city]),
    ]

    static let otherLanguages: [ExtractionCase] = [
        .init("La empresa tiene una planta en Aranda de Duero.", [.city("Aranda de Duero")]),
        .init("La fábrica de Jávea abrió en 2020.", [.city("Jávea")]),
        .init("The plant is in Newark on Trent.", [.city("Newark on Trent")]),
        .init("Les essais ont lieu à Belfort.", [.city("Belfort")]),
        .init("The firm moved to Leeds in 2020.", [.city("Leeds")]),
    ]

    /// places14 (issue 12): a town's name that ends a longer capitalized name (`Rocket Factory
    /// Augsburg`, `Business Joensuu`) or stands in a list of names none of which is a place
    /// (`Forvia, Mahle et Hutchinson`) is no town; the same words after a cue or among towns are.
    static let insideNames: [ExtractionCase] = [
        .init("Das Start-up Rocket Factory Augsburg testet Triebwerke.", [], none: [.city]),
        .init("Rocket Factory Augsburg baut Raketen in Augsburg.", [.city("Augsburg")]),
        .init("Der Hafen liegt in der Region Stuttgart.", [.city("Stuttgart")]),
        .init("Der Import Frankreich hat zugelegt.", [.country("Frankreich")]),
        .init("Le directeur explique : « Depuis Tanger, nos pièces partent vite. »", [.city("Tanger")]),
        .init("Le pôle Nord France Invest accompagne les entreprises.", [], none: [.country]),
        .init("Las empresas expondrán en BIO-Europe Spring en marzo.", [], none: [.city]),
        .init("The Finnish agency Business Joensuu sent a delegation.", [], none: [.city]),
        .init("The delegation flew from Helsinki to Joensuu.", [.city("Helsinki"), .city("Joensuu")]),
        .init("Des entreprises comme Forvia, Mahle et Hutchinson sont présentes.", [], none: [.city]),
        .init("Les usines de Lyon, Grenoble et Valence recrutent.", [.city("Lyon"), .city("Grenoble"), .city("Valence")]),
        .init("Auch Salzgitter, ArcelorMittal und Thyssenkrupp investieren.", [], none: [.city]),
        .init("La zone qui sépare Lyon de Feyzin, Arkema, Elkem et la raffinerie emploie 3000 personnes.",
              [.city("Lyon"), .city("Feyzin")]),
        .init("Las empresas viajaron de Madrid, Bilbao y Vigo a Oporto.", [.city("Madrid"), .city("Bilbao"), .city("Vigo"), .city("Oporto")]),
    ]

    @Test("a town's name inside a longer name or a list of other names", arguments: insideNames)
    func insideName(_ example: ExtractionCase) throws { try check(example) }

    @Test("German place forms", arguments: german)
    func germanPlace(_ example: ExtractionCase) throws { try check(example) }

    @Test("a cue over a list of names", arguments: cuedLists)
    func cuedList(_ example: ExtractionCase) throws { try check(example) }

    @Test("a place after a contracted article", arguments: contractions)
    func contracted(_ example: ExtractionCase) throws { try check(example) }

    @Test("hyphened names and a lead's place in capitals", arguments: shapes)
    func shape(_ example: ExtractionCase) throws { try check(example) }

    @Test("own names in other languages", arguments: otherLanguages)
    func otherPlace(_ example: ExtractionCase) throws { try check(example) }

    /// The base of a word less an ending, as `geo/name-endings.tsv` describes it.
    @Test("endings' bases", arguments: [
        ("frankreichs", "frankreich"), ("niederlanden", "niederlande"), ("texass", nil), ("bss", nil),
        ("londonn", nil), ("stuttgarts", "stuttgart"), ("hamburg", nil),
    ] as [(String, String?)])
    func base(_ example: (String, String?)) {
        let genitive = Vocabulary.PlaceNameEnding(ending: "s", notAfter: ["s", "x", "z", "ß"])
        let dative = Vocabulary.PlaceNameEnding(ending: "n", after: ["e"])
        #expect((genitive.base(of: example.0) ?? dative.base(of: example.0)) == example.1, "\(example.0)")
    }

    private func check(_ example: ExtractionCase) throws {
        let analysis = try Fixture.analyze(example.line)
        for type in Set(example.expected.map(\.type)).union(example.none).sorted() {
            let found = analysis.entities.filter { $0.type == type }.map { Mention($0).description }
            let wanted = example.expected.filter { $0.type == type }.map(\.description)
            #expect(found == wanted, "\(type.rawValue) in «\(example.line)»")
        }
    }
}
