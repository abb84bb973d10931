import HaberText
import Testing

/// `ASCIIFolds`: the cached folds of the Latin letters stand for ICU's transliterator.
@Suite("ASCIIFolds")
struct ASCIIFoldsTests {
    static func folds() throws -> ASCIIFolds {
        try #require(ASCIIFolds(rows: ASCIIFolds.rows().map { $0.map { Substring($0) } }))
    }

    /// A tokenizer reading the cached folds, and one asking ICU for every letter.
    static func tokenizers() throws -> (cached: Tokenizer, icu: Tokenizer) {
        var resources = TextResources()
        resources.asciiFolds = try folds()
        return (try Tokenizer(resources: resources), try Tokenizer(resources: TextResources()))
    }

    @Test("words fold as ICU folds them", arguments: [
        "ığdır", "gümüşhane", "çağrı", "œuvre", "straße", "łódź", "ǆemal", "ǈubljana", "ĳssel", "þór", "ðe", "søren",
        "æble", "ŀlegal", "e\u{301}te", "i\u{307}stanbul", "москва", "αθήνα", "ȷ", "ɐ", "ǿ", "ħal", "ŉ", "ſ", "ÿ", "\u{A0}", "ankara’da", "“tır”", "€", "2013–2017", "„x“", "₺", "‰",
    ])
    func word(word: String) throws {
        let (cached, icu) = try Self.tokenizers()
        #expect(cached.fold(word) == icu.fold(word))
    }

    @Test("every scalar of the table folds as ICU folds it alone")
    func everyScalar() throws {
        let (cached, icu) = try Self.tokenizers()
        for value in ASCIIFolds.blocks.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(cached.fold(String(scalar)) == icu.fold(String(scalar)), "U+\(String(value, radix: 16))")
        }
    }

    @Test("rows not one per scalar in order are refused", arguments: [0, 1, 2, 3])
    func refused(damage: Int) throws {
        var rows = try ASCIIFolds.rows().map { $0.map { Substring($0) } }
        switch damage {
        case 0: rows.removeLast()
        case 1: rows.swapAt(3, 4)
        case 2: rows[7] = [rows[7][0]]
        default: rows = []
        }
        #expect(ASCIIFolds(rows: rows) == nil)
    }
}
