import HaberExtraction
import Testing

/// `MoneyExtractor` through the whole pipeline: every MONEY entity of a line, in order,
/// with its text as written and its value (amount, ISO 4217 code).
@Suite("MoneyExtractor")
struct MoneyExtractorTests {
    typealias Expected = (text: String, amount: Double, currency: String)

    /// Each row: a line and the MONEY entities it holds (empty: none).
    @Test("amounts of money", arguments: [
        ("Toplam 4 milyon avro yatırım yapıldı.", [("4 milyon avro", 4_000_000, "EUR")]),
        ("Toplam 4 milyon € yatırım yapıldı.", [("4 milyon €", 4_000_000, "EUR")]),
        ("Yatırım tutarı 1,5 milyar TL oldu.", [("1,5 milyar TL", 1_500_000_000, "TRY")]),
        ("Şirket 250 bin dolar kazandı.", [("250 bin dolar", 250_000, "USD")]),
        ("Anlaşma 3.5 milyar dolar değerinde.", [("3.5 milyar dolar", 3_500_000_000, "USD")]),
        ("Fiyatı 50 TL 30 kuruş oldu.", [("50 TL 30 kuruş", 50.3, "TRY")]),
        ("Projeye 10 milyon Euro’luk destek verildi.", [("10 milyon Euro", 10_000_000, "EUR")]),
        ("Projeye 10 milyon avroluk destek verildi.", [("10 milyon avro", 10_000_000, "EUR")]),
        ("Toplam 100 dolarlık yatırım.", [("100 dolar", 100, "USD")]),
        ("Kâr 5 milyon sterlin oldu.", [("5 milyon sterlin", 5_000_000, "GBP")]),
        ("Kâr 5 milyon £ oldu.", [("5 milyon £", 5_000_000, "GBP")]),
        ("Kâr 361 milyon sterline yükseldi.", [("361 milyon sterlin", 361_000_000, "GBP")]),
        ("Değer 100 milyar yuanı geçti.", [("100 milyar yuan", 100_000_000_000, "CNY")]),
        ("Bu size 10 abd doları tutar.", [("10 abd doları", 10, "USD")]),
        ("İhracat 160 milyon ABD dolarını aştı.", [("160 milyon ABD doları", 160_000_000, "USD")]),
        ("İhracat 5 milyon Kanada dolarına ulaştı.", [("5 milyon Kanada doları", 5_000_000, "CAD")]),
        ("Fiyatı 50 dolardan başlıyor.", [("50 dolar", 50, "USD")]),
        ("Hükümet 75 milyon $'ını harcadı.", [("75 milyon $", 75_000_000, "USD")]),
        ("Şirket 48,2 milyon $'luk bir anlaşma yaptı.", [("48,2 milyon $", 48_200_000, "USD")]),
        ("The firm won a $48.2 million contract from the agency.", [("$48.2 million", 48_200_000, "USD")]),
        ("The firm won an A$48.2 million contract from the agency.", [("A$48.2 million", 48_200_000, "AUD")]),
        // A hyphen between the number and its scale word (Canadian and US headline style).
        ("The agency opened a $42-million call for projects.", [("$42-million", 42_000_000, "USD")]),
        ("Ottawa put C$5-billion into the fund.", [("C$5-billion", 5_000_000_000, "CAD")]),
        ("The simulator price ranges up to c $ 16.4 million in the tender.", [("c $ 16.4 million", 16_400_000, "CAD")]),
        ("Fiyatı 16,4 milyon $ c arasında.", [("16,4 milyon $ c", 16_400_000, "CAD")]),
        ("Şirketin 300 milyon c$'lık sermayesi var.", [("300 milyon c$", 300_000_000, "CAD")]),
        ("İhracat 10,5 milyar hk $'a geriledi.", [("10,5 milyar hk $", 10_500_000_000, "HKD")]),
        ("Şirket 10 milyar abd $'lık sözleşme istedi.", [("10 milyar abd $", 10_000_000_000, "USD")]),
        ("Şirket 10 milyar abd dolar istedi.", [("10 milyar abd dolar", 10_000_000_000, "USD")]),
        ("Bakanlar beş milyon yen aldı.", [("beş milyon yen", 5_000_000, "JPY")]),
        ("Bakan yüz elli bin avro aldı.", [("yüz elli bin avro", 150_000, "EUR")]),
        ("Yalnızca 3 dolar 50 sent'e mal olur.", [("3 dolar 50 sent", 3.5, "USD")]),
        ("Bu bir dolar iki sent tutar.", [("bir dolar iki sent", 1.02, "USD")]),
        ("Bana 100 c$ elli sent'e mal olur.", [("100 c$ elli sent", 100.5, "CAD")]),
        ("Bir kuai beş mao beş fen gerekebilir.", [("Bir kuai beş mao beş fen", 1.55, "CNY")]),
        ("Hisse 34 sent geriledi.", [("34 sent", 0.34, "USD")]),
        ("Hisse başına 197 peni daha düşük.", [("197 peni", 1.97, "GBP")]),
        ("Firma 420 milyon Fin markı'na satıldı.", [("420 milyon Fin markı", 420_000_000, "FIM")]),
        ("Haklar 6,65 milyar peseta değerinde.", [("6,65 milyar peseta", 6_650_000_000, "ESP")]),
        ("Tahvil 250 milyon Hollanda guldeni tuttu.", [("250 milyon Hollanda guldeni", 250_000_000, "NLG")]),
        ("Fiyatı 1990'da 40 Alman markıydı.", [("40 Alman markı", 40, "DEM")]),
        ("Eski fiyat 500 bin Eski Türk Lirası idi.", [("500 bin Eski Türk Lirası", 500_000, "TRL")]),
        ("The deal was worth 3 million Deutschmarks.", [("3 million Deutschmarks", 3_000_000, "DEM")]),
        ("Der Preis lag bei 20 D-Mark.", [("20 D-Mark", 20, "DEM")]),
        ("Maliyeti 100 元 oldu.", [("100 元", 100, "CNY")]),
        ("usd$ 15", [("usd$ 15", 15, "USD")]),
        ("nzd$15", [("nzd$15", 15, "NZD")]),
        ("Bütçe 5 milyon USD oldu.", [("5 milyon USD", 5_000_000, "USD")]),
        ("The company raised $75 million from investors.", [("$75 million", 75_000_000, "USD")]),
        ("The company raised €4m from investors.", [("€4m", 4_000_000, "EUR")]),
        ("The company raised USD 5 million from investors.", [("USD 5 million", 5_000_000, "USD")]),
        ("Un investissement de 4 millions d’euros cette année.", [("4 millions d’euros", 4_000_000, "EUR")]),
        ("Un prix de 60 000 € cette année.", [("60 000 €", 60_000, "EUR")]),
        ("Eine Investition von 4 Mio. € in diesem Jahr.", [("4 Mio. €", 4_000_000, "EUR")]),
        ("Die Region erhielt 2,5 Millionen Euro für das Projekt.", [("2,5 Millionen Euro", 2_500_000, "EUR")]),
        ("Şehirde 3 fen lisesi var.", []),
        ("Yeni bir dönem başladı.", []),
        ("Firma 250 bin kişiye ulaştı.", []),
        ("Bin yıl önce kuruldu.", []),
        // Read from `models/`: a word between the scale and the currency (`currency-link`), …
        ("La empresa invirtió 30 millones de dólares en la planta.", [("30 millones de dólares", 30_000_000, "USD")]),
        // … the decimal separator, …
        ("Wir zahlten 1.000 Euro für die Messe.", [("1.000 Euro", 1000, "EUR")]),
        ("The firm paid 1,000 dollars for the stand.", [("1,000 dollars", 1000, "USD")]),
        // … a sign before its letter only where translations write it so, case endings only
        // where the language glues them on (`models/languages.tsv`).
        ("The price was 16,4 million $ c in total.", [("16,4 million $", 16_400_000, "USD")]),
        ("The company paid 361 million sterline.", []),
    ] as [(String, [Expected])])
    func money(line: String, expected: [Expected]) throws {
        let entities = try Fixture.analyze(line).entities.filter { $0.type == .money }
        let found = entities.map { "\($0.text) = \($0.value)" }
        let wanted = expected.map { "\($0.text) = \(EntityValue.money(amount: $0.amount, currency: $0.currency))" }
        #expect(found == wanted, "in «\(line)»")
        checkOffsets(entities, in: line)
    }
}
