import HaberExtraction
import Testing

/// One DATE case: the text, the reference date, and every DATE expected as
/// (text as written, ISO value, relative).
struct DateCase: Sendable, CustomStringConvertible {
    var input: String
    var reference: String?
    var expected: [Expected]

    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var text: String
        var value: String
        var relative: Bool
        var description: String { "\(text) → \(value)\(relative ? " (relative)" : "")" }
    }

    init(_ input: String, _ reference: String?, _ expected: [(String, String, Bool)]) {
        self.input = input
        self.reference = reference
        self.expected = expected.map { Expected(text: $0.0, value: $0.1, relative: $0.2) }
    }

    var description: String { input }
}

private let ref = "2017-07-21"

@Suite struct DateExtractorTests {
    static let turkish: [DateCase] = [
        DateCase("Toplantı 21.07.2017 tarihinde yapıldı.", nil, [("21.07.2017", "2017-07-21", false)]),
        DateCase("Toplantı 21/07/2017 tarihinde yapıldı.", nil, [("21/07/2017", "2017-07-21", false)]),
        DateCase("Toplantı 21-07-2017 tarihinde yapıldı.", nil, [("21-07-2017", "2017-07-21", false)]),
        DateCase("Toplantı 2017-07-21 tarihinde yapıldı.", nil, [("2017-07-21", "2017-07-21", false)]),
        DateCase("Toplantı 21/04/16'da yapıldı.", nil, [("21/04/16", "2016-04-21", false)]),
        DateCase("Fuar 21 Temmuz 2017 tarihinde açıldı.", nil, [("21 Temmuz 2017", "2017-07-21", false)]),
        DateCase("Fuar 21 Temmuz 2017 Cuma günü açıldı.", nil, [("21 Temmuz 2017 Cuma günü", "2017-07-21", false)]),
        DateCase("Fuar 21 Temmuz’da açıldı.", ref, [("21 Temmuz", "2017-07-21", false)]),
        DateCase("Fuar 2 Ekimde açıldı.", ref, [("2 Ekim", "2017-10-02", false)]),
        DateCase("Fuar Temmuz 2017 itibarıyla açık.", nil, [("Temmuz 2017", "2017-07", false)]),
        DateCase("Fuar Temmuz ayında açıldı.", ref, [("Temmuz ayı", "2017-07", false)]),
        DateCase("Fuar Mart'ın 4'ünde açıldı.", ref, [("Mart'ın 4'ü", "2017-03-04", false)]),
        DateCase("Dernek 2005 yılında kuruldu.", nil, [("2005", "2005", false)]),
        DateCase("Dernek 2005’te kuruldu.", nil, [("2005", "2005", false)]),
        DateCase("İhracat 2017 yılının ilk yarısında arttı.", nil, [("2017", "2017", false)]),
        DateCase("Program 2014-2020 döneminde uygulanacak.", nil, [("2014-2020", "2014/2020", false)]),
        DateCase("Program 2014-2020 yılları arasında uygulanacak.", nil, [("2014-2020", "2014/2020", false)]),
        DateCase("Fuar 3-5 Mart 2018 tarihlerinde yapılacak.", nil, [("3-5 Mart 2018", "2018-03-03/2018-03-05", false)]),
        DateCase("Fuar 5 Mart’tan 8 Mart’a kadar sürecek.", ref, [("5 Mart’tan 8 Mart’a kadar", "2017-03-05/2017-03-08", false)]),
        DateCase("Fuar 4 Eylül ile 8 Eylül arasında yapılacak.", ref, [("4 Eylül ile 8 Eylül arası", "2017-09-04/2017-09-08", false)]),
        DateCase("Fuar bu ayın 4'ünden 22'sine kadar sürecek.", ref, [("bu ayın 4'ünden 22'sine kadar", "2017-07-04/2017-07-22", true)]),
        DateCase("Expo ’23 fuarı büyük ilgi gördü.", ref, [("’23", "2023", false)]),
        // A day's year abbreviated; two bare years closed by `arasında`.
        DateCase("Anlaşma 12 Mayıs ’22 tarihinde imzalandı.", ref, [("12 Mayıs ’22", "2022-05-12", false)]),
        DateCase("Fuar 12 Mayıs ’22’de açıldı.", ref, [("12 Mayıs ’22", "2022-05-12", false)]),
        DateCase("Fabrika 2015 ile 2017 arasında kuruldu.", nil, [("2015 ile 2017 arası", "2015/2017", false)]),
        DateCase("Proje 2015 ve 2017 arasında yürütüldü.", nil, [("2015 ve 2017 arası", "2015/2017", false)]),
        DateCase("Firma 150 ile 200 arasında işçi aldı.", nil, []),
        DateCase("Dün açıklanan verilere göre ihracat arttı.", ref, [("Dün", "2017-07-20", true)]),
        DateCase("Bugün açıklanan verilere göre ihracat arttı.", ref, [("Bugün", "2017-07-21", true)]),
        DateCase("Dünkü toplantıda karar alındı.", ref, [("Dünkü", "2017-07-20", true)]),
        DateCase("Geçen yıl ihracat arttı.", ref, [("Geçen yıl", "2016", true)]),
        DateCase("Bu yıl ihracat artacak.", ref, [("Bu yıl", "2017", true)]),
        DateCase("Yıl sonunda ihracat artacak.", ref, [("Yıl sonunda", "2017", true)]),
        DateCase("Önümüzdeki ay fuar açılacak.", ref, [("Önümüzdeki ay", "2017-08", true)]),
        DateCase("Gelecek ay fuar açılacak.", ref, [("Gelecek ay", "2017-08", true)]),
        DateCase("Geçen hafta fuar açıldı.", ref, [("Geçen hafta", "2017-W28", true)]),
        DateCase("Bu hafta fuar açıldı.", ref, [("Bu hafta", "2017-W29", true)]),
        DateCase("İlk çeyrekte ihracat arttı.", ref, [("İlk çeyrek", "2017-01/2017-03", true)]),
        DateCase("Bu yılın üçüncü çeyreğinde ihracat arttı.", ref, [("Bu yılın üçüncü çeyreği", "2017-07/2017-09", true)]),
        DateCase("Salı günü fuar açıldı.", ref, [("Salı", "2017-07-18", true)]),
        DateCase("Geçen Pazartesi fuar açıldı.", ref, [("Geçen Pazartesi", "2017-07-10", true)]),
        DateCase("Fuar gelecek ayın 20'sinde açılacak.", ref, [("gelecek ayın 20'si", "2017-08-20", true)]),
        DateCase("Fuar iki gün önce açıldı.", ref, [("iki gün önce", "2017-07-19", true)]),
        // Spelled-out years, three-digit years, decades.
        DateCase("Fuar Yirmi bir Eylül bin dokuz yüz yetmiş sekizde açıldı.", ref,
                 [("Yirmi bir Eylül bin dokuz yüz yetmiş sekiz", "1978-09-21", false)]),
        DateCase("Fuar 10 Eylül bin dokuz yüz birde açıldı.", ref, [("10 Eylül bin dokuz yüz bir", "1901-09-10", false)]),
        DateCase("Dernek iki bin yılı Eylül'ün onunda kuruldu.", ref, [("iki bin yılı Eylül'ün onu", "2000-09-10", false)]),
        DateCase("Dernek bin dokuz yüz yirmi sekizde kuruldu.", ref, [("bin dokuz yüz yirmi sekiz", "1928", false)]),
        DateCase("Kale 247 yılında yapıldı.", ref, [("247 yılı", "0247", false)]),
        DateCase("Bu akım 1970'lerde başladı.", ref, [("1970'ler", "1970/1979", false)]),
        DateCase("Bu akım 70'lerde başladı.", ref, [("70'ler", "1970/1979", false)]),
        DateCase("Bu akım 1990'lı yıllarda başladı.", ref, [("1990'lı yıllar", "1990/1999", false)]),
        DateCase("Bu akım yetmişlerde başladı.", ref, [("yetmişler", "1970/1979", false)]),
        DateCase("Bu akım iki bin onlarda başladı.", ref, [("iki bin onlar", "2010/2019", false)]),
        DateCase("Onlarda bu akım yoktu.", ref, []),
        DateCase("Fiyat iki bin yüzde elli arttı.", ref, []),
        // Seasons.
        DateCase("Fuar bu yaz açılacak.", ref, [("bu yaz", "2017-06/2017-08", true)]),
        DateCase("Fuar 2016 yazında açıldı.", ref, [("2016 yazı", "2016-06/2016-08", false)]),
        DateCase("Bu yazıda fuarı anlatıyoruz.", ref, []),
        // Parts of a year, month or week.
        DateCase("İhracat 2016'nın üçüncü çeyreğinde arttı.", ref, [("2016'nın üçüncü çeyreği", "2016-07/2016-09", false)]),
        DateCase("İhracat 2015'in 3. ayında arttı.", ref, [("2015'in 3. ayı", "2015-03", false)]),
        DateCase("Fuar haftanın geri kalanında sürecek.", ref, [("haftanın geri kalanı", "2017-07-21/2017-07-23", true)]),
        DateCase("İhracat bugüne kadarki yılda arttı.", ref, [("bugüne kadarki yıl", "2017-01-01/2017-07-21", true)]),
        DateCase("Fuar Mart ortasında açılacak.", ref, [("Mart ortasında", "2017-03", true)]),
        DateCase("Fuar 30 Kasım haftasında açılacak.", ref, [("30 Kasım haftası", "2017-W48", true)]),
        DateCase("Bu ay başında fuar açıldı.", ref, [("Bu ay başında", "2017-07", true)]),
        DateCase("Gelecek yıl üçüncü hafta fuar açılacak.", ref, [("Gelecek yıl üçüncü hafta", "2018-W03", true)]),
        DateCase("İhracat son iki on yılda arttı.", ref, [("son iki on yıl", "1990/2009", true)]),
        DateCase("Son ay fuar açıldı.", ref, [("Son ay", "2017-06", true)]),
        DateCase("Geçen haftaya ait veriler açıklandı.", ref, [("Geçen haftaya ait", "2017-W28", true)]),
        DateCase("İhracat ilk çeyrek boyunca arttı.", ref, [("ilk çeyrek boyunca", "2017-01/2017-03", true)]),
        DateCase("Fuar dört gün boyunca sürdü.", ref, []),
        // Ranges.
        DateCase("Fuar Cuma gününden Pazar gününe kadar sürecek.", ref,
                 [("Cuma gününden Pazar gününe kadar", "2017-07-21/2017-07-23", true)]),
        DateCase("Fuar bugünden 22 Ekim'e kadar sürecek.", ref, [("bugünden 22 Ekim'e kadar", "2017-07-21/2017-10-22", true)]),
        DateCase("Fuar 28 Aralık'tan 3 Ocak'a kadar sürecek.", ref, [("28 Aralık'tan 3 Ocak'a kadar", "2017-12-28/2018-01-03", false)]),
        DateCase("Fuar 2015 ve Şubat 2018 arasında yapıldı.", ref, [("2015 ve Şubat 2018 arası", "2015/2018-02", false)]),
        DateCase("Fiyatlar 1950 ile 2000 arasında değişiyor.", ref, []),
        DateCase("Fuar Ocak ile Ağustos arasında açık.", ref, [("Ocak ile Ağustos arası", "2017-01/2017-08", false)]),
        DateCase("Fuar 25/10'dan 25/01'e açık.", ref, [("25/10'dan 25/01'e", "2017-10-25/2018-01-25", false)]),
        DateCase("Fuar 31'inci haftadan 35'inci haftaya kadar açık.", ref,
                 [("31'inci haftadan 35'inci haftaya kadar", "2017-07-31/2017-09-03", true)]),
        DateCase("Fuar haftaya Çarşamba ve Cuma arası açık.", ref, [("haftaya Çarşamba ve Cuma arası", "2017-07-26/2017-07-28", true)]),
        DateCase("Fuar iki bin on sekiz 2-7 Şubat arası açık.", ref, [("iki bin on sekiz 2-7 Şubat arası", "2018-02-02/2018-02-07", false)]),
        // Durations and counted weekdays.
        DateCase("Fuar iki Pazartesi sonra açılacak.", ref, [("iki Pazartesi sonra", "2017-07-31", true)]),
        DateCase("Fuar gelecek 3 yıl içinde açılacak.", ref, [("gelecek 3 yıl içinde", "2017-07-21/2020-07-21", true)]),
        DateCase("Fuar bugünden itibaren 2 haftadan az bir sürede açılacak.", ref,
                 [("bugünden itibaren 2 haftadan az bir sürede", "2017-07-21/2017-08-04", true)]),
        DateCase("Bebek 12 ay sonunda yürür.", ref, [("12 ay sonunda", "2018-07-21", true)]),
        // Days and weekdays.
        DateCase("Fuar 7.6.2019 Cuma günü açıldı.", ref, [("7.6.2019 Cuma günü", "2019-06-07", false)]),
        DateCase("15'te döneceğim.", ref, [("15", "2017-07-15", true)]),
        DateCase("Toplantı saat 15'te başlayacak.", ref, []),
        DateCase("Enflasyon 15'te kaldı.", ref, []),
        DateCase("26'sı Çarşamba toplantı var.", ref, [("26'sı Çarşamba", "2017-07-26", true)]),
        DateCase("Derneğin 375 üyesi var.", ref, []),
        DateCase("Fabrika 2005 adet üretti.", ref, []),
        DateCase("Fuarı 1.000 kişi ziyaret etti.", ref, []),
        // Words and endings of models/dates/ (grammar kinds and ending classes) not read above.
        DateCase("Fuar iki buçuk gün sonra açılacak.", ref, [("iki buçuk gün sonra", "2017-07-23", true)]),
        DateCase("Fuar şu andan itibaren üç hafta sonra açılacak.", ref, [("şu andan itibaren üç hafta sonra", "2017-08-11", true)]),
        DateCase("Fuar bir önceki ay açıldı.", ref, [("bir önceki ay", "2017-06", true)]),
        DateCase("Fuar bugünden önce 2 haftadan fazla sürdü.", ref, [("bugünden önce 2 haftadan fazla", "2017-07-07", true)]),
        DateCase("Fuar 3 günden fazla sürdü.", ref, [("3 günden fazla", "2017-07-24", true)]),
        DateCase("Fuar yazın açık.", ref, [("yazın", "2017-06/2017-08", true)]),
        DateCase("Fuar sonbaharda açılacak.", ref, [("sonbahar", "2017-09/2017-11", true)]),
        DateCase("Fuar bu bin dokuz yüz doksan dokuzun yazında açıldı.", ref,
                 [("bu bin dokuz yüz doksan dokuzun yazı", "1999-06/1999-08", false)]),
        DateCase("Fuar haftaya Salı açılacak.", ref, [("haftaya Salı", "2017-07-25", true)]),
        DateCase("Fuar bu on yılda açılacak.", ref, [("bu on yıl", "2010/2019", true)]),
        DateCase("Fuar haftamın geri kalanında açık.", ref, [("haftamın geri kalanı", "2017-07-21/2017-07-23", true)]),
        DateCase("Fuar 4 Eylül ve 8 Eylül günleri açık.", ref, [("4 Eylül", "2017-09-04", false), ("8 Eylül", "2017-09-08", false)]),
        DateCase("Son Cuma fuar açıldı.", ref, [("Son Cuma", "2017-07-28", true)]),
        DateCase("Dünden sonraki gün fuar açıldı.", ref, [("Dünden sonraki gün", "2017-07-21", true)]),
    ]

