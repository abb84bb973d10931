import HaberExtraction
import Testing

/// Money and percentages of English, French, German and Spanish news, one table per language
/// and entity type (issue 13): sentences written for these tests, with the language stated as
/// `--lang` states it. Each row: a line and every entity of the type it holds, in order, with
/// its text as written and its value (empty: none, for the forms that must stay no amount).
@Suite("Money and percentages by language")
struct MoneyPercentLanguageTests {
    typealias Money = (text: String, amount: Double, currency: String)
    typealias Percent = (text: String, value: Double)

    @Test("English money", arguments: [
        ("The utility raised $ 75 million in bonds.", [("$ 75 million", 75000000, "USD")]),
        ("Shares of the bank fell 50 cents to close at $12.", [("50 cents", 0.5, "USD"), ("$12", 12, "USD")]),
        ("The council approved € 2 million for the port.", [("€ 2 million", 2000000, "EUR")]),
        ("Rents climbed to £ 1,200 a month.", [("£ 1,200", 1200, "GBP")]),
        ("The group won a $48.2 million contract.", [("$48.2 million", 48200000, "USD")]),
        ("Exports reached 3.5 billion dollars last year.", [("3.5 billion dollars", 3500000000, "USD")]),
        ("The fine was set at 250,000 euros.", [("250,000 euros", 250000, "EUR")]),
        ("Tickets cost 15 dollars and 50 cents each.", [("15 dollars and 50 cents", 15.5, "USD")]),
        ("The stamp now costs twenty-five cents.", [("twenty-five cents", 0.25, "USD")]),
        ("The firm paid twenty million dollars for the site.", [("twenty million dollars", 20000000, "USD")]),
        ("Revenue rose to $ 1.2 billion in the quarter.", [("$ 1.2 billion", 1200000000, "USD")]),
        ("The budget includes USD 5 million for roads.", [("USD 5 million", 5000000, "USD")]),
        ("Its shares gained 12 cents on Friday.", [("12 cents", 0.12, "USD")]),
        ("Oil rose 1.20 dollars a barrel.", [("1.20 dollars", 1.2, "USD")]),
        ("A stake worth 300 million pounds changed hands.", [("300 million pounds", 300000000, "GBP")]),
        ("The bond sale raised 50 billion yen.", [("50 billion yen", 50000000000, "JPY")]),
        ("The airline lost €4m in the strike.", [("€4m", 4000000, "EUR")]),
        ("Investors put in $ 500,000 last spring.", [("$ 500,000", 500000, "USD")]),
        ("The mayor said a $ sign is not a price.", []),
        ("He scored 5 points and 3 rebounds.", []),
        ("Prices start at £ 8.10 a kilo.", [("£ 8.10", 8.1, "GBP")]),
        ("The company posted a profit of C$ 16 million.", [("C$ 16 million", 16000000, "CAD")]),
        ("The fund manages US$ 3 billion.", [("US$ 3 billion", 3000000000, "USD")]),
        ("Bread costs 99 pence at the corner shop.", [("99 pence", 0.99, "GBP")]),
        ("Sales dropped by 10 million units.", []),
        ("The bill came to two dollars and ten cents.", [("two dollars and ten cents", 2.1, "USD")]),
        ("A ticket costs 3 euros and 40 cents.", [("3 euros and 40 cents", 3.4, "EUR")]),
        ("The deal values the firm at $ 2 billion and its debt at $ 500 million.", [("$ 2 billion", 2000000000, "USD"), ("$ 500 million", 500000000, "USD")]),
        ("He gave 5 dollars and 3 friends came.", [("5 dollars", 5, "USD")]),
        ("The winner takes home 1 million dollars.", [("1 million dollars", 1000000, "USD")]),
        ("The Quebec fund of $20 million will help suppliers across Canada.", [("$20 million", 20000000, "CAD")]),
        ("Canadian exporters in Ontario sold goods worth 3 million $.", [("3 million $", 3000000, "CAD")]),
        ("The Moroccan agency in Morocco raised 60 million dirhams.", [("60 million dirhams", 60000000, "MAD")]),
        ("An American bank lent $5 million to a firm in Canada.", [("$5 million", 5000000, "USD")]),
    ] as [(String, [Money])])
    func moneyEnglish(line: String, expected: [Money]) throws {
        try checkMoney(line, language: "en", expected: expected)
    }

