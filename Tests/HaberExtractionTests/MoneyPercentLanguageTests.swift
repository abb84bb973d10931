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
        ("The city will spend one hundred and twenty million dollars on roads.", [("one hundred and twenty million dollars", 120000000, "USD")]),
        ("The firm owes nine hundred million euros.", [("nine hundred million euros", 900000000, "EUR")]),
        ("Farmers in Punjab sold wheat for 2,000 rupees a sack.", [("2,000 rupees", 2000, "INR")]),
        ("Pakistan raised fuel prices in Karachi as Pakistan's rupee fell; a litre now costs 300 rupees.", [("300 rupees", 300, "PKR")]),
        ("The council set aside six hundred thousand pounds for schools.", [("six hundred thousand pounds", 600000, "GBP")]),
        ("The supplier booked orders worth 30 MUSD in the first quarter.", [("30 MUSD", 30000000, "USD")]),
        ("Annual sales are expected to reach 120 MEUR.", [("120 MEUR", 120000000, "EUR")]),
        ("The cluster's members invested 450 kEUR in test benches.", [("450 kEUR", 450000, "EUR")]),
        ("The Nordic fund committed 75 USD million to the plant.", [("75 USD million", 75000000, "USD")]),
        ("The prototype was sold for USD115 at the fair.", [("USD115", 115, "USD")]),
        ("The module lists at 115.5USD per unit.", [("115.5USD", 115.5, "USD")]),
        ("Grants came to half a million dollars.", [("half a million dollars", 500000, "USD")]),
        ("The city paid a quarter million dollars for the land.", [("a quarter million dollars", 250000, "USD")]),
        ("The port needs three quarters billion euros of works.", [("three quarters billion euros", 750000000, "EUR")]),
        ("Half the members said the first quarter was weak.", []),
        ("The state bank lent 35 lakh rupees to the weavers.", [("35 lakh rupees", 3500000, "INR")]),
        ("The textile park cost 120 crore rupees.", [("120 crore rupees", 1200000000, "INR")]),
        ("The fee was cut to 15 dollars and 50.", [("15 dollars and 50", 15.5, "USD")]),
        ("A day pass costs 12 euros 40.", [("12 euros 40", 12.4, "EUR")]),
        ("The fine is 15 dollars 50 times a year.", [("15 dollars", 15, "USD")]),
        ("Exports reached 2 million dollars 30 days later.", [("2 million dollars", 2000000, "USD")]),
        ("Chinese buyers paid 10 RMB a kilo, or 20 usd a crate.", [("10 RMB", 10, "CNY"), ("20 usd", 20, "USD")]),
        ("See the page /report%20CAD%2020 for the figures.", []),
        ("The TOP10 list names the MARS 2020 team.", []),
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
        ("Support for the plan reached one hundred and ten percent of the target.", [("one hundred and ten percent", 110)]),
        ("The stock closed at -2.5% after the report.", [("-2.5%", -2.5)]),
        ("Growth was two point five percent in the quarter.", [("two point five percent", 2.5)]),
        ("Rents rose five hundred percent since 1990.", [("five hundred percent", 500)]),
        ("Tariffs of nine hundred and fifty percent were imposed.", [("nine hundred and fifty percent", 950)]),
        ("The fund lost \u{2212}4% in March.", [("\u{2212}4%", -4)]),
        ("Between two and three percent of homes were empty.", [("three percent", 3)]),
        ("Voters and 40 percent of members backed it.", [("40 percent", 40)]),
        ("The index moved 2-5% over the week.", [("5%", 5)]),
        ("Fees climbed seven hundred percent in a decade.", [("seven hundred percent", 700)]),
        ("Some polls put him at three percents.", [("three percents", 3)]),
        ("Turnout hit one hundred and one percent in one ward, officials said.", [("one hundred and one percent", 101)]),
        ("Unemployment fell from 5.2 to 4.8 percent.", [("5.2", 5.2), ("4.8 percent", 4.8)]),
        ("The share climbed in 2021 to 5 percent.", [("5 percent", 5)]),
        // periods16: `percentage` after a number, `percentage points` whole, `percent of N` ending the phrase.
        ("Support rose by a 12 percentage margin.", [("12 percentage", 12)]),
        ("The central bank cut rates by 2 percentage points in March.", [("2 percentage points", 2)]),
        ("Turnout fell by one percentage point.", [("one percentage point", 1)]),
        ("The fund's return was put at percent of 10.", [("percent of 10", 10)]),
        ("The percentage of 18-year-olds in work rose.", []),
        ("The percent of 2020 sales that came from exports fell.", []),
        ("Only a small percent of voters turned out.", []),
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
        ("La commune a reçu neuf cent mille euros.", [("neuf cent mille euros", 900000, "EUR")]),
        ("L’État versera quatre cents millions d’euros.", [("quatre cents millions d’euros", 400000000, "EUR")]),
        ("Un kilo de riz coûte 80 roupies à Bombay.", [("80 roupies", 80, "INR")]),
        ("Le club a payé sept cents euros d’amende.", [("sept cents euros", 700, "EUR")]),
        ("Au Népal, le gouvernement népalais a fixé le billet à 500 roupies.", [("500 roupies", 500, "NPR")]),
        ("Le projet coûtera trois cent cinquante millions de dollars.", [("trois cent cinquante millions de dollars", 350000000, "USD")]),
        ("Le salon a coûté 3 MEUR à la région.", [("3 MEUR", 3000000, "EUR")]),
    ] as [(String, [Money])])
    func moneyFrench(line: String, expected: [Money]) throws {
        try checkMoney(line, language: "fr", expected: expected)
    }

    @Test("French percentages", arguments: [
        ("Le chômage a baissé de 7 % cette année.", [("7 %", 7)]),
        // periods16: `pourcentage(s)` after a number, `pourcentage de N` ending the phrase.
        ("La part des renouvelables a gagné 3 pourcentages en un an.", [("3 pourcentages", 3)]),
        ("Le taux retenu est un pourcentage de vingt.", [("pourcentage de vingt", 20)]),
        ("Le pourcentage de 15 ans et plus a baissé.", []),
        ("Le sondage donne un pourcentage de vingt points d’avance.", []),
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
        ("Le chômage a atteint deux virgule cinq pour cent.", [("deux virgule cinq pour cent", 2.5)]),
        ("Les prix ont bondi de sept cent cinquante pour cent.", [("sept cent cinquante pour cent", 750)]),
        ("Le titre a terminé à -1,2 % vendredi.", [("-1,2 %", -1.2)]),
        ("Les loyers ont grimpé de neuf cents pour cent en trente ans.", [("neuf cents pour cent", 900)]),
        ("La hausse atteint huit virgule trois pour cent.", [("huit virgule trois pour cent", 8.3)]),
        ("Le titre a perdu \u{2212}3 % en séance.", [("\u{2212}3 %", -3)]),
        ("La dette a augmenté de cinq cent vingt pour cent.", [("cinq cent vingt pour cent", 520)]),
        ("Les ventes ont varié de 2-4 % selon les régions.", [("4 %", 4)]),
        ("Le budget a crû de six cents pourcents.", [("six cents pourcents", 600)]),
        ("Le taux est passé de 2,5 à 3 %.", [("2,5", 2.5), ("3 %", 3)]),
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
        ("Die Stadt zahlt siebenhundert Euro Zuschuss.", [("siebenhundert Euro", 700, "EUR")]),
        ("Ein Kilo Reis kostet in Indien 90 Rupien.", [("90 Rupien", 90, "INR")]),
        ("Der Verein erhielt neunhundert Millionen Euro.", [("neunhundert Millionen Euro", 900000000, "EUR")]),
        ("In Pakistan kostet das pakistanische Benzin nun 280 Rupien pro Liter, meldet Pakistan.", [("280 Rupien", 280, "PKR")]),
        ("Die Firma zahlt dreihundert Euro Strafe.", [("dreihundert Euro", 300, "EUR")]),
        ("Das Land gibt sechshundert Millionen Dollar aus.", [("sechshundert Millionen Dollar", 600000000, "USD")]),
        ("Die Firma investierte 20 MEUR in das neue Werk.", [("20 MEUR", 20000000, "EUR")]),
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
        // The noun `Minus` (the loss) is no sign; at a sentence's start the word is.
        ("Im Export betrug das Minus drei Prozent.", [("drei Prozent", 3)]),
        ("Beim Umsatz steht ein Minus von 4 Prozent.", [("4 Prozent", 4)]),
        ("Minus 2 Prozent meldete der Verband.", [("Minus 2 Prozent", -2)]),
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
        ("Die Mieten stiegen um fünfhundert Prozent.", [("fünfhundert Prozent", 500)]),
        ("Der Index schloss bei -0,7 Prozent.", [("-0,7 Prozent", -0.7)]),
        ("Die Quote lag bei zwei Komma fünf Prozent.", [("zwei Komma fünf Prozent", 2.5)]),
        ("Der Kurs fiel um \u{2212}1,5 %.", [("\u{2212}1,5 %", -1.5)]),
        ("Die Inflation erreichte neunhundert Prozent.", [("neunhundert Prozent", 900)]),
        ("Die Arbeitslosigkeit sank auf sechs Komma acht Prozent.", [("sechs Komma acht Prozent", 6.8)]),
        ("Die Preise stiegen um 3-4 Prozent.", [("4 Prozent", 4)]),
        ("Der Umsatz wuchs um siebenhundertzwanzig Prozent.", [("siebenhundertzwanzig Prozent", 720)]),
        ("Die Aktie verlor -12 % an einem Tag.", [("-12 %", -12)]),
        ("Die Quote stieg von 3,1 auf 3,4 Prozent.", [("3,1", 3.1), ("3,4 Prozent", 3.4)]),
        ("Die Mieten steigen um 4 bis 6 Prozent.", [("4", 4), ("6 Prozent", 6)]),
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
        ("El Estado pagará quinientos mil euros.", [("quinientos mil euros", 500000, "EUR")]),
        // `ciento`, the hundred of 101–199 (a hundred alone is `cien`).
        ("El fondo suma ciento treinta millones de euros.", [("ciento treinta millones de euros", 130_000_000, "EUR")]),
        ("La entrada cuesta ciento cincuenta euros.", [("ciento cincuenta euros", 150, "EUR")]),
        ("La obra costará novecientos millones de euros.", [("novecientos millones de euros", 900000000, "EUR")]),
        ("El club ingresó setecientos cincuenta mil dólares.", [("setecientos cincuenta mil dólares", 750000, "USD")]),
        ("La empresa invertirá cuatrocientos millones de euros.", [("cuatrocientos millones de euros", 400000000, "EUR")]),
        ("El ayuntamiento gastó seiscientos mil euros.", [("seiscientos mil euros", 600000, "EUR")]),
        ("La cooperativa facturó 40 USD millones en 2023.", [("40 USD millones", 40000000, "USD")]),
        ("El menú del día cuesta 12 euros con 50.", [("12 euros con 50", 12.5, "EUR")]),
    ] as [(String, [Money])])
    func moneySpanish(line: String, expected: [Money]) throws {
        try checkMoney(line, language: "es", expected: expected)
    }

    @Test("Spanish percentages", arguments: [
        ("El paro bajó al 12 por ciento.", [("12 por ciento", 12)]),
        // periods16: fractions of a percent.
        ("El Banco Central bajó el tipo tres quintos por ciento.", [("tres quintos por ciento", 0.6)]),
        ("La comisión sube un cuarto por ciento.", [("un cuarto por ciento", 0.25)]),
        ("El diferencial es de uno sobre tres por ciento.", [("uno sobre tres por ciento", 1.0 / 3)]),
        ("El recargo fue de 1 sobre 4 por ciento.", [("1 sobre 4 por ciento", 0.25)]),
        ("El bono rinde un 3/4% anual.", [("3/4%", 0.75)]),
        ("Los votos subieron 5 por ciento sobre 3 millones de electores.", [("5 por ciento", 5)]),
        ("El servicio funciona 24/7% del tiempo.", []),
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
        ("La deuda creció un quinientos treinta por ciento.", [("quinientos treinta por ciento", 530)]),
        ("La producción creció un ciento treinta por ciento.", [("ciento treinta por ciento", 130)]),
        ("La inflación fue del dos coma tres por ciento.", [("dos coma tres por ciento", 2.3)]),
        ("El índice cayó un -1,4% el lunes.", [("-1,4%", -1.4)]),
        ("La tasa quedó en siete con cincuenta por ciento.", [("siete con cincuenta por ciento", 7.5)]),
        ("Los precios subieron un novecientos por ciento.", [("novecientos por ciento", 900)]),
        ("El selectivo cerró con un \u{2212}0,6 %.", [("\u{2212}0,6 %", -0.6)]),
        ("La mora alcanzó el setecientos doce por ciento.", [("setecientos doce por ciento", 712)]),
        ("El paro bajó al doce coma cinco por ciento.", [("doce coma cinco por ciento", 12.5)]),
        ("Las ventas subieron entre 2-3% en abril.", [("3%", 3)]),
        ("Siete jugadores con cinco goles y un diez por ciento de posesión.", [("diez por ciento", 10)]),
        ("La tasa pasó del 4 al 5 por ciento.", [("4", 4), ("5 por ciento", 5)]),
    ] as [(String, [Percent])])
    func percentSpanish(line: String, expected: [Percent]) throws {
        try checkPercent(line, language: "es", expected: expected)
    }

    /// Session 15 (branch money17): currency names as news writes them after an amount (the
    /// German adjective inflected, `dólares de Hong Kong`, `florins hollandais`), and spelled
    /// amounts beside words the number reader answers from its tables (`millones` alone,
    /// `ikinci bir`). Each row: language, line, every amount. Rows without an amount are lines
    /// that must stay none (a currency named without an amount, `millones` without a number).
    static let money17: [(String, String, [Money])] = [
        ("de", "Der Versorger zahlt 2,3 Milliarden kanadischen Dollar für die Übernahme.", [("2,3 Milliarden kanadischen Dollar", 2300000000, "CAD")]),
        ("de", "Die Anleihe über 500 Millionen australischen Dollar wurde platziert.", [("500 Millionen australischen Dollar", 500000000, "AUD")]),
        ("de", "Der Fonds sammelte 75 Millionen neuseeländischen Dollar ein.", [("75 Millionen neuseeländischen Dollar", 75000000, "NZD")]),
        ("de", "Die Werft erhielt einen Auftrag über 1,2 Milliarden singapurischen Dollar.", [("1,2 Milliarden singapurischen Dollar", 1200000000, "SGD")]),
        ("de", "Das Paket kostet 40 Millionen Hongkong-Dollars.", [("40 Millionen Hongkong-Dollars", 40000000, "HKD")]),
        ("de", "Der Wert des kanadischen Dollar fiel am Montag.", []),
        ("de", "Die Regierung stellte 16,4 Millionen kanadischen Dollar bereit.", [("16,4 Millionen kanadischen Dollar", 16400000, "CAD")]),
        ("de", "Der Konzern meldete einen Umsatz von 3 Milliarden Euro und 200 Millionen kanadischen Dollar.", [("3 Milliarden Euro", 3000000000, "EUR"), ("200 Millionen kanadischen Dollar", 200000000, "CAD")]),
        ("de", "Händler kauften kanadischen Dollar und verkauften Yen.", []),
        ("de", "Das Werk kostete zwölf Millionen kanadischen Dollar.", [("zwölf Millionen kanadischen Dollar", 12000000, "CAD")]),
        ("es", "Las ventas sumaron 3.200 millones de dólares de Hong Kong el año pasado.", [("3.200 millones de dólares de Hong Kong", 3200000000, "HKD")]),
        ("es", "El banco emitió bonos por 500 millones de dólares de Hong Kong.", [("500 millones de dólares de Hong Kong", 500000000, "HKD")]),
        ("es", "La inmobiliaria pagó 12 millones de dólares de Hong Kong por el edificio.", [("12 millones de dólares de Hong Kong", 12000000, "HKD")]),
        ("es", "La moneda de Hong Kong, el dólar de Hong Kong, se mantuvo estable.", []),
        ("es", "El fondo invirtió dos millones de dólares en la planta.", [("dos millones de dólares", 2000000, "USD")]),
        ("es", "La cifra llegó a 4,5 millones de euros en 2024.", [("4,5 millones de euros", 4500000, "EUR")]),
        ("es", "Los millones de visitantes llenaron la ciudad.", []),
        ("es", "La empresa perdió millones en la crisis.", []),
        ("es", "El Gobierno destinó 300 millones de dólares de Hong Kong a la vivienda.", [("300 millones de dólares de Hong Kong", 300000000, "HKD")]),
        ("es", "Un turista gastó 800 dólares de Hong Kong en una noche.", [("800 dólares de Hong Kong", 800, "HKD")]),
        ("fr", "Le contrat porte sur 40 millions de florins hollandais.", [("40 millions de florins hollandais", 40000000, "NLG")]),
        ("fr", "La banque a prêté 250 millions de florins hollandais en 1995.", [("250 millions de florins hollandais", 250000000, "NLG")]),
        ("fr", "Le groupe a versé 3 millions de florins hollandais à ses salariés.", [("3 millions de florins hollandais", 3000000, "NLG")]),
        ("fr", "Le florin hollandais a été remplacé par l'euro.", []),
        ("fr", "Les florins hollandais circulaient encore en 2001.", []),
        ("fr", "La vente a rapporté 1,5 milliard de florins hollandais.", [("1,5 milliard de florins hollandais", 1500000000, "NLG")]),
        ("fr", "Le club a dépensé deux millions de francs suisses.", [("deux millions de francs suisses", 2000000, "CHF")]),
        ("fr", "Les cents et les vingts ne sont pas des montants.", []),
        ("en", "The fund raised 2 million Hong Kong dollars for the school.", [("2 million Hong Kong dollars", 2000000, "HKD")]),
        ("en", "Millions of people watched the match.", []),
        ("tr", "Şirket ikinci bir fabrika için 5 milyon dolar ayırdı.", [("5 milyon dolar", 5000000, "USD")]),
        ("tr", "Yedi bir arada satılan paket 30 liraya çıktı.", [("30 lira", 30, "TRY")]),
    ]

    @Test("Money of session 15: currency names after an amount, words read from the tables", arguments: money17)
    func moneySession15(language: String, line: String, expected: [Money]) throws {
        try checkMoney(line, language: language, expected: expected)
    }

    /// Session 16 (branch money19): the dollar sign of the Río de la Plata press (`U$D`, `U$S`),
    /// hundredths spelled after a currency that end the phrase (`thirteen dollars forty five.`),
    /// a hyphen between the digits and a currency word (`a 12-cent dividend`), and two amounts
    /// each with its sign before it (`$ 20,000.00 $ 37,305.97`). Rows without the form are lines
    /// that must stay as they were (a count after a currency, a number glued to another word).
    static let money19: [(String, String, [Money])] = [
        ("es", "La deuda de la provincia bajó en U$D 90 millones este año.", [("U$D 90 millones", 90000000, "USD")]),
        ("es", "El contrato de U$S 10 mil millones se firmó en Buenos Aires.", [("U$S 10 mil millones", 10000000000, "USD")]),
        ("es", "Las exportaciones sumaron U$S 1.500 millones en marzo.", [("U$S 1.500 millones", 1500000000, "USD")]),
        ("es", "El club pagó U$D 4,5 millones por el delantero.", [("U$D 4,5 millones", 4500000, "USD")]),
        ("es", "La sigla U$D aparece en los carteles de las casas de cambio.", []),
        ("es", "La entrada cuesta 15 dólares con cincuenta.", [("15 dólares con cincuenta", 15.5, "USD")]),
        ("es", "Pagó 20 dólares y veinte.", [("20 dólares y veinte", 20.2, "USD")]),
        ("es", "Compró 20 dólares y veinte panes.", [("20 dólares", 20, "USD")]),
        ("en", "The toll now costs thirteen dollars forty five.", [("thirteen dollars forty five", 13.45, "USD")]),
        ("en", "A ticket costs ten dollars and fifty.", [("ten dollars and fifty", 10.5, "USD")]),
        ("en", "Lunch at the fair cost 12 dollars twenty.", [("12 dollars twenty", 12.2, "USD")]),
        ("en", "He paid five dollars and one friend paid the rest.", [("five dollars", 5, "USD")]),
        ("en", "She paid 20 dollars one day and 30 the next.", [("20 dollars", 20, "USD")]),
        ("en", "The fee is 5 euros a month.", [("5 euros", 5, "EUR")]),
        ("en", "The bill came to 40 dollars, one official said.", [("40 dollars", 40, "USD")]),
        ("fr", "Le menu coûte 12 euros cinquante.", [("12 euros cinquante", 12.5, "EUR")]),
        ("fr", "Il a payé 12 euros cinquante fois.", [("12 euros", 12, "EUR")]),
        ("de", "Die Karte kostet 12 Euro fünfzig.", [("12 Euro fünfzig", 12.5, "EUR")]),
        ("de", "Er zahlte 5 Euro zwei Tage später.", [("5 Euro", 5, "EUR")]),
        ("en", "The board declared a 12-cent dividend.", [("12-cent", 0.12, "USD")]),
        ("en", "The trust will pay a 15-cent-a-share dividend in May.", [("15-cent", 0.15, "USD")]),
        ("en", "He handed over a 50-euro note at the counter.", [("50-euro", 50, "EUR")]),
        ("en", "A 20-dollar bill was found in the car.", [("20-dollar", 20, "USD")]),
        ("en", "The report lists a 25-cent rise in the bus fare.", [("25-cent", 0.25, "USD")]),
        ("en", "The 12-member board met on Monday.", []),
        ("en", "The 3-2 win lifted the team to second place.", []),
        ("en", "The ledger lists $ 20,000.00 $ 37,305.97 in expenses.", [("$ 20,000.00", 20000, "USD"), ("$ 37,305.97", 37305.97, "USD")]),
        ("en", "Prices went from $5 to $7 in a year.", [("$5", 5, "USD"), ("$7", 7, "USD")]),
        ("en", "The cheapest seat costs $ 40 and the best $ 90.", [("$ 40", 40, "USD"), ("$ 90", 90, "USD")]),
        ("es", "El sueldo se pagaba en U$D.", []),
        ("es", "El fallo evitó un gasto de $ un mil millones para los clientes.", [("$ un mil millones", 1000000000, "USD")]),
        ("es", "Ganó $ dos millones en el sorteo.", [("$ dos millones", 2000000, "USD")]),
        ("es", "El cartel decía $ uno y nada más.", []),
        ("es", "Rusia aceptó un préstamo del Banco Mundial de US$ 150 millones para hospitales.", [("US$ 150 millones", 150000000, "USD")]),
    ]

    @Test("Money of session 16: U$D, spelled hundredths, hyphenated amounts, two signs", arguments: money19)
    func moneySession16(language: String, line: String, expected: [Money]) throws {
        try checkMoney(line, language: language, expected: expected)
    }

    /// Session 16, fourth round (branch days20en): an ISO 4217 code that is also a common English
    /// word (kind `word-code`: `TOP`, `ALL`, `CUP`, `MOP`, `GEL`), written in capitals before a
    /// number in headlines, is that word, no currency; after an amount it is still the code, and
    /// the other codes before an amount are unchanged.
    static let money20: [(String, String, [Money])] = [
        ("en", "TOP 10 players to watch this season.", []),
        ("en", "ALL 5 defendants were acquitted on Monday.", []),
        ("en", "CUP 2 final tickets sold out in an hour.", []),
        ("en", "TOP 20 exporters named by the ministry.", []),
        ("en", "ALL 3 mines were closed after the blast.", []),
        ("en", "MOP 4 crews cleaned the stadium.", []),
        ("en", "GEL 12 packs were recalled by the maker.", []),
        ("en", "WORLD CUP 2026 tickets go on sale.", []),
        ("en", "The TOP 100 list was published on Friday.", []),
        ("en", "The fare is 5,000 ALL per person.", [("5,000 ALL", 5000, "ALL")]),
        ("en", "The hotel charged 300 MOP a night.", [("300 MOP", 300, "MOP")]),
        ("en", "A loaf costs 2.5 GEL in Tbilisi.", [("2.5 GEL", 2.5, "GEL")]),
        ("en", "The deal was worth USD 5 million.", [("USD 5 million", 5000000, "USD")]),
        ("en", "The bank lent EUR 300 million to the port.", [("EUR 300 million", 300000000, "EUR")]),
        ("en", "The club paid GBP 40 million for the striker.", [("GBP 40 million", 40000000, "GBP")]),
        ("en", "The fund raised CHF 1.2 billion last year.", [("CHF 1.2 billion", 1200000000, "CHF")]),
        ("en", "Toyota set aside JPY 50 billion for the recall.", [("JPY 50 billion", 50000000000, "JPY")]),
        ("en", "The utility raised $ 75 million in bonds.", [("$ 75 million", 75000000, "USD")]),
        ("en", "The group won a $48.2 million contract.", [("$48.2 million", 48200000, "USD")]),
        ("en", "Exports reached 3.5 billion dollars last year.", [("3.5 billion dollars", 3500000000, "USD")]),
        ("en", "The fine was £ 8.10 per ticket.", [("£ 8.10", 8.1, "GBP")]),
        ("en", "Shares fell 50 cents to close at $12.", [("50 cents", 0.5, "USD"), ("$12", 12, "USD")]),
        ("en", "The city approved € 2 million for the port.", [("€ 2 million", 2000000, "EUR")]),
        ("en", "The airline lost 1.2 billion euros in 2020.", [("1.2 billion euros", 1200000000, "EUR")]),
        ("en", "Rents climbed to £ 1,200 a month.", [("£ 1,200", 1200, "GBP")]),
        ("en", "The top 10 exporters met in Geneva.", []),
        ("en", "All 5 members voted against the plan.", []),
        ("en", "The cup 2 round was played in the rain.", []),
        ("en", "He scored 3 goals in the TOP flight.", []),
        ("en", "The ALL party won 12 seats.", []),
        ("en", "The tanker carried 2 million barrels worth $150 million.", [("$150 million", 150000000, "USD")]),
    ]

    @Test("Money of session 16, fourth round: codes that are English words", arguments: money20)
    func moneySession16Words(language: String, line: String, expected: [Money]) throws {
        try checkMoney(line, language: language, expected: expected)
    }

    /// Session 17 (branch dates21en): hundredths spelled after a sign's whole amount and `and`,
    /// ending the phrase; the dollar sign after `U.S` with no final dot; a number from 1 to 9
    /// ending the phrase after a sub-unit of a tenth (`five mao five`).
    static let money21: [(String, String, [Money])] = [
        ("en", "The bill cost C$ 100 and fifty.", [("C$ 100 and fifty", 100.5, "CAD")]),
        ("en", "The fare rose to $ 12 and twenty.", [("$ 12 and twenty", 12.2, "USD")]),
        ("en", "Tickets cost $20 and fifty.", [("$20 and fifty", 20.5, "USD")]),
        ("en", "A meal costs € 15 and thirty.", [("€ 15 and thirty", 15.3, "EUR")]),
        ("en", "The stamp costs £ 1 and ten.", [("£ 1 and ten", 1.1, "GBP")]),
        ("en", "It cost C$ 40 and five.", [("C$ 40 and five", 40.05, "CAD")]),
        ("en", "The fee is $ 9 and ninety nine.", [("$ 9 and ninety nine", 9.99, "USD")]),
        ("en", "The city paid $ 75 and forty, the audit said.", [("$ 75 and forty", 75.4, "USD")]),
        ("en", "The fare is $ 3 and twenty-five.", [("$ 3 and twenty-five", 3.25, "USD")]),
        ("en", "The ticket costs US$ 8 and fifty.", [("US$ 8 and fifty", 8.5, "USD")]),
        ("en", "Gold hit $ 2,000 and eighty.", [("$ 2,000 and eighty", 2000.8, "USD")]),
        ("en", "He paid $100 and fifty people came.", [("$100", 100, "USD")]),
        ("en", "He paid $100 and 50 more.", [("$100", 100, "USD")]),
        ("en", "He paid $100 and 50.", [("$100", 100, "USD")]),
        ("en", "The fund raised $5 million and fifty.", [("$5 million", 5000000, "USD")]),
        ("en", "Shares traded at $3.50 and twenty.", [("$3.50", 3.5, "USD")]),
        ("en", "Rents rose by $ 300 and fifty families moved.", [("$ 300", 300, "USD")]),
        ("en", "Prices start at $ 1,000 and up.", [("$ 1,000", 1000, "USD")]),
        ("en", "She earned $ 60 and seventy in tips.", [("$ 60", 60, "USD")]),
        ("en", "The charge was $ 7 and zero.", [("$ 7", 7, "USD")]),
        ("en", "He paid €40 and fifty for the ticket.", [("€40", 40, "EUR")]),
        ("en", "The jackpot is U.S$ 5 million.", [("U.S$ 5 million", 5000000, "USD")]),
        ("en", "The prize rose to U.S $ 100,000,000 this week.", [("U.S $ 100,000,000", 100000000, "USD")]),
        ("en", "It raised U.S$ 12 million in bonds.", [("U.S$ 12 million", 12000000, "USD")]),
        ("en", "The U.S $ 20 bill is common.", [("U.S $ 20", 20, "USD")]),
        ("en", "The U.S. $20 bill was redesigned.", [("$20", 20, "USD")]),
        ("en", "The U.K. £5 note was withdrawn.", [("£5", 5, "GBP")]),
        ("en", "A $48.2 million contract was signed.", [("$48.2 million", 48200000, "USD")]),
        ("en", "The loan was US$ 300 million.", [("US$ 300 million", 300000000, "USD")]),
        ("en", "The U.S. dollar rose 2 percent.", []),
        ("en", "A bowl of noodles cost three kuai and five mao five.", [("three kuai and five mao five", 3.55, "CNY")]),
        ("en", "He paid 5 yuan 3 mao 2.", [("5 yuan 3 mao 2", 5.32, "CNY")]),
        ("en", "The fare was three kuai and two mao five people said.", [("three kuai and two mao", 3.2, "CNY")]),
        ("en", "The tip was 2 yuan and 5 mao 12.", [("2 yuan and 5 mao", 2.5, "CNY")]),
        ("en", "Stamps cost 40 cents 5.", [("40 cents", 0.4, "USD")]),
    ]

    /// Session 17 (branch dates22fr): `Md`, `Mds`, `Mrd`, `Mrds` for `milliard(s)` before a currency
    /// sign or `d'euros` (`120 Md€`), and `francs CFA` as the West African CFA franc (XOF), not the
    /// Swiss franc a bare `francs` means; `FCFA` stays XAF as CLDR lists it.
    static let money22: [(String, String, [Money])] = [
        ("fr", "Le plan de relance atteint 120 Md€ sur cinq ans.", [("120 Md€", 120000000000, "EUR")]),
        ("fr", "L'État a injecté 3,5 Mds d'euros dans la banque.", [("3,5 Mds d'euros", 3500000000, "EUR")]),
        ("fr", "La dette publique dépasse 3 000 Md€.", [("3 000 Md€", 3000000000000, "EUR")]),
        ("fr", "Le groupe a levé 2 Mrd € auprès des fonds.", [("2 Mrd €", 2000000000, "EUR")]),
        ("fr", "La facture s'élève à 1,2 Mds $ pour l'assureur.", [("1,2 Mds $", 1200000000, "USD")]),
        ("fr", "Le chiffre d'affaires a atteint 45 Md$ cette année.", [("45 Md$", 45000000000, "USD")]),
        ("fr", "Le fonds pèse 7,5 Md€.", [("7,5 Md€", 7500000000, "EUR")]),
        ("fr", "Le contrat vaut 12 Mds €.", [("12 Mds €", 12000000000, "EUR")]),
        ("fr", "Le contrat vaut 12 Mrds €.", [("12 Mrds €", 12000000000, "EUR")]),
        ("fr", "Le pays a reçu 3 Md€ d'aide.", [("3 Md€", 3000000000, "EUR")]),
        ("fr", "Le contrat vaut 0,5 Md€.", [("0,5 Md€", 500000000, "EUR")]),
        ("fr", "La mairie a voté 5 M€ pour les écoles.", [("5 M€", 5000000, "EUR")]),
        ("fr", "Le projet coûte 4 milliards d'euros.", [("4 milliards d'euros", 4000000000, "EUR")]),
        ("fr", "Le club compte 120 Md de fans selon lui.", []),
        ("fr", "Le modèle Md 80 a été retiré du service.", []),
        ("fr", "Les Mds de la région ont voté.", []),
        ("fr", "La ligne Md12 a été ouverte.", []),
        ("fr", "Le budget de l'État atteint 500 milliards de francs CFA.", [("500 milliards de francs CFA", 500000000000, "XOF")]),
        ("fr", "Un sac de riz coûte 15 000 francs CFA à Dakar.", [("15 000 francs CFA", 15000, "XOF")]),
        ("fr", "Le salaire minimum est fixé à 75 000 francs CFA.", [("75 000 francs CFA", 75000, "XOF")]),
        ("fr", "La recette fiscale a atteint 2 000 milliards de francs CFA.", [("2 000 milliards de francs CFA", 2000000000000, "XOF")]),
        ("fr", "Le ticket coûte 500 francs CFA.", [("500 francs CFA", 500, "XOF")]),
        ("fr", "Il a payé 250 000 francs CFA d'amende.", [("250 000 francs CFA", 250000, "XOF")]),
        ("fr", "Un sac coûte 2 000 francs cfa au marché.", [("2 000 francs cfa", 2000, "XOF")]),
        ("fr", "Le prêt s'élève à 100 millions FCFA.", [("100 millions FCFA", 100000000, "XAF")]),
        ("fr", "Le salaire est de 90 000 FCFA par mois.", [("90 000 FCFA", 90000, "XAF")]),
        ("fr", "La montre vaut 2 000 francs suisses.", [("2 000 francs suisses", 2000, "CHF")]),
        ("fr", "Le loyer est de 1 500 francs à Genève.", [("1 500 francs", 1500, "CHF")]),
        ("fr", "La banque centrale émet le franc CFA.", []),
        ("fr", "Le franc CFA est arrimé à l'euro.", []),
        // `FCFA` in an article about a country of the West African monetary union: XOF.
        ("fr", "À Dakar, le sac de riz coûte 15 000 FCFA. Le gouvernement sénégalais promet une baisse au Sénégal.",
         [("15 000 FCFA", 15000, "XOF")]),
        ("fr", "La Côte d'Ivoire a vendu du cacao à 500 FCFA le kilo, selon le ministre ivoirien à Abidjan.",
         [("500 FCFA", 500, "XOF")]),
        ("fr", "À Yaoundé, le sac de riz coûte 15 000 FCFA. Le gouvernement camerounais promet une baisse au Cameroun.",
         [("15 000 FCFA", 15000, "XAF")]),
    ]

    @Test("Money of session 17: spelled hundredths after a sign, the U.S$ sign, milliard abbreviations, francs CFA", arguments: money21 + money22)
    func moneySession17(language: String, line: String, expected: [Money]) throws {
        try checkMoney(line, language: language, expected: expected)
    }

    /// Session 18: in an article about a country of the Central African CFA franc (column
    /// `replaces` of `local-currencies.tsv`), `francs CFA` is XAF, not the West African XOF it
    /// means elsewhere; a Swiss or West African article keeps its own.
    static let localCurrencies18: [(String, String, [Money])] = [
        ("fr", "Le Cameroun a voté son budget. Yaoundé prévoit 6 000 milliards de francs CFA de dépenses.",
         [("6 000 milliards de francs CFA", 6000000000000, "XAF")]),
        ("fr", "Au Gabon, le litre coûte 700 francs CFA, selon le ministre gabonais.", [("700 francs CFA", 700, "XAF")]),
        ("fr", "Le Tchad exporte du coton ; à Ndjamena, le gouvernement tchadien paie 250 francs CFA le kilo.",
         [("250 francs CFA", 250, "XAF")]),
        ("fr", "À Bangui, l'État centrafricain a levé 30 milliards de francs CFA.", [("30 milliards de francs CFA", 30000000000, "XAF")]),
        ("fr", "À Malabo, la Guinée équatoriale a payé 12 milliards de francs CFA.", [("12 milliards de francs CFA", 12000000000, "XAF")]),
        ("fr", "À Brazzaville, le port a coûté 400 milliards de francs CFA, a dit le ministre à Brazzaville.",
         [("400 milliards de francs CFA", 400000000000, "XAF")]),
        ("fr", "Au Cameroun, le sac de riz coûte 15 000 francs CFA à Douala.", [("15 000 francs CFA", 15000, "XAF")]),
        ("fr", "Le Sénégal a voté son budget. Dakar prévoit 6 000 milliards de francs CFA de dépenses.",
         [("6 000 milliards de francs CFA", 6000000000000, "XOF")]),
        ("fr", "Le Cameroun achète au Sénégal ; le ministre sénégalais à Dakar parle de 900 francs CFA au Sénégal.",
         [("900 francs CFA", 900, "XOF")]),
        ("fr", "Le Cameroun a payé 2 000 francs suisses à Genève, selon Yaoundé.", [("2 000 francs suisses", 2000, "CHF")]),
        ("fr", "Le Cameroun et Yaoundé ont levé 3 millions d'euros.", [("3 millions d'euros", 3000000, "EUR")]),
        ("fr", "Le ticket coûte 500 francs CFA.", [("500 francs CFA", 500, "XOF")]),
    ]

    @Test("Money of session 18: francs CFA in a Central African article", arguments: localCurrencies18)
    func moneySession18(language: String, line: String, expected: [Money]) throws {
        try checkMoney(line, language: language, expected: expected)
    }

    /// Session 16 (branch money19): `Prozentpunkt(e)` and `puntos porcentuales` after a number
    /// (as `percentage points`), a decimal separator that opens the number (`,25 por ciento`), no
    /// percentage of a power's exponent (`1,1^23 por ciento`), and the `-avo` words of five to ten.
    static let percent19: [(String, String, [Percent])] = [
        ("de", "Die Arbeitslosenquote sank um 1,5 Prozentpunkte.", [("1,5 Prozentpunkte", 1.5)]),
        ("de", "Der Abstand der Parteien wuchs auf 15 Prozentpunkte.", [("15 Prozentpunkte", 15)]),
        ("de", "Die Union gewann mit 3 Prozentpunkten Vorsprung.", [("3 Prozentpunkten", 3)]),
        ("de", "Der Leitzins stieg um zwei Prozentpunkte.", [("zwei Prozentpunkte", 2)]),
        ("de", "Die Union legte um 4,2 Prozentpunkte zu.", [("4,2 Prozentpunkte", 4.2)]),
        ("de", "Der Vorsprung schrumpfte um 0,3 Prozentpunkte.", [("0,3 Prozentpunkte", 0.3)]),
        ("de", "Die Sparquote liegt 2 Prozentpunkte über dem Vorjahr.", [("2 Prozentpunkte", 2)]),
        ("de", "Die Prozentpunkte wurden neu berechnet.", []),
        ("de", "Er erzielte 30 Punkte im Spiel.", []),
        ("de", "Der Anteil stieg auf 40 Prozent.", [("40 Prozent", 40)]),
        ("es", "El desempleo bajó 2 puntos porcentuales en un año.", [("2 puntos porcentuales", 2)]),
        ("es", "La brecha salarial es de 0,5 puntos porcentuales.", [("0,5 puntos porcentuales", 0.5)]),
        ("es", "La inflación cayó tres puntos porcentuales.", [("tres puntos porcentuales", 3)]),
        ("es", "El PIB creció 1,2 puntos porcentuales más.", [("1,2 puntos porcentuales", 1.2)]),
        ("es", "La participación cayó doce puntos porcentuales.", [("doce puntos porcentuales", 12)]),
        ("es", "Los puntos porcentuales no se suman así.", []),
        ("es", "El equipo sumó 3 puntos en casa.", []),
        ("es", "La tasa subió ,25 por ciento en el día.", [(",25 por ciento", 0.25)]),
        ("es", "El rendimiento fue de ,08% al cierre.", [(",08%", 0.08)]),
        ("es", "El índice perdió ,75 por ciento.", [(",75 por ciento", 0.75)]),
        ("es", "Subió 2,5% en marzo.", [("2,5%", 2.5)]),
        ("es", "Los datos: 3, 5% y 7%.", [("5%", 5), ("7%", 7)]),
        ("es", "El valor 1,1^23 por ciento no es noticia.", []),
        ("fr", "La formule 2^10 pourcent est absurde.", []),
        ("es", "La tasa es de dos cincoavos por ciento.", [("dos cincoavos por ciento", 0.4)]),
        ("es", "El ajuste fue de dos diezavos por ciento.", [("dos diezavos por ciento", 0.2)]),
        ("es", "La cuota subió ciento treinta con dos cincoavos por ciento.", [("ciento treinta con dos cincoavos por ciento", 130.4)]),
        ("es", "Los cincoavos no existen en la norma.", []),
        ("es", "La tasa llegó al 4,5 por ciento.", [("4,5 por ciento", 4.5)]),
        ("de", "Die Partei kam auf 3 Prozentpunkte weniger als 2019.", [("3 Prozentpunkte", 3)]),
        ("en", "The tax was set at per cent of twenty-two.", [("per cent of twenty-two", 22)]),
        ("en", "The bonus is percent of thirty-five.", [("percent of thirty-five", 35)]),
        ("en", "Only a few percent of twenty-year-olds vote.", []),
    ]

    @Test("Percentages of session 16: percentage points, a leading decimal separator, powers, -avo words", arguments: percent19)
    func percentSession16(language: String, line: String, expected: [Percent]) throws {
        try checkPercent(line, language: language, expected: expected)
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
