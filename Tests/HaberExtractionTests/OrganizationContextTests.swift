import HaberExtraction
import Testing

/// Organizations read from their context (issue 12): an unknown capitalized name after or
/// before a cue of `lexicon/org-cues.tsv` (`the company X`, `X şirketi`), in a list with an
/// organization or after a list cue (`Bosch, Infineon and NXP`, `companies such as`), and
/// its other mentions; and what stays no organization (places, persons, ordinary words).
/// Through the whole pipeline: the ORGs of one sentence, in text order. The invented names
/// (`Vantrel`, `Brevant`) are in no registry: only their context makes them organizations.
@Suite("Organizations by context")
struct OrganizationContextTests {
    /// The ORG mentions of `text` in `language`.
    private func organizations(_ text: String, language: String) throws -> [String] {
        try Fixture.analyze(text, language: language).entities.filter { $0.type == .organization }.map(\.text)
    }

    @Test("English", arguments: [
        ("Engineers from the company Brose visited the plant.", ["Brose"]),
        ("The carmaker Skoda opened a new line.", ["Skoda"]),
        ("The supplier Gravion signed the deal last week.", ["Gravion"]),
        ("Bombardier, CAE and Airbus Canada lead the cluster.", ["Bombardier", "CAE", "Airbus Canada"]),
        ("Orders went to Siemens, Vestrona and Kalmar Systems.", ["Siemens", "Vestrona", "Kalmar Systems"]),
        ("Companies such as Brevant, Tolmex and Quarra joined the project.", ["Brevant", "Tolmex", "Quarra"]),
        ("Companies such as Brevant have opened plants in the region.", ["Brevant"]),
        ("The plant is run by Samsung SDI and Siemens.", ["Samsung SDI", "Siemens"]),
        ("Later the firm Vantrel said Vantrel would hire 200 people.", ["Vantrel", "Vantrel"]),
        ("In January, Siemens and Brevant reported results.", ["Siemens", "Brevant"]),
        ("Durham said SABIC, Sembcorp and Lotte Chemical had agreed.", ["SABIC", "Sembcorp", "Lotte Chemical"]),
        ("Paris, London and Berlin signed the charter.", []),
        ("John Smith, Mary Jones and Peter Brown attended.", []),
        ("However, the region grew fast.", []),
        ("The company said sales rose.", []),
        ("Ministers from France and Germany met in Brussels.", []),
        ("The supplier network grew by 10 percent.", []),
        ("Delegates from Detroit and Chicago met the mayor.", []),
        ("The deal was signed by MAA chief executive David Arkwright and OSSA chairman Adem Yıldırım.", ["MAA", "OSSA"]),
        // A subsidiary, a rival: cues before a company's name.
        ("Its subsidiary Brevant will build the line.", ["Brevant"]),
        ("The order went to rival Quarra last year.", ["Quarra"]),
        ("The subsidiary will build the line.", []),
    ] as [(String, [String])])
    func english(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "en") == expected)
    }

    @Test("French", arguments: [
        ("La société Vantrel ouvre une usine à Lyon.", ["Vantrel"]),
        ("Le groupe Brevant investit 20 millions d'euros.", ["Brevant"]),
        ("L'équipementier Tolmex recrute 300 salariés.", ["Tolmex"]),
        ("Le constructeur Quarra présente un nouveau modèle.", ["Quarra"]),
        // A plant's owner after `l'usine de`; a place there is no organization.
        ("La mise en service de l'usine de Tolmex est prévue en 2026.", ["Tolmex"]),
        ("Les salariés de l'usine de Lyon ont voté.", []),
        ("Des entreprises comme Forvia, Vantrel et Dravex participent au projet.", ["Forvia", "Vantrel", "Dravex"]),
        ("Airbus, Thales et Sonaca signent un accord.", ["Airbus", "Thales", "Sonaca"]),
        ("Le fabricant Dravex a annoncé que Dravex doublera sa production.", ["Dravex", "Dravex"]),
        ("Renault, Stellantis et Valeo ont signé la charte.", ["Renault", "Stellantis", "Valeo"]),
        ("Elle réunit 22 entreprises, parmi lesquelles Safran Aero Boosters, Sonaca et Sabca.", ["Safran Aero Boosters", "Sonaca", "Sabca"]),
        ("Paris, Lyon et Marseille accueillent le salon.", []),
        ("Jean Dupont, Marie Martin et Paul Durand étaient présents.", []),
        ("La société a publié ses résultats.", []),
        ("Le groupe de travail se réunit demain.", []),
        ("Cependant, la région reste attractive.", []),
        ("La France et l'Allemagne coopèrent.", []),
        ("Le fabricant français a signé le contrat.", []),
        ("Sa filiale Tolmex recrute 300 salariés.", ["Tolmex"]),
        // Three unknown names or more, none a place, a person or an ordinary word.
        ("Parmi les exposants figuraient Vantrel, Tolmex et Quarra.", ["Vantrel", "Tolmex", "Quarra"]),
        ("François Bayrou a parlé. Bayrou, Retailleau et Ciotti ont critiqué le budget.", []),
        ("La crue touche la Garonne, la Dordogne et le Lot.", []),
        ("Sa filiale a recruté 300 salariés.", []),
    ] as [(String, [String])])
    func french(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "fr") == expected)
    }

    @Test("German", arguments: [
        ("Die Firma Vantrel baut ein neues Werk.", ["Vantrel"]),
        ("Der Zulieferer Brevant stellt 200 Mitarbeiter ein.", ["Brevant"]),
        ("Der Stahlkonzern Tolmex investiert in Wasserstoff.", ["Tolmex"]),
        ("Der Autobauer Quarra meldet Rekordzahlen.", ["Quarra"]),
        ("Die Werke von Brevant, Tolmex und Quarra liefern Stahl.", ["Brevant", "Tolmex", "Quarra"]),
        ("Das Werk von Dresden wurde verkauft.", []),
        ("Zugleich haben Mercedes-Benz, ZF und Mahle ihre Werke ausgebaut.", ["Mercedes-Benz", "ZF", "Mahle"]),
        ("TSMC hat gemeinsam mit Vantrel, Infineon und NXP eine Fabrik geplant.", ["TSMC", "Vantrel", "Infineon", "NXP"]),
        ("Unternehmen wie Brevant, Tolmex und Quarra sind beteiligt.", ["Brevant", "Tolmex", "Quarra"]),
        ("Die Firma Dravex teilte mit, dass Dravex wächst.", ["Dravex", "Dravex"]),
        ("Die Förderung kommt vom Bundesministerium für Klimaschutz, Umwelt, Energie, Mobilität, Innovation und Technologie.",
         ["Bundesministerium für Klimaschutz, Umwelt, Energie, Mobilität, Innovation und Technologie"]),
        ("Das Netz entwickelt der Fernleitungsbetreiber Vantrel.", ["Vantrel"]),
        ("Berlin, Hamburg und München sind beteiligt.", []),
        ("Energie, Umwelt und Technologie stehen im Mittelpunkt.", []),
        ("Die Firma hat ihren Sitz in Stuttgart.", []),
        ("Hans Müller, Peter Schmidt und Anna Weber waren dabei.", []),
        ("Der Zulieferer meldete einen Gewinn.", []),
        ("Frankreich und Deutschland arbeiten zusammen.", []),
        ("Zum Konsortium gehören Partner, darunter Kliniken in Tübingen und Wien.", []),
        ("Die Tochter Vantrel wächst weiter.", ["Vantrel"]),
        ("Der Luftfahrtcluster Vantrel Aviation wächst.", ["Vantrel Aviation"]),
        // Nouns are capitalized: three of them are no list of names.
        ("Luftfahrt, Raumfahrt und Geodäsie werden gelehrt.", []),
        ("Die Tochter meldete einen Gewinn.", []),
    ] as [(String, [String])])
    func german(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "de") == expected)
    }

    @Test("Spanish", arguments: [
        ("La empresa Vantrel abrirá una planta en Bilbao.", ["Vantrel"]),
        ("El fabricante Brevant invertirá 10 millones de euros.", ["Brevant"]),
        ("La naviera Tolmex amplía su flota.", ["Tolmex"]),
        ("Por el lado navarro participan Gestamp, KYB y Viscofan.", ["Gestamp", "KYB", "Viscofan"]),
        ("Empresas como Brevant, Tolmex y Quarra forman parte del proyecto.", ["Brevant", "Tolmex", "Quarra"]),
        ("Empresas como Brevant ya fabrican en la región.", ["Brevant"]),
        ("Empresas como Madrid ya fabrican en la región.", []),
        ("Se suma a las fábricas de Brevant, Tolmex y Quarra en la zona.", ["Brevant", "Tolmex", "Quarra"]),
        ("La fábrica de Bilbao cerrará en 2026.", []),
        ("En Dinamarca participan Ørsted, Siemens y Vestas.", ["Ørsted", "Siemens", "Vestas"]),
        ("La empresa Dravex dijo que Dravex contratará a 100 personas.", ["Dravex", "Dravex"]),
        ("Iberdrola, Repsol y Vantrel firmaron el acuerdo.", ["Iberdrola", "Repsol", "Vantrel"]),
        ("Madrid, Barcelona y Valencia acogen la feria.", []),
        ("Juan García, María López y Pedro Sánchez asistieron.", []),
        ("La empresa presentó sus resultados.", []),
        ("Sin embargo, la región crece.", []),
        ("España y Francia firmaron el acuerdo.", []),
        ("El grupo de trabajo se reunió ayer.", []),
        ("El fabricante vasco firmó el contrato.", []),
        ("La eléctrica Quarra invertirá 10 millones.", ["Quarra"]),
        ("La eléctrica invertirá 10 millones.", []),
    ] as [(String, [String])])
    func spanish(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "es") == expected)
    }

    @Test("Turkish", arguments: [
        ("Vantrel şirketi yeni bir fabrika açtı.", ["Vantrel"]),
        ("Brevant firması 200 kişiyi işe aldı.", ["Brevant"]),
        ("Erdemir, İsdemir, Kardemir ve Çolakoğlu gibi çelik üreticileri katıldı.", ["Erdemir", "İsdemir", "Kardemir", "Çolakoğlu"]),
        ("Aselsan, Roketsan ve Tolmex sözleşme imzaladı.", ["Aselsan", "Roketsan", "Tolmex"]),
        ("Quarra firmasının yeni modeli tanıtıldı.", ["Quarra"]),
        ("Dravex firması açıklama yaptı ve Dravex büyümeye devam ediyor.", ["Dravex", "Dravex"]),
        ("Brevant, Tolmex ve Quarra gibi firmalar projeye katıldı.", ["Brevant", "Tolmex", "Quarra"]),
        ("Baykar, Aselsan ve Otokar ihracat yaptı.", ["Baykar", "Aselsan", "Otokar"]),
        ("İstanbul, Ankara ve İzmir fuara katıldı.", []),
        ("Ahmet Yılmaz, Mehmet Kaya ve Ayşe Demir toplantıya katıldı.", []),
        ("Şirket yeni yatırım yaptı.", []),
        ("Türkiye ve Almanya anlaşma imzaladı.", []),
        ("Firma bu yıl büyüdü.", []),
        ("Bu şirket büyük bir başarı elde etti.", []),
        ("Toplantıya Ankara ve İstanbul katıldı.", []),
        ("Harran Üniversitesi İktisadi ve İdari Bilimler Fakültesi katıldı.", ["Harran Üniversitesi"]),
        ("Etkinliğe Stellantis, Renault ve Vantrel katılacak.", ["Stellantis", "Renault", "Vantrel"]),
        ("General Dynamics servis şirketi Pakistanda tesis kuracak.", ["General Dynamics"]),
        ("Tolmex fabrikası yeni hat kurdu.", ["Tolmex"]),
        ("Fabrikası yeni hat kurdu.", []),
    ] as [(String, [String])])
    func turkish(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "tr") == expected)
    }
}
