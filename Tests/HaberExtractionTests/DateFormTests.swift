import HaberExtraction
import Testing

/// Calendar dates as English, French, German and Spanish news write them (issue 13): month
/// names in lowercase beside a day or a year, abbreviated months beside a number, ordinal
/// days, numeric dates in the language's order, a weekday before its date, shift words
/// inflected. One case a line: the language, the sentence, the first date's span and value
/// (`nil`: no date at all). The reference date is 14 June 2023.
@Suite("date forms in en, fr, de, es")
struct DateFormTests {
    static let reference = CalendarDate(year: 2023, month: 6, day: 14)

    struct Case: Sendable, CustomStringConvertible {
        var language: String
        var text: String
        var span: String?
        var value: String?
        /// The `mod` the date must carry (nil: none), when ``checksMod``.
        var mod: String?
        var checksMod = false
        init(_ language: String, _ text: String, _ span: String?, _ value: String?) {
            (self.language, self.text, self.span, self.value) = (language, text, span, value)
        }
        /// A case whose date's `mod` is checked too (`nil`: the date carries none).
        static func period(_ language: String, _ text: String, _ span: String?, _ value: String?, _ mod: String? = nil) -> Case {
            var example = Case(language, text, span, value)
            (example.mod, example.checksMod) = (mod, true)
            return example
        }
        var description: String { "\(language): \(text)" }
    }

    static let english: [Case] = [
        .init("en", "The board met on january 12, 2021 in Leeds.", "january 12, 2021", "2021-01-12"),
        .init("en", "Shares fell on march 3 after the warning.", "march 3", "2023-03-03"),
        .init("en", "The results are due october 2024.", "october 2024", "2024-10"),
        .init("en", "The plant closed on March 3rd.", "March 3rd", "2023-03-03"),
        .init("en", "The deal closed on September 21st, 2022.", "September 21st, 2022", "2022-09-21"),
        .init("en", "The vote took place on the 12th of January 2022.", "12th of January 2022", "2022-01-12"),
        .init("en", "The fund opened on January 12 of 2016.", "January 12 of 2016", "2016-01-12"),
        .init("en", "The strike began on Oct. 2, 2019.", "Oct. 2, 2019", "2019-10-02"),
        .init("en", "The strike began on Sept. 11, 2019.", "Sept. 11, 2019", "2019-09-11"),
        .init("en", "The firm listed in Nov 2020.", "Nov 2020", "2020-11"),
        .init("en", "Orders rose in Dec. 2021 and fell after.", "Dec. 2021", "2021-12"),
        .init("en", "Talks resume on Jan 5.", "Jan 5", "2023-01-05"),
        .init("en", "The filing is dated 02/22/2016.", "02/22/2016", "2016-02-22"),
        .init("en", "The filing is dated 4/9/2016.", "4/9/2016", "2016-04-09"),
        .init("en", "The filing is dated 22/02/2016.", "22/02/2016", "2016-02-22"),
        .init("en", "The filing is dated 11/03/21.", "11/03/21", "2021-11-03"),
        .init("en", "The index closed at 21.07.2017 levels.", "21.07.2017", "2017-07-21"),
        .init("en", "Sales fell in 11/2016, the report says.", "11/2016", "2016-11"),
        .init("en", "On Monday, January 12, 2016 the plant opened.", "Monday, January 12, 2016", "2016-01-12"),
        .init("en", "The fair opens Friday, June 2.", "Friday, June 2", "2023-06-02"),
        .init("en", "Revenue will rise next month.", "next month", "2023-07"),
        .init("en", "The upcoming year looks better.", "The upcoming year", "2024"),
        .init("en", "Group 5 may merge.", nil, nil),
        .init("en", "Production may rise, the board said.", nil, nil),
        .init("en", "The top 5 may merge next year.", "next year", "2024"),
        .init("en", "The jan committee met.", nil, nil),
        .init("en", "Jan Smith spoke to the board.", nil, nil),
        .init("en", "He said it would mar the deal.", nil, nil),
        .init("en", "The score was 3/2015 points.", "3/2015", "2015-03"),
        .init("en", "The ratio is 24/7 and 2013/14 in the season.", nil, nil),
        .init("en", "Oct. is a busy month.", nil, nil),
    ]

    static let french: [Case] = [
        .init("fr", "Le salon ouvre le 1er avril 2024.", "1er avril 2024", "2024-04-01"),
        .init("fr", "Le pôle a été créé le 12 janv. 2015.", "12 janv. 2015", "2015-01-12"),
        .init("fr", "La réunion a eu lieu le 3 sept. à Lyon.", "3 sept", "2023-09-03"),
        .init("fr", "Les ventes ont chuté en fév 2020.", "fév 2020", "2020-02"),
        .init("fr", "L'usine ferme le 22/04/2021.", "22/04/2021", "2021-04-22"),
        .init("fr", "Le bilan de 03/2019 est bon.", "03/2019", "2019-03"),
        .init("fr", "Lundi 12 janvier 2015, le pôle a signé.", "Lundi 12 janvier 2015", "2015-01-12"),
        .init("fr", "Le chantier reprend la semaine prochaine.", "la semaine prochaine", "2023-W25"),
        .init("fr", "Le chantier reprendra l'année prochaine.", "l'année prochaine", "2024"),
        .init("fr", "Les sept salariés ont signé.", nil, nil),
        .init("fr", "Sept entreprises ont signé.", nil, nil),
        .init("fr", "Le site ouvre le 5 mars.", "5 mars", "2023-03-05"),
        .init("fr", "La cote passe de 24/7 à 12/5.", nil, nil),
        .init("fr", "Le salon a lieu entre le 3 et le 5 mars 2024.", "entre le 3 et le 5 mars 2024", "2024-03-03/2024-03-05"),
        .init("fr", "Le pôle a été fondé le 3 février 2009.", "3 février 2009", "2009-02-03"),
        .init("fr", "Les résultats du 30 juin 2022 sont publiés.", "30 juin 2022", "2022-06-30"),
        .init("fr", "Le contrat court jusqu'au 31 décembre.", "jusqu'au 31 décembre", "2023-12-31"),
        .init("fr", "La commande date du 2 oct. 2020.", "2 oct. 2020", "2020-10-02"),
        .init("fr", "Le 14 juillet 2021, l'usine a fermé.", "14 juillet 2021", "2021-07-14"),
        .init("fr", "Le bilan du 7 avr. 2022 est publié.", "7 avr. 2022", "2022-04-07"),
        .init("fr", "Le site ouvre le 9 déc. 2024.", "9 déc. 2024", "2024-12-09"),
        .init("fr", "Le rapport du 1er juillet a été publié.", "1er juillet", "2023-07-01"),
        .init("fr", "En juillet 2022, les ventes ont progressé.", "juillet 2022", "2022-07"),
        .init("fr", "L'accord du 05/06/2018 est signé.", "05/06/2018", "2018-06-05"),
        .init("fr", "Le chiffre de 2/2020 est révisé.", "2/2020", "2020-02"),
        .init("fr", "Mardi 3 mars 2020, la grève a commencé.", "Mardi 3 mars 2020", "2020-03-03"),
        .init("fr", "Vendredi, 2 juin, le salon ouvre.", "Vendredi, 2 juin", "2023-06-02"),
        .init("fr", "Le pôle recrute le mois prochain.", "le mois prochain", "2023-07"),
        .init("fr", "Les ventes ont baissé l'année dernière.", "l'année dernière", "2022"),
        .init("fr", "La production a repris cette année.", "cette année", "2023"),
        .init("fr", "Le salon aura lieu la semaine dernière.", "la semaine dernière", "2023-W23"),
        .init("fr", "La foire ouvre le 2 juil. 2024.", "2 juil. 2024", "2024-07-02"),
        .init("fr", "Il a mis mars en avant.", nil, nil),
    ]

    static let german: [Case] = [
        .init("de", "Der Cluster tagte am 15. Januar 2017.", "15. Januar 2017", "2017-01-15"),
        .init("de", "Am Montag, den 15. Januar 2018 beginnt die Messe.", "Montag, den 15. Januar 2018", "2018-01-15"),
        .init("de", "Am Dienstag, 3. März 2020 begann der Bau.", "Dienstag, 3. März 2020", "2020-03-03"),
        .init("de", "Die Messe beginnt am 12. Okt. 2021.", "12. Okt. 2021", "2021-10-12"),
        .init("de", "Diesen Januar stiegen die Preise.", "Diesen Januar", "2023-01"),
        .init("de", "Letzten September fiel der Umsatz.", "Letzten September", "2022-09"),
        .init("de", "Nächsten Monat öffnet das Werk.", "Nächsten Monat", "2023-07"),
        .init("de", "Nächstes Jahr wächst der Cluster.", "Nächstes Jahr", "2024"),
        .init("de", "Der Bericht vom 05/2019 liegt vor.", "05/2019", "2019-05"),
        .init("de", "Der Vertrag vom 21.07.2017 gilt.", "21.07.2017", "2017-07-21"),
        .init("de", "Jan 3 Tore schoss er.", nil, nil),
        .init("de", "Der Montag war ruhig.", "Montag", nil),
        .init("de", "Zwischen dem 15. und dem 19. November 2024 ruht der Betrieb.", "Zwischen dem 15. und dem 19. November 2024", "2024-11-15/2024-11-19"),
        .init("de", "Die Messe läuft vom 15. November bis zum 19. November 2024.", "vom 15. November bis zum 19. November 2024", "2024-11-15/2024-11-19"),
        .init("de", "Das Werk öffnete am 3. März 2020.", "3. März 2020", "2020-03-03"),
        .init("de", "Am 1. Juli tritt das Gesetz in Kraft.", "1. Juli", "2023-07-01"),
        .init("de", "Der Umsatz stieg im Mai 2022.", "Mai 2022", "2022-05"),
        .init("de", "Bis 30. Sept. 2024 läuft das Projekt.", "Bis 30. Sept. 2024", "2024-09-30"),
        .init("de", "Am 7. Dez. 2021 wurde gewählt.", "7. Dez. 2021", "2021-12-07"),
        .init("de", "Der Vertrag vom 2. Jan. 2019 gilt.", "2. Jan. 2019", "2019-01-02"),
        .init("de", "Am 14. Aug. 2022 brannte die Halle.", "14. Aug. 2022", "2022-08-14"),
        .init("de", "Am Freitag, den 2. Juni öffnet die Messe.", "Freitag, den 2. Juni", "2023-06-02"),
        .init("de", "Am Mittwoch, 11. November 2020 tagte der Rat.", "Mittwoch, 11. November 2020", "2020-11-11"),
        .init("de", "Dieses Jahr wächst der Export.", "Dieses Jahr", "2023"),
        .init("de", "Letztes Jahr sank der Umsatz.", "Letztes Jahr", "2022"),
        .init("de", "Kommenden Monat beginnt der Bau.", "Kommenden Monat", "2023-07"),
        .init("de", "Vergangenen März brach der Absatz ein.", "Vergangenen März", "2022-03"),
        .init("de", "Die Zahlen von 12/2021 sind endgültig.", "12/2021", "2021-12"),
        .init("de", "Der Vertrag vom 05.06.2018 gilt.", "05.06.2018", "2018-06-05"),
        .init("de", "Gestern stieg der Kurs.", "Gestern", nil),
        .init("de", "Jan und Eva gründeten die Firma.", nil, nil),
        .init("de", "Die letzten Tage waren ruhig.", nil, nil),
        .init("de", "Diese Firma wächst.", nil, nil),
    ]

