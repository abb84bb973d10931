import HaberExtraction
import Testing

/// The article's own date line, one case a line: the text (title, blank line, date line or
/// lead) and the `published` day read from it, or nil where no line is a date line.
@Suite("date lines")
struct DateLineTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var published: String?
        init(_ text: String, _ published: String?) {
            self.text = text
            self.published = published
        }
        var description: String { text.replacingOccurrences(of: "\n", with: " ⏎ ") }
    }

    static let lead = " Der Cluster stellte am Montag seine Pläne für die nächsten Jahre vor, und zwar mit vielen Partnern aus der Region und darüber hinaus, wie es hieß."

    static let cases: [Case] = [
        // Labels, with what may follow the date.
        .init("Başlık\n\nEkleme Tarihi: 18.04.2024 - 10:42\n\nKüme toplandı.", "2024-04-18"),
        .init("Başlık\n\nYayınlanma: 11 Eylül 2023 Pazartesi 09:15\n\nKüme toplandı.", "2023-09-11"),
        .init("Başlık\n\nHaber Giriş: 27.11.2022 13:05\n\nKüme toplandı.", "2022-11-27"),
        .init("Titel\n\nPressemitteilung vom 28.05.2024\n\nDer Cluster.", "2024-05-28"),
        .init("Title\n\nFirst published: Friday 2 February 2024\n\nThe cluster met.", "2024-02-02"),
        .init("Title\n\nPublished 14 June 2022\n\nThe cluster met.", "2022-06-14"),
        .init("Titre\n\nPublié le 07/11/2022 à 11:35\n\nLe pôle.", "2022-11-07"),
        .init("Título\n\nPublicado el 5 de octubre de 2022\n\nEl clúster.", "2022-10-05"),
        // A date alone on its line, with a time, a weekday, a separator.
        .init("Başlık\n\n05.06.2023 14:22 | Son Güncelleme: 05.06.2023 15:40\n\nKüme toplandı.", "2023-06-05"),
        .init("Başlık\n\n28 Ekim 2024 Pazartesi\n\nKüme toplandı.", "2024-10-28"),
        .init("Başlık\n\n21.07.2017\n\nKüme toplandı.", "2017-07-21"),
        // A dateline that opens the lead: place, particle, date, agency, dash.
        .init("Titel\n\nStuttgart, 12. Mai 2022 –" + lead, "2022-05-12"),
        .init("Titel\n\nLinz, am 14. März 2023 –" + lead, "2023-03-14"),
        .init("Titel\n\nDuisburg, den 9. Mai 2022 –" + lead, "2022-05-09"),
        .init("Titre\n\nLyon, le 16 octobre 2023 – Le pôle a présenté ce lundi un appel à projets.", "2023-10-16"),
        .init("Title\n\nMONTREAL, June 14, 2023 /CNW/ - The cluster will lead a delegation.", "2023-06-14"),
        .init("Title\n\nDresden, 21 August 2024 – The joint venture broke ground.", "2024-08-21"),
        .init("Título\n\nSevilla, 4 de junio de 2024 (EFE).– El clúster ha reclamado más peso.", "2024-06-04"),
        .init("Título\n\nBilbao, 8 de noviembre de 2023.– El clúster presentó un plan.", "2023-11-08"),
        .init("Título\n\nAlgeciras (Cádiz), 20 de septiembre de 2022 (EFE).– La Autoridad Portuaria presentó el plan.", "2022-09-20"),
        .init("Título\n\nQuerétaro, Qro., 3 de octubre de 2022.– El clúster firmó un acuerdo.", "2022-10-03"),
        .init("Başlık\n\nDenizli – 20 Aralık 2023\n\nKüme toplandı.", "2023-12-20"),
        // places14: a place whose name holds short lowercase words.
        .init("Título\n\nSan Sebastián de los Reyes, 3 de mayo de 2023.– El clúster presentó un plan.", "2023-05-03"),
        .init("Titel\n\nFrankfurt am Main, 7. April 2022 – Der Cluster stellte seine Pläne vor.", "2022-04-07"),
        .init("Titre\n\nFos-sur-Mer, le 3 mai 2021 – Le port a présenté son plan.", "2021-05-03"),
        // A lowercase last part after a hyphen (`Vila-real`).
        .init("Título\n\nVila-real, 21 de febrero de 2023\n\nEl clúster presentó su plan.", "2023-02-21"),
        .init("Başlık\n\nAnkara ve İzmir, 21 Mart 2023 tarihinde küme toplandı ve yeni üyeler aldı.", nil),
        // Not date lines: a sentence that opens with a date, a place and a date in a sentence.
        .init("Başlık\n\n21 Mart 2023 tarihinde küme toplandı ve yeni üyeler aldı.", nil),
        .init("Titel\n\nStuttgart, 12. Mai 2022 war ein wichtiger Tag für den Cluster.", nil),
        .init("Title\n\nIn Lyon, 16 October 2023 saw the cluster meet its partners.", nil),
        .init("Title\n\nThe cluster met on 2 February 2024 in Aarhus.", nil),
        .init("Başlık\n\nDenizli – Küme 20 Aralık 2023 tarihinde toplandı.", nil),
    ]

    @Test("published, from the date line", arguments: cases)
    func published(_ example: Case) throws {
        let analysis = try Fixture.analyze(example.text)
        #expect(analysis.published?.iso == example.published)
    }
}

