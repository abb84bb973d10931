import HaberExtraction
import Testing

/// `PercentExtractor` through the whole pipeline: every PERCENT entity of a line, in order,
/// with its text as written and its value.
@Suite("PercentExtractor")
struct PercentExtractorTests {
    /// Each row: a line and the PERCENT entities it holds (empty: none).
    @Test("percentages", arguments: [
        ("Firmaların yüzde 58 oranında büyüdü.", [("yüzde 58", 58)]),
        ("Firmaların yüzde 58’i küçük ölçekli.", [("yüzde 58", 58)]),
        ("Oran %58 oldu.", [("%58", 58)]),
        ("Oran % 58 oldu.", [("% 58", 58)]),
        ("Oran %58,5 oldu.", [("%58,5", 58.5)]),
        ("Oran yüzde 2,5 oldu.", [("yüzde 2,5", 2.5)]),
        ("Oran yüzde 52.6 oldu.", [("yüzde 52.6", 52.6)]),
        ("Oran 58% oldu.", [("58%", 58)]),
        ("Oran yüzde elli sekiz oldu.", [("yüzde elli sekiz", 58)]),
        ("Oran yüzde yüz oldu.", [("yüzde yüz", 100)]),
        ("Büyüme eksi yüzde beş oldu.", [("eksi yüzde beş", -5)]),
        ("Oran yüzde 20-30 arttı.", [("yüzde 20", 20), ("30", 30)]),
        ("Oran yüzde 20 ile 30 arasında arttı.", [("yüzde 20", 20), ("30", 30)]),
        ("Oran yüzde 20 ila 30 arttı.", [("yüzde 20", 20), ("30", 30)]),
        ("Oran yüzde 20 ile 30 kişi arttı.", [("yüzde 20", 20)]),
        ("Devlet yüzde 15’lik ek destek veriyor.", [("yüzde 15", 15)]),
        ("Gelirin %70’ini aldı.", [("%70", 70)]),
        ("The rate was 58 percent last year.", [("58 percent", 58)]),
        ("The rate was 58% last year.", [("58%", 58)]),
        ("Le taux est de 58 % cette année.", [("58 %", 58)]),
        ("Le taux est de 58 pour cent cette année.", [("58 pour cent", 58)]),
        ("Die Quote lag bei 58 Prozent im Jahr.", [("58 Prozent", 58)]),
        ("Die Quote lag bei 58 % im Jahr.", [("58 %", 58)]),
        ("Toplantıya 58 kişi katıldı.", []),
        ("Şirketin yüzde otuzunu aldı.", [("yüzde otuzunu", 30)]),
        ("The rate was 58 per cent last year.", [("58 per cent", 58)]),
        ("La tasa fue del 58 por ciento este año.", [("58 por ciento", 58)]),
        // The decimal separator of the language (`models/languages.tsv`).
        ("The index rose 1,000 percent in a decade.", [("1,000 percent", 1000)]),
        ("Endeks yüzde 1,000 arttı.", [("yüzde 1,000", 1)]),
        // A number spelled out before the percent word, hyphenated parts included.
        ("Die Produktion ist in diesem Jahr um zwölf Prozent gesunken.", [("zwölf Prozent", 12)]),
        ("The rate rose by twenty-five percent in the last year.", [("twenty-five percent", 25)]),
        ("The rate was one hundred percent for the first time.", [("one hundred percent", 100)]),
        ("Le taux a augmenté de vingt-cinq pour cent cette année.", [("vingt-cinq pour cent", 25)]),
        ("La tasa subió un veinte por ciento en el último año.", [("veinte por ciento", 20)]),
        ("The company said that the percent figures were wrong.", []),
    ] as [(String, [(String, Double)])])
    func percentages(line: String, expected: [(String, Double)]) throws {
        let entities = try Fixture.analyze(line).entities.filter { $0.type == .percent }
        let found = entities.map { "\($0.text) = \($0.value)" }
        let wanted = expected.map { "\($0.0) = \(EntityValue.number($0.1))" }
        #expect(found == wanted, "in «\(line)»")
        checkOffsets(entities, in: line)
    }
}
