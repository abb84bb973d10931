import HaberExtraction
import Testing

/// Periods as English, French, German and Spanish news write them (issue 13): a month named
/// with the word for month, decades in digits, a number of units counted back or forward
/// from the reference date, a shift word before a season, and a modifier beside a date named
/// relative to the reference. One case a line: the language, the sentence, the first date's
/// span, value and `mod` (`nil` span: no date at all). The reference date is 14 June 2023.
@Suite("period forms in en, fr, de, es")
struct DatePeriodFormTests {
    static let reference = CalendarDate(year: 2023, month: 6, day: 14)

    typealias Case = DateFormTests.Case

    static let english: [Case] = [
        .period("en", "Exports rose sharply in the month of January.", "the month of January", "2023-01"),
        .period("en", "Exports fell in the month of February.", "the month of February", "2023-02"),
        .period("en", "The sector boomed in the 1990s.", "the 1990s", "1990/1999"),
        .period("en", "The brand was popular in the 1970's.", "the 1970's", "1970/1979"),
        .period("en", "The label was founded in the '80s.", "the '80s", "1980/1989"),
        .period("en", "Wages rose in the 80s, the report says.", "the 80s", "1980/1989"),
        .period("en", "Many of the workers are in their 20s.", nil, nil),
        .period("en", "The firm lost money in the last 3 days.", "the last 3 days", "2023-06-11/2023-06-13"),
        .period("en", "Over the past 4 weeks orders doubled.", "the past 4 weeks", "2023-05-17/2023-06-13"),
        .period("en", "Shares fell 3 days ago.", "3 days ago", "2023-06-11"),
        .period("en", "Output rose over the past 3 decades.", "the past 3 decades", "1990/2019"),
        .period("en", "The plant opened 2 decades ago.", "2 decades ago", "2003-06-14"),
        .period("en", "The board will meet this decade.", nil, nil),
        .period("en", "Orders should pick up this spring.", "this spring", "2023-03/2023-05"),
        .period("en", "The park was busy last summer.", "last summer", "2022-06/2022-08"),
        .period("en", "The plant will reopen early next year.", "early next year", "2024", "start"),
        .period("en", "Sales slowed late last year, the firm said.", "late last year", "2022", "end"),
        .period("en", "The talks resume at the end of next week.", "the end of next week", "2023-W25", "end"),
        .period("en", "The cluster has grown since last year.", "since last year", "2022", "since"),
        .period("en", "Prices peaked in mid March.", "mid March", "2023-03", "mid"),
        .period("en", "The budget runs until next year.", "until next year", "2024", "until"),
        .period("en", "The last days were hard.", nil, nil),
        // Ordinal parts of a period, a month of a year named relative to the reference, the weekend, ranges (periods15).
        .period("en", "Revenue fell in the third quarter of 2022.", "the third quarter of 2022", "2022-07/2022-09"),
        .period("en", "Orders rose in the first quarter of this year.", "the first quarter of this year", "2023-01/2023-03"),
        .period("en", "The plant will close in the last week of July.", "the last week of July", "2023-W30"),
        .period("en", "Sales rose in the first half of 2023.", "the first half of 2023", "2023"),
        .period("en", "Profits doubled in the second half of last year.", "the second half of last year", "2022-07/2022-12"),
        .period("en", "The firm posted a loss in Q3 2022.", "Q3 2022", "2022-07/2022-09"),
        .period("en", "The line opens in June next year.", "June next year", "2024-06"),
        .period("en", "The fair opens this weekend in Leeds.", "this weekend", "2023-06-17/2023-06-18"),
        .period("en", "The fair runs from today till Sunday.", "from today till Sunday", "2023-06-14/2023-06-18"),
        .period("en", "The home side led in the third quarter of the game.", nil, nil),
        .period("en", "The team scored twice in the second half.", nil, nil),
        .period("en", "Unemployment fell to 4 in Q3.", nil, nil),
        .period("en", "The index rose from 4 to 22 this month.", "this month", "2023-06"),
        .period("en", "The board meets the week of November 30th.", "the week of November 30th", "2023-W48"),
        .period("en", "Sales rose from January to March 2023.", "from January to March 2023", "2023-01/2023-03"),
        .period("en", "Exports fell between January and March.", "between January and March", "2023-01/2023-03"),
        .period("en", "The march to the sea began at dawn.", nil, nil),
        // periods16: the rest of a unit, a unit two steps ahead, an abbreviated month alone after a
        // unit phrase or a month cue, `later`/`earlier` beside a relative unit, no count after a range word.
        .period("en", "Demand will stay weak for the rest of the year.", "rest of the year", "2023-06-14/2023-12-31"),
        .period("en", "Traffic stays slow for the rest of this week.", "rest of this week", "2023-06-14/2023-06-18"),
        .period("en", "The rest of the team left for Leeds.", nil, nil),
        .period("en", "The talks resume the week after next.", "the week after next", "2023-W26"),
        .period("en", "The plant reopens the year after next.", "the year after next", "2025"),
        .period("en", "The vote comes the week after next month.", "after next month", "2023-07", "after"),
        .period("en", "Exports rose in the month of Oct.", "the month of Oct", "2023-10"),
        .period("en", "The vote is due in Nov.", "Nov", "2023-11"),
        .period("en", "The ruling was in Jan Smit's favour.", nil, nil),
        .period("en", "The vote is due later this year.", "later this year", "2023"),
        .period("en", "Prices fell earlier this month.", "earlier this month", "2023-06"),
        .period("en", "Hours later May said she would resign.", nil, nil),
        .period("en", "The index rose 4 to 23 next month.", "next month", "2023-07"),
    ]