    @Test("English percentages", arguments: [
        ("Unemployment fell to 5 percent in May.", [("5 percent", 5)]),
        ("Inflation reached 7.5% in March.", [("7.5%", 7.5)]),
        ("Turnout was 62 per cent.", [("62 per cent", 62)]),
        ("Sales rose twenty percent.", [("twenty percent", 20)]),
        ("The plant runs at one hundred percent capacity.", [("one hundred percent", 100)]),
        ("Prices climbed 3 % in a year.", [("3 %", 3)]),
        ("The party won forty-two percent of the vote.", [("forty-two percent", 42)]),
        ("Its share fell to 0.5 percent.", [("0.5 percent", 0.5)]),
        ("Output changed by minus 2 percent.", [("minus 2 percent", -2)]),
        ("Read more at https://example.com/report?id=20%30 today.", []),
        ("The link www.example.org/a%20b was shared.", []),
        ("Growth slowed to 1.8% from 2.1%.", [("1.8%", 1.8), ("2.1%", 2.1)]),
        ("About 40 percent of the staff left.", [("40 percent", 40)]),
        ("The index gained 12 per cent over the year.", [("12 per cent", 12)]),
        ("Exports grew ten percent.", [("ten percent", 10)]),
        ("Only 9% of firms replied.", [("9%", 9)]),
        ("Half of the voters stayed home.", []),
        ("The vote passed with 51 percent.", [("51 percent", 51)]),
        ("Costs rose by fifteen per cent.", [("fifteen per cent", 15)]),
        ("The tax is 20 % on profits.", [("20 %", 20)]),
        ("A 100% stake was sold.", [("100%", 100)]),
        ("Their margin is 3.25 percent.", [("3.25 percent", 3.25)]),
        ("Rates rose by a quarter point.", []),
        ("Support dropped to thirty-five percent.", [("thirty-five percent", 35)]),
        ("The rate was 4 percent in 2020 and 6 percent in 2021.", [("4 percent", 4), ("6 percent", 6)]),
        ("He was 100 years old.", []),
        ("The discount reached 70 %.", [("70 %", 70)]),
        ("Some 85 percent of homes have power.", [("85 percent", 85)]),
        ("Profit margins hit ninety percent.", [("ninety percent", 90)]),
        ("The bank cut its rate to 0.25%.", [("0.25%", 0.25)]),
    ] as [(String, [Percent])])
    func percentEnglish(line: String, expected: [Percent]) throws {
        try checkPercent(line, language: "en", expected: expected)
    }

