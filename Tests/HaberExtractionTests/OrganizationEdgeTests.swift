import HaberExtraction
import Testing

/// Where an organization's name begins and ends (issue 12): two names joined by a list word
/// are two names when the second has a head of its own (`Teesside University and
/// Middlesbrough College`), one when the list sits inside one name before its head
/// (`Department for Business, Energy and Industrial Strategy`); a person's name before a
/// name is no part of it (`Murat TOKAT Konya Sanayi Odası`), nor is a person written
/// `Given SURNAME` an acronym; a name joined to another by a hyphen is read whole
/// (`CEA-Leti`) or not at all. Through the whole pipeline: the ORG mentions of one
/// sentence, in text order.
@Suite("Organization name edges")
struct OrganizationEdgeTests {
    /// The ORG mentions of `text` in `language`.
    private func organizations(_ text: String, language: String) throws -> [String] {
        try Fixture.analyze(text, language: language).entities.filter { $0.type == .organization }.map(\.text)
    }

    @Test("English", arguments: [
        ("Students of Teesside University and Middlesbrough College took part.", ["Teesside University", "Middlesbrough College"]),
        ("The deal joins Aalborg University and the Technical University of Denmark.",
         ["Aalborg University", "Technical University of Denmark"]),
        ("Members of the Istanbul Chamber of Industry and the Defence and Aerospace Industry Exporters Association met.",
         ["Istanbul Chamber of Industry", "Defence and Aerospace Industry Exporters Association"]),
        ("The University of Sheffield and Vantrel Institute signed.", ["University of Sheffield", "Vantrel Institute"]),
        ("A grant came from the Ministry of Industry and Trade.", ["Ministry of Industry and Trade"]),
        ("The Ministry of Science and Technology approved it.", ["Ministry of Science and Technology"]),
        ("The Defence and Aerospace Industry Exporters Association grew.", ["Defence and Aerospace Industry Exporters Association"]),
        ("Its chairman, Peter NOVAK, said orders rose.", []),
        ("Orders rose, NOVAK said, after Peter NOVAK spoke.", []),
        ("Members of the Department for Business, Energy and Industrial Strategy met.",
         ["Department for Business, Energy and Industrial Strategy"]),
        ("The institute CEA-Leti has 2,000 staff.", ["CEA-Leti"]),
        ("Researchers of the CEA joined.", ["CEA"]),
        ("Paris and London signed the charter.", []),
        ("Science and Technology are growing fields.", []),
        ("The Chamber of Commerce and Industry of Vantrel met.", ["Chamber of Commerce and Industry of Vantrel"]),
        // A known name of hyphenated words; an abbreviation with a full stop opening one.
        ("The supplier signed a contract with Rolls-Royce last week.", ["Rolls-Royce"]),
        ("Shipments fell, according to the U.S. Census Bureau.", ["U.S. Census Bureau"]),
        // An unknown acronym and a place, or two unknown acronyms, are one name.
        ("Engineers from TU Dresden and the shipping group CMA CGM joined.", ["TU Dresden", "CMA CGM"]),
        // Not a place followed by more capitalized words, nor a known acronym before a country.
        ("The EU Germany deal was signed in Brussels.", ["EU"]),
        // A word of a trade after a name ends it (`sector` in org-heads.tsv); not after an ordinary word.
        ("Engineers from Vantrel Aerospace visited the plant.", ["Vantrel Aerospace"]),
        ("The Clean Aerospace initiative grew.", []),
        // An unknown acronym and a capitalized word that is no ordinary word, either way round.
        ("Researchers of Brevant QMX joined the project.", ["Brevant QMX"]),
        ("The TVK Director spoke on Monday.", ["TVK"]),
        ("Visitors of the KTX exhibition came from Ohio.", []),
        // A head after a word for a fair names a venue.
        ("The show opened at the Vantrel Exhibition Centre on Monday.", []),
    ] as [(String, [String])])
    func english(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "en") == expected)
    }

    @Test("French", arguments: [
        ("Un accord lie l'Université de Liège et l'Université de Namur.", ["Université de Liège", "Université de Namur"]),
        ("La CCI Occitanie et l'Agence de Vantrel signent.", ["CCI Occitanie", "Agence de Vantrel"]),
        ("L'Université de Haute-Alsace et l'Université de Saragosse coopèrent.", ["Université de Haute-Alsace", "Université de Saragosse"]),
        ("La Chambre de commerce et d'industrie de Lyon soutient le projet.", ["Chambre de commerce et d'industrie de Lyon"]),
        // A known organization after the list word is a name of its own.
        ("L'Institut Agro Dijon et l'INRAE mènent les essais.", ["Institut Agro Dijon", "INRAE"]),
        ("Le ministère de l'Économie et des Finances a publié le chiffre.", ["ministère de l'Économie et des Finances"]),
        ("Des chercheurs de l'Université technique de Dresde participent.", ["Université technique de Dresde"]),
        ("La Commission européenne a validé le plan.", ["Commission européenne"]),
        ("L'Union européenne et l'Afrique coopèrent.", ["Union européenne"]),
        ("Le CEA-Leti a vu ses contrats progresser.", ["CEA-Leti"]),
        ("Des chercheurs du CEA ont publié un rapport.", ["CEA"]),
        ("Son président, Jean DUPONT, a signé.", []),
        ("Paris et Lyon accueillent le salon.", []),
        ("La France et l'Allemagne coopèrent.", []),
        ("L'Institut de Vantrel et l'Université de Brevant signent.", ["Institut de Vantrel", "Université de Brevant"]),
        ("Le Pôle de Vantrel et la Fédération de Brevant signent.", ["Pôle de Vantrel", "Fédération de Brevant"]),
    ] as [(String, [String])])
    func french(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "fr") == expected)
    }

    @Test("German", arguments: [
        ("Die Förderung kommt vom Bundesministerium für Klimaschutz, Umwelt, Energie, Mobilität, Innovation und Technologie.",
         ["Bundesministerium für Klimaschutz, Umwelt, Energie, Mobilität, Innovation und Technologie"]),
        ("Die IHK für München und Oberbayern und die Vantrel Universität kooperieren.",
         ["IHK für München und Oberbayern", "Vantrel Universität"]),
        ("Die Vantrel Universität und die Brevant Hochschule kooperieren.", ["Vantrel Universität", "Brevant Hochschule"]),
        ("Die Forscher von CEA-Leti bauen Chips.", ["CEA-Leti"]),
        ("Ein Erdemir-Vorstandsmitglied sprach.", ["Erdemir"]),
        ("Projektleiter Dr. Markus WEBER erläuterte den Plan.", []),
        ("Die Sprecherin Petra NOVÁKOVÁ sagte, NOVÁKOVÁ sei zufrieden.", []),
        ("Berlin und Hamburg sind beteiligt.", []),
        ("Energie und Umwelt stehen im Mittelpunkt.", []),
        ("Die Industrie- und Handelskammer hat getagt.", []),
        ("Die IHK Dresden hat getagt.", ["IHK Dresden"]),
        ("Der Verband der Vantrel Industrie tagte.", []),
        ("Die Brevant GmbH und die Vantrel AG fusionieren.", ["Brevant GmbH", "Vantrel AG"]),
        ("Die Universität Stuttgart forscht.", ["Universität Stuttgart"]),
        ("Die Hochschule Zeeland und die Universität Duisburg forschen.", ["Hochschule Zeeland", "Universität Duisburg"]),
        ("Frankreich und Deutschland arbeiten zusammen.", []),
        // A brand the list writes in lowercase, written so; an acronym and a country.
        ("Die Landesagentur e-mobil BW und thyssenkrupp Steel starten ein Projekt.", ["e-mobil BW", "thyssenkrupp Steel"]),
        ("Die Delegation der VRK Österreich reiste nach Graz.", ["VRK Österreich"]),
        ("Die VRK Österreich GmbH Delegation reiste nach Graz.", ["VRK Österreich GmbH"]),
        // A head that opens a name; the first half of a pair of compounds before it; a
        // list of long compound nouns inside the name.
        ("Die Industrie- und Handelskammer Bremen begrüßte den Schritt.", ["Industrie- und Handelskammer Bremen"]),
        ("Das Bayerische Staatsministerium für Wirtschaft, Landesentwicklung und Energie fördert es.",
         ["Bayerische Staatsministerium für Wirtschaft, Landesentwicklung und Energie"]),
        ("Die Behörde für Umwelt und Energie hat zugestimmt.", ["Behörde für Umwelt und Energie"]),
        ("Das Ministerium teilte mit, dass die Förderung steigt.", []),
        ("Forschung und Entwicklung sind teuer.", []),
        ("Vantrel Technik und Brevant Aviation bauen das Werk aus.", ["Vantrel Technik", "Brevant Aviation"]),
        // A German noun before an acronym is no part of its name.
        ("Die Investitionsagentur QMX fördert das Werk.", ["QMX"]),
    ] as [(String, [String])])
    func german(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "de") == expected)
    }

    @Test("Spanish", arguments: [
        ("El Clúster de Energía del País Vasco y Vantrel Cluster firmaron.", ["Clúster de Energía del País Vasco", "Vantrel Cluster"]),
        ("La Secretaría General de Industria y de la PYME del Ministerio de Industria, Comercio y Turismo publicó el dato.",
         ["Secretaría General de Industria y de la PYME", "Ministerio de Industria, Comercio y Turismo"]),
        ("La Agencia Ejecutiva del Consejo Europeo de Innovación y de las Pymes publicó el dato.",
         ["Agencia Ejecutiva del Consejo Europeo de Innovación y de las Pymes"]),
        ("La Universidad de Vantrel y la Universidad de Brevant colaboran.", ["Universidad de Vantrel", "Universidad de Brevant"]),
        ("La Cámara de Comercio de Bilbao y la Agencia de Vantrel firmaron.", ["Cámara de Comercio de Bilbao", "Agencia de Vantrel"]),
        ("El Ministerio de Industria, Comercio y Turismo aprobó el plan.", ["Ministerio de Industria, Comercio y Turismo"]),
        ("El Ministerio de Industria y Comercio aprobó el plan.", ["Ministerio de Industria y Comercio"]),
        ("La Fundación Vantrel y el Instituto de Brevant colaboran.", ["Fundación Vantrel", "Instituto de Brevant"]),
        ("El CEA-Leti abrió una línea.", ["CEA-Leti"]),
        ("Su presidente, Juan GARCÍA, firmó el acuerdo.", []),
        ("Madrid y Barcelona acogen la feria.", []),
        ("España y Francia firmaron el acuerdo.", []),
        ("La Secretaría de Economía publicó los datos.", ["Secretaría de Economía"]),
        ("El Gobierno Vasco apoya el proyecto.", ["Gobierno Vasco"]),
        ("La Asociación de Vantrel y Brevant firmó.", ["Asociación de Vantrel y Brevant"]),
        ("El Consejo de Vantrel y la Junta de Brevant firmaron.", ["Consejo de Vantrel", "Junta de Brevant"]),
        ("Industria y Comercio crecen.", []),
        // Two names, not one across `y`; an unknown acronym and a word that is no ordinary word.
        ("Gestamp y VTX Automotive firmaron el acuerdo.", ["Gestamp", "VTX Automotive"]),
        ("La planta de BRX Driveline en Vigo cerrará.", ["BRX Driveline"]),
    ] as [(String, [String])])
    func spanish(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "es") == expected)
    }

    @Test("Turkish", arguments: [
        ("Konuşmayı Murat TOKAT Konya Sanayi Odası adına yaptı.", ["Konya Sanayi Odası"]),
        ("Toplantıya Hüseyin YAZICI Türkiye Tarım Alet ve Makinaları İmalatçıları Birliği adına katıldı.",
         ["Türkiye Tarım Alet ve Makinaları İmalatçıları Birliği"]),
        ("Kemal Yücel Trabzon Ticaret ve Sanayi Odası adına konuştu.", ["Trabzon Ticaret ve Sanayi Odası"]),
        ("Mustafa Yüce Trabzon Ticaret ve Sanayi Odası adına konuştu.", ["Trabzon Ticaret ve Sanayi Odası"]),
        ("İş ve İnşaat Makineleri Kümelenmesi toplandı.", ["İş ve İnşaat Makineleri Kümelenmesi"]),
        ("Bilim, Sanayi ve Teknoloji Bakanlığı destek verdi.", ["Bilim, Sanayi ve Teknoloji Bakanlığı"]),
        ("Ticaret ve Sanayi Odası toplandı.", ["Ticaret ve Sanayi Odası"]),
        ("İstanbul Sanayi Odası ve Ege İhracatçı Birlikleri katıldı.", ["İstanbul Sanayi Odası", "Ege İhracatçı Birlikleri"]),
        ("Ahmet YILMAZ açıklama yaptı.", []),
        ("Başkan Ahmet YILMAZ, YILMAZ'ın sözlerini tekrarladı.", []),
        ("TÜBİTAK yeni bir çağrı açtı.", ["TÜBİTAK"]),
        ("İstanbul ve Ankara katıldı.", []),
        ("Türkiye ve Almanya anlaşma imzaladı.", []),
        // A name written hyphenated keeps its case ending out of the span.
        ("Rolls-Royce'un yerli ortağı belli oldu.", ["Rolls-Royce"]),
        // An acronym with a case ending before a place is the acronym alone.
        ("TÜBİTAK'ın Ankara ofisi büyüdü.", ["TÜBİTAK"]),
        // A person's name before a comma is no item of a list inside the name after it.
        ("Heyeti yöneten Ayşe Korkmaz, Rize Ticaret ve Sanayi Odası Meclis Üyesi olarak konuştu.",
         ["Rize Ticaret ve Sanayi Odası"]),
        ("Bilim, Sanayi ve Teknoloji Bakanlığı destek verdi.", ["Bilim, Sanayi ve Teknoloji Bakanlığı"]),
        ("Konya Sanayi Odası toplandı.", ["Konya Sanayi Odası"]),
        ("Harran Üniversitesi katıldı.", ["Harran Üniversitesi"]),
        ("Tolmex Havacılık yeni bir tesis açtı.", ["Tolmex Havacılık"]),
        // A sector word inside a longer name, or after an ordinary word, ends none.
        ("Uludağ Otomotiv Endüstrisi İhracatçıları Birliği toplandı.", ["Uludağ Otomotiv Endüstrisi İhracatçıları Birliği"]),
        ("Sivil Havacılık alanında çalışıyor.", []),
        ("Etkinlik Tolmex Fuar Merkezi'nde yapıldı.", []),
        ("Tolmex Ticaret Merkezi açıldı.", ["Tolmex Ticaret Merkezi"]),
    ] as [(String, [String])])
    func turkish(text: String, expected: [String]) throws {
        #expect(try organizations(text, language: "tr") == expected)
    }
}
