import HaberExtraction
import Testing

/// A date with a word that qualifies its period (TimeML `mod`): one case a line, the
/// sentence, the span (which takes the modifier in), the value and the `mod`.
@Suite("date modifiers")
struct DateModifierTests {
    typealias Case = DateFormTests.Case

    static let cases: [Case] = [
        .period("tr", "Tesis 2025 sonunda hazır olacak.", "2025 sonunda", "2025", "end"),
        .period("tr", "Tesis 2025 sonuna kadar tamamlanacak.", "2025 sonuna kadar", "2025", "end"),
        .period("tr", "Küme 2023 başında kuruldu.", "2023 başında", "2023", "start"),
        .period("tr", "Küme 2024 ortasında büyüdü.", "2024 ortasında", "2024", "mid"),
        .period("tr", "Fabrika 2012'den önce kuruldu.", "2012'den önce", "2012", "before"),
        .period("tr", "İhracat 2019'dan sonra arttı.", "2019'dan sonra", "2019", "after"),
        .period("tr", "Küme 2010'dan beri büyüyor.", "2010'dan beri", "2010", "since"),
        .period("tr", "Küme 1994'ten bu yana faaliyette.", "1994'ten bu yana", "1994", "since"),
        .period("tr", "Proje 2030'a kadar sürecek.", "2030'a kadar", "2030", "until"),
        .period("tr", "Küme 2005 yılında kuruldu.", "2005", "2005", nil),
        .period("de", "Das Werk soll bis Ende 2025 fertig sein.", "bis Ende 2025", "2025", "end"),
        .period("de", "Seit 2010 wächst der Cluster.", "Seit 2010", "2010", "since"),
        .period("de", "Anfang 2023 begann der Bau.", "Anfang 2023", "2023", "start"),
        .period("de", "Mitte 2024 wuchs der Umsatz.", "Mitte 2024", "2024", "mid"),
        .period("de", "Vor 2010 gab es keinen Cluster.", "Vor 2010", "2010", "before"),
        .period("de", "Bis 2030 sollen 500 Stellen entstehen.", "Bis 2030", "2030", "until"),
        .period("fr", "Le site sera prêt fin 2025.", "fin 2025", "2025", "end"),
        .period("fr", "Début 2023, le pôle a recruté.", "Début 2023", "2023", "start"),
        .period("fr", "Depuis 2010, le pôle a grandi.", "Depuis 2010", "2010", "since"),
        .period("fr", "Avant 2010, rien n'existait.", "Avant 2010", "2010", "before"),
        .period("fr", "Le site ouvrira d’ici 2030.", "d’ici 2030", "2030", "until"),
        .period("fr", "L'offre court jusqu'au 31 janvier 2016.", "jusqu'au 31 janvier 2016", "2016-01-31", "until"),
        .period("fr", "Le chantier durera jusqu’en 2026.", "jusqu’en 2026", "2026", "until"),
        .period("de", "Das Angebot gilt bis zum 31. Dezember 2024.", "bis zum 31. Dezember 2024", "2024-12-31", "until"),
        .period("es", "La oferta vale hasta el 30 de junio de 2025.", "hasta el 30 de junio de 2025", "2025-06-30", "until"),
        .period("es", "La planta estará lista a finales de 2025.", "finales de 2025", "2025", "end"),
        .period("es", "A partir de 2026 se fabricarán baterías.", "A partir de 2026", "2026", "since"),
        .period("es", "Desde 2010 el clúster ha crecido.", "Desde 2010", "2010", "since"),
        .period("es", "A mediados de 2024 abrió la planta.", "mediados de 2024", "2024", "mid"),
        .period("en", "The plant will be ready by the end of 2027.", "by the end of 2027", "2027", "end"),
        .period("en", "Since 2010 the cluster has grown.", "Since 2010", "2010", "since"),
        .period("en", "The line opens in late 2025.", "late 2025", "2025", "end"),
        .period("en", "Work began in early 2023.", "early 2023", "2023", "start"),
        .period("en", "After 2019 exports grew.", "After 2019", "2019", "after"),
        .period("en", "The cluster was founded in 2005.", "2005", "2005", nil),
    ]

    @Test("span, value and mod", arguments: cases)
    func modified(_ example: Case) throws {
        try DateFormTests.check(example, reference: nil)
    }
}

