import Testing
import HaberText
@testable import HaberExtraction

/// The trie of phrases over form ids (``PhraseTrie``): what was looked up for a phrase is
/// found again at its node, in the same form space and, for phrases of the forms two spaces
/// share, in the space that follows a reset of the form table.
struct PhraseTrieTests {
    private static func node(of document: TokenizedDocument, _ tokens: Range<Int>, in trie: inout PhraseTrie<String>) -> Int32 {
        var node = PhraseTrie<String>.root
        for index in tokens {
            node = trie.node(after: node, form: document.formIDs[index], space: index > tokens.lowerBound && document.tokens[index].spaceBefore)
        }
        return node
    }

    @Test func aPhraseMetAgainIsTheSameNode() throws {
        let models = try Fixture.models.get()
        let tokenizer = try Tokenizer(resources: models.text)
        let document = try tokenizer.tokenize(TextNormalizer().document(for: "Orta Doğu Teknik Üniversitesi ve Orta Doğu Teknik Üniversitesi"), language: "tr")
        var trie = PhraseTrie<String>()
        trie.prepare(for: document)
        let words = document.tokens.indices.filter { document.tokens[$0].kind == .word }
        let first = Self.node(of: document, words[0]..<(words[3] + 1), in: &trie)
        trie.nodes[Int(first)].value = "ODTÜ"
        let second = Self.node(of: document, words[5]..<(words[8] + 1), in: &trie)
        #expect(second == first)
        #expect(trie.nodes[Int(second)].value == "ODTÜ")
        // A shorter phrase is another node, with nothing looked up yet.
        let shorter = Self.node(of: document, words[0]..<(words[2] + 1), in: &trie)
        #expect(shorter != first)
        #expect(trie.nodes[Int(shorter)].value == nil)
    }

    @Test func phrasesOfTheSharedFormsOutliveAReset() throws {
        let models = try Fixture.models.get()
        let tokenizer = try Tokenizer(resources: models.text)
        let normalizer = TextNormalizer()
        let early = try tokenizer.tokenize(normalizer.document(for: "Orta Doğu Teknik Üniversitesi"), language: "tr")
        // Forms met after the first ``Tokenizer/keptForms``, in the same space: not shared.
        let first = (0...(Tokenizer.keptForms + 100)).map { "kelime\($0)" }.joined(separator: " ")
        _ = try tokenizer.tokenize(normalizer.document(for: first), language: "tr")
        let late = "kelime\(Tokenizer.keptForms + 50) kelime\(Tokenizer.keptForms + 51)"
        var trie = PhraseTrie<String>()
        trie.prepare(for: early)
        let known = Self.node(of: early, 0..<early.tokens.count, in: &trie)
        trie.nodes[Int(known)].value = "ODTÜ"
        let lateBefore = try tokenizer.tokenize(normalizer.document(for: late), language: "tr")
        #expect(lateBefore.formSpace == early.formSpace)
        #expect(lateBefore.formIDs.allSatisfy { $0 >= Int32(Tokenizer.keptForms) })
        trie.prepare(for: lateBefore)
        let lateNode = Self.node(of: lateBefore, 0..<lateBefore.tokens.count, in: &trie)
        trie.nodes[Int(lateNode)].value = "late"
        let nodesBefore = trie.nodes.count
        // Enough new forms for the next document to begin a new space.
        let crowd = (0...Tokenizer.formLimit).map { "sözcük\($0)" }.joined(separator: " ")
        _ = try tokenizer.tokenize(normalizer.document(for: crowd), language: "tr")
        let again = try tokenizer.tokenize(normalizer.document(for: "Orta Doğu Teknik Üniversitesi"), language: "tr")
        #expect(again.formSpace != early.formSpace)
        trie.prepare(for: again)
        #expect(trie.nodes.count < nodesBefore)
        #expect(trie.nodes[Int(Self.node(of: again, 0..<again.tokens.count, in: &trie))].value == "ODTÜ")
        let lateAgain = try tokenizer.tokenize(normalizer.document(for: late), language: "tr")
        #expect(lateAgain.formSpace == again.formSpace)
        #expect(trie.nodes[Int(Self.node(of: lateAgain, 0..<lateAgain.tokens.count, in: &trie))].value == nil)
        // A document of another tokenizer shares no forms: the trie starts again.
        let other = try Tokenizer(resources: models.text).tokenize(normalizer.document(for: "Orta Doğu Teknik Üniversitesi"), language: "tr")
        trie.prepare(for: other)
        #expect(trie.nodes.count == 1)
    }
}
