import HaberExtraction
import Testing

/// Persons and places that share a name (issue 12, point 3): a line through the whole
/// pipeline, the listed types compared in full (`none`: types that must not be found).
@Suite("Persons vs places")
struct NameCollisionTests {
    /// A major city after a given name is the surname; the city alone stays a city.
    static let placeSurnames: [ExtractionCase] = [
        .init("Açılışı Mehmet Sivas yaptı.", [.person("Mehmet Sivas")], none: [.city]),
        .init("Toplantıya Ali Konya da katıldı.", [.person("Ali Konya")], none: [.city]),
        .init("Toplantı Konya'da yapıldı.", [.city("Konya")], none: [.person]),
        .init("The award went to John Bristol last year.", [.person("John Bristol")], none: [.city]),
        .init("The firm moved to Leeds in 2020.", [.city("Leeds")], none: [.person]),
        .init("Jean Lyon a présenté le projet.", [.person("Jean Lyon")], none: [.city]),
        .init("Pierre Dijon dirige le pôle depuis 2019.", [.person("Pierre Dijon")], none: [.city]),
        .init("Le salon a lieu à Dijon.", [.city("Dijon")], none: [.person]),
        .init("Anna Essen leitet das Netzwerk.", [.person("Anna Essen")], none: [.city]),
        .init("Gestern sprach Stefan Bremen vor der Kammer.", [.person("Stefan Bremen")], none: [.city]),
        .init("Die Messe findet in Bremen statt.", [.city("Bremen")], none: [.person]),
        .init("Carlos Toledo preside la asociación.", [.person("Carlos Toledo")], none: [.city]),
        .init("Mary Houston chairs the committee.", [.person("Mary Houston")], none: [.city]),
        .init("The committee is chaired by Mary Houston.", [.person("Mary Houston")], none: [.city]),
        .init("Victoria Ruiz, gerente de la empresa, habló.", [.person("Victoria Ruiz")], none: [.city]),
        // A surname that is also a town is the town where it stands as a place: after a place
        // cue, on the date line; elsewhere it stays the person's short mention.
        .init("Le directeur, Paul Belfort, a ouvert un atelier à Belfort.", [.person("Paul Belfort"), .city("Belfort")]),
        .init("Geschäftsführer Peter Ulm eröffnete ein Werk in Ulm.", [.person("Peter Ulm"), .city("Ulm")]),
        .init("Cádiz, 3 de mayo de 2023 (EFE).– El presidente, Luis Cádiz, habló.", [.city("Cádiz"), .person("Luis Cádiz")]),
        .init("Paul Belfort a parlé hier. Belfort a conclu la séance.", [.person("Paul Belfort"), .person("Belfort", canonical: "Paul Belfort")], none: [.city]),
    ]

    /// A surname in capitals ends a person's name, long or known (`ORDU`); an unknown short
    /// word in capitals is an acronym.
    static let surnamesInCapitals: [ExtractionCase] = [
        .init("Oda Başkanı Mehmet SİVAS yeni projeyi anlattı.", [.person("Mehmet SİVAS")], none: [.city]),
        .init("Törende Hasan ORDU bir konuşma yaptı.", [.person("Hasan ORDU")], none: [.city]),
        .init("Van TSO üyeleri toplandı.", [], none: [.person]),
        .init("Speaking for the group, Sarah LONDON praised the staff.", [.person("Sarah LONDON")], none: [.city, .organization]),
        .init("Selon Marie NANTES, la filière recrute.", [.person("Marie NANTES")], none: [.city, .organization]),
        .init("Pour Luc MOREAU, c'est une étape.", [.person("Luc MOREAU")], none: [.organization]),
        .init("Laut Thomas BREMEN steigt der Umsatz.", [.person("Thomas BREMEN")], none: [.city, .organization]),
        .init("Según Ana GRANADA, el sector crece.", [.person("Ana GRANADA")], none: [.city, .country]),
        .init("Lo explicó Jordi PUJOL en la rueda de prensa.", [.person("Jordi PUJOL")], none: [.organization]),
        // A given name with marks the name lists write without them (`Tomas`, `Zoltan`).
        .init("Its director, Tomáš DVOŘÁK, said exports rose.", [.person("Tomáš DVOŘÁK")], none: [.organization]),
        .init("Laut Zoltán HORVÁTH wächst der Standort.", [.person("Zoltán HORVÁTH")], none: [.organization]),
        // An acronym after a word that folds to no given name stays an acronym.
        .init("Die Förderung kommt vom Verband ÖVIA und der Stadt.", [], none: [.person]),
    ]

