import Foundation
@testable import HaberExtraction
import HaberText
import Testing

/// Organizations known by name (``OrganizationGazetteer``): the registries of `models/orgs/`
/// and the curated public bodies of `lexicon/organizations.tsv`, matched by the organization
/// extractor alone (no resolver), with their full name and registry identifier.
@Suite("Known organizations")
struct KnownOrganizationTests {
    typealias Found = (text: String, canonical: String?, ref: String?)

    /// The organization extractor's candidates of `text` that name a known organization
    /// (the gazetteer's priorities), in text order.
    private func known(_ text: String) throws -> [Found] {
        let models = try Fixture.models.get()
        let extractor = OrganizationExtractor(models: models)
        let tokenizer = try Tokenizer(resources: models.text)
        let document = try tokenizer.tokenize(TextNormalizer().document(for: text), language: nil)
        return extractor.candidates(in: document, context: ExtractionContext())
            .filter { [OrganizationExtractor.knownNamePriority, OrganizationExtractor.bareKnownNamePriority].contains($0.priority) }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
            .map { (document.document.normalizedText($0.range), $0.canonical, $0.ref) }
    }

    @Test("names from the registries and the curated list", arguments: [
        // Turkish: the case ending is not part of the span.
        ("Airbus’ın yeni fabrikası açıldı.", "Airbus", nil, "isin:NL0000235190"),
        ("Akbank kredi verdi.", "Akbank", "Akbank T.A.Ş.", "bic:AKBKTRIS"),
        ("Proje Borsa İstanbul’da tanıtıldı.", "Borsa İstanbul", nil, nil),
        ("Destek Zafer Kalkınma Ajansı’ndan geldi.", "Zafer Kalkınma Ajansı", nil, nil),
        ("Ürünler Baykar tarafından geliştirildi.", "Baykar", "Baykar Savunma", nil),
        // English.
        ("The deal was backed by UK Export Finance last year.", "UK Export Finance", nil, nil),
        ("Engineers from Siemens joined the team.", "Siemens", nil, "isin:DE0007236101"),
        ("CzechInvest opened an office.", "CzechInvest", nil, nil),
        // French.
        ("Le financement vient de Bpifrance et de la région.", "Bpifrance", nil, nil),
        ("Le pôle Aerospace Valley réunit 800 membres.", "Aerospace Valley", nil, nil),
        ("Renault et Michelin signent un accord.", "Renault", nil, "isin:FR0000131906"),
        // German.
        ("Die Firma erhielt Hilfe von Germany Trade & Invest.", "Germany Trade & Invest", nil, nil),
        ("Die Förderung kommt von der GTAI.", "GTAI", "Germany Trade & Invest", nil),
        ("Das Netzwerk Silicon Saxony wächst.", "Silicon Saxony", nil, nil),
        // Spanish.
        ("La empresa recibió apoyo del ICEX este año.", "ICEX", "ICEX España Exportación e Inversiones", nil),
        ("El clúster colabora con Iberdrola desde 2019.", "Iberdrola", nil, "isin:ES0144580Y14"),
        // Companies and clusters of every language named bare (languages/all); brands the
        // list writes in lowercase, written so.
        ("Der Stahlhersteller voestalpine baut in Linz einen Elektroofen.", "voestalpine", nil, nil),
        ("Das Werk von thyssenkrupp Steel in Bochum wird umgebaut.", "thyssenkrupp Steel", nil, nil),
        ("Der US-Konzern onsemi fertigt dort Chips.", "onsemi", nil, nil),
        ("Vestas will supply the turbines for the new farm.", "Vestas", nil, nil),
        ("Tedarikçiler arasında Bosch ve Farplas bulunuyor.", "Bosch", nil, nil),
        ("La pièce est usinée par Latecoere à Toulouse.", "Latecoere", "Latécoère", nil),
        // EU and international bodies (EuroVoc's descriptors), and CLDR's names of the EU
        // and the UN in each language, with EuroVoc's ref.
        ("The European Commission proposed new rules.", "European Commission", nil, "eurovoc:4038"),
        ("Figures from Eurostat show growth.", "Eurostat", nil, "eurovoc:2198"),
        ("The OECD cut its forecast.", "OECD", nil, "eurovoc:2105"),
        ("Loans came from the European Bank for Reconstruction and Development and the World Bank.", "World Bank", nil,
         "eurovoc:4812"),
        ("Avrupa Birliği yeni kuralları onayladı.", "Avrupa Birliği", nil, "eurovoc:4060"),
        ("Die Europäische Union hat entschieden.", "Europäische Union", nil, "eurovoc:4060"),
        ("La Unión Europea aprobó la norma.", "Unión Europea", nil, "eurovoc:4060"),
        // A name the list ends with a lowercase word, written so.
        ("Les exportations hors Union européenne progressent.", "Union européenne", nil, "eurovoc:4060"),
        ("Birleşmiş Milletler raporu yayımlandı.", "Birleşmiş Milletler", nil, "eurovoc:2179"),
    ] as [(String, String, String?, String?)])
    func found(text: String, span: String, canonical: String?, ref: String?) throws {
        let found = try known(text)
        let match = try #require(found.first { $0.text == span }, "\(span) not in \(found)")
        #expect(match.canonical == canonical, "\(match)")
        #expect(match.ref == ref, "\(match)")
    }