    @Test("French money", arguments: [
        ("La commune a reçu 4 millions d’euros.", [("4 millions d’euros", 4000000, "EUR")]),
        ("Le billet coûte 15 euros et 50 centimes.", [("15 euros et 50 centimes", 15.5, "EUR")]),
        ("Le prix du pain a augmenté de 10 centimes.", [("10 centimes", 0.1, "EUR")]),
        ("L’entreprise a levé 150 millions de $ us.", [("150 millions de $ us", 150000000, "USD")]),
        ("Le contrat vaut 300 millions de $ c.", [("300 millions de $ c", 300000000, "CAD")]),
        ("Le groupe a investi € 2 millions dans l’usine.", [("€ 2 millions", 2000000, "EUR")]),
        ("La société a versé $ 75 millions à ses actionnaires.", [("$ 75 millions", 75000000, "USD")]),
        ("Le loyer atteint 1 200 € par mois.", [("1 200 €", 1200, "EUR")]),
        ("Le budget s’élève à 3,5 milliards d’euros.", [("3,5 milliards d’euros", 3500000000, "EUR")]),
        ("La ville a dépensé vingt millions d’euros.", [("vingt millions d’euros", 20000000, "EUR")]),
        ("Le timbre coûte 1,20 euro.", [("1,20 euro", 1.2, "EUR")]),
        ("Le club a payé 50 millions de livres.", [("50 millions de livres", 50000000, "GBP")]),
        ("Les exportations atteignent 10 milliards de dollars.", [("10 milliards de dollars", 10000000000, "USD")]),
        ("Le café coûte deux euros.", [("deux euros", 2, "EUR")]),
        ("L’action a perdu 30 cents.", [("30 cents", 0.3, "EUR")]),
        ("Il a gagné 5 matchs et 3 titres.", []),
        ("Le pays compte 4 millions d’habitants.", []),
        ("Le prix est de 2 euros et 30 cents.", [("2 euros et 30 cents", 2.3, "EUR")]),
        ("La banque a prêté £ 500 au client.", [("£ 500", 500, "GBP")]),
        ("Le fonds gère 1,5 milliard de francs.", [("1,5 milliard de francs", 1500000000, "CHF")]),
        ("Le chantier coûtera 800 000 euros.", [("800 000 euros", 800000, "EUR")]),
        ("Le bénéfice atteint 12 millions de yens.", [("12 millions de yens", 12000000, "JPY")]),
        ("Le salaire minimum est de 1 400 euros.", [("1 400 euros", 1400, "EUR")]),
        ("Une amende de 135 euros a été infligée.", [("135 euros", 135, "EUR")]),
        ("L’État a débloqué 2 milliards d’euros.", [("2 milliards d’euros", 2000000000, "EUR")]),
        ("Le projet a coûté 45 000 dollars.", [("45 000 dollars", 45000, "USD")]),
        ("Le pain coûte un euro et dix centimes.", [("un euro et dix centimes", 1.1, "EUR")]),
        ("Le prix est passé de 9,99 € à 12,49 €.", [("9,99 €", 9.99, "EUR"), ("12,49 €", 12.49, "EUR")]),
        ("Il a 20 ans et 3 enfants.", []),
        ("Le maire a promis 10 millions de $ us aux écoles.", [("10 millions de $ us", 10000000, "USD")]),
        ("Au Québec, le gouvernement du Canada versera 5 millions $.", [("5 millions $", 5000000, "CAD")]),
        ("Le marché a clôturé à 800 $ sur la séance.", [("800 $", 800, "USD")]),
        ("Les entreprises marocaines du Maroc ont investi 22 milliards de dirhams.", [("22 milliards de dirhams", 22000000000, "MAD")]),
        ("Une aide de dix millions de dirhams a été votée.", []),
        ("La ville compte mille quatre cent habitants.", []),
    ] as [(String, [Money])])
    func moneyFrench(line: String, expected: [Money]) throws {
        try checkMoney(line, language: "fr", expected: expected)
    }

    @Test("French percentages", arguments: [
        ("Le chômage a baissé de 7 % cette année.", [("7 %", 7)]),
        ("Le taux atteint 58 pour cent.", [("58 pour cent", 58)]),
        ("La hausse est de vingt pour cent.", [("vingt pour cent", 20)]),
        ("Les prix ont augmenté de 2,5 %.", [("2,5 %", 2.5)]),
        ("La participation atteint 100 pourcent.", [("100 pourcent", 100)]),
        ("Le parti a obtenu trente-deux pour cent des voix.", [("trente-deux pour cent", 32)]),
        ("Les ventes ont reculé de 12 pourcents.", [("12 pourcents", 12)]),
        ("L’inflation est passée à 5,2 % en mars.", [("5,2 %", 5.2)]),
        ("Environ 40 % des salariés sont en grève.", [("40 %", 40)]),
        ("Consultez https://exemple.fr/page?x=20%30 pour plus.", []),
        ("Le maire a 50 ans.", []),
        ("La croissance est de 1,8 % contre 2,1 % l’an dernier.", [("1,8 %", 1.8), ("2,1 %", 2.1)]),
        ("Le budget augmente de cinq pour cent.", [("cinq pour cent", 5)]),
        ("La dette atteint 110 % du PIB.", [("110 %", 110)]),
        ("Le taux est de 0,5 pour cent.", [("0,5 pour cent", 0.5)]),
        ("Les loyers ont grimpé de 15 %.", [("15 %", 15)]),
        ("Le vote a recueilli soixante pour cent.", [("soixante pour cent", 60)]),
        ("La production a chuté de 9 pour cent.", [("9 pour cent", 9)]),
        ("Un tiers des votants s’est abstenu.", []),
        ("Le taux d’épargne est de 17 %.", [("17 %", 17)]),
        ("La TVA passe à 20 %.", [("20 %", 20)]),
        ("Le chiffre d’affaires progresse de 3 pour cent.", [("3 pour cent", 3)]),
        ("La marge atteint 12,5 %.", [("12,5 %", 12.5)]),
        ("Le taux de réussite atteint quatre-vingt-dix pour cent.", [("quatre-vingt-dix pour cent", 90)]),
        ("Les effectifs ont baissé de 8 %.", [("8 %", 8)]),
        ("Près de 70 % des foyers sont équipés.", [("70 %", 70)]),
        ("La part est de 25 pourcent.", [("25 pourcent", 25)]),
        ("Le prix a doublé en 2020.", []),
        ("La banque a relevé son taux à 4 %.", [("4 %", 4)]),
        ("Les ventes en ligne ont bondi de 30 %.", [("30 %", 30)]),
    ] as [(String, [Percent])])
    func percentFrench(line: String, expected: [Percent]) throws {
        try checkPercent(line, language: "fr", expected: expected)
    }

