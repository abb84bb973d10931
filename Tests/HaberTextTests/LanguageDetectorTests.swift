import Foundation
@testable import HaberText
import Testing

/// `LanguageDetector` and the UTF-16 decoding of normalized text.
@Suite("LanguageDetector")
struct LanguageDetectorTests {
    /// Each row: a text and the language it is in.
    @Test("the language of a text", arguments: [
        ("Kümelenme ve ihracat için bu yıl yeni bir program başlatıldı.", "tr"),
        ("KÜMELENME VE İHRACAT İÇİN BU YIL YENİ BİR PROGRAM BAŞLATILDI.", "tr"),
        ("The cluster and its members said that the new programme is for exports.", "en"),
        ("THE CLUSTER AND ITS MEMBERS SAID THAT THE PROGRAMME IS FOR EXPORTS.", "en"),
        ("Le pôle et ses membres ont présenté les résultats de la région.", "fr"),
        ("Der Cluster und seine Mitglieder haben die Ergebnisse für die Region vorgestellt.", "de"),
        ("El clúster y sus socios presentaron los resultados de la región.", "es"),
        ("EL CLÚSTER Y SUS SOCIOS PRESENTARON LOS RESULTADOS DE LA REGIÓN.", "es"),
        ("La asociación firmó un acuerdo con las empresas turcas para exportar más.", "es"),
        ("Según el presidente, la feria de este año fue un éxito.", "es"),
        // One-line sentences: a word French and Spanish share (`y`, `la`) decides nothing.
        ("Nous y allons demain.", "fr"),
        ("Il y a trois ans, la chambre a signé.", "fr"),
        ("Ça coûte quinze euros.", "fr"),
        ("Nos vemos mañana en Bilbao.", "es"),
        ("¿Cuándo llega la delegación?", "es"),
        ("Wir sehen uns morgen in Köln.", "de"),
        ("Yarın görüşürüz.", "tr"),
        ("Straße", "de"),
        ("Işık", "tr"),
        ("", "tr"),
        ("12345 678", "tr"),
        ("Ankara", "tr"),
    ])
    func language(text: String, expected: String) throws {
        let resources = try Fixture.resources.get()
        let detector = LanguageDetector(functionWords: resources.functionWords, languages: resources.languages)
        #expect(detector.language(of: Fixture.normalizer.document(for: text)) == expected)
    }

    /// Every article of the corpus is in the language its gold file gives (`lang`): Spanish,
    /// added as data only, is told apart from French, which shares `de`, `la` and `que`.
    @Test("each corpus article is detected in its gold language", arguments: Fixture.articles)
    func corpusLanguage(article: URL) throws {
        let resources = try Fixture.resources.get()
        let detector = LanguageDetector(functionWords: resources.functionWords, languages: resources.languages)
        let gold = Fixture.packageRoot.appendingPathComponent("corpus/gold")
            .appendingPathComponent(article.deletingPathExtension().lastPathComponent + ".json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as? [String: Any]
        let expected = try #require(object?["lang"] as? String)
        let text = try String(contentsOf: article, encoding: .utf8)
        #expect(detector.language(of: Fixture.normalizer.document(for: text)) == expected)
    }

    /// Each row: a text and how its normalized UTF-16 decodes back (lone surrogates, which
    /// lossy input can carry, become U+FFFD).
    @Test("normalized text decodes every plane", arguments: [
        ("ascii", "ascii"),
        ("İŞİM’in", "İŞİM'in"),
        ("€ ₺ 中文", "€ ₺ 中文"),
        ("👍🏽 🇹🇷 𝔸", "👍🏽 🇹🇷 𝔸"),
        ("a\u{FFFD}b", "a\u{FFFD}b"),
    ])
    func decoding(text: String, expected: String) {
        let document = Fixture.normalizer.document(for: text)
        #expect(document.normalized.unicodeScalars.elementsEqual(expected.unicodeScalars))
        #expect(document.normalizedText(0..<document.units.count) == expected)
    }
}

/// The hand-rolled UTF-16 → String decoding, on units no Swift string can hold.
@Suite("UTF-16 decoding")
struct UTF16DecodingTests {
    /// Each row: UTF-16 units and the scalars they decode to.
    @Test("units decode to scalars, lone surrogates to U+FFFD", arguments: [
        ([0x41, 0x42], "AB"),
        ([0xE7, 0x131, 0x20AC], "çı€"),
        ([0xD83D, 0xDC4D], "👍"),
        ([0xD800], "\u{FFFD}"),
        ([0xDC00, 0x41], "\u{FFFD}A"),
        ([0x41, 0xD800, 0x42], "A\u{FFFD}B"),
        ([0xD800, 0xD800, 0xDC00], "\u{FFFD}\u{10000}"),
        ([], ""),
    ] as [([UInt16], String)])
    func decode(units: [UInt16], expected: String) {
        let decoded = String(utf16Units: units[...])
        #expect(decoded.unicodeScalars.elementsEqual(expected.unicodeScalars))
        #expect(decoded == String(decoding: units, as: UTF16.self))
    }
}