    static let french: [Case] = [
        .period("fr", "Le port a fermé au mois de janvier.", "au mois de janvier", "2023-01"),
        .period("fr", "Le mois de mars a été difficile pour les exportateurs.", "Le mois de mars", "2023-03"),
        .period("fr", "La récolte commence au mois d'août.", "au mois d'août", "2023-08"),
        .period("fr", "La marque est née dans les années 1990.", "les années 1990", "1990/1999"),
        .period("fr", "Le secteur a prospéré dans les années 70.", "les années 70", "1970/1979"),
        .period("fr", "Les années 80 ont vu naître le pôle.", "Les années 80", "1980/1989"),
        .period("fr", "Les années 2020 et 2021 ont été difficiles.", nil, nil),
        .period("fr", "La demande reprendra cet hiver.", "cet hiver", "2023-12/2024-02"),
        .period("fr", "Le texte a été passé en revue.", nil, nil),
        .period("fr", "Le site est fermé depuis hier.", "depuis hier", "2023-06-13", "since"),
        .period("fr", "Les travaux dureront jusqu'à demain.", "jusqu'à demain", "2023-06-15", "until"),
        .period("fr", "Le pôle recrute depuis mardi.", "depuis mardi", "2023-06-13", "since"),
        .period("fr", "Les exportations augmentent depuis la semaine dernière.", "depuis la semaine dernière", "2023-W23", "since"),
        .period("fr", "Le salon dure jusqu'à la semaine prochaine.", "jusqu'à la semaine prochaine", "2023-W25", "until"),
        .period("fr", "Le site ouvrira à la fin de l'année prochaine.", "à la fin de l'année prochaine", "2024", "end"),
        .period("fr", "Le pôle recrute depuis le 4 mars 2023.", "depuis le 4 mars 2023", "2023-03-04", "since"),
        .period("fr", "Les ventes ont reculé au cours de la dernière décennie.", nil, nil),
        // Ordinal parts of a period, the article of a unit with its shift word after, the weekend (periods15).
        .period("fr", "Les ventes ont progressé au premier semestre 2023.", "premier semestre 2023", "2023"),
        .period("fr", "Le chiffre d'affaires a reculé au troisième trimestre 2022.", "troisième trimestre 2022", "2022-07/2022-09"),
        .period("fr", "Le salon aura lieu la semaine prochaine.", "la semaine prochaine", "2023-W25"),
        .period("fr", "Les prix ont baissé l'an dernier.", "l'an dernier", "2022"),
        .period("fr", "La marge a progressé au T3 2022.", "T3 2022", "2022-07/2022-09"),
        .period("fr", "Le festival se tient ce weekend à Lyon.", "ce weekend", "2023-06-17/2023-06-18"),
        .period("fr", "Le deuxième semestre a été meilleur.", nil, nil),
        .period("fr", "Les ventes ont reculé sur les 12 derniers mois.", "12 derniers mois", "2022-06-14/2023-06-13"),
        .period("fr", "Les ventes ont progressé de janvier à mars 2023.", "de janvier à mars 2023", "2023-01/2023-03"),
        .period("fr", "Le plan court de 2019 à 2022.", "de 2019 à 2022", "2019/2022"),
        .period("fr", "Le prix passe de 4 à 22 euros.", nil, nil),
        // periods16: the rest of a unit; no count after a range word.
        .period("fr", "Le reste de l'année sera difficile.", "reste de l'année", "2023-06-14/2023-12-31"),
        .period("fr", "Le reste de la semaine sera calme.", "reste de la semaine", "2023-06-14/2023-06-18"),
        .period("fr", "Le reste de l'équipe est parti.", nil, nil),
        .period("fr", "Le prix passe de 4 au 23 mois prochain.", "mois prochain", "2023-07"),
    ]