    @Test("German money", arguments: [
        ("Die Stadt erhielt 4 Millionen Euro.", [("4 Millionen Euro", 4000000, "EUR")]),
        ("Das Brot kostet 2 Euro und 50 Cent.", [("2 Euro und 50 Cent", 2.5, "EUR")]),
        ("Die Aktie verlor 30 Cent.", [("30 Cent", 0.3, "EUR")]),
        ("Der Konzern zahlte 1,5 Milliarden Dollar.", [("1,5 Milliarden Dollar", 1500000000, "USD")]),
        ("Die Firma investiert € 2 Millionen.", [("€ 2 Millionen", 2000000, "EUR")]),
        ("Der Verein kassierte £ 50 Millionen.", [("£ 50 Millionen", 50000000, "GBP")]),
        ("Das Projekt kostet 3 Mio. €.", [("3 Mio. €", 3000000, "EUR")]),
        ("Die Miete beträgt 1.200 Euro im Monat.", [("1.200 Euro", 1200, "EUR")]),
        ("Der Kaffee kostet zwei Euro.", [("zwei Euro", 2, "EUR")]),
        ("Die Strafe beträgt zwanzig Millionen Euro.", [("zwanzig Millionen Euro", 20000000, "EUR")]),
        ("Das Ticket kostet 9,90 Euro.", [("9,90 Euro", 9.9, "EUR")]),
        ("Der Fonds verwaltet 5 Milliarden Franken.", [("5 Milliarden Franken", 5000000000, "CHF")]),
        ("Die Bank zahlte $ 75 Millionen.", [("$ 75 Millionen", 75000000, "USD")]),
        ("Die Briefmarke kostet 85 Cent.", [("85 Cent", 0.85, "EUR")]),
        ("Das Team gewann 5 Spiele und 3 Titel.", []),
        ("Die Stadt hat 4 Millionen Einwohner.", []),
        ("Der Umsatz stieg auf 12 Millionen Pfund.", [("12 Millionen Pfund", 12000000, "GBP")]),
        ("Der Preis liegt bei 2 Euro und 30 Cent.", [("2 Euro und 30 Cent", 2.3, "EUR")]),
        ("Die Firma zahlte 500.000 Dollar Strafe.", [("500.000 Dollar", 500000, "USD")]),
        ("Das Land erhielt 800 Millionen Yen.", [("800 Millionen Yen", 800000000, "JPY")]),
        ("Der Zuschuss beträgt 45.000 Euro.", [("45.000 Euro", 45000, "EUR")]),
        ("Der Gewinn lag bei 7,5 Millionen Euro.", [("7,5 Millionen Euro", 7500000, "EUR")]),
        ("Der Preis fiel von 12 Euro auf 9 Euro.", [("12 Euro", 12, "EUR"), ("9 Euro", 9, "EUR")]),
        ("Ein Ticket kostet zehn Euro.", [("zehn Euro", 10, "EUR")]),
        ("Der Vertrag ist 20 Millionen Dollar wert.", [("20 Millionen Dollar", 20000000, "USD")]),
        ("Der Staat gab 2 Milliarden Euro aus.", [("2 Milliarden Euro", 2000000000, "EUR")]),
        ("Der Schaden beträgt 250.000 Euro.", [("250.000 Euro", 250000, "EUR")]),
        ("Das Paket kostet 4,99 Euro.", [("4,99 Euro", 4.99, "EUR")]),
        ("Er ist 30 Jahre alt und hat 2 Kinder.", []),
        ("Die Gebühr beträgt 1 Euro und 20 Cent.", [("1 Euro und 20 Cent", 1.2, "EUR")]),
        ("Die tschechische Agentur gibt 90 Mio. Kronen für Projekte in Tschechien aus.", [("90 Mio. Kronen", 90000000, "CZK")]),
        ("Der Zuschuss beträgt 40 Millionen Kronen.", []),
        ("Zwei Euro-Münzen lagen auf dem Tisch.", []),
    ] as [(String, [Money])])
    func moneyGerman(line: String, expected: [Money]) throws {
        try checkMoney(line, language: "de", expected: expected)
    }