    static let others: [DateCase] = [
        DateCase("The fair opened on July 21, 2017 in Berlin.", nil, [("July 21, 2017", "2017-07-21", false)]),
        DateCase("The fair opened on 21 July 2017 in Berlin.", nil, [("21 July 2017", "2017-07-21", false)]),
        DateCase("The company was founded in 2005.", nil, [("2005", "2005", false)]),
        // Written in one number token by ICU's word break in English.
        DateCase("The contract was signed on 13.5.2015 in Bursa.", nil, [("13.5.2015", "2015-05-13", false)]),
        DateCase("The cluster has 2015 members and 13.5 percent growth.", nil, []),
        DateCase("The fair runs from July 21 to 23, 2017.", nil, [("from July 21 to 23, 2017", "2017-07-21/2017-07-23", false)]),
        DateCase("Le salon a ouvert le 21 juillet 2017.", nil, [("21 juillet 2017", "2017-07-21", false)]),
        DateCase("L'entreprise a été fondée en 2005.", nil, [("2005", "2005", false)]),
        DateCase("Le salon aura lieu les 1er et 2 décembre 2015.", nil,
                 [("1er", "2015-12-01", false), ("2 décembre 2015", "2015-12-02", false)]),
        DateCase("Le salon aura lieu du 12 au 14 avril 2016.", nil, [("du 12 au 14 avril 2016", "2016-04-12/2016-04-14", false)]),
        DateCase("Die Messe wurde am 21. Juli 2017 eröffnet.", nil, [("21. Juli 2017", "2017-07-21", false)]),
        DateCase("Das Unternehmen wurde im Jahr 2005 gegründet.", nil, [("2005", "2005", false)]),
        DateCase("Die Messe findet am 4. und 5. Oktober 2018 statt.", nil,
                 [("4", "2018-10-04", false), ("5. Oktober 2018", "2018-10-05", false)]),
        DateCase("Die Messe findet vom 1. bis 5. April 2019 statt.", nil, [("vom 1. bis 5. April 2019", "2019-04-01/2019-04-05", false)]),
    ]