/// The place that opens a date line is a CITY although it opens its sentence, where a
/// frequent word alone is not taken for a place (`Lille`, `Bilbao`). One case a line: the
/// text and the place.
@Suite("date line places")
struct DateLinePlaceTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var place: String?
        init(_ text: String, _ place: String?) {
            (self.text, self.place) = (text, place)
        }
        var description: String { text.replacingOccurrences(of: "\n", with: " ⏎ ") }
    }

    static let cases: [Case] = [
        .init("Titel\n\nStuttgart, 12. Mai 2022 –" + DateLineTests.lead, "Stuttgart"),
        .init("Titel\n\nLinz, am 14. März 2023 –" + DateLineTests.lead, "Linz"),
        .init("Titel\n\nDüsseldorf, den 9. Mai 2022 –" + DateLineTests.lead, "Düsseldorf"),
        .init("Titre\n\nLille, le 30 mai 2023 – L'usine a été inaugurée ce mardi.", "Lille"),
        .init("Titre\n\nLyon, le 16 octobre 2023 – Le pôle a présenté ce lundi un appel à projets.", "Lyon"),
        .init("Title\n\nMONTREAL, June 14, 2023 /CNW/ - The cluster will lead a delegation.", "MONTREAL"),
        // In capitals, a city under a million people is no acronym on the date line.
        .init("Title\n\nDETROIT, Oct. 3, 2024 /PRNewswire/ -- The cluster will lead a delegation.", "DETROIT"),
        .init("Titre\n\nMULHOUSE, le 8 février 2024 – Le pôle a présenté son plan.", "MULHOUSE"),
        .init("Título\n\nBilbao, 8 de noviembre de 2023.– El clúster presentó un plan.", "Bilbao"),
        .init("Título\n\nPamplona, 2 de marzo de 2024.– El clúster presentó un plan.", "Pamplona"),
        .init("Başlık\n\nDenizli – 20 Aralık 2023\n\nKüme toplandı.", "Denizli"),
    ]

    @Test("the date line's place", arguments: cases)
    func place(_ example: Case) throws {
        let analysis = try Fixture.analyze(example.text)
        let first = analysis.entities.first { $0.type == .city }
        #expect(first?.text == example.place)
        #expect(!analysis.entities.contains { $0.type == .organization && $0.text == example.place })
    }
}

/// A date without its year in a run without a reference date: the year of the latest date
/// the article writes, else today's, and the entity marked relative (a guess); with a date
/// line, the date line's year, not relative.
@Suite("year estimation")
struct YearEstimationTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var mention: String
        var value: String?
        var relative: Bool
        var description: String { "\(text) → \(mention)" }
    }

    static let cases: [Case] = [
        .init(text: "Küme 2022 yılında kuruldu. Toplantı 3 Haziran tarihinde yapıldı.", mention: "3 Haziran", value: "2022-06-03", relative: true),
        .init(text: "Küme 2022 yılında büyüdü. Fuar 20-22 Eylül arasında.", mention: "20-22 Eylül arası", value: "2022-09-20/2022-09-22", relative: true),
        .init(text: "The cluster, founded in 2018, met on 4 May.", mention: "4 May", value: "2018-05-04", relative: true),
        .init(text: "Der Cluster wurde im Jahr 2016 gegründet. Die Messe beginnt am 12. März.", mention: "12. März", value: "2016-03-12", relative: true),
        .init(text: "Başlık\n\nEkleme Tarihi 21.07.2017\n\nToplantı 3 Haziran tarihinde yapıldı.", mention: "3 Haziran", value: "2017-06-03", relative: false),
        .init(text: "Küme 2022 yılında kuruldu.", mention: "2022", value: "2022", relative: false),
    ]

    @Test("year-less dates", arguments: cases)
    func yearless(_ example: Case) throws {
        let analysis = try Fixture.analyze(example.text)
        let date = analysis.entities.first { $0.type == .date && $0.text == example.mention }
        #expect(date.map { "\($0.value)" } == example.value.map { "\(EntityValue.date($0))" })
        #expect(date?.relative == example.relative)
    }
}
