extension FormFacts {
    /// The fact of every form `document` writes, as one array indexed by form id
    /// (``TokenForm/id``); `compute` is called with the first token of each form not met
    /// before.
    ///
    /// For a stage that asks a fact of every token: reading the array costs one load a
    /// token, where ``value(for:in:compute:)`` checks the form space and the table at each
    /// call. Every form of `document` has its fact in the array; other entries may be nil.
    ///
    ///     let opens = opensFacts.table(for: document) { token in lexicon.mayOpen(token.form.key) }
    ///     for (index, token) in document.tokens.enumerated() where opens[Int(token.form.id)] == true { … }
    ///
    /// The array shares the table's storage until the table is written again: use it for
    /// the document, and do not ask this table for other facts from `compute`.
    ///
    /// - Complexity: O(*n*) for *n* tokens, plus `compute` once per form not met before; only
    ///   O(*m*) for the *m* forms made for `document` when the table holds every form met before
    ///   it (a stage that asks for the table of every document).
    @inlinable
    public func table(for document: TokenizedDocument, compute: (Token) -> Value) -> [Value?] {
        // Take the storage out of the object, so that the loop writes a uniquely held local
        // array (no copy, no exclusivity check per token), and put it back after.
        var table = values
        values = []
        if space != document.formSpace {
            let kept = min(table.count, FormSpaces.sharedForms(from: space, to: document.formSpace))
            table.removeSubrange(kept...)
            space = document.formSpace
            filled = min(filled, kept)
        }
        if document.firstNewForm <= filled {
            // Every form met before has its fact: only the forms made for the document are
            // new, each first met at its token of ``TokenizedDocument/newFormTokens``, in the
            // order the tokens would find them. Reading every token cost some sixteen
            // instructions a token a table, 32 M on the 2.59 MB bench for five tables.
            for (offset, tokenIndex) in document.newFormTokens.enumerated() {
                let id = document.firstNewForm + offset
                if id < table.count, table[id] != nil { continue }
                let value = compute(document.tokens[Int(tokenIndex)])
                Self.extend(&table, toHold: id)
                table[id] = value
            }
        } else {
            for (index, formID) in document.formIDs.enumerated() {
                let id = Int(formID)
                if id < table.count, table[id] != nil { continue }
                let value = compute(document.tokens[index])
                Self.extend(&table, toHold: id)
                table[id] = value
            }
        }
        while filled < table.count, table[filled] != nil { filled += 1 }
        values = table
        return table
    }
}