    static let spanish: [Case] = [
        .init("es", "La planta abrió el 14 de marzo de 2023.", "14 de marzo de 2023", "2023-03-14"),
        .init("es", "La feria abre el 3 de sept. de 2024.", "3 de sept. de 2024", "2024-09-03"),
        .init("es", "Las ventas cayeron en ene de 2021.", "ene de 2021", "2021-01"),
        .init("es", "El contrato es del 22/04/2021.", "22/04/2021", "2021-04-22"),
        .init("es", "Lunes 12 de enero de 2015, se firmó.", "Lunes 12 de enero de 2015", "2015-01-12"),
        .init("es", "Las exportaciones crecerán el próximo mes.", "el próximo mes", "2023-07"),
        .init("es", "El mar estaba en calma.", nil, nil),
        .init("es", "El informe de 11/2019 salió.", "11/2019", "2019-11"),
        .init("es", "La feria va desde el 4 hasta el 22 de marzo de 2024.", "desde el 4 hasta el 22 de marzo de 2024", "2024-03-04/2024-03-22"),
        .init("es", "El acuerdo se firmó el 1 de enero de 2020.", "1 de enero de 2020", "2020-01-01"),
        .init("es", "La fábrica cerró el 30 de junio.", "30 de junio", "2023-06-30"),
        .init("es", "En mayo de 2022 crecieron las ventas.", "mayo de 2022", "2022-05"),
        .init("es", "El 9 de dic. de 2021 se votó.", "9 de dic. de 2021", "2021-12-09"),
        .init("es", "El informe del 4 de oct. de 2019 salió.", "4 de oct. de 2019", "2019-10-04"),
        .init("es", "La obra empezó el 2 de ago. de 2018.", "2 de ago. de 2018", "2018-08-02"),
        .init("es", "El plazo vence el 15 de abr. de 2025.", "15 de abr. de 2025", "2025-04-15"),
        .init("es", "Las ventas de feb de 2020 cayeron.", "feb de 2020", "2020-02"),
        .init("es", "El pedido del 05/06/2018 llegó.", "05/06/2018", "2018-06-05"),
        .init("es", "El dato de 3/2022 es provisional.", "3/2022", "2022-03"),
        .init("es", "Martes 3 de marzo de 2020, empezó la huelga.", "Martes 3 de marzo de 2020", "2020-03-03"),
        .init("es", "Viernes, 2 de junio, abre la feria.", "Viernes, 2 de junio", "2023-06-02"),
        .init("es", "La planta abrirá el próximo año.", "el próximo año", "2024"),
        .init("es", "Las ventas cayeron el año pasado.", "el año pasado", "2022"),
        .init("es", "La producción creció este año.", "este año", "2023"),
        .init("es", "Las próximas 3 semanas serán duras.", "próximas 3 semanas", nil),
        .init("es", "La planta abrió la semana pasada.", "la semana pasada", "2023-W23"),
        .init("es", "Ayer subió la bolsa.", "Ayer", nil),
        .init("es", "Hace ago que no llueve.", nil, nil),
        .init("es", "El mar 3 veces más bravo.", nil, nil),
        .init("es", "La cifra pasó de 24/7 a 12/5.", nil, nil),
        .init("es", "En marzo se firmó el acuerdo.", "marzo", "2023-03"),
    ]

    /// Single days (branch dates15): days named in several words or two days away, a
    /// weekday before its shift word, days of the month written as words, counts in words
    /// before `ago`, lowercase months joined to their day; and what must stay no date.
    static let singleDays: [Case] = [
        .init("en", "The vote was held the day before yesterday in Leeds.", "the day before yesterday", "2023-06-12"),
        .init("en", "The board meets the day after tomorrow.", "the day after tomorrow", "2023-06-16"),
        .init("en", "Day after tomorrow the plant reopens.", "Day after tomorrow", "2023-06-16"),
        .init("en", "The parade is held on the fourth of July.", "fourth of July", "2023-07-04"),
        .init("en", "The fund was wound up on the second of March 2021.", "second of March 2021", "2021-03-02"),
        .init("en", "The strike began on the 4th of march.", "4th of march", "2023-03-04"),
        .init("en", "The plant closed two years ago.", "two years ago", "2021-06-14"),
        .init("en", "The firm was founded a decade ago.", "a decade ago", "2013-06-14"),
        .init("en", "Prices peaked three months ago, the bank said.", "three months ago", "2023-03-14"),
        .init("en", "The plant opened 1 year and 6 months ago.", "1 year and 6 months ago", "2021-12-14"),
        .init("en", "Two days later, police arrested the driver.", nil, nil),
        .init("en", "The first March against the law drew thousands.", nil, nil),
        .init("en", "The twenty-first of June is the longest day.", "twenty-first of June", "2023-06-21"),
        .init("en", "The fair closed on the twenty second of June 2017.", "twenty second of June 2017", "2017-06-22"),
        .init("en", "Twenty people joined the second of the March rallies.", nil, nil),
        .init("en", "The first of the new trains arrives soon.", nil, nil),
        .init("en", "He earns a year what others earn in ten.", nil, nil),
        .init("fr", "Le ministre a annoncé aujourd'hui la fermeture du site.", "aujourd'hui", "2023-06-14"),
        .init("fr", "Le conseil s'est réuni avant-hier à Lyon.", "avant-hier", "2023-06-12"),
        .init("fr", "Le salon ouvre après-demain.", "après-demain", "2023-06-16"),
        .init("fr", "Le site a fermé vendredi dernier.", "vendredi dernier", "2023-06-09"),
        .init("fr", "Le vote aura lieu lundi prochain.", "lundi prochain", "2023-06-19"),
        .init("fr", "La loi entre en vigueur le premier janvier.", "premier janvier", "2023-01-01"),
        .init("fr", "Le Premier ministre a parlé jeudi.", "jeudi", "2023-06-15"),
        .init("fr", "Le premier rapport est sorti.", nil, nil),
        .init("de", "Das Gesetz tritt am ersten Januar in Kraft.", "ersten Januar", "2023-01-01"),
        .init("de", "Der Rat tagte am dritten Oktober 2020 in Bonn.", "dritten Oktober 2020", "2020-10-03"),
        .init("de", "Vorgestern stieg der Kurs.", "Vorgestern", "2023-06-12"),
        .init("de", "Die Messe öffnet übermorgen.", "übermorgen", "2023-06-16"),
        .init("de", "Die Abstimmung findet morgen in Berlin statt.", "morgen", "2023-06-15"),
        .init("de", "Der Rat tagte am Morgen in Berlin.", nil, nil),
        .init("de", "Heute Morgen tagte der Rat.", "Heute", "2023-06-14"),
        .init("de", "Der erste Platz ging an Bayern.", nil, nil),
        .init("de", "Die zweiten Wahlen folgten.", nil, nil),
        .init("de", "Die Messe öffnet am 15.01. in Köln.", "15.01.", "2023-01-15"),
        .init("de", "Der Bericht vom 28.10. liegt vor.", "28.10.", "2023-10-28"),
        .init("de", "Die Sitzung beginnt um 15.30.", nil, nil),
        .init("de", "Siehe Abschnitt 3.2. im Bericht.", nil, nil),
        .init("de", "Der Kurs stieg am 15.30 Punkte.", nil, nil),
        .init("es", "La ley entra en vigor el primero de enero.", "primero de enero", "2023-01-01"),
        .init("es", "La huelga empezó el dos de mayo de 2020.", "dos de mayo de 2020", "2020-05-02"),
        .init("es", "La planta cerró anteayer.", "anteayer", "2023-06-12"),
        .init("es", "La feria abre pasado mañana.", "pasado mañana", "2023-06-16"),
        .init("es", "La fábrica cerró el domingo pasado.", "domingo pasado", "2023-06-11"),
        .init("es", "Dos de ellos dimitieron.", nil, nil),
        .init("en", "Exports rose 12% compared with 2020, the ministry said.", "2020", "2020"),
        .init("fr", "Les exportations ont progressé de 12 % par rapport à 2019.", "2019", "2019"),
        .init("de", "Die Exporte stiegen gegenüber 2021 deutlich.", "2021", "2021"),
        .init("es", "Las ventas subieron un 12% frente a 2020.", "2020", "2020"),
        .init("es", "Frente a la sede se reunieron 300 personas.", nil, nil),
        .init("en", "More than 2000 people attended the fair.", nil, nil),
        .init("en", "The board decides on Friday this week.", "Friday this week", "2023-06-16"),
        .init("en", "The strike began on Tuesday of last week.", "Tuesday of last week", "2023-06-06"),
        .init("en", "On Tuesday, last week's figures were revised.", "Tuesday", "2023-06-13"),
        .init("fr", "Le conseil s'est réuni dimanche de la semaine dernière.", "dimanche de la semaine dernière", "2023-06-11"),
        .init("fr", "Le vote aura lieu vendredi cette semaine.", "vendredi cette semaine", "2023-06-16"),
        .init("es", "La planta cerró el viernes de la semana pasada.", "viernes de la semana pasada", "2023-06-09"),
        .init("es", "El consejo decide el lunes de la próxima semana.", "lunes de la próxima semana", "2023-06-19"),
        .init("en", "The plant will close no later than 2030.", "2030", "2030"),
        .init("es", "Tres de cada diez empresas exportan.", nil, nil),
    ]

