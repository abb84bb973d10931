@testable import HaberExtraction
import HaberText
import Testing

/// `OrganizationExtractor.CueTable`: the cue words a form is, worked out once per form as a
/// mask. One case a line: the language, a word, whether the language writes case endings,
/// and the cue words it is; the cues are a small table of their own, not the models' rows.
@Suite("Organization cue table")
struct OrganizationCueTableTests {
    static let cues: OrganizationCues = {
        var cues = OrganizationCues()
        cues.before = [["company"], ["-konzern"], ["such", "as"]]
        cues.after = [["şirketi"]]
        cues.listBefore = [["companies", "like"]]
        cues.conjunctions = ["and", "ve"]
        return cues
    }()

    @Test("the cue words of a form", arguments: [
        ("en", "company", false, ["company"]),
        ("en", "Company", false, ["company"]),
        ("en", "companies", false, ["companies"]),
        ("en", "companion", false, []),
        ("en", "such", false, ["such"]),
        ("en", "like", false, ["like"]),
        ("de", "Stahlkonzern", false, ["-konzern"]),
        ("de", "Konzern", false, []),
        ("tr", "şirketi", true, ["şirketi"]),
        ("tr", "şirketinin", true, ["şirketi"]),
        ("en", "şirketinin", false, []),
        ("en", "and", false, []),
        ("en", "Bosch", false, []),
    ] as [(String, String, Bool, [String])])
    func words(language: String, word: String, inflected: Bool, expected: [String]) throws {
        let table = OrganizationExtractor.CueTable(Self.cues, inflected: inflected)
        let document = try Self.document(word, language: language)
        let token = try #require(document.tokens.first)
        let facts = table.facts(of: token.form, kind: token.kind)
        let found = table.words.indices.filter { facts.words & OrganizationExtractor.CueTable.bit($0) != 0 }.map { table.words[$0] }
        #expect(found == expected)
    }

    @Test("conjunctions and masks")
    func conjunctions() throws {
        let table = OrganizationExtractor.CueTable(Self.cues, inflected: false)
        let document = try Self.document("and or", language: "en")
        try #require(document.tokens.count == 2)
        #expect(table.facts(of: document.tokens[0].form, kind: .word).isConjunction)
        #expect(!table.facts(of: document.tokens[1].form, kind: .word).isConjunction)
        func bits(_ words: [String]) -> UInt64 {
            words.reduce(0) { $0 | OrganizationExtractor.CueTable.bit(table.words.firstIndex(of: $1) ?? 99) }
        }
        #expect(table.endingBefore == bits(["company", "-konzern", "as", "like"]))
        #expect(table.openingAfter == bits(["şirketi"]))
        #expect(table.singleWordBefore == bits(["company", "-konzern"]))
    }

    /// `CueTable.mayBeCue(_:)`: true for every form that is a cue word (of its own, an
    /// inflection, a compound ending in one) or a conjunction, so that the context reader may
    /// skip the others; false for forms whose bytes open and end as no cue word does.
    @Test("the forms that may be cue words", arguments: [
        ("en", "company", false, true),
        ("en", "Company", false, true),
        ("en", "like", false, true),
        ("en", "and", false, true),
        ("tr", "ve", true, true),
        ("de", "Stahlkonzern", false, true),
        ("tr", "şirketinin", true, true),
        ("en", "Bosch", false, false),
        ("de", "Stahlwerk", false, false),
        ("en", "or", false, false),
    ] as [(String, String, Bool, Bool)])
    func mayBeCue(language: String, word: String, inflected: Bool, expected: Bool) throws {
        let table = OrganizationExtractor.CueTable(Self.cues, inflected: inflected)
        let document = try Self.document(word, language: language)
        let token = try #require(document.tokens.first)
        let facts = table.facts(of: token.form, kind: token.kind)
        #expect(table.mayBeCue(token.form) == expected)
        if facts.words != 0 || facts.isConjunction { #expect(table.mayBeCue(token.form)) }
    }

    /// `text` tokenized: the document keeps its tokens' forms alive.
    private static func document(_ text: String, language: String) throws -> TokenizedDocument {
        let models = try Fixture.models.get()
        return try Tokenizer(resources: models.text).tokenize(TextNormalizer().document(for: text), language: language)
    }
}