    /// Roles (German compounds too), buildings, events and titles are not names of persons.
    static let notPersons: [ExtractionCase] = [
        .init("Siemens-Chef Roland Busch sprach über die Zukunft.", [.person("Roland Busch")]),
        .init("Die Pressesprecherin Anna Weber bestätigte das.", [.person("Anna Weber")]),
        .init("Aufsichtsratsmitglied Karl Huber sagte das.", [.person("Karl Huber")]),
        .init("Der Bürgermeister der Stadt begrüßte die Gäste.", [], none: [.person]),
        .init("Selimiye Camii restore edildi.", [], none: [.person, .city]),
        .init("Kılıç Ali Paşa Camii ziyaretçilere açıldı.", [], none: [.person, .city]),
        .init("Buckingham Palace opened its doors.", [], none: [.person, .city]),
        .init("Kurtuluş Savaşı yıllarında kurulan fabrika büyüdü.", [], none: [.person]),
        .init("À Saint-Étienne, le salon ouvre ses portes.", [.city("Saint-Étienne")], none: [.person]),
        // One hyphenated word is no person, though both halves are given names (`Mercedes`, `Benz`).
        .init("Die Zulieferer von Mercedes-Benz bauen ihre Werke um.", [], none: [.person]),
        .init("L'usine fournit Mercedes-Benz et Stellantis.", [], none: [.person]),
        .init("Jean-Luc Moreau a présenté le plan.", [.person("Jean-Luc Moreau")]),
        .init("Hans-Peter Müller leitet den Cluster.", [.person("Hans-Peter Müller")]),
        // A particle of the article's language opens no name by a given name (`Von`, an
        // English given name); a place before a comma and a role opens the clause.
        .init("Von Ulm bis Augsburg fahren die Züge.", [.city("Ulm"), .city("Augsburg")], none: [.person]),
        .init("En Aranda de Duero, el presidente de la asociación habló.", [.city("Aranda de Duero")], none: [.person]),
        .init("Juan Pérez, presidente de la asociación, habló.", [.person("Juan Pérez")]),
    ]

    /// A currency's name is no town without a case ending; German countries inflect.
    static let places: [ExtractionCase] = [
        .init("Kasım ayında Lira değer kaybetti.", [], none: [.city]),
        .init("Der Kurs der Lira fiel im August.", [], none: [.city]),
        .init("Heyet Lira'da incelemeler yaptı.", [.city("Lira")]),
        .init("Die Vereinigten Staaten sind der größte Markt.", [.country("Vereinigten Staaten")]),
        .init("Im Vereinigten Königreich stieg der Absatz.", [.country("Vereinigten Königreich")]),
        .init("Die Firma hat ein Werk in den Niederlanden.", [.country("Niederlanden", value: "Niederlande")]),
        .init("Los Estados Unidos son el primer mercado.", [.country("Estados Unidos")]),
        .init("Les États-Unis restent le premier client.", [.country("États-Unis")]),
    ]

    /// A given name that GeoNames also lists as another city's short or foreign form (`Luc`
    /// for Łódź, `Ben` for Bern, `Nadia`, `Kamil`) is no city: the generator leaves such
    /// alternate names out, and the person keeps the name.
    static let givenNamesNotCities: [ExtractionCase] = [
        .init("« Nous cherchons des partenaires », a expliqué Nadia Berkane, chargée de la coopération.",
              [.person("Nadia Berkane")], none: [.city]),
        .init("« Ce n'est pas une délocalisation », a précisé Luc DELVAUX, directeur des achats.",
              [.person("Luc DELVAUX")], none: [.city, .organization]),
        .init("\"We will grow,\" said Ben Houchen, the mayor.", [.person("Ben Houchen")], none: [.city]),
        .init("Toplantıya Kamil Turan da katıldı.", [.person("Kamil Turan")], none: [.city]),
        .init("Luc et Nadia ont présenté le projet.", [], none: [.city]),
        .init("Die Messe findet in Bern statt.", [.city("Bern")]),
        .init("Das Werk steht in Łódź.", [.city("Łódź")]),
    ]