    /// Single days (branch dates16): a day and a month with a slash after a word that announces a
    /// day, days written year first with dots, a weekday and its ordinal day, a duration after
    /// `il y a`, `vor`, `hace`, `dentro de` or before `from now`, the n-th weekday of a
    /// month, a day of a shifted month, a day by its number alone after a cue, abbreviated
    /// weekdays before a date; and what must stay no date.
    static let singleDays16: [Case] = [
        .init("en", "The results are due on 4/22, the company said.", "4/22", "2023-04-22"),
        .init("en", "The results are due on 22/04.", "22/04", "2023-04-22"),
        .init("en", "Turnout rose on 3/4 of the polling stations.", nil, nil),
        .init("en", "The helpline is open 24/7 for callers.", nil, nil),
        .init("fr", "La réunion aura lieu le 22/04 à Lyon.", "22/04", "2023-04-22"),
        .init("fr", "Le club joue le 1/4 de finale.", nil, nil),
        .init("es", "La junta se reúne el 22/4 en Sevilla.", "22/4", "2023-04-22"),
        .init("es", "La junta se reúne el 4/22 en Sevilla.", "4/22", "2023-04-22"),
        .init("de", "Die Messe beginnt am 22/04 in Köln.", "22/04", "2023-04-22"),
        .init("en", "The filing is dated 2015.5.13 in the registry.", "2015.5.13", "2015-05-13"),
        .init("de", "Der Vertrag vom 2019.10.04 gilt weiter.", "2019.10.04", "2019-10-04"),
        .init("en", "The board met on Friday the 9th in Leeds.", "Friday the 9th", "2023-06-09"),
        .init("en", "The trial opens Thursday the 22nd.", "Thursday the 22nd", "2023-06-22"),
        .init("en", "The fair closes Friday the seventh.", "Friday the seventh", "2023-07-07"),
        .init("en", "On Saturday the second round begins.", "Saturday", "2023-06-17"),
        .init("fr", "Il y a trois ans, l'usine a fermé.", "Il y a trois ans", "2020-06-14"),
        .init("fr", "L'usine a fermé il y a 3 jours.", "il y a 3 jours", "2023-06-11"),
        // dates21fr: `dans` before a count in words is read since (a count in digits is not).
        .init("fr", "Le site rouvrira dans deux semaines.", "dans deux semaines", "2023-06-28"),
        .init("fr", "Le site rouvrira dans 2 semaines.", nil, nil),
        .init("fr", "Il a passé 3 jours en prison.", nil, nil),
        .init("fr", "Il a passé deux jours à Lyon.", nil, nil),
        .init("es", "El ministro ha pasado 3 días en el hospital.", nil, nil),
        .init("fr", "Il y a deux usines dans la ville.", nil, nil),
        .init("de", "Die Firma wurde vor zwei Jahren verkauft.", "vor zwei Jahren", "2021-06-14"),
        .init("de", "Das Werk schloss vor 3 Tagen.", "vor 3 Tagen", "2023-06-11"),
        .init("de", "Der Rat tagte vor dem Rathaus.", nil, nil),
        .init("es", "La fábrica cerró hace dos años.", "hace dos años", "2021-06-14"),
        .init("es", "La planta reabre dentro de 3 semanas.", "dentro de 3 semanas", "2023-07-05"),
        .init("es", "Ella hace dos tareas a la vez.", nil, nil),
        .init("en", "The vote is two weeks from now.", "two weeks from now", "2023-06-28"),
        .init("en", "The plant reopens three days from tomorrow.", "three days from tomorrow", "2023-06-18"),
        .init("en", "The law takes effect on the first Monday of October.", "the first Monday of October", "2023-10-02"),
        .init("en", "Prices fell in the first week of March.", "the first week of March", "2023-W09"),
        .init("es", "El consejo se reúne el primer viernes de julio.", "el primer viernes de julio", "2023-07-07"),
        .init("fr", "Le conseil se réunit le premier lundi de septembre.", "le premier lundi de septembre", "2023-09-04"),
        .init("en", "The payment is due the 20th of next month.", "the 20th of next month", "2023-07-20"),
        .init("en", "The vote is set for the 27th.", "the 27th", "2023-06-27"),
        .init("en", "Talks resume on the 21st.", "the 21st", "2023-06-21"),
        .init("en", "The office is on the 21st floor.", nil, nil),
        .init("en", "He homered in the 9th.", nil, nil),
        .init("en", "The deal was signed on Wed, 22 February 2023.", "Wed, 22 February 2023", "2023-02-22"),
        .init("fr", "Le salon a ouvert Mer 22 février 2023 à Paris.", "Mer 22 février 2023", "2023-02-22"),
        .init("es", "La feria abrió el vie, 3 de marzo de 2023.", "vie, 3 de marzo de 2023", "2023-03-03"),
        .init("es", "Mi casa está cerca del mar.", nil, nil),
        .init("es", "La ley entra en vigor el 1ro de enero de 2024.", "1ro de enero de 2024", "2024-01-01"),
        .init("es", "El piloto quedó 1ro en la carrera.", nil, nil),
        .init("de", "Der Rat tagt am 15. wieder.", "15.", "2023-06-15"),
        .init("de", "Das Tor fiel am 15. Spieltag.", nil, nil),
    ]

    /// Single days of branch days17frde (issue 13, session 15): `apres-demain` without its accent,
    /// `Jan` after its day, a slash date whose second number is no month, a day and month before
    /// `prochain`/`dernier`, `für`/`den`/`dem` before `28.10.`, a shifted week's weekday after
    /// `am`, feminine genitive shift words, `dem` after a weekday, a weekday after `am` before a
    /// noun; and what stays no date.
    static let frenchDays17: [Case] = [
        .init("fr", "La réunion des ministres est prévue apres-demain à Bruxelles.", "apres-demain", "2023-06-16"),
        .init("fr", "Le vote aura lieu apres demain, selon le maire.", "apres demain", "2023-06-16"),
        .init("fr", "Le conseil se réunit après-demain à Lyon.", "après-demain", "2023-06-16"),
        .init("fr", "La réforme s'applique depuis le 1er Jan 2024.", "depuis le 1er Jan 2024", "2024-01-01"),
        .init("fr", "Le contrat a pris fin le 15 Jan à minuit.", "15 Jan", "2023-01-15"),
        .init("fr", "La taxe est due au 3 Jan 2025 au plus tard.", "3 Jan 2025", "2025-01-03"),
        .init("fr", "Jan Koum a quitté la direction du groupe.", nil, nil),
        .init("fr", "Le milieu Jan Vertonghen a signé à Anderlecht.", nil, nil),
        .init("fr", "Le document américain est daté du 02/22/2016.", "02/22/2016", "2016-02-22"),
        .init("fr", "La plainte déposée le 03/25/2019 a été rejetée.", "03/25/2019", "2019-03-25"),
        .init("fr", "L'acte du 12/08/2015 a été publié.", "12/08/2015", "2015-08-12"),
        .init("fr", "La note du 13/13/2015 est une erreur de saisie.", nil, nil),
        .init("fr", "La date limite est fixée au 31 mars prochain.", "31 mars prochain", "2024-03-31"),
        .init("fr", "Il a été arrêté le 5 mai dernier à Lille.", "5 mai dernier", "2023-05-05"),
        .init("fr", "Le 20 juin dernier, le conseil municipal a voté.", "20 juin dernier", "2022-06-20"),
        .init("fr", "Le congrès se tiendra le 20 juin prochain à Nantes.", "20 juin prochain", "2023-06-20"),
        .init("fr", "Le salon rouvrira le 14 juin prochain.", "14 juin prochain", "2024-06-14"),
        .init("fr", "Le procès s'ouvre le lundi 2 octobre prochain à Paris.", "lundi 2 octobre prochain", "2023-10-02"),
        .init("fr", "Le scrutin du 5 mai 2022 dernier a été annulé.", "5 mai 2022", "2022-05-05"),
        .init("fr", "Il est arrivé dernier le 5 mai à Rennes.", "5 mai", "2023-05-05"),
        .init("fr", "Le 5 mai, dernier jour du salon, la foule est venue.", "5 mai", "2023-05-05"),
        .init("fr", "Le chiffre du mois dernier a déçu les analystes.", "mois dernier", "2023-05"),
        .init("fr", "Le dernier jour du salon, la foule est venue.", nil, nil),
        .init("fr", "Le dernier jour des soldes approche.", nil, nil),
        .init("fr", "Les enchères ont eu lieu hier.", "hier", "2023-06-13"),
    ]

    static let germanDays17: [Case] = [
        .init("de", "Die Anhörung ist für den 28.10. angesetzt.", "28.10.", "2023-10-28"),
        .init("de", "Die Frist für 30.9. gilt weiter.", "30.9.", "2023-09-30"),
        .init("de", "Ab dem 1.9. gilt die neue Regel.", "1.9.", "2023-09-01"),
        .init("de", "Die Tickets für 15.30 Euro sind ausverkauft.", nil, nil),
        .init("de", "Das Spiel ist für 3/4 der Fans zu teuer.", nil, nil),
        .init("de", "Der Wagen hat einen für den 2.5 Liter Motor typischen Klang.", nil, nil),
        .init("de", "Nächste Woche am Freitag entscheidet der Rat.", "Nächste Woche am Freitag", "2023-06-23"),
        .init("de", "Übernächste Woche am Montag beginnt der Prozess.", "Übernächste Woche am Montag", "2023-06-26"),
        .init("de", "Letzte Woche am Dienstag fiel der Kurs.", "Letzte Woche am Dienstag", "2023-06-06"),
        .init("de", "Nächste Woche am Standort Bremen beginnt der Umbau.", "Nächste Woche", "2023-W25"),
        .init("de", "Am Freitag vergangener Woche kam es zu Protesten.", "Freitag vergangener Woche", "2023-06-09"),
        .init("de", "Am Montag kommender Woche beginnt die Messe.", "Montag kommender Woche", "2023-06-19"),
        .init("de", "Am Mittwoch voriger Woche stimmte der Rat ab.", "Mittwoch voriger Woche", "2023-06-07"),
        .init("de", "Die Wahl am Sonntag, dem 11. Juni, war knapp.", "Sonntag, dem 11. Juni", "2023-06-11"),
        .init("de", "Am Freitag, dem 2. Juni 2023 öffnete die Messe.", "Freitag, dem 2. Juni 2023", "2023-06-02"),
        .init("de", "Die Firma meldete am Dienstag Gewinne.", "Dienstag", "2023-06-13"),
        .init("de", "Der Konzern nannte am Montag Zahlen zum Quartal.", "Montag", "2023-06-12"),
        .init("de", "Die Firma Freitag Gruppe meldete Gewinne.", nil, nil),
        .init("de", "Er traf dem Vernehmen nach 12 Minister.", nil, nil),
        .init("de", "Am letzten Tag der Messe kamen viele Besucher.", nil, nil),
        .init("de", "Der letzte Tag des Festivals war verregnet.", nil, nil),
    ]