    static let german: [Case] = [
        .period("de", "Das Werk schloss im Monat Januar.", "im Monat Januar", "2023-01"),
        .period("de", "Im Monat März stiegen die Preise.", "Im Monat März", "2023-03"),
        .period("de", "Der Umsatz sank in den letzten 3 Tagen.", "letzten 3 Tagen", "2023-06-11/2023-06-13"),
        .period("de", "In den letzten 3 Jahren wuchs der Cluster.", "letzten 3 Jahren", "2020-06-14/2023-06-13"),
        .period("de", "In den nächsten 2 Jahrzehnten soll die Stadt wachsen.", "nächsten 2 Jahrzehnten", "2030/2049"),
        .period("de", "Die Firma wurde in den 1990er Jahren gegründet.", "1990er Jahren", "1990/1999"),
        .period("de", "In den 1970er-Jahren boomte die Branche.", "1970er-Jahren", "1970/1979"),
        .period("de", "In den 60er Jahren wuchs die Stadt.", "60er Jahren", "1960/1969"),
        .period("de", "Ein 20er liegt auf dem Tisch.", nil, nil),
        .period("de", "Diesen Sommer schloss das Werk.", "Diesen Sommer", "2023-06/2023-08"),
        .period("de", "Letzten Winter sank der Absatz.", "Letzten Winter", "2022-12/2023-02"),
        .period("de", "Seit gestern steht das Band still.", "Seit gestern", "2023-06-13", "since"),
        .period("de", "Ende nächsten Jahres soll das Werk fertig sein.", "Ende nächsten Jahres", "2024", "end"),
        .period("de", "Anfang nächster Woche beginnen die Gespräche.", "Anfang nächster Woche", "2023-W25", "start"),
        .period("de", "Mitte nächsten Monats öffnet die Messe.", "Mitte nächsten Monats", "2023-07", "mid"),
        .period("de", "Die Messe dauert 5 Tage.", nil, nil),
        // Ordinal parts of a period, a month of a year named relative to the reference, the weekend (periods15).
        .period("de", "Im dritten Quartal 2022 sank der Umsatz.", "dritten Quartal 2022", "2022-07/2022-09"),
        .period("de", "Im ersten Halbjahr 2023 stieg der Umsatz.", "ersten Halbjahr 2023", "2023"),
        .period("de", "Der Umsatz stieg im 3. Quartal 2022.", "3. Quartal 2022", "2022-07/2022-09"),
        .period("de", "Das Werk öffnet im Juni nächsten Jahres.", "Juni nächsten Jahres", "2024-06"),
        .period("de", "Dieses Wochenende ist die Messe geöffnet.", "Dieses Wochenende", "2023-06-17/2023-06-18"),
        .period("de", "Die Messe läuft von Januar bis März 2023.", "von Januar bis März 2023", "2023-01/2023-03"),
        .period("de", "Übernächste Woche beginnt die Messe.", "Übernächste Woche", "2023-W26"),
        .period("de", "Vorletztes Jahr sank der Umsatz.", "Vorletztes Jahr", "2021"),
        .period("de", "Das Team führte im dritten Viertel.", nil, nil),
        // periods16: the rest of a unit.
        .period("de", "Der Rest der Woche bleibt ruhig.", "Rest der Woche", "2023-06-14/2023-06-18"),
        .period("de", "Den Rest des Jahres bleibt das Werk zu.", "Rest des Jahres", "2023-06-14/2023-12-31"),
        .period("de", "Der Rest der Mannschaft fuhr nach Hause.", nil, nil),
    ]