    @Test("German percentages", arguments: [
        ("Die Arbeitslosenquote sank auf 5 Prozent.", [("5 Prozent", 5)]),
        ("Die Preise stiegen um 2,5 %.", [("2,5 %", 2.5)]),
        ("Der Umsatz wuchs um zwölf Prozent.", [("zwölf Prozent", 12)]),
        ("Die Inflation lag bei 7,9 Prozent.", [("7,9 Prozent", 7.9)]),
        ("Rund 40 % der Firmen antworteten.", [("40 %", 40)]),
        ("Die Partei erhielt zwanzig Prozent.", [("zwanzig Prozent", 20)]),
        ("Weitere Infos unter https://beispiel.de/seite?id=50%20 online.", []),
        ("Die Steuer beträgt 19 %.", [("19 %", 19)]),
        ("Das Wachstum lag bei 1,8 Prozent nach 2,1 Prozent.", [("1,8 Prozent", 1.8), ("2,1 Prozent", 2.1)]),
        ("Die Quote stieg auf einhundert Prozent.", [("einhundert Prozent", 100)]),
        ("Die Firma hat 300 Mitarbeiter.", []),
        ("Die Zinsen sanken auf 0,5 Prozent.", [("0,5 Prozent", 0.5)]),
        ("Die Mieten stiegen um 15 Prozent.", [("15 Prozent", 15)]),
        ("Fast 70 % der Haushalte sind versorgt.", [("70 %", 70)]),
        ("Die Wahlbeteiligung lag bei 76 Prozent.", [("76 Prozent", 76)]),
        ("Der Anteil sank um drei Prozent.", [("drei Prozent", 3)]),
        ("Der Rabatt beträgt 30 %.", [("30 %", 30)]),
        ("Die Produktion fiel um 9 Prozent.", [("9 Prozent", 9)]),
        ("Die Marge erreichte 12,5 %.", [("12,5 %", 12.5)]),
        ("Das Ergebnis lag bei minus 3 Prozent.", [("minus 3 Prozent", -3)]),
        ("Die Hälfte der Wähler blieb zu Hause.", []),
        ("Die Exporte stiegen um fünf Prozent.", [("fünf Prozent", 5)]),
        ("Die Quote liegt bei 8 %.", [("8 %", 8)]),
        ("Der Leitzins liegt bei 4 Prozent.", [("4 Prozent", 4)]),
        ("Die Kosten stiegen um 25 Prozent.", [("25 Prozent", 25)]),
        ("Der Anteil des Stroms aus Wind liegt bei 46 Prozent.", [("46 Prozent", 46)]),
        ("Die Verschuldung erreicht 66 % des BIP.", [("66 %", 66)]),
        ("Die Löhne stiegen um sechs Prozent.", [("sechs Prozent", 6)]),
        ("Der Preis verdoppelte sich 2020.", []),
        ("Die Aktie gewann 4,2 Prozent.", [("4,2 Prozent", 4.2)]),
    ] as [(String, [Percent])])
    func percentGerman(line: String, expected: [Percent]) throws {
        try checkPercent(line, language: "de", expected: expected)
    }