    /// Spanish single days (session 15, branch dates17es): `anoche`; a shift word beside a day
    /// and its month or the month with `mes de` (the latest before the reference or the first
    /// after it, not the reference's year); the morning (`esta mañana`, `de la mañana`) is no day.
    static let spanishDays17: [Case] = [
        .init("es", "Anoche se declaró un incendio en el puerto.", "Anoche", "2023-06-13"),
        .init("es", "El incendio de anoche dejó tres heridos.", "anoche", "2023-06-13"),
        .init("es", "El acuerdo se firmó el pasado 20 de diciembre en Bruselas.", "pasado 20 de diciembre", "2022-12-20"),
        .init("es", "La huelga empezó el pasado 3 de junio.", "pasado 3 de junio", "2023-06-03"),
        .init("es", "El juicio se celebrará el próximo 3 de febrero.", "próximo 3 de febrero", "2024-02-03"),
        .init("es", "La feria abrirá el próximo 20 de septiembre.", "próximo 20 de septiembre", "2023-09-20"),
        .init("es", "La obra se adjudicó el pasado mes de diciembre.", "pasado mes de diciembre", "2022-12"),
        .init("es", "Las ventas cayeron el pasado mes de marzo.", "pasado mes de marzo", "2023-03"),
        .init("es", "Las elecciones serán el próximo mes de mayo.", "próximo mes de mayo", "2024-05"),
        .init("es", "El plan se aprobó en diciembre pasado.", "diciembre pasado", "2022-12"),
        .init("es", "La planta abrirá en enero próximo.", "enero próximo", "2024-01"),
        .init("es", "El tratado entrará en vigor el 1 de enero próximo.", "1 de enero próximo", "2024-01-01"),
        .init("es", "El pasado mes de enero de 2020 llovió mucho.", "mes de enero de 2020", "2020-01"),
        .init("es", "La reunión será mañana en Sevilla.", "mañana", "2023-06-15"),
        .init("es", "El tren saldrá mañana por la mañana.", "mañana", "2023-06-15"),
        .init("es", "El accidente ocurrió esta mañana en la autopista.", nil, nil),
        .init("es", "El pleno empezó a las 10 de la mañana.", nil, nil),
        .init("es", "El tráfico se cortó durante toda la mañana.", nil, nil),
        .init("es", "Los vecinos protestan cada mañana ante el ayuntamiento.", nil, nil),
        .init("es", "El diario La Mañana publicó la entrevista.", nil, nil),
        .init("es", "El equipo ha pasado 3 días concentrado.", nil, nil),
        .init("es", "El equipo descansó dos días después del partido.", nil, nil),
    ]

    /// Single days in English of session 15 (branch days17en): a weekday of a shifted week
    /// after it (`next week on Friday`), a weekday before a numeric date, a day with a mark
    /// before its month and year, a day after its month as a word or after a comma; and what
    /// stays no day. The reference, 14 June 2023, is a Wednesday.
    static let englishDays17: [Case] = [
        .init("en", "The committee votes next week on Friday.", "next week on Friday", "2023-06-23"),
        .init("en", "Talks broke down last week on Tuesday.", "last week on Tuesday", "2023-06-06"),
        .init("en", "The index hit a record this week on Monday.", "this week on Monday", "2023-06-12"),
        .init("en", "The market was shut last week on Monday, traders said.", "last week on Monday", "2023-06-05"),
        .init("en", "The mayor said last week on television that talks had failed.", "last week", "2023-W23"),
        .init("en", "The plant reopens Friday 6/16, the company said.", "Friday 6/16", "2023-06-16"),
        .init("en", "The board meets Wednesday 6/21 in Leeds.", "Wednesday 6/21", "2023-06-21"),
        .init("en", "The hearing was held on Monday, 2023-6-12 in Leeds.", "Monday, 2023-6-12", "2023-06-12"),
        .init("en", "The ballot closes Tuesday 06/20/2023.", "Tuesday 06/20/2023", "2023-06-20"),
        .init("en", "The trial resumes on Thursday, 06/22/2023.", "Thursday, 06/22/2023", "2023-06-22"),
        .init("en", "The Yankees won Friday 7-6 in Boston.", "Friday", "2023-06-16"),
        .init("en", "The shop opens Friday 6/17, its owner said.", "Friday", "2023-06-16"),
        .init("en", "Sales were up Friday 7.6 percent.", "Friday", "2023-06-16"),
        .init("en", "Turnout reached Friday 6/16 of the target.", "Friday", "2023-06-16"),
        .init("en", "The accord was signed on 16. Nov. 2016 in Bonn.", "16. Nov. 2016", "2016-11-16"),
        .init("en", "The drill took place on 2. Feb. 2022 near the port.", "2. Feb. 2022", "2022-02-02"),
        .init("en", "The new rules took effect on October, 1st.", "October, 1st", "2023-10-01"),
        .init("en", "Results come out on December, 2nd.", "December, 2nd", "2023-12-02"),
        .init("en", "In October, 15 people were hurt in the blast.", "October", "2023-10"),
        .init("en", "In October, 1st Lt. Jane Ross was promoted.", "October", "2023-10"),
        .init("en", "Polls open on Jan first.", "Jan first", "2023-01-01"),
        .init("en", "The ceasefire began on May the eleventh.", "May the eleventh", "2023-05-11"),
        .init("en", "The summit ends on June twenty-first.", "June twenty-first", "2023-06-21"),
        .init("en", "The season starts April second, 2024.", "April second, 2024", "2024-04-02"),
        .init("en", "The vote is on March third.", "March third", "2023-03-03"),
        .init("en", "The fair opens July fourth, 2024.", "July fourth, 2024", "2024-07-04"),
        .init("en", "In March first-half sales rose.", "March", "2023-03"),
        .init("en", "She was born in May the first of five children.", "May", "2023-05"),
        .init("en", "In May first-time buyers were scarce.", "May", "2023-05"),
        .init("en", "Investors may first want to wait.", nil, nil),
        .init("en", "In June second place went to Ross.", "June", "2023-06"),
        .init("en", "In March the first 100 days ended.", "March", "2023-03"),
        .init("en", "Americans vote on the first Tuesday in November.", "the first Tuesday in November", "2023-11-07"),
        .init("en", "The court sits on the second Monday in October.", "the second Monday in October", "2023-10-09"),
        .init("en", "It was his first Friday in office.", "Friday", "2023-06-16"),
        .init("en", "The filing deadline passed on Feb. 29.", "Feb. 29", "2020-02-29"),
    ]

    /// days18en (issue 13, second round): a shift word and `day` before `of` name a day of
    /// what follows, not the day before or after the reference; a month that is also a given
    /// name, after a shifted year and before a word, is the name.
    static let englishDays18: [Case] = [
        .init("en", "Crowds filled the halls on the last day of the fair.", nil, nil),
        .init("en", "Prices dipped on the last day of trading, dealers said.", nil, nil),
        .init("en", "The next day of hearings opened with a new witness.", nil, nil),
        .init("en", "The previous day of talks ended without a deal.", nil, nil),
        .init("en", "Police closed the road on the last day of the festival.", nil, nil),
        .init("en", "Fans queued for hours on the last day of the tour.", nil, nil),
        .init("en", "The last day of the strike passed quietly.", nil, nil),
        .init("en", "Markets were calm on the last day of the session.", nil, nil),
        .init("en", "Shares rose yesterday, traders said.", "yesterday", "2023-06-13"),
        .init("en", "The talks resume tomorrow in Geneva.", "tomorrow", "2023-06-15"),
        .init("en", "Next year May will step down as party leader.", "Next year", "2024"),
        .init("en", "Last year June Carter won the state race.", "Last year", "2022"),
        .init("en", "This year April Ryan asked the first question.", "This year", "2023"),
        .init("en", "Next year August Wilson's play returns to Broadway.", "Next year", "2024"),
        .init("en", "Last year May told parliament the deal was done.", "Last year", "2022"),
        .init("en", "This year June will host the gala again.", "This year", "2023"),
        .init("en", "Next year April plans to run for mayor.", "Next year", "2024"),
        .init("en", "This year May has visited Brussels five times.", "This year", "2023"),
        .init("en", "Next year June sales are expected to rise.", "Next year", "2024"),
        .init("en", "The plant opens next year May, officials said.", "next year May", "2024-05"),
        .init("en", "The vote is due in May next year.", "May next year", "2024-05"),
        .init("en", "Next May the party holds its congress.", "Next May", "2024-05"),
        .init("en", "The deal closes next May.", "next May", "2024-05"),
        .init("en", "The mine reopened last June after repairs.", "last June", "2022-06"),
        .init("en", "Exports rose in August, the ministry said.", "August", "2023-08"),
        .init("en", "The bill passed last year, May said.", "last year", "2022"),
        .init("en", "Last year the firm lost money.", "Last year", "2022"),
        .init("en", "Turnout fell this year, June said.", "this year", "2023"),
        .init("en", "May said on Tuesday she would stay.", "Tuesday", "2023-06-13"),
        .init("en", "April sales rose, the agency said.", nil, nil),
        .init("en", "Investors may sell next year, analysts said.", "next year", "2024"),
        .init("en", "The bank will cut rates in June, its governor said.", "June", "2023-06"),
        .init("en", "Last week May said she would stay.", "Last week", "2023-W23"),
        .init("en", "Last week June prices rose.", "Last week", "2023-W23"),
        .init("en", "Last week September futures fell sharply.", "Last week", "2023-W23"),
        .init("en", "The last week of May was calm.", "The last week of May", "2023-W21"),
        .init("en", "The last day for filing is Friday.", "Friday", "2023-06-16"),
        .init("en", "The last day to register is Thursday, the council said.", "Thursday", "2023-06-15"),
        .init("en", "It was his last day in office.", nil, nil),
        .init("en", "The next day in court brought no verdict.", nil, nil),
    ]

