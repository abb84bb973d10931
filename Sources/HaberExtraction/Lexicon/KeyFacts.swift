import HaberText

/// Facts of a form's key (``TokenForm/keyID``, which numbers a form's `key` and `lower`
/// alike), kept per key id: worked out once per distinct key, not once per form.
///
/// Forms are many more than keys: a form is a spelling in one language, and `Ankara`,
/// `ANKARA` and `Ankara'da`, in Turkish and in English articles, are six forms of one key.
/// Of the 12,400 capitalized forms the place extractor read on the 2.59 MB bench, 2,750
/// had a key not read before. A table belongs to one pipeline (one thread), like
/// ``FormFacts``; when a document comes from another form space, the facts of the keys the
/// spaces share stay (``TokenizedDocument/sharedKeys(from:)``).
final class KeyFacts<Value>: @unchecked Sendable {
    private var space = -1
    private var values: [Value?] = []

    /// The ids a table holds room for at first.
    static var initialCount: Int { 1024 }

    init() {}

    /// The fact of the key of id `id` in `document`, computed by `compute` the first time
    /// the key is met.
    @inline(__always)
    func value(_ id: Int32, in document: TokenizedDocument, compute: () -> Value) -> Value {
        if space != document.formSpace { adopt(document) }
        let index = Int(id)
        if index < values.count, let known = values[index] { return known }
        return store(compute(), at: index)
    }

    /// Ids are handed out one after another, so the table is grown to twice its size at once
    /// (the unknown ones nil): grown to the id alone, it was extended by one element at each
    /// of the 27,000 new keys of the 2.59 MB bench (120 instructions each).
    @inline(never)
    private func store(_ value: Value, at index: Int) -> Value {
        if index >= values.count {
            let count = max(index + 1, 2 * values.count, Self.initialCount)
            values.append(contentsOf: repeatElement(nil, count: count - values.count))
        }
        values[index] = value
        return value
    }

    @inline(never)
    private func adopt(_ document: TokenizedDocument) {
        values.removeSubrange(min(values.count, document.sharedKeys(from: space))...)
        space = document.formSpace
    }
}