    @Test("Spanish money", arguments: [
        ("La empresa invirtió $ 75 millones en la planta.", [("$ 75 millones", 75000000, "USD")]),
        ("El pan cuesta 3 euros con 50 céntimos.", [("3 euros con 50 céntimos", 3.5, "EUR")]),
        ("El billete subió 20 céntimos.", [("20 céntimos", 0.2, "EUR")]),
        ("Las acciones bajaron 50 centavos.", [("50 centavos", 0.5, "USD")]),
        ("El gobierno destinó € 2 millones a la obra.", [("€ 2 millones", 2000000, "EUR")]),
        ("El club pagó £ 50 millones por el jugador.", [("£ 50 millones", 50000000, "GBP")]),
        ("La ciudad recibió 30 millones de dólares.", [("30 millones de dólares", 30000000, "USD")]),
        ("El contrato asciende a 1.500 millones de euros.", [("1.500 millones de euros", 1500000000, "EUR")]),
        ("El banco prestó $ 4.000 a cada familia.", [("$ 4.000", 4000, "USD")]),
        ("La multa fue de 600 euros.", [("600 euros", 600, "EUR")]),
        ("El café cuesta dos euros.", [("dos euros", 2, "EUR")]),
        ("El proyecto costó veinte millones de euros.", [("veinte millones de euros", 20000000, "EUR")]),
        ("La entrada cuesta 15 dólares y 50 centavos.", [("15 dólares y 50 centavos", 15.5, "USD")]),
        ("Las ventas llegaron a $ 254 millones.", [("$ 254 millones", 254000000, "USD")]),
        ("El fondo gestiona 2,5 millones de libras.", [("2,5 millones de libras", 2500000, "GBP")]),
        ("El país exportó 800 millones de yenes.", [("800 millones de yenes", 800000000, "JPY")]),
        ("El equipo ganó 5 partidos y 3 títulos.", []),
        ("La ciudad tiene 4 millones de habitantes.", []),
        ("El alquiler sube a 900 euros al mes.", [("900 euros", 900, "EUR")]),
        ("La compañía pagó 45.000 dólares.", [("45.000 dólares", 45000, "USD")]),
        ("El precio pasó de 10 euros a 12 euros.", [("10 euros", 10, "EUR"), ("12 euros", 12, "EUR")]),
        ("El sello cuesta un euro con veinte céntimos.", [("un euro con veinte céntimos", 1.2, "EUR")]),
        ("El presupuesto es de 3,2 millones de euros.", [("3,2 millones de euros", 3200000, "EUR")]),
        ("El salario mínimo es de 1.134 euros.", [("1.134 euros", 1134, "EUR")]),
        ("La inversión fue de 12 millones de francos.", [("12 millones de francos", 12000000, "CHF")]),
        ("El billete cuesta 2 euros y 40 céntimos.", [("2 euros y 40 céntimos", 2.4, "EUR")]),
        ("La deuda alcanza 500.000 dólares.", [("500.000 dólares", 500000, "USD")]),
        ("El chicle cuesta 25 centavos.", [("25 centavos", 0.25, "USD")]),
        ("Tiene 20 años y 2 hijos.", []),
        ("El bono vale 10 dolares.", [("10 dolares", 10, "USD")]),
        ("El gobierno de México destinó $1,500 millones a empresas mexicanas.", [("$1,500 millones", 1500000000, "MXN")]),
        ("La empresa mexicana pagó 300 millones de pesos en México.", [("300 millones de pesos", 300000000, "MXN")]),
        ("En México las ventas mexicanas sumaron 9,800 millones de dólares.", [("9,800 millones de dólares", 9800000000, "USD")]),
        ("En España el Gobierno destinó 2,500 millones de euros.", [("2,500 millones de euros", 2500000, "EUR")]),
        ("La cooperativa pagó 300 millones de pesos.", []),
    ] as [(String, [Money])])
    func moneySpanish(line: String, expected: [Money]) throws {
        try checkMoney(line, language: "es", expected: expected)
    }