    /// One extractor reads the articles of a row in turn, as a pipeline does: the phrases it
    /// read before, and their entries (kept apart from the phrases, ``OrganizationExtractor/KnownPhrase``),
    /// name in each article what a new extractor names there.
    @Test("known names read again in later articles", arguments: [
        ["Engineers from Siemens joined.", "Siemens reported results.", "The OECD cut its forecast.",
         "Engineers from Siemens joined."],
        ["Airbus’ın yeni fabrikası açıldı.", "Airbus açıklama yaptı.", "Proje Borsa İstanbul’da tanıtıldı.",
         "Borsa İstanbul yükseldi.", "Airbus’ın hisseleri yükseldi."],
        ["Bugün hava güzel.", "La empresa recibió apoyo del ICEX este año.", "Renault et Michelin signent un accord.",
         "El clúster colabora con Iberdrola desde 2019.", "Die Förderung kommt von der GTAI und Iberdrola."],
    ])
    func readAgain(texts: [String]) throws {
        let models = try Fixture.models.get()
        let shared = OrganizationExtractor(models: models)
        let tokenizer = try Tokenizer(resources: models.text)
        for text in texts {
            let document = try tokenizer.tokenize(TextNormalizer().document(for: text), language: nil)
            func names(_ extractor: OrganizationExtractor) -> [String] {
                extractor.candidates(in: document, context: ExtractionContext())
                    .filter { [OrganizationExtractor.knownNamePriority, OrganizationExtractor.bareKnownNamePriority].contains($0.priority) }
                    .sorted { $0.range.lowerBound < $1.range.lowerBound }
                    .map { "\(document.document.normalizedText($0.range)) \($0.canonical ?? "-") \($0.ref ?? "-")" }
            }
            let alone = names(OrganizationExtractor(models: models))
            #expect(!alone.isEmpty || text == texts[0], "\(text)")
            #expect(names(shared) == alone, "\(text)")
        }
    }