/// A part of a unit named relative to the reference date (`yılın sonunda`, `bu ay başında`,
/// `Mart sonunda`): the unit itself, qualified by `mod`, as a modifier beside a written year
/// qualifies it (`2025 sonunda` → `2025` end). One case a line: the sentence, the span, the
/// value and the `mod`, against the reference date 2023-05-17.
@Suite("parts of relative units")
struct RelativePartTests {
    typealias Case = DateFormTests.Case

    static let cases: [Case] = [
        .period("tr", "Başvurular yıl sonunda tamamlanacak.", "yıl sonunda", "2023", "end"),
        .period("tr", "Başvurular yıl sonuna kadar sürecek.", "yıl sonuna", "2023", "end"),
        .period("tr", "Proje bu yılın sonunda bitecek.", "bu yılın sonunda", "2023", "end"),
        .period("tr", "Fabrika gelecek yılın başında açılacak.", "gelecek yılın başında", "2024", "start"),
        .period("tr", "Sözleşme geçen yılın ortasında imzalandı.", "geçen yılın ortasında", "2022", "mid"),
        .period("tr", "Toplantı bu ay başında yapıldı.", "bu ay başında", "2023-05", "start"),
        .period("tr", "Fuar gelecek ayın sonunda açılacak.", "gelecek ayın sonunda", "2023-06", "end"),
        .period("tr", "Rapor haftanın başında yayımlandı.", "haftanın başında", "2023-W20", "start"),
        .period("tr", "Heyet Mart sonunda döndü.", "Mart sonunda", "2023-03", "end"),
        .period("tr", "Kurul Haziran ortasında toplanacak.", "Haziran ortasında", "2023-06", "mid"),
        .period("tr", "Yaz ortasında üretim durdu.", "Yaz ortasında", "2023-06/2023-08", "mid"),
        .period("tr", "Satışlar yılın ilk yarısında arttı.", "yılın ilk yarısı", "2023-01/2023-06", nil),
    ]

    @Test("span, value and mod", arguments: cases)
    func part(_ example: Case) throws {
        let reference = try #require(CalendarDate(year: 2023, month: 5, day: 17))
        let date = try DateFormTests.check(example, reference: reference)
        #expect(date?.relative == true)
    }
}

/// Ranges of two bare years, seasons of a year and centuries, in every language: one case a line, the
/// language, the sentence, the span and the value.
@Suite("year ranges and seasons")
struct YearRangeTests {
    typealias Case = DateFormTests.Case

