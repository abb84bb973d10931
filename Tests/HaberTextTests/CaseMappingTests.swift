import HaberICU
import Testing

/// `CaseMapping.lowercase`: the Latin fast path (a table ICU filled per locale) must say
/// exactly what ICU says, and text it cannot map must still reach ICU.
@Suite("CaseMapping")
struct CaseMappingTests {
    /// ICU itself, for the whole text: the reference the fast path is held to.
    private func icuLowercase(_ text: String, _ locale: String) -> String {
        String(decoding: CaseMapping.lowercase(utf16: Array(text.utf16), locale: locale), as: UTF16.self)
    }

    @Test("lowercase by locale", arguments: [
        ("ANKARA", "tr", "ankara"),
        ("ISPARTA", "tr", "ısparta"),                 // Turkish dotless I by ICU's rule
        ("İSTANBUL", "tr", "istanbul"),               // Turkish dotted İ
        ("IĞDIR", "tr", "ığdır"),
        ("ÇĞÖŞÜ", "tr", "çğöşü"),
        ("ISPARTA", "en", "isparta"),
        ("İzmir", "en", "i\u{0307}zmir"),             // root: İ → i + combining dot above
        ("ÄPFEL ÜBER ÖL", "de", "äpfel über öl"),
        ("GROẞ", "de", "groß"),                       // U+1E9E: past the table, ICU maps it
        ("ÉTAT", "fr", "état"),
        ("AÑO", "es", "año"),
        ("Ǆ ǅ", "en", "ǆ ǆ"),                         // Latin Extended-B digraphs
        ("I\u{0307}ŞIK", "tr", "işık"),              // I + dot above: ICU's context rule
        ("ΟΔΟΣ", "el", "οδος"),                       // Greek final sigma: ICU's context rule
        ("10\u{00A0}MİLYON", "tr", "10\u{00A0}milyon"),
        ("Fransa’NIN", "tr", "fransa’nın"),           // curly apostrophe (U+2019): to ICU
        ("", "tr", ""),
    ])
    func lowercase(text: String, locale: String, expected: String) {
        #expect(CaseMapping.lowercase(text, locale: locale).unicodeScalars.elementsEqual(expected.unicodeScalars))
        #expect(CaseMapping.lowercase(text, locale: locale).unicodeScalars.elementsEqual(icuLowercase(text, locale).unicodeScalars))
    }

    /// Every scalar the table covers, alone and between letters, in locales with special
    /// rules (tr, az, lt) and without: the table is context-free, so any scalar whose ICU
    /// lowercase depends on its neighbours would fail here.
    @Test("the table agrees with ICU for every scalar below U+0300", arguments: ["tr", "az", "lt", "en", "de", "fr", "es", "nl"])
    func everyLatinScalar(locale: String) {
        var disagreements: [String] = []
        for value in UInt32(0)..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "A\(scalar)b", "\(scalar)\(scalar)I", "İ\(scalar)"] {
                let fast = CaseMapping.lowercase(text, locale: locale)
                let icu = icuLowercase(text, locale)
                if !fast.unicodeScalars.elementsEqual(icu.unicodeScalars) {
                    disagreements.append("U+\(String(value, radix: 16)) in \(locale)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}