    /// Single days of branch days19en (issue 13, session 16, third round): a bare day in plain
    /// digits after `on the`/`for the` or in words, ending its sentence; `tmrw`; `tues`, `thurs`
    /// after `on`; a month and day glued by a dash or slash or written as one token; an ordinal
    /// weekday alone (the reference's month); a weekday before a dashed date; a day in cardinal
    /// words after its month; a spelled year after a day and month, ending the sentence; `on
    /// 4-22`. And a month that is a given name before a verb (`Since May took office`) is no date.
    static let englishDays19: [Case] = [
        .init("en", "Since May took office, prices have risen.", nil, nil),
        .init("en", "After May resigned, the party split.", nil, nil),
        .init("en", "Since May prices have risen sharply.", "Since May", "2023-05"),
        .init("en", "Sales in May rose 5 percent.", "May", "2023-05"),
        .init("en", "The hearing was set for the 27.", "the 27", "2023-06-27"),
        .init("en", "The council meets again on the 28.", "the 28", "2023-06-28"),
        .init("en", "Parliament returns on the second.", "the second", "2023-06-02"),
        .init("en", "The vote was pushed back for the twenty second.", "the twenty second", "2023-06-22"),
        .init("en", "Talks resume on twenty first.", "twenty first", "2023-06-21"),
        .init("en", "He won for the second time.", nil, nil),
        .init("en", "He birdied on 15.", nil, nil),
        .init("en", "The batsman was dropped on 15.", nil, nil),
        .init("en", "Police searched the 27 homes.", nil, nil),
        .init("en", "The bill passed on the second reading.", nil, nil),
        .init("en", "The team is on 15 points.", nil, nil),
        .init("en", "The shop reopens on tues.", "tues", "2023-06-13"),
        .init("en", "Deliveries resume on thurs.", "thurs", "2023-06-15"),
        .init("en", "The company relied on Sun.", nil, nil),
        .init("en", "See you tmrw, he wrote.", "tmrw", "2023-06-15"),
        .init("en", "The ship docks the day after tmrw.", "the day after tmrw", "2023-06-16"),
        .init("en", "The filing deadline is Oct-2.", "Oct-2", "2023-10-02"),
        .init("en", "The contract runs to 28-Nov-2024.", "28-Nov-2024", "2024-11-28"),
        .init("en", "The report is dated 2022-Sep-1.", "2022-Sep-1", "2022-09-01"),
        .init("en", "The bonds mature Oct/2.", "Oct/2", "2023-10-02"),
        .init("en", "The COVID-19 rules ended.", nil, nil),
        .init("en", "Voting ends third Tuesday.", "third Tuesday", "2023-06-20"),
        .init("en", "Polls open first Sunday.", "first Sunday", "2023-06-04"),
        .init("en", "It was his first Sunday.", "Sunday", "2023-06-18"),
        .init("en", "The market opens every second Friday.", "Friday", "2023-06-16"),
        .init("en", "The first Sunday service drew crowds.", "Sunday", "2023-06-18"),
        .init("en", "The sale ends this Friday (Jun-16).", "this Friday (Jun-16)", "2023-06-16"),
        .init("en", "Ballots close Friday-Jun-16.", "Friday-Jun-16", "2023-06-16"),
        .init("en", "The sale ends Friday (Jun-17) at noon.", "Friday", "2023-06-16"),
        .init("en", "The memo was dated October2.", "October2", "2023-10-02"),
        .init("en", "The post was dated 22april.", "22april", "2023-04-22"),
        .init("en", "Records show january12,2016.", "january12,2016", "2016-01-12"),
        .init("en", "The mar3 gene was found in mice.", nil, nil),
        .init("en", "The B52 bomber flew over the base.", nil, nil),
        .init("en", "The letter is dated 11/12,2016.", "11/12,2016", "2016-11-12"),
        .init("en", "The vote is on May twenty one.", "May twenty one", "2023-05-21"),
        .init("en", "The rally is set for June twenty-two.", "June twenty-two", "2023-06-22"),
        .init("en", "The fair opens Friday the sixteen.", "Friday the sixteen", "2023-06-16"),
        .init("en", "In May twenty one people died.", "May", "2023-05"),
        .init("en", "In June two firms merged.", "June", "2023-06"),
        .init("en", "The treaty was signed on June 4, nineteen ninety.", "June 4, nineteen ninety", "1990-06-04"),
        .init("en", "The school opened on the tenth of September, two thousand.", "tenth of September, two thousand", "2000-09-10"),
        .init("en", "She was born on March 3, nineteen oh five.", "March 3, nineteen oh five", "1905-03-03"),
        .init("en", "On March 3, two thousand people marched.", "March 3", "2023-03-03"),
        .init("en", "The ruling is due on 4-22.", "4-22", "2023-04-22"),
        .init("en", "The ruling is due on 4.22.", "4.22", "2023-04-22"),
        .init("en", "They won on 3-1.", nil, nil),
        .init("en", "The index closed on 4.22 points.", nil, nil),
    ]

    /// Single days of branch days18frde (issue 13, session 15, second round): a weekday after
    /// `le` and its day in digits with no month (the day that is that weekday in the reference's
    /// month or one beside it; not before a noun it counts), a day before a month of a shifted
    /// year, and days that are no tomorrow or yesterday (`le prochain jour férié`).
    static let frenchGermanDays18: [Case] = [
        .init("fr", "Le conseil municipal se réunira le jeudi 8 pour voter le budget.", "jeudi 8", "2023-06-08"),
        .init("fr", "Les syndicats appellent à manifester le samedi 10 à Lyon.", "samedi 10", "2023-06-10"),
        .init("fr", "Le verdict sera rendu le vendredi 16.", "vendredi 16", "2023-06-16"),
        .init("fr", "Le ministre s'exprimera le lundi 19 au soir.", "lundi 19", "2023-06-19"),
        .init("fr", "La grève commencera le mardi 20, selon les syndicats.", "mardi 20", "2023-06-20"),
        .init("fr", "Le sommet s'est ouvert le jeudi 1er à Bruxelles.", "jeudi 1er", "2023-06-01"),
        .init("fr", "Le match aura lieu le jeudi 20 et la finale plus tard.", "jeudi 20", "2023-07-20"),
        .init("fr", "Les élus voteront le mercredi 31 ou la semaine suivante.", "mercredi 31", "2023-05-31"),
        .init("fr", "Le tribunal tranchera le lundi 26 dès l'ouverture.", "lundi 26", "2023-06-26"),
        .init("fr", "La séance reprendra le mardi 27 après la pause.", "mardi 27", "2023-06-27"),
        .init("fr", "Le jeudi 15 coureurs ont abandonné.", "jeudi", "2023-06-15"),
        .init("fr", "Le festival ouvrira le jeudi 9 à Paris.", "jeudi", "2023-06-15"),
        .init("fr", "Jeudi 15 personnes ont été interpellées.", "Jeudi", "2023-06-15"),
        .init("fr", "Le vendredi 16 000 manifestants ont défilé.", "vendredi", "2023-06-16"),
        .init("fr", "Le samedi 3-1 face à Lens a rassuré le club.", "samedi", "2023-06-17"),
        .init("fr", "Les magasins resteront fermés le prochain jour férié.", nil, nil),
        .init("fr", "Le dernier jour ouvré du mois, la Bourse a reculé.", nil, nil),
        .init("fr", "Le prochain jour ouvrable, la banque traitera la demande.", nil, nil),
        .init("fr", "Les usines ferment le dernier jour férié.", nil, nil),
        .init("fr", "Le texte sera examiné le jour suivant.", nil, nil),
        .init("fr", "La loi entrera en vigueur le 31 mars de l'année prochaine.", "31 mars de l'année prochaine", "2024-03-31"),
        .init("fr", "Le chantier finira le 1er janvier de l'année prochaine.", "1er janvier de l'année prochaine", "2024-01-01"),
        .init("de", "Die Frist läuft am 31. März kommenden Jahres ab.", "31. März kommenden Jahres", "2024-03-31"),
        .init("de", "Der Vertrag endet am 31. Dezember nächsten Jahres.", "31. Dezember nächsten Jahres", "2024-12-31"),
        .init("de", "Die Reform tritt am 1. Januar nächsten Jahres in Kraft.", "1. Januar nächsten Jahres", "2024-01-01"),
        .init("de", "Die Schule wurde am 15. August vergangenen Jahres eröffnet.", "15. August vergangenen Jahres", "2022-08-15"),
        .init("de", "Das Gesetz gilt ab dem 1. Juli kommenden Jahres.", "1. Juli kommenden Jahres", "2024-07-01"),
        .init("de", "Am 12. März kommenden Jahres soll der Bericht vorliegen.", "12. März kommenden Jahres", "2024-03-12"),
        .init("de", "Im März kommenden Jahres wird gewählt.", "März kommenden Jahres", "2024-03"),
        .init("de", "Der Bau beginnt im Mai nächsten Jahres.", "Mai nächsten Jahres", "2024-05"),
        .init("de", "Ein Termin am 30. Februar nächsten Jahres ist unmöglich.", "Februar nächsten Jahres", "2024-02"),
        .init("de", "Am Donnerstag 8 Spieler verletzt.", "Donnerstag", "2023-06-15"),
        .init("de", "Die Anhörung findet am Donnerstag, den 15. statt.", "Donnerstag, den 15.", "2023-06-15"),
        .init("de", "Der Rat tagt am Freitag, den 16. wieder.", "Freitag, den 16.", "2023-06-16"),
        .init("de", "Gewählt wird am Sonntag, dem 25.", "Sonntag, dem 25.", "2023-06-25"),
        .init("de", "Am Sonntag, dem 3. Advent, singt der Chor.", "Sonntag", "2023-06-18"),
        .init("de", "Der Ausschuss tagt am Donnerstag, den 9. wieder.", "Donnerstag", "2023-06-15"),
        .init("en", "The plant closes on 31 March next year.", "31 March next year", "2024-03-31"),
        .init("es", "La ley entrará en vigor el 31 de marzo del próximo año.", "31 de marzo del próximo año", "2024-03-31"),
    ]