    static let cases: [Case] = [
        // Two bare Turkish numbers joined are as often prices as years.
        .init("tr", "Fiyatlar 2015 ile 2017 arasında değişiyor.", nil, nil),
        .init("tr", "Tesis 2016 yazında açıldı.", "2016 yazı", "2016-06/2016-08"),
        .init("de", "Zwischen 2015 und 2017 stieg der Umsatz.", "Zwischen 2015 und 2017", "2015/2017"),
        .init("de", "Von 2018 bis 2020 wuchs der Cluster.", "Von 2018 bis 2020", "2018/2020"),
        .init("de", "Im Frühjahr 2023 begann der Bau.", "Frühjahr 2023", "2023-03/2023-05"),
        .init("de", "Im Herbst 2023 war das Werk fertig.", "Herbst 2023", "2023-09/2023-11"),
        .init("de", "Der Sommer war heiß.", nil, nil),
        .init("fr", "Entre 2018 et 2020, les ventes ont crû.", "Entre 2018 et 2020", "2018/2020"),
        .init("fr", "Au printemps 2024, le site ouvrira.", "printemps 2024", "2024-03/2024-05"),
        .init("fr", "L'hiver sera long pour les sous-traitants.", nil, nil),
        .init("es", "Entre 2018 y 2020 subieron las ventas.", "Entre 2018 y 2020", "2018/2020"),
        .init("es", "En la primavera de 2025 abrirá la planta.", "primavera de 2025", "2025-03/2025-05"),
        .init("es", "Desde 2018 hasta 2020 creció el clúster.", "Desde 2018 hasta 2020", "2018/2020"),
        .init("en", "Between 2018 and 2021 sales rose.", "Between 2018 and 2021", "2018/2021"),
        .init("en", "From 2018 to 2020 the cluster grew.", "From 2018 to 2020", "2018/2020"),
        .init("en", "In autumn 2023 the plant opened.", "autumn 2023", "2023-09/2023-11"),
        .init("en", "In the summer of 2022 the plant opened.", "summer of 2022", "2022-06/2022-08"),
        .init("en", "The cluster counts 2018 and 2021 members.", nil, nil),
        .init("tr", "Kent 19. yüzyılda sanayileşti.", "19. yüzyıl", "1800/1899"),
        .init("tr", "21. yüzyıl teknolojileri konuşuldu.", "21. yüzyıl", "2000/2099"),
        .init("de", "Im 19. Jahrhundert gab es hier Kohle.", "19. Jahrhundert", "1800/1899"),
        .init("de", "Die Traditionen des 18. Jahrhunderts leben fort.", "18. Jahrhunderts", "1700/1799"),
        .init("fr", "Au XIXe siècle, la ville s'est industrialisée.", "XIXe siècle", "1800/1899"),
        .init("fr", "Au 19e siècle, la ville s'est industrialisée.", "19e siècle", "1800/1899"),
        .init("es", "En el siglo XIX la ciudad creció.", "siglo XIX", "1800/1899"),
        .init("en", "In the 19th century the town grew.", "19th century", "1800/1899"),
        .init("en", "The 21st century economy needs chips.", "21st century", "2000/2099"),
        .init("en", "Chapter XIX describes the plant.", nil, nil),
        // places14 (years with cues, issue 12): a weak cue (`für`, `pour`, `for`, `para`) reads
        // a year only where no noun follows the number; German year compounds (`Krisenjahr`).
        .init("de", "Der Verband rechnet für 2022 mit einem Plus.", "2022", "2022"),
        .init("de", "Für 2024 erwartet die Kammer mehr Aufträge.", "2024", "2024"),
        .init("de", "Die Firma fertigt für 2000 Kunden Bauteile.", nil, nil),
        .init("de", "Der Umsatz sank im Krisenjahr 2020 deutlich.", "2020", "2020"),
        .init("de", "Das Geschäftsjahr endet im Herbst.", nil, nil),
        .init("fr", "Le pôle prévoit pour 2023 une hausse des ventes.", "2023", "2023"),
        .init("fr", "Le pôle vise une croissance de 5 % pour 2025.", "2025", "2025"),
        .init("fr", "Le site a commandé des pièces pour 2000 euros.", nil, nil),
        .init("en", "The cluster expects growth for 2024 in Europe.", "2024", "2024"),
        .init("en", "The plant will hire staff for 2000 jobs.", nil, nil),
        .init("en", "Sales reached 40 million, up 30% on 2022.", "2022", "2022"),
        .init("en", "The firm builds parts on 2000 machines.", nil, nil),
        .init("fr", "En 2023, 12 % des escales ont été annulées.", "2023", "2023"),
        .init("fr", "Le taux atteint 2023,5 points.", nil, nil),
        .period("fr", "Le taux devrait dépasser 60 % d'ici mi-2026.", "mi-2026", "2026", "mid"),
        .init("fr", "Le plan couvre la période 2021-2026.", "2021-2026", "2021/2026"),
        .init("es", "El clúster prevé para 2024 un crecimiento.", "2024", "2024"),
        .init("es", "La planta compró material para 2000 empleados.", nil, nil),
    ]

    @Test("span and value", arguments: cases)
    func read(_ example: Case) throws {
        try DateFormTests.check(example, reference: nil)
    }
}

/// A month named alone, after a year cue or a modifier, in the languages without case
/// suffixes: the reference date's year, not relative (FORMAT.md); elsewhere no date.
@Suite("months alone")
struct MonthAloneTests {
    static let reference = CalendarDate(year: 2023, month: 6, day: 14)

    static let cases: [DateFormTests.Case] = [
        .init("en", "The plant opens in September.", "September", "2023-09"),
        .init("en", "Since January the cluster has grown.", "Since January", "2023-01"),
        .init("en", "Prices may rise, in march or later.", nil, nil),
        .init("fr", "TSMC a annoncé en août une usine.", "août", "2023-08"),
        .init("fr", "L'exercice clos fin mars a été bon.", "fin mars", "2023-03"),
        .init("de", "Im Mai wurde das Werk eröffnet.", "Mai", "2023-05"),
        .init("de", "Ende Oktober beginnt die Messe.", "Ende Oktober", "2023-10"),
        .init("es", "En marzo se firmó el acuerdo.", "marzo", "2023-03"),
        .init("es", "El clúster crecerá entre enero y marzo de 2025.", "entre enero y marzo de 2025", "2025-01/2025-03"),
        .init("tr", "Küme Temmuz ayında toplandı.", "Temmuz ayı", "2023-07"),
    ]

    @Test("span and value", arguments: cases)
    func read(_ example: DateFormTests.Case) throws {
        let date = try DateFormTests.check(example, reference: Self.reference)
        #expect(date?.relative != true)
    }
}
