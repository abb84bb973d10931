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

    /// Whether a phrase goes on is kept per node, beside the nodes: unknown until set, then
    /// what was set, and unknown again when the trie starts again.
    @Test func whetherAPhraseGoesOnIsKeptPerNode() throws {
        let models = try Fixture.models.get()
        let tokenizer = try Tokenizer(resources: models.text)
        let normalizer = TextNormalizer()
        let document = try tokenizer.tokenize(normalizer.document(for: "Orta Doğu Teknik Üniversitesi"), language: "tr")
        let words = document.tokens.indices.filter { document.tokens[$0].kind == .word }
        var trie = PhraseTrie<String>()
        trie.prepare(for: document)
        // (words of the phrase, whether a longer name goes on after them)
        let cases = [(1, true), (2, false), (4, true)]
        for (count, continues) in cases {
            let node = Self.node(of: document, words[0]..<(words[count - 1] + 1), in: &trie)
            #expect(trie.continues(at: node) == nil)
            trie.setContinues(continues, at: node)
        }
        for (count, continues) in cases {
            #expect(trie.continues(at: Self.node(of: document, words[0]..<(words[count - 1] + 1), in: &trie)) == continues)
        }
        // A node made by the call is read after it (not by an expression that reads the trie
        // before the call adds the node).
        let unset = Self.node(of: document, words[0]..<(words[2] + 1), in: &trie)
        #expect(trie.continues(at: unset) == nil)
        let other = try Tokenizer(resources: models.text).tokenize(normalizer.document(for: "Orta Doğu"), language: "tr")
        trie.prepare(for: other)
        let again = Self.node(of: other, 0..<1, in: &trie)
        #expect(trie.continues(at: again) == nil)
    }

    /// Form ids are numbered per form space: a document of another space (another
    /// tokenizer, or the same one after a reset of its table) starts the trie again. Keeping
    /// the phrases of the forms two spaces share was tried (session 15): the tries then
    /// grew to their limit, and the 1 GB run's peak rose from 99 to 124 MB.
    @Test func anotherFormSpaceStartsAgain() throws {
        let models = try Fixture.models.get()
        let normalizer = TextNormalizer()
        let first = try Tokenizer(resources: models.text).tokenize(normalizer.document(for: "Orta Doğu Teknik Üniversitesi"), language: "tr")
        var trie = PhraseTrie<String>()
        trie.prepare(for: first)
        let node = Self.node(of: first, 0..<first.tokens.count, in: &trie)
        trie.nodes[Int(node)].value = "ODTÜ"
        trie.prepare(for: first)
        #expect(trie.nodes[Int(Self.node(of: first, 0..<first.tokens.count, in: &trie))].value == "ODTÜ")
        let other = try Tokenizer(resources: models.text).tokenize(normalizer.document(for: "Orta Doğu Teknik Üniversitesi"), language: "tr")
        #expect(other.formSpace != first.formSpace)
        trie.prepare(for: other)
        #expect(trie.nodes.count == 1)
        #expect(trie.nodes[Int(Self.node(of: other, 0..<other.tokens.count, in: &trie))].value == nil)
    }
}