    /// Spanish single days, second round (session 15, branch dates18es): an abbreviated weekday
    /// with its full stop before its date (`el lun. 3 de julio`; not `mar.`, `dom.`), shift words
    /// and day units written without their accents (not `ultima`, the verb), and the last day of
    /// an event (`el último día de la feria`), which is no day before the reference.
    static let spanishDays18: [Case] = [
        .init("es", "El consejo se reunirá el jueves 8 para votar el presupuesto.", "jueves 8", "2023-06-08"),
        .init("es", "Los sindicatos convocan una marcha el sábado 10 en Madrid.", "sábado 10", "2023-06-10"),
        .init("es", "El veredicto se conocerá el viernes 16.", "viernes 16", "2023-06-16"),
        .init("es", "La final se jugará el jueves 20 y la vuelta después.", "jueves 20", "2023-07-20"),
        .init("es", "El pleno se celebrará el lunes 12 por la tarde.", "lunes 12", "2023-06-12"),
        .init("es", "El martes 3 goles bastaron al equipo.", "martes", "2023-06-13"),
        .init("es", "El viernes 16 000 personas marcharon.", "viernes", "2023-06-16"),
        .init("es", "La cumbre será el lun. 3 de julio en Bruselas.", "lun. 3 de julio", "2023-07-03"),
        .init("es", "El pleno votará el mié. 5 de julio la ley.", "mié. 5 de julio", "2023-07-05"),
        .init("es", "La final se jugará el sáb. 8 de julio en Sevilla.", "sáb. 8 de julio", "2023-07-08"),
        .init("es", "El concierto será el vie. 30 de junio.", "vie. 30 de junio", "2023-06-30"),
        .init("es", "La junta se reunirá el jue. 22 de junio de 2023.", "jue. 22 de junio de 2023", "2023-06-22"),
        .init("es", "Hubo tormentas el mie. 7 de junio en el norte.", "mie. 7 de junio", "2023-06-07"),
        .init("es", "El equipo jugará el proximo domingo en casa.", "proximo domingo", "2023-06-25"),
        .init("es", "El Gobierno lo anunció el ultimo dia del mes pasado.", "mes pasado", "2023-05"),
        .init("es", "El último día de la feria llegaron miles de visitantes.", nil, nil),
        .init("es", "El último día del plazo es el 30 de junio.", "30 de junio", "2023-06-30"),
        .init("es", "El Gobierno ultima la reforma laboral.", nil, nil),
        .init("es", "La ministra llegó el mar. 4 de julio a Lima.", "4 de julio", "2023-07-04"),
        .init("es", "El museo abrirá el proximo 3 de febrero.", "proximo 3 de febrero", "2024-02-03"),
        .init("es", "El alcalde dimitió el dom. por la tarde.", nil, nil),
        .init("es", "El incendio empezó el dia antes de ayer en el monte.", "el dia antes de ayer", "2023-06-12"),
        .init("es", "La huelga empezará el dia despues de mañana.", "el dia despues de mañana", "2023-06-16"),
    ]

    /// dates19es (issue 13, Spanish single days, third round): the article of a day named relative
    /// to the reference with the unit day (`el día después de mañana`, `el próximo día`), and the
    /// unit day with its number (`el próximo día 15`), which names that day, not tomorrow.
    static let spanishDays19: [Case] = [
        .init("es", "La huelga empezará el día después de mañana.", "el día después de mañana", "2023-06-16"),
        .init("es", "El incendio empezó el día antes de ayer en el monte.", "el día antes de ayer", "2023-06-12"),
        .init("es", "El día después de mañana se vota el presupuesto.", "El día después de mañana", "2023-06-16"),
        .init("es", "Los técnicos volverán el próximo día para revisar la obra.", "el próximo día", "2023-06-15"),
        .init("es", "El pleno se celebrará el próximo día 15 en el Congreso.", nil, nil),
        .init("es", "El acto fue el pasado día 12 de marzo en Sevilla.", "12 de marzo", "2023-03-12"),
        .init("es", "La feria cerró el pasado día 3, según los organizadores.", nil, nil),
        .init("es", "La huelga empezará pasado mañana.", "pasado mañana", "2023-06-16"),
        .init("es", "El consejo decidió anteayer subir las tasas.", "anteayer", "2023-06-12"),
        .init("es", "El pasado día de la madre hubo récord de ventas.", nil, nil),
        .init("es", "El plazo vence el 1-ene, según la agencia.", "1-ene", "2023-01-01"),
        .init("es", "La feria abre el 28-nov en Bilbao.", "28-nov", "2023-11-28"),
        .init("es", "El juicio empieza el 2/Oct en Lima.", "2/Oct", "2023-10-02"),
        .init("es", "La votación será el 15-junio en el pleno.", "15-junio", "2023-06-15"),
        // `28-nov` itself is read since the merge of days19en (a day and a month glued by a dash, in any language).
        .init("es", "El marcador fue 28-21 en la tabla.", nil, nil),
        .init("es", "El equipo ganó el 22-15 al descanso.", nil, nil),
        .init("es", "La orden se firmó el 3-7-07 en Quito.", "3-7-07", "2007-07-03"),
        .init("es", "El contrato vence el 9-18-25, según la cláusula.", "9-18-25", "2025-09-18"),
        .init("es", "El equipo suma un balance de 3-7-07 esta temporada.", nil, nil),
        .init("es", "La tienda cerró el domingo de la ultima semana.", "domingo de la ultima semana", "2023-06-11"),
    ]

    /// dates20fr (French dates, fourth round, issue 13): an ordinal weekday ending its sentence
    /// with no article, possessive or quantifier before it; a day in ordinal digits of a month
    /// named relative to the reference; a day's two-digit year ending the sentence; `sur` before
    /// a day and month with a slash ending the sentence; an ordinal weekday before a relative
    /// month with no `de`. Rows with another span or none show what must not be read.
    static let frenchDays20: [Case] = [
        .init("fr", "Le conseil municipal se réunira 1er mardi.", "1er mardi", "2023-06-06"),
        .init("fr", "Les élus se retrouveront troisieme jeudi.", "troisieme jeudi", "2023-06-15"),
        .init("fr", "La braderie aura lieu cinquième vendredi.", "cinquième vendredi", "2023-06-30"),
        .init("fr", "Le marché se tiendra second samedi.", "second samedi", "2023-06-10"),
        .init("fr", "Le vote est prévu 2e dimanche.", "2e dimanche", "2023-06-11"),
        .init("fr", "Le marché se tient chaque premier dimanche.", "dimanche", "2023-06-18"),
        .init("fr", "Elle a couru son premier dimanche.", "dimanche", "2023-06-18"),
        .init("fr", "Le premier dimanche de l'Avent tombe tôt.", "dimanche", "2023-06-18"),
        .init("fr", "Il a terminé troisième dimanche dernier.", "dimanche dernier", "2023-06-11"),
        .init("fr", "Les 12 élus ont voté le premier jeudi.", "jeudi", "2023-06-15"),
        .init("fr", "Elle visait le 3e mardi.", "mardi", "2023-06-13"),
        .init("fr", "La réunion aura lieu le 20e mois prochain.", "20e mois prochain", "2023-07-20"),
        .init("fr", "Le paiement tombe le 5e de ce mois.", "5e de ce mois", "2023-06-05"),
        .init("fr", "Le versement arrive le 15e du mois prochain.", "15e du mois prochain", "2023-07-15"),
        .init("fr", "Le 20e arrondissement a voté pour la gauche.", nil, nil),
        .init("fr", "Le club a terminé 20e du classement.", nil, nil),
        .init("fr", "L'usine a ouvert le 1er avril 78.", "1er avril 78", "1978-04-01"),
        .init("fr", "Il est né le 12 mars 85.", "12 mars 85", "1985-03-12"),
        .init("fr", "Le bail a été signé le 3 mai 21.", "3 mai 21", "2021-05-03"),
        .init("fr", "Le 3 juin, 14 personnes ont été blessées.", "3 juin", "2023-06-03"),
        .init("fr", "Le 1er avril 78 personnes ont défilé.", "1er avril", "2023-04-01"),
        .init("fr", "Le 1er avril 78, il a quitté Lyon.", "1er avril", "2023-04-01"),
        .init("fr", "La vente est reportée sur 22/06.", "22/06", "2023-06-22"),
        .init("fr", "Le scrutin est repoussé sur 25/09 !", "25/09", "2023-09-25"),
        .init("fr", "La réforme repose sur 2/3 des élus.", nil, nil),
        .init("fr", "Le joueur a réussi sur 3/4.", nil, nil),
        .init("fr", "Le vote est reporté sur 22/06, selon le maire.", nil, nil),
        .init("fr", "Il a obtenu une note sur 15/20.", nil, nil),
        .init("fr", "Le conseil se tiendra le premier vendredi ce mois.", "le premier vendredi ce mois", "2023-06-02"),
        .init("fr", "La foire ouvre le deuxième mardi mois prochain.", "le deuxième mardi mois prochain", "2023-07-11"),
        .init("fr", "Les soldes débutent le dernier samedi ce mois.", "le dernier samedi ce mois", "2023-06-24"),
        .init("fr", "Le salon ouvre le premier lundi de ce mois.", "le premier lundi de ce mois", "2023-06-05"),
        .init("fr", "Le rendez-vous est fixé au 12 de septembre.", "12 de septembre", "2023-09-12"),
        .init("fr", "La hausse de 3 de mars a surpris.", nil, nil),
    ]

    /// Session 17, fifth round (branch dates21fr): `dans` before a duration counted in words, a
    /// day, month and two-digit year with dashes, a day and month with the month's leading zero
    /// standing alone, and the misreads fixed: `sept` the number, `de` before a dashed score,
    /// capitalized months paired inside a sentence.
    static let frenchDays21: [Case] = [
        .init("fr", "Il sera libéré dans trois ans.", "dans trois ans", "2026-06-14"),
        .init("fr", "Le chantier sera achevé dans deux ans, selon le maire.", "dans deux ans", "2025-06-14"),
        .init("fr", "Le verdict tombera dans une semaine.", "dans une semaine", "2023-06-21"),
        .init("fr", "Le pont rouvrira dans six mois au plus tard.", "dans six mois", "2023-12-14"),
        .init("fr", "Dans dix jours, les élèves seront en vacances.", "Dans dix jours", "2023-06-24"),
        .init("fr", "Le tribunal statuera dans un an.", "dans un an", "2024-06-14"),
        .init("fr", "La ville est plongée dans trois jours de grève.", nil, nil),
        .init("fr", "Il reviendra dans deux ans et demi.", nil, nil),
        .init("fr", "Le pays entre dans une année difficile.", nil, nil),
        .init("fr", "Le chantier sera achevé dans 3 ans.", nil, nil),
        .init("fr", "Le parti s'est lancé dans une semaine où tout a changé.", nil, nil),
        .init("fr", "Le pays entre dans deux ans qui seront décisifs.", nil, nil),
        .init("fr", "Le décret a été publié le 3-7-07.", "3-7-07", "2007-07-03"),
        .init("fr", "Le contrat expire 3-7-27.", "3-7-27", "2027-07-03"),
        .init("fr", "La lettre est datée 9-18-15.", "9-18-15", "2015-09-18"),
        .init("fr", "Le décret porte la date 12-05-98.", "12-05-98", "1998-05-12"),
        .init("fr", "Les Canadiens ont une fiche de 9-18-15.", nil, nil),
        .init("fr", "Le vote a eu lieu 3-7-07 à Paris.", nil, nil),
        .init("fr", "Le bilan est 3-7-07, selon la ligue.", nil, nil),
        .init("fr", "La réunion est reportée au 22/04.", "22/04", "2023-04-22"),
        .init("fr", "Le rendez-vous est fixé 22/04.", "22/04", "2023-04-22"),
        .init("fr", "Les inscriptions sont ouvertes jusqu'au 05/07.", "jusqu'au 05/07", "2023-07-05"),
        .init("fr", "Le magasin est ouvert 24/7.", nil, nil),
        .init("fr", "Il a obtenu une note de 07/10.", nil, nil),
        .init("fr", "Le vote est reporté 04/22.", nil, nil),
        .init("fr", "La réunion est fixée au 22/04 à Lyon.", nil, nil),
        .init("fr", "Le joueur a réussi 15/20.", nil, nil),
        .init("fr", "Ils étaient 12 sept ans plus tard.", nil, nil),
        .init("fr", "Ils étaient 21 sept au départ.", nil, nil),
        .init("fr", "Le concert aura lieu le 12 sept à Lyon.", "12 sept", "2023-09-12"),
        .init("fr", "Le festival ouvre lundi 11 sept à Lyon.", "lundi 11 sept", "2023-09-11"),
        .init("fr", "Le 5 sept 2024 marquera la fin.", "5 sept 2024", "2024-09-05"),
        .init("fr", "Le score final est de 11-2016.", nil, nil),
        .init("fr", "Les chiffres de 11/2016 sont publiés.", "11/2016", "2016-11"),
        .init("fr", "Les musiciens de Septembre et de Novembre ont joué.", nil, nil),
        .init("fr", "Le groupe Septembre et Novembre a joué.", nil, nil),
        .init("fr", "Les ventes entre Janvier et Mars ont baissé.", "entre Janvier et Mars", "2023-01/2023-03"),
        .init("fr", "Les ventes de janvier et de février ont baissé.", "janvier", "2023-01"),
        .init("fr", "Il y a sept ans, 12 personnes sont mortes.", "Il y a sept ans", "2016-06-14"),
    ]

