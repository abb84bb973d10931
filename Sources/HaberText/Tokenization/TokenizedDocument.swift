/// A ``Document`` cut into tokens and sentences: what the extractors read.
///
/// Its parts are held in one object (``Storage``): the extractors and their readers each keep
/// a copy of the document, some hundred copies an article, and a copy of the parts themselves
/// retained and released their fifteen references (the document's arrays, the tokens, the
/// sentences, the form ids …) each time.
public struct TokenizedDocument: Sendable {
    @usableFromInline let storage: Storage

    @usableFromInline final class Storage: Sendable {
        @usableFromInline let document: Document
        @usableFromInline let language: String
        @usableFromInline let tokens: [Token]
        @usableFromInline let sentences: [Range<Int>]
        @usableFromInline let lowercaseKeys: [UInt64]
        @usableFromInline let formSpace: Int
        let formOwner: FormOwner
        @usableFromInline let formIDs: [Int32]
        @usableFromInline let firstNewForm: Int
        @usableFromInline let newFormTokens: [Int32]

        init(document: Document, language: String, tokens: [Token], sentences: [Range<Int>], lowercaseKeys: [UInt64],
             formSpace: Int, formOwner: FormOwner, formIDs: [Int32], firstNewForm: Int, newFormTokens: [Int32]) {
            self.document = document
            self.language = language
            self.tokens = tokens
            self.sentences = sentences
            self.lowercaseKeys = lowercaseKeys
            self.formSpace = formSpace
            self.formOwner = formOwner
            self.formIDs = formIDs
            self.firstNewForm = firstNewForm
            self.newFormTokens = newFormTokens
        }
    }

    @inlinable public var document: Document { storage.document }
    /// ISO 639-1 code of the detected language.
    @inlinable public var language: String { storage.language }
    @inlinable public var tokens: [Token] { storage.tokens }
    /// Token index ranges of the sentences, in order.
    @inlinable public var sentences: [Range<Int>] { storage.sentences }

    /// The ids (``TokenForm/keyID``) of the forms `lower` and `key` of every word the
    /// article writes in lowercase, as bits: a capitalized word among them is an ordinary
    /// word opening a sentence, not a name. A bit set over the ids, not a `Set`: it is built
    /// for every document, and hashing each id was a twentieth of tokenization.
    @inlinable var lowercaseKeys: [UInt64] { storage.lowercaseKeys }

    /// Whether the article also writes `token`'s key in lowercase (`Ankara'da` → `ankara`).
    /// Inlinable: asked of a document held in a class, a call copied the whole document first.
    @inlinable
    public func writesInLowercase(_ token: Token) -> Bool {
        let id = Int(token.form.keyID)
        let lowercaseKeys = storage.lowercaseKeys
        return id >> 6 < lowercaseKeys.count && lowercaseKeys[id >> 6] & (1 << UInt64(id & 63)) != 0
    }

    /// Which numbering the tokens' form ids belong to (see ``FormFacts``): one tokenizer's
    /// forms between two resets of its form table. Spaces of one tokenizer share the ids of
    /// its first forms (``FormSpaces/sharedForms(from:to:)``).
    @inlinable public var formSpace: Int { storage.formSpace }
    /// Keeps the tokens' forms alive (see ``Token/form``).
    var formOwner: FormOwner { storage.formOwner }

    /// How many of the first key ids (``TokenForm/keyID``) name the same keys in this
    /// document's form space as in space `old`: the keys of the forms the spaces share
    /// (``FormSpaces/sharedForms(from:to:)``), none when they share no forms.
    public func sharedKeys(from old: Int) -> Int {
        FormSpaces.sharedForms(from: old, to: formSpace) > 0 ? formOwner.keptKeys : 0
    }
    /// The form id (``TokenForm/id``) of every token, beside the tokens: a stage that looks
    /// up a fact per token reads four bytes a token here, where through the token it read a
    /// whole token and then the form it points to. Each such pass over the tokens missed the
    /// first-level cache about once a token, and most stages make one.
    @inlinable public var formIDs: [Int32] { storage.formIDs }

    /// The id of the first form the tokenizer made for this document: every form of the
    /// document from this id on was made for it, in the order of ``newFormTokens``. `Int.max`
    /// when not known (a document put together from another's tokens).
    @inlinable public var firstNewForm: Int { storage.firstNewForm }
    /// The index of the first token of each form made for this document, by id from
    /// ``firstNewForm``: a stage whose facts cover every form met before reads only these
    /// (``FormFacts/table(for:compute:)``), where it read every token.
    @inlinable public var newFormTokens: [Int32] { storage.newFormTokens }