    @Test(arguments: turkish + others)
    func dates(_ test: DateCase) throws {
        let reference = test.reference.flatMap(CalendarDate.init(iso:))
        let analysis = try Fixture.analyze(test.input, referenceDate: reference)
        let found = analysis.entities.filter { $0.type == .date }.map { entity -> DateCase.Expected in
            guard case .date(let value) = entity.value else { return DateCase.Expected(text: entity.text, value: "?", relative: false) }
            return DateCase.Expected(text: entity.text, value: value, relative: entity.relative)
        }
        #expect(found == test.expected)
    }

    /// Offsets stay in the original text: `text[start..<end]` is the mention.
    @Test func offsetsPointIntoTheOriginalText() throws {
        let text = "Fuar 5 Mart’tan 8 Mart’a kadar sürecek; dün açıklandı."
        let analysis = try Fixture.analyze(text, referenceDate: CalendarDate(iso: ref))
        let dates = analysis.entities.filter { $0.type == .date }
        #expect(dates.map(\.text) == ["5 Mart’tan 8 Mart’a kadar", "dün"])
        #expect(dates.map(\.value) == [.date("2017-03-05/2017-03-08"), .date("2017-07-20")])
        for entity in dates {
            #expect(text.scalars(entity.start..<entity.end) == entity.text)
        }
    }
}