    /// Session 16, fourth round (branch days20en): a lowercase month after a day in ordinal digits
    /// (not a month of kind `word-month`), a count of a plural weekday from now, and a month's full
    /// name, its full stop and a day ending the line.
    /// periods21en: a weekday before its month and day joined by a dash or a dot, read only as
    /// the day the weekday alone names and with no word after it but one of kind `after-weekday-day`
    /// (the reference, 14 June 2023, is a Wednesday).
    static let englishDays21: [Case] = [
        .init("en", "The board meets on Wednesday 6-14 with investors.", "Wednesday 6-14", "2023-06-14"),
        .init("en", "The board meets on friday 6.16 with investors.", "friday 6.16", "2023-06-16"),
        .init("en", "The hearing is Thursday 6-15.", "Thursday 6-15", "2023-06-15"),
        .init("en", "The vote is Friday 6/16.", "Friday 6/16", "2023-06-16"),
        .init("en", "The Mets won Friday 6-16 in extra innings.", "Friday", "2023-06-16"),
        .init("en", "The Mets won Friday 7-6 at home.", "Friday", "2023-06-16"),
        .init("en", "The quake struck Friday 6.16 on the scale.", "Friday", "2023-06-16"),
        .init("en", "Rates rose Friday 6.16 percent.", "Friday", "2023-06-16"),
        .init("en", "Rates rose Friday 6.16%.", "Friday", "2023-06-16"),
    ]

    static let englishDays20: [Case] = [
        .init("en", "The ceasefire began on the 22nd sept.", "22nd sept", "2023-09-22"),
        .init("en", "Talks resume on 1st jan, the ministry said.", "1st jan", "2023-01-01"),
        .init("en", "The strike ends on the 3rd dec.", "3rd dec", "2023-12-03"),
        .init("en", "The rally is set for the 4th july.", "4th july", "2023-07-04"),
        .init("en", "The fund was launched on 21st november.", "21st november", "2023-11-21"),
        .init("en", "The 1st jan deadline passed quietly.", "1st jan", "2023-01-01"),
        .init("en", "Tickets for the 2nd aug show sold out.", "2nd aug", "2023-08-02"),
        .init("en", "The 1st May rally drew thousands.", "1st May", "2023-05-01"),
        .init("en", "The 2nd may follow soon.", nil, nil),
        .init("en", "They joined the 1st march on the capital.", nil, nil),
        .init("en", "The 3rd mar was cancelled.", nil, nil),
        .init("en", "The 5 jan items were sold.", nil, nil),
        .init("en", "He won 5 june races.", nil, nil),
        .init("en", "The runoff is two Sundays from now.", "two Sundays from now", "2023-06-25"),
        .init("en", "The board meets 3 Fridays from now.", "3 Fridays from now", "2023-06-30"),
        .init("en", "The trial resumes four Tuesdays from now.", "four Tuesdays from now", "2023-07-11"),
        .init("en", "The vote comes two Saturdays from now, the party said.", "two Saturdays from now", "2023-06-24"),
        .init("en", "Two Sundays ago the church was full.", nil, nil),
        .init("en", "He worked two Sundays in a row.", nil, nil),
        .init("en", "The market opens three Mondays a month.", nil, nil),
        .init("en", "Staff work two Fridays from home.", nil, nil),
        .init("en", "The court will rule on October. 2", "October. 2", "2023-10-02"),
        .init("en", "The vote was set for october. 2.", "october. 2", "2023-10-02"),
        .init("en", "The summit was moved to September. 14", "September. 14", "2023-09-14"),
        .init("en", "Prices rose in October. 2 people died in the crash.", "October", "2023-10"),
        .init("en", "He resigned in October.\n2", "October", "2023-10"),
        .init("en", "The talks were led by Theresa May. 2", nil, nil),
        .init("en", "The quake hit in February. 30", "February", "2023-02"),
        .init("en", "Sales fell in October. 2, 3 and 4 were closed.", "October", "2023-10"),
        .init("en", "The plan starts in January. 45", "January", "2023-01"),
        .init("en", "Shares rose in April. 3 analysts agreed.", "April", "2023-04"),
        .init("en", "The deadline is Oct. 2.", "Oct. 2", "2023-10-02"),
        .init("en", "The fund closed in September.15", "September", "2023-09"),
    ]

    /// Session 17 (branch dates21en): a weekday and its month and a day in words with a word after
    /// (read when the day is that weekday, or the month's day alone after a word of kind
    /// `after-weekday-day`), a weekday and a month-day with a dash or a dot on the weekday's own
    /// day of the reference's week, month-day-year with dashes and a zero-padded year, and `in` and
    /// a count of units after `will` and a verb (`will leave in 3 weeks`).
    static let englishSingleDays21: [Case] = [
        .init("en", "The talks resume this Friday June sixteen with the union.", "this Friday June sixteen", "2023-06-16"),
        .init("en", "The board meets on Friday June sixteen with the lenders.", "Friday June sixteen", "2023-06-16"),
        .init("en", "Ministers meet next Friday June twenty three with the union.", "next Friday June twenty three", "2023-06-23"),
        .init("en", "The vote is due on Tuesday June twenty with the result at night.", "Tuesday June twenty", "2023-06-20"),
        .init("en", "The talks resume this Friday June twenty two with the union.", "this Friday", "2023-06-16"),
        .init("en", "On Friday May twenty one people died.", nil, nil),
        .init("en", "In May twenty one people died.", "May", "2023-05"),
        .init("en", "The strike ends Friday June sixteen.", "Friday June sixteen", "2023-06-16"),
        .init("en", "The court sits next Tuesday June twenty with both parties.", "next Tuesday June twenty", "2023-06-20"),
        .init("en", "Voting starts this Saturday June seventeen with polls open early.", "this Saturday June seventeen", "2023-06-17"),
        .init("en", "Talks end this Sunday June eighteen.", "this Sunday June eighteen", "2023-06-18"),
        .init("en", "The vote on Thursday June twenty two with the unions was delayed.", "Thursday June twenty two", "2023-06-22"),
        .init("en", "The vote is set for Friday 6-16 with the mayor.", "Friday 6-16", "2023-06-16"),
        .init("en", "The hearing is on Friday 6.16 with the judge.", "Friday 6.16", "2023-06-16"),
        .init("en", "The market reopens Thursday 6-15.", "Thursday 6-15", "2023-06-15"),
        .init("en", "The rally is Saturday 6-17 at noon.", "Saturday 6-17", "2023-06-17"),
        .init("en", "Trading halts Monday 6.12 at noon.", "Monday 6.12", "2023-06-12"),
        .init("en", "The Rangers beat Boston Friday 7-6 in overtime.", "Friday", "2023-06-16"),
        .init("en", "The Rangers won Friday 6-16, 2-1 on aggregate.", "Friday", "2023-06-16"),
        .init("en", "Shares rose Friday 6.16 percent.", "Friday", "2023-06-16"),
        .init("en", "The firm posted Friday 6.16 million in sales.", "Friday", "2023-06-16"),
        .init("en", "The game ended Tuesday 6-3 in extra time.", "Tuesday", "2023-06-13"),
        .init("en", "The warehouse burned on 3-7-07 in Ohio.", "3-7-07", "2007-03-07"),
        .init("en", "The contract was signed 11-20-05 in Dallas.", "11-20-05", "2005-11-20"),
        .init("en", "The ruling of 6-1-09 was upheld.", "6-1-09", "2009-06-01"),
        .init("en", "The team finished 3-7-0 this season.", nil, nil),
        .init("en", "The club is 9-18-15 this season.", nil, nil),
        .init("en", "They went 10-5-3 in the league.", nil, nil),
        .init("en", "The code 3-7-07-12 was printed.", nil, nil),
        .init("en", "The team is 3-7-27 after the loss.", nil, nil),
        .init("en", "The minister will return in three days.", "in three days", "2023-06-17"),
        .init("en", "The plant will open in 3 weeks, the company said.", "in 3 weeks", "2023-07-05"),
        .init("en", "The court will rule in two weeks.", "in two weeks", "2023-06-28"),
        .init("en", "The ministers shall meet in two months.", "in two months", "2023-08-14"),
        .init("en", "It will be the first time in 3 weeks.", nil, nil),
        .init("en", "Prices will hit their highest level in 3 years.", nil, nil),
        .init("en", "The summit will take place in 3 weeks.", nil, nil),
        .init("en", "The firm will invest in 3 new plants.", nil, nil),
        .init("en", "Sales fell in 3 weeks.", nil, nil),
        .init("en", "Will Smith in 3 weeks lost weight.", nil, nil),
    ]