    @Test("Spanish percentages", arguments: [
        ("El paro bajó al 12 por ciento.", [("12 por ciento", 12)]),
        ("Los precios subieron un 3,5 %.", [("3,5 %", 3.5)]),
        ("Las ventas crecieron un veinte por ciento.", [("veinte por ciento", 20)]),
        ("La participación fue del cien por cien.", [("cien por cien", 100)]),
        ("El partido obtuvo el 35 % de los votos.", [("35 %", 35)]),
        ("La inflación llegó al 8,4 por ciento.", [("8,4 por ciento", 8.4)]),
        ("El índice subió un cinco por ciento.", [("cinco por ciento", 5)]),
        ("La deuda alcanza el 110 % del PIB.", [("110 %", 110)]),
        ("Más información en https://ejemplo.es/pagina?id=20%30 hoy.", []),
        ("El alcalde tiene 50 años.", []),
        ("El crecimiento fue del 1,8 % frente al 2,1 %.", [("1,8 %", 1.8), ("2,1 %", 2.1)]),
        ("La tasa es del 0,5 por ciento.", [("0,5 por ciento", 0.5)]),
        ("Los alquileres subieron un 15 %.", [("15 %", 15)]),
        ("Casi el 70 % de los hogares tiene internet.", [("70 %", 70)]),
        ("El impuesto es del 21 %.", [("21 %", 21)]),
        ("La producción cayó un nueve por ciento.", [("nueve por ciento", 9)]),
        ("El margen alcanzó el 12,5 %.", [("12,5 %", 12.5)]),
        ("La mitad de los votantes no acudió.", []),
        ("La cifra subió un treinta y cinco por ciento.", [("treinta y cinco por ciento", 35)]),
        ("El descuento es del 40 por ciento.", [("40 por ciento", 40)]),
        ("La cuota alcanzó el cincuenta por ciento.", [("cincuenta por ciento", 50)]),
        ("Las exportaciones crecieron un 6 por ciento.", [("6 por ciento", 6)]),
        ("El desempleo juvenil llega al 28 %.", [("28 %", 28)]),
        ("El precio se duplicó en 2020.", []),
        ("Las acciones ganaron un 4,2 %.", [("4,2 %", 4.2)]),
        ("El ahorro cayó un 10 por cien.", [("10 por cien", 10)]),
        ("La cobertura llega al noventa por ciento.", [("noventa por ciento", 90)]),
        ("El IVA es del 10 %.", [("10 %", 10)]),
        ("La aprobación es del ochenta y cuatro por ciento.", [("ochenta y cuatro por ciento", 84)]),
        ("La deuda creció un doscientos mil por ciento en una década.", [("doscientos mil por ciento", 200000)]),
    ] as [(String, [Percent])])
    func percentSpanish(line: String, expected: [Percent]) throws {
        try checkPercent(line, language: "es", expected: expected)
    }

    private func checkMoney(_ line: String, language: String, expected: [Money]) throws {
        let entities = try Fixture.analyze(line, language: language).entities.filter { $0.type == .money }
        let found = entities.map { "\($0.text) = \($0.value)" }
        let wanted = expected.map { "\($0.text) = \(EntityValue.money(amount: $0.amount, currency: $0.currency))" }
        #expect(found == wanted, "in «\(line)»")
        checkOffsets(entities, in: line)
    }

    private func checkPercent(_ line: String, language: String, expected: [Percent]) throws {
        let entities = try Fixture.analyze(line, language: language).entities.filter { $0.type == .percent }
        let found = entities.map { "\($0.text) = \($0.value)" }
        let wanted = expected.map { "\($0.text) = \(EntityValue.number($0.value))" }
        #expect(found == wanted, "in «\(line)»")
        checkOffsets(entities, in: line)
    }
}