    static let spanish: [Case] = [
        .period("es", "La planta cerró en el mes de enero.", "el mes de enero", "2023-01"),
        .period("es", "El mes de marzo fue difícil para los exportadores.", "El mes de marzo", "2023-03"),
        .period("es", "En los últimos 3 años la producción creció.", "últimos 3 años", "2020-06-14/2023-06-13"),
        .period("es", "Los últimos 5 días fueron duros.", "últimos 5 días", "2023-06-09/2023-06-13"),
        .period("es", "En los próximos 3 meses abrirá la planta.", "próximos 3 meses", "2023-06-15/2023-09-14"),
        .period("es", "En las últimas 2 décadas la región creció.", "últimas 2 décadas", "2000/2019"),
        .period("es", "La marca nació en los años 90.", "los años 90", "1990/1999"),
        .period("es", "El sector creció en los años 2000.", "los años 2000", "2000/2009"),
        .period("es", "Los años 2020 y 2021 fueron duros.", nil, nil),
        .period("es", "La demanda crecerá este invierno.", "este invierno", "2023-12/2024-02"),
        .period("es", "La fábrica está cerrada desde ayer.", "desde ayer", "2023-06-13", "since"),
        .period("es", "Las obras durarán hasta mañana.", "hasta mañana", "2023-06-15", "until"),
        .period("es", "A finales del próximo año abrirá la planta.", "finales del próximo año", "2024", "end"),
        .period("es", "A principios de la próxima semana empiezan las obras.", "principios de la próxima semana", "2023-W25", "start"),
        .period("es", "Desde la semana pasada suben los precios.", "Desde la semana pasada", "2023-W23", "since"),
        .period("es", "A mediados del año pasado bajó la producción.", "mediados del año pasado", "2022", "mid"),
        .period("es", "El plan durará 5 días.", nil, nil),
        // Ordinal parts of a period, a unit with its article and shift words after, a shift word before a month,
        // two days of a relative month, `fines de` (periods15).
        .period("es", "Las ventas crecieron en el primer semestre de 2023.", "el primer semestre de 2023", "2023"),
        .period("es", "El PIB creció en el tercer trimestre de 2022.", "el tercer trimestre de 2022", "2022-07/2022-09"),
        .period("es", "Las exportaciones subieron en el primer semestre de este año.", "el primer semestre de este año", "2023-01/2023-06"),
        .period("es", "La feria abrirá en la última semana de julio.", "la última semana de julio", "2023-W30"),
        .period("es", "La planta abrirá el mes que viene.", "el mes que viene", "2023-07"),
        .period("es", "Los precios bajaron el año pasado.", "el año pasado", "2022"),
        .period("es", "La inversión se anunció este mayo.", "este mayo", "2023-05"),
        .period("es", "El plan arrancará el próximo junio.", "próximo junio", "2024-06"),
        .period("es", "La línea abrirá en junio del próximo año.", "junio del próximo año", "2024-06"),
        .period("es", "A finales de marzo cerró la planta.", "finales de marzo", "2023-03", "end"),
        .period("es", "La obra terminará a fines de este mes.", "fines de este mes", "2023-06", "end"),
        .period("es", "La feria se celebra del 4 al 22 de este mes.", "del 4 al 22 de este mes", "2023-06-04/2023-06-22"),
        .period("es", "El segundo semestre fue mejor.", nil, nil),
        .period("es", "Los precios subieron en los 3 últimos años.", "3 últimos años", "2020-06-14/2023-06-13"),
        .period("es", "La feria ocupa la semana del 15 de septiembre.", "la semana del 15 de septiembre", "2023-W37"),
        .period("es", "Las ventas crecieron en los 3 meses siguientes al acuerdo.", nil, nil),
        .period("es", "Las ventas crecieron de enero a marzo de 2023.", "de enero a marzo de 2023", "2023-01/2023-03"),
        .period("es", "El plan se aplicó de 2019 a 2022.", "de 2019 a 2022", "2019/2022"),
        .period("es", "La tienda abre de lunes a viernes.", "lunes", "2023-06-12"),
        .period("es", "El precio subió de 4 a 22 euros.", nil, nil),
        .period("es", "El barco cruzó este mar en dos días.", nil, nil),
        // periods16: the rest of a unit, a unit two steps ahead, `cuarto` as an ordinal's quarter,
        // an abbreviated month after `el mes de`.
        .period("es", "La fábrica cerrará el resto del año.", "resto del año", "2023-06-14/2023-12-31"),
        .period("es", "El resto del equipo viajó a Madrid.", nil, nil),
        .period("es", "La obra empieza la semana después de la próxima.", "la semana después de la próxima", "2023-W26"),
        .period("es", "El PIB cayó en el tercer cuarto de 2022.", "el tercer cuarto de 2022", "2022-07/2022-09"),
        .period("es", "Este cuarto es grande.", nil, nil),
        .period("es", "La planta cerró en el mes de sept.", "el mes de sept", "2023-09"),
        .period("es", "Navegaron en mar abierto.", nil, nil),
    ]