    /// Session 17, branch dates22fr: where days come first, a month before a bare number is a
    /// day only with its year after it (`septembre 4, 2016`) or beside a range word (`jusqu'au
    /// Octobre 22`, `Novembre 15 jusqu'au 19`); else the number counts something in that month.
    static let frenchDays22: [Case] = [
        .init("fr", "En septembre 4 personnes ont été blessées.", "septembre", "2023-09"),
        .init("fr", "En mars 12 salariés ont démissionné.", "mars", "2023-03"),
        .init("fr", "En octobre 3 usines ont fermé.", "octobre", "2023-10"),
        .init("fr", "En novembre 30 députés ont voté contre.", "novembre", "2023-11"),
        .init("fr", "En avril 2 000 emplois ont été supprimés.", "avril", "2023-04"),
        .init("fr", "En juin 3 ministres ont quitté le gouvernement.", "juin", "2023-06"),
        .init("fr", "En août 12 incendies ont éclaté.", "août", "2023-08"),
        .init("fr", "En janvier 1 salarié sur 5 était absent.", "janvier", "2023-01"),
        .init("fr", "Depuis février 10 vols ont été annulés.", "Depuis février", "2023-02"),
        .init("fr", "Depuis juillet 15 entreprises ont rejoint le groupe.", "Depuis juillet", "2023-07"),
        .init("fr", "Fin septembre 4 000 soldats sont arrivés.", "Fin septembre", "2023-09"),
        .init("fr", "Au mois de mai 8 enfants sont nés.", "Au mois de mai", "2023-05"),
        .init("fr", "Entre janvier et mars 7 usines ont fermé.", "Entre janvier et mars", "2023-01/2023-03"),
        .init("fr", "En septembre, 4 personnes ont été blessées.", "septembre", "2023-09"),
        .init("fr", "Le 12 juin, 3 ministres ont quitté le gouvernement.", "12 juin", "2023-06-12"),
        .init("fr", "Le 4 septembre 2022, la grève a commencé.", "4 septembre 2022", "2022-09-04"),
        .init("fr", "La grève du 4 septembre a paralysé le pays.", "4 septembre", "2023-09-04"),
        .init("fr", "Le scrutin est fixé au dimanche 4 septembre.", "dimanche 4 septembre", "2023-09-04"),
        .init("fr", "Le festival aura lieu du 4 au 8 septembre.", "du 4 au 8 septembre", "2023-09-04/2023-09-08"),
        .init("fr", "La réunion a eu lieu septembre 4, 2016.", "septembre 4, 2016", "2016-09-04"),
        .init("fr", "Le rapport publié septembre 4 2016 est clair.", "septembre 4 2016", "2016-09-04"),
        .init("fr", "Du septembre 4 au septembre 8, le salon est ouvert.", "Du septembre 4 au septembre 8", "2023-09-04/2023-09-08"),
        .init("fr", "Le salon reste ouvert jusqu'au Octobre 22.", "jusqu'au Octobre 22", "2023-10-22"),
        .init("fr", "Le vote est prévu Novembre 15 jusqu'au 19.", "Novembre 15 jusqu'au 19", "2023-11-15/2023-11-19"),
        .init("fr", "Le salon est ouvert du 2 au Octobre 22 inclus.", "du 2 au Octobre 22", "2023-10-02/2023-10-22"),
        .init("fr", "En septembre 4 à 8 personnes ont été blessées chaque jour.", "septembre", "2023-09"),
        .init("fr", "En mai 3 jusqu'à 10 navires attendaient.", "mai", "2023-05"),
        .init("fr", "En septembre 4 au plus ont été blessées.", "septembre", "2023-09"),
        .init("de", "Im September 4 Menschen wurden verletzt.", "September", "2023-09"),
        .init("de", "Im Januar 3 Tore fielen.", "Januar", "2023-01"),
        .init("es", "En septiembre 4 personas murieron.", "septiembre", "2023-09"),
        .init("es", "En octubre 3 fábricas cerraron.", "octubre", "2023-10"),
        .init("en", "The plant closed on September 4 after the storm.", "September 4", "2023-09-04"),
        .init("en", "Talks resume on march 3.", "march 3", "2023-03-03"),
        // `week-end` as `weekend`; `-là` glued after a shifted unit: the story's period.
        .init("fr", "Il viendra ce week-end.", "ce week-end", "2023-06-17/2023-06-18"),
        .init("fr", "Ce week-end, la ville fête la musique.", "Ce week-end", "2023-06-17/2023-06-18"),
        .init("fr", "Le sommet se tiendra le week-end prochain.", "le week-end prochain", "2023-06-24/2023-06-25"),
        .init("fr", "Il a été arrêté le week-end dernier.", "le week-end dernier", "2023-06-10/2023-06-11"),
        .init("fr", "Les magasins ouvrent le week-end.", nil, nil),
        .init("fr", "Un week-end de trois jours se prépare.", nil, nil),
        .init("fr", "Ce week-end-là, il pleuvait.", nil, nil),
        .init("fr", "Cette année-là, le parti a perdu.", nil, nil),
        .init("fr", "Ce mois-là, les prix ont doublé.", nil, nil),
        .init("fr", "Cette semaine-là, le gouvernement est tombé.", nil, nil),
        .init("fr", "Ce mois-ci, les prix ont doublé.", "Ce mois", "2023-06"),
        .init("fr", "Cette année, le parti a perdu.", "Cette année", "2023"),
    ]

    /// gaps22: a month, the article and a day in ordinal digits (`November the 15th`), alone or as a
    /// range's first end (not before a word: `May the 3rd battalion`); and one century rule for
    /// every year in two digits, at most twenty years after the reference (2023: `40` → 2040,
    /// `44` → 1944), numeric forms with slashes and dashes alike.
    static let gapsDays22: [Case] = [
        .init("en", "The vote was held on March the 3rd, officials said.", "March the 3rd", "2023-03-03"),
        .init("en", "The talks resume on November the 15th.", "November the 15th", "2023-11-15"),
        .init("en", "The strike ended on January the 21st.", "January the 21st", "2023-01-21"),
        .init("en", "Polls close on May the 2nd, the commission said.", "May the 2nd", "2023-05-02"),
        .init("en", "The summit runs from November the 15th through 19th.", "from November the 15th through 19th", "2023-11-15/2023-11-19"),
        .init("en", "Offices close between December the 24th through 26th.", "between December the 24th through 26th",
              "2023-12-24/2023-12-26"),
        .init("en", "The plant shut on August the 1st, 2022.", "August the 1st, 2022", "2022-08-01"),
        .init("en", "Ballots are due by October the 31st.", "by October the 31st", "2023-10-31"),
        .init("en", "In May the 3rd battalion left the city.", "May", "2023-05"),
        .init("en", "In March the 2nd round of talks failed.", "March", "2023-03"),
        .init("en", "In April the 1st division won the title.", "April", "2023-04"),
        .init("en", "In May the 3rd to 5th graders returned.", "May", "2023-05"),
        .init("en", "In June the 4th quarter began early.", "June", "2023-06"),
        .init("es", "El contrato vence el 3-7-40.", "3-7-40", "2040-07-03"),
        .init("es", "El fundador nació el 3-7-44.", "3-7-44", "1944-07-03"),
        .init("es", "La pena termina el 3-7-27.", "3-7-27", "2027-07-03"),
        .init("es", "El bono vence el 15/03/38.", "15/03/38", "2038-03-15"),
        .init("es", "El fundador nació el 15/03/48.", "15/03/48", "1948-03-15"),
        .init("fr", "Le bail expire le 30/06/40.", "30/06/40", "2040-06-30"),
        .init("fr", "Le contrat expire 3-7-40.", "3-7-40", "2040-07-03"),
        .init("en", "The bond matures on 6/30/41.", "6/30/41", "2041-06-30"),
        .init("en", "He was born on 6/30/45.", "6/30/45", "1945-06-30"),
        .init("es", "El equipo suma un balance de 3-7-40 esta temporada.", nil, nil),
        .init("es", "El equipo fue 3-7-40 en la liga.", nil, nil),
        .init("en", "The team is 3-7-40 this season.", nil, nil),
    ]

    /// Session 18: a day, a month and a two-digit year joined by dots, where days come first,
    /// after a word of kind `day-cue` or `until`; alone, or where months come first, none.
    static let dottedShortYears18: [Case] = [
        .init("de", "Der Vertrag endet am 30.06.40 in Berlin.", "30.06.40", "2040-06-30"),
        .init("de", "Der Vertrag endet am 30.06.44 in Berlin.", "30.06.44", "1944-06-30"),
        .init("de", "Die Messe läuft vom 1.7.25 bis 3.7.25 in Köln.", "vom 1.7.25 bis 3.7.25", "2025-07-01/2025-07-03"),
        .period("de", "Die Frist läuft bis 15.09.23.", "bis 15.09.23", "2023-09-15", "until"),
        .init("fr", "Le contrat a été signé le 30.06.22 à Paris.", "30.06.22", "2022-06-30"),
        .init("es", "El contrato vence el 30.06.25 en Madrid.", "30.06.25", "2025-06-30"),
        .init("de", "Die Version 1.2.10 ist erschienen.", nil, nil),
        .init("de", "Das Spiel endete 3.1.12 in Köln.", nil, nil),
        .init("de", "Am 31.02.25 war nichts.", nil, nil),
        .init("en", "The deal closed on 30.06.22 in London.", nil, nil),
        .init("de", "Am 30.06.40.1 lief das Update.", nil, nil),
    ]

    static let cases = english + french + german + spanish + singleDays + singleDays16 + frenchDays17 + germanDays17 + spanishDays17 + englishDays17 + englishDays18 + frenchGermanDays18 + spanishDays18 + englishDays19 + spanishDays19
        + frenchDays20 + englishDays20 + englishDays21
        + frenchDays21
        + englishSingleDays21
        + frenchDays22
        + gapsDays22
        + dottedShortYears18

    @Test("span and value", arguments: cases)
    func read(_ example: Case) throws {
        try Self.check(example, reference: Self.reference)
    }

    /// The first date of `example`'s sentence read against `reference` (nil: today): its span,
    /// its value and, where the case says, its `mod`; the date, for the checks of a suite.
    @discardableResult
    static func check(_ example: Case, reference: CalendarDate?) throws -> Entity? {
        let analysis = try Fixture.analyze(example.text, referenceDate: reference, language: example.language)
        let date = analysis.entities.first { $0.type == .date }
        #expect(date?.text == example.span)
        if let value = example.value {
            #expect(date.map { "\($0.value)" } == "\(EntityValue.date(value))")
        }
        if example.checksMod { #expect(date?.mod == example.mod) }
        return date
    }
}