    /// A city of the language's countries whose name is also a frequent word (wordfreq counts
    /// names: `tübingen` 4.2) is a place right after a place cue (`lexicon/place-cues.tsv`),
    /// alone; a region that no city of its country names is no town abroad (`geo/regions.tsv`).
    static let cuedPlacesAndRegions: [ExtractionCase] = [
        .init("Die Firma sitzt bei Tübingen.", [.city("Tübingen")]),
        .init("Er wohnt in Konstanz.", [.city("Konstanz")]),
        .init("Die Zulieferer kommen aus Friedrichshafen und Ulm.", [.city("Friedrichshafen"), .city("Ulm")]),
        .init("Das Land fördert Firmen in Baden-Württemberg.", [], none: [.city]),
        .init("Er ist nicht in der Lage, das zu sagen.", [], none: [.city]),
        .init("L'usine est installée à Avion depuis 2021.", [.city("Avion")]),
        .init("Les essais ont lieu à Belfort.", [.city("Belfort")]),
        .init("La planta está en Onda, en Castellón.", [.city("Onda"), .city("Castellón")]),
        .init("La sede está en Andalucía.", [], none: [.city]),
        .init("Le pôle couvre le Jura et le Doubs.", [], none: [.city]),
        .init("Die Provinz Zeeland investiert.", [], none: [.city]),
        .init("The firm opened a plant in Manchester.", [.city("Manchester")]),
        // A region's name of several words is no town (`Quintana Roo`, villages of the name).
        .init("El clúster de Quintana Roo abrió una oficina en Cancún.", [.city("Cancún")]),
        // A month's name after a cue is the date's (`March`, a town in England).
        .init("The report came out in March.", [], none: [.city]),
        .init("The company opened a new plant in Bath last year.", [.city("Bath")]),
        .init("Die Zahl von Firmen stieg.", [], none: [.city]),
        // A noun after the name says what the place is (kind `after`): a district whose name is
        // a month or an ordinary word.
        .init("Sınır kapısı Aralık ilçesinde bulunuyor.", [.city("Aralık")], none: [.date]),
        .init("Yeni tesis Havza ilçesinde açıldı.", [.city("Havza")]),
        .init("Toplantı aralık ayında yapılacak.", [], none: [.city]),
        .init("Geçen yıl Aralık ayında ihracat arttı.", [], none: [.city]),
    ]

    @Test("cued places and regions", arguments: cuedPlacesAndRegions)
    func cuedPlaceOrRegion(_ example: ExtractionCase) throws { try check(example) }

    @Test("a given name is no city's alternate name", arguments: givenNamesNotCities)
    func givenNameNotCity(_ example: ExtractionCase) throws { try check(example) }

    @Test("a place after a given name is a surname", arguments: placeSurnames)
    func placeSurname(_ example: ExtractionCase) throws { try check(example) }

    @Test("a surname in capitals", arguments: surnamesInCapitals)
    func surnameInCapitals(_ example: ExtractionCase) throws { try check(example) }

    @Test("roles, buildings and events are no persons", arguments: notPersons)
    func notPerson(_ example: ExtractionCase) throws { try check(example) }

    @Test("currency names and inflected countries", arguments: places)
    func place(_ example: ExtractionCase) throws { try check(example) }

    private func check(_ example: ExtractionCase) throws {
        let analysis = try Fixture.analyze(example.line)
        for type in Set(example.expected.map(\.type)).union(example.none).sorted() {
            let found = analysis.entities.filter { $0.type == type }.map { Mention($0).description }
            let wanted = example.expected.filter { $0.type == type }.map(\.description)
            #expect(found == wanted, "\(type.rawValue) in «\(example.line)»")
        }
    }
}