    /// Spanish periods (session 15, branch dates17es): the weekend beside a shift word, counts
    /// in words after or before a shift word, ordinals in digits, a part of a year named with
    /// its shift word after it, decades after `década`, a season with `del`; what stays none.
    static let spanishPeriods17: [Case] = [
        .period("es", "Este fin de semana habrá tormentas en el norte.", "Este fin de semana", "2023-06-17/2023-06-18"),
        .period("es", "El próximo fin de semana abrirá el museo.", "próximo fin de semana", "2023-06-24/2023-06-25"),
        .period("es", "El pasado fin de semana hubo cortes de luz.", "pasado fin de semana", "2023-06-10/2023-06-11"),
        .period("es", "El fin de semana pasado hubo cortes de luz.", "El fin de semana pasado", "2023-06-10/2023-06-11"),
        .period("es", "El fin de semana que viene abrirá el museo.", "El fin de semana que viene", "2023-06-24/2023-06-25"),
        .period("es", "El festival se celebra el último fin de semana de julio.", nil, nil),
        .period("es", "El fin de semana fue tranquilo en la ciudad.", nil, nil),
        .period("es", "Los precios subieron en los últimos dos años.", "últimos dos años", "2021-06-14/2023-06-13"),
        .period("es", "La empresa invertirá en los próximos cinco años.", "próximos cinco años", "2023-06-15/2028-06-14"),
        .period("es", "El paro bajó en los dos últimos años.", "dos últimos años", "2021-06-14/2023-06-13"),
        .period("es", "Las lluvias seguirán en las próximas tres semanas.", "próximas tres semanas", "2023-06-15/2023-07-05"),
        .period("es", "El consumo creció en los últimos doce meses.", "últimos doce meses", "2022-06-14/2023-06-13"),
        .period("es", "El PIB creció en el 3er trimestre de 2022.", "el 3er trimestre de 2022", "2022-07/2022-09"),
        .period("es", "El PIB creció en el 1er trimestre de este año.", "el 1er trimestre de este año", "2023-01/2023-03"),
        .period("es", "El PIB creció en el 2º trimestre de 2021.", "el 2º trimestre de 2021", "2021-04/2021-06"),
        .period("es", "Las obras empiezan la 3ª semana de julio.", "la 3ª semana de julio", "2023-W29"),
        .period("es", "El PIB cayó en el tercer trimestre del año pasado.", "el tercer trimestre del año pasado", "2022-07/2022-09"),
        .period("es", "El paro subirá en el cuarto trimestre del año que viene.", "el cuarto trimestre del año que viene", "2024-10/2024-12"),
        .period("es", "La ciudad creció durante la década de 1990.", "década de 1990", "1990/1999"),
        .period("es", "La ciudad creció durante la década de los 80.", "década de los 80", "1980/1989"),
        .period("es", "El proyecto duró una década de 10 años.", nil, nil),
        .period("es", "El verano del 2022 fue el más cálido.", "verano del 2022", "2022-06/2022-08"),
        .period("es", "El 3º clasificado recibió un premio.", nil, nil),
        .period("es", "Vivió en Lima los dos últimos años de su vida.", nil, nil),
        .period("es", "Gobernó durante los últimos cinco años del siglo.", nil, nil),
        .period("es", "El equipo ganó dos partidos la semana pasada.", "la semana pasada", "2023-W23"),
    ]

    static let cases = english + french + german + spanish + spanishPeriods17

    @Test("span, value and mod", arguments: cases)
    func read(_ example: Case) throws {
        try DateFormTests.check(example, reference: Self.reference)
    }
}