    @Test("words that name no organization here", arguments: [
        // An acronym of the curated list only in capitals; ordinary words are no names.
        "Zafer kazanıldı ve oran yükseldi.",
        "Orange and Continental reported results.",
        // A name of one word only as the list writes it.
        "AIRBUS satışları arttı.",
        // A sentence-initial word the article also writes in lowercase.
        "Safran fiyatı arttı. Bu yıl safran üretimi düştü.",
        "Bugün hava güzel.",
        // A name of the list in lowercase only where the list writes it so (`Ford`, not `ford`).
        "They crossed the river at a shallow ford near the mill.",
        // EuroVoc's ISO is no İSO (İstanbul Sanayi Odası, a curated acronym of the same key).
        "İSO üyeleri toplandı.",
    ])
    func notFound(text: String) throws {
        let found = try known(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("the generated lists parse, with their columns and refs")
    func generatedLists() throws {
        let directory = Fixture.modelDirectory
        for (file, least) in [("orgs/companies.tsv", 500), ("orgs/banks.tsv", 500), ("orgs/universities.tsv", 500),
                              ("orgs/eu-bodies.tsv", 150)] {
            let table = try directory.table(file)
            #expect(table.columns == ["name", "canonical", "country", "kind", "ref"], "\(file)")
            #expect(table.records.count > least, "\(file)")
            for record in table.records {
                let name = record["name"] ?? "", ref = record["ref"] ?? ""
                #expect(!name.isEmpty && name == name.trimmingCharacters(in: .whitespaces), "\(file): \(record)")
                #expect(ref.isEmpty || Self.isRegistryRef(ref), "\(file): \(ref)")
            }
        }
        let curated = try directory.table("lexicon/organizations.tsv")
        #expect(Set(curated.columns).isSuperset(of: ["name", "aliases", "acronym", "country", "type", "source"]))
        #expect(curated.records.allSatisfy { !($0["name"] ?? "").isEmpty && !($0["source"] ?? "").isEmpty })
    }

    @Test("the gazetteer reads back what the lists say")
    func gazetteer() throws {
        let names = try Fixture.models.get().organizationNames
        #expect(names.entries(forKey: "airbus").contains { $0.ref == "isin:NL0000235190" && $0.country == "NL" })
        #expect(names.entries(forKey: "icex").contains { $0.isAcronym && $0.canonical == "ICEX España Exportación e Inversiones" })
        #expect(names.opensLongerName("borsa"))
        #expect(!names.opensLongerName("güzel"))
        #expect(names.entries(forKey: "orange").isEmpty)
        #expect(names.maxTokens > 3)
    }

    /// A phrase's run of keys (``OrganizationGazetteer/KeyRun``), looked up among all keys
    /// and within the run of its first word, against the answers of the gazetteer's other
    /// questions: whether it is a key (its entries), whether a longer key opens with it.
    @Test("a phrase's run of keys says what the exact and the prefix lookups say", arguments: [
        ("airbus", "airbus"), ("borsa istanbul", "borsa"), ("borsa", "borsa"), ("banco santander", "banco"),
        ("banco", "banco"), ("bank of", "bank"), ("güzel", "güzel"), ("orange", "orange"), ("icex", "icex"),
        ("airbus zzz", "airbus"), ("borsa i̇stanbul", "borsa"), ("borsax", "borsa"), ("b", "b"),
    ])
    func keyRuns(key: String, outerKey: String) throws {
        let names = try Fixture.models.get().organizationNames
        func marked(_ key: String) -> [UInt8] { [OrganizationGazetteer.exactKeyMark] + Array(key.utf8) }
        let run = names.run(ofMarkedKey: marked(key), within: nil)
        #expect(run.isKey == !names.entries(forKey: key).isEmpty, "\(key)")
        #expect(names.entries(of: run) == names.entries(forKey: key), "\(key)")
        #expect(run.opensLongerKey == names.index?.containsLongerKey(startingWith: "=" + key), "\(key)")
        let outer = names.run(ofMarkedKey: marked(outerKey), within: nil)
        #expect(names.run(ofMarkedKey: marked(key), within: outer) == run, "\(key) within \(outerKey)")
        // A run that is no prefix of the key is only a hint: the key is then looked up among all.
        let unrelated = names.run(ofMarkedKey: marked("airbus"), within: nil)
        #expect(names.run(ofMarkedKey: marked(key), within: unrelated) == run, "\(key) within airbus")
    }

    /// Whether a name is the word or opens with it, with the marked keys written on the
    /// stack, as the joined strings said it.
    @Test("a word that may open a known name", arguments: [
        "airbus", "borsa", "banco", "bank", "güzel", "orange", "icex", "i̇stanbul", "", "b",
        "a-very-long-word-that-fits-no-small-string", "türk", "deutsche",
    ])
    func mayOpen(key: String) throws {
        let names = try Fixture.models.get().organizationNames
        let index = try #require(names.index)
        #expect(names.mayOpen(key) == (index.contains("=" + key) || index.contains("^" + key)), "\(key)")
    }

    /// A name the lists write in lowercase, told from its marked key in the index; and a
    /// gazetteer with no index (its questions searched through `index?`) knows no name.
    @Test("a word that may open a name written in lowercase", arguments: [
        "voestalpine", "thyssenkrupp", "e-mobil", "airbus", "borsa", "güzel", "i̇stanbul", "", "b",
        "a-very-long-word-that-fits-no-small-string",
    ])
    func mayOpenInLowercase(key: String) throws {
        let names = try Fixture.models.get().organizationNames
        let index = try #require(names.index)
        #expect(names.mayOpenInLowercase(key) == index.contains("_" + key), "\(key)")
        let empty = OrganizationGazetteer()
        #expect(!empty.mayOpenInLowercase(key) && !empty.mayOpen(key) && empty.entries(forKey: key).isEmpty, "\(key)")
    }

    /// Every word the index marks as opening a name written in lowercase is told so.
    @Test func everyLowercaseOpeningIsTold() throws {
        let names = try Fixture.models.get().organizationNames
        let index = try #require(names.index)
        let slots = [OrganizationGazetteer.lowercaseOpeningMark].withUnsafeBufferPointer {
            index.slots(ofKeysStartingWith: $0, within: 0..<index.count)
        }
        #expect(!slots.isEmpty)
        for slot in slots {
            let word = index.withKey(ofSlot: slot) { String(decoding: $0.dropFirst(), as: UTF8.self) }
            #expect(names.mayOpenInLowercase(word), "\(word)")
        }
    }

    /// `isin:` and twelve characters, or `bic:` and eight (docs/FORMAT.md).
    static func isRegistryRef(_ ref: String) -> Bool {
        let parts = ref.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[1].allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) else { return false }
        return (parts[0] == "isin" && parts[1].count == 12) || (parts[0] == "bic" && parts[1].count == 8)
            || (parts[0] == "eurovoc" && parts[1].allSatisfy(\.isNumber))
    }
}