    /// `keyCount`: how many key ids the tokenizer has handed out in this form space, so that
    /// the bits of ``lowercaseKeys`` are made at their size at once.
    ///
    /// One pass over the tokens, through pointers, reads the keys of a lowercase word's form:
    /// the bits grown word by word (a uniqueness check at every id) and the ids mapped in a
    /// pass of their own cost some forty instructions a token, 17 M on the 2.59 MB bench.
    ///
    /// `newForms`: the ids of the forms made for this document (none known when nil).
    /// `formIDs`: the tokens' form ids, as the tokenizer has them from its form table: read
    /// here through each token's form, they cost a cache miss for most distinct forms of a
    /// document (their objects lie all over the heap), a twentieth of tokenization.
    init(document: Document, language: String, tokens: [Token], sentences: [Range<Int>], formSpace: Int,
         formOwner: FormOwner, keyCount: Int = 0, newForms: Range<Int32>? = nil, formIDs knownIDs: [Int32]? = nil) {
        precondition(knownIDs.map { $0.count == tokens.count } ?? true, "a form id per token")
        var words = [UInt64](repeating: 0, count: (keyCount + 63) >> 6)
        // Ids past the bits made for `keyCount`: none when it counts every key.
        var beyond: [Int32] = []
        // A form made for the document is first met after every form made before it.
        var newFormTokens: [Int32] = []
        newFormTokens.reserveCapacity(newForms?.count ?? 0)
        var nextNewForm = newForms?.lowerBound ?? -1
        let formIDs = knownIDs ?? tokens.map { $0.form.id }
        formIDs.withUnsafeBufferPointer { ids in
            words.withUnsafeMutableBufferPointer { words in
                tokens.withUnsafeBufferPointer { tokens in
                    func insert(_ id: Int32) {
                        let word = Int(id) >> 6
                        if word < words.count { words[word] |= 1 << UInt64(id & 63) } else { beyond.append(id) }
                    }
                    // The form read through the token at each use: bound to a local, it was
                    // retained and released at every token.
                    for index in tokens.indices {
                        let id = ids[index]
                        if id == nextNewForm {
                            newFormTokens.append(Int32(truncatingIfNeeded: index))
                            nextNewForm &+= 1
                        }
                        guard tokens[index].kind == .word, !tokens[index].isCapitalized else { continue }
                        insert(tokens[index].form.lowerID)
                        if tokens[index].hasSuffix { insert(tokens[index].form.keyID) }
                    }
                }
            }
        }
        for id in beyond {
            let word = Int(id) >> 6
            if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
            words[word] |= 1 << UInt64(id & 63)
        }
        // Every form made for the document met, as the tokenizer makes none it does not use:
        // else none is told as made for it.
        let known = newForms.map { newFormTokens.count == $0.count } ?? false
        self.init(document: document, language: language, tokens: tokens, sentences: sentences, lowercaseKeys: words,
                  formSpace: formSpace, formOwner: formOwner, formIDs: formIDs,
                  firstNewForm: known ? Int(newForms?.lowerBound ?? 0) : .max, newFormTokens: known ? newFormTokens : [])
    }

    private init(document: Document, language: String, tokens: [Token], sentences: [Range<Int>], lowercaseKeys: [UInt64],
                 formSpace: Int, formOwner: FormOwner, formIDs: [Int32], firstNewForm: Int, newFormTokens: [Int32]) {
        storage = Storage(document: document, language: language, tokens: tokens, sentences: sentences,
                          lowercaseKeys: lowercaseKeys, formSpace: formSpace, formOwner: formOwner, formIDs: formIDs,
                          firstNewForm: firstNewForm, newFormTokens: newFormTokens)
    }

    /// The document cut after its first `count` tokens (sentences cut alike); the words
    /// written in lowercase stay those of the whole article.
    public func prefix(_ count: Int) -> TokenizedDocument {
        let sentences = sentences.compactMap { range -> Range<Int>? in
            range.lowerBound < count ? range.lowerBound..<min(range.upperBound, count) : nil
        }
        return TokenizedDocument(document: document, language: language, tokens: Array(tokens[..<count]), sentences: sentences,
                                 lowercaseKeys: lowercaseKeys, formSpace: formSpace, formOwner: formOwner,
                                 formIDs: Array(formIDs[..<count]), firstNewForm: firstNewForm,
                                 newFormTokens: Array(newFormTokens.prefix { Int($0) < count }))
    }

    /// The original text of tokens `range` (first token's start to last token's end).
    public func originalText(ofTokens range: Range<Int>) -> String {
        document.originalText(originalRange(ofTokens: range))
    }

    public func originalRange(ofTokens range: Range<Int>) -> Range<Int> {
        guard let first = range.first, let last = range.last else { return 0..<0 }
        return tokens[first].originalRange.lowerBound..<tokens[last].originalRange.upperBound
    }

    /// Whether token `index` opens its sentence.
    public func isSentenceStart(_ index: Int) -> Bool {
        index == 0 || tokens[index - 1].sentence != tokens[index].sentence
    }
}
