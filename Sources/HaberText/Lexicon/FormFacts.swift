import Synchronization

/// Facts that a later stage works out about a token's form, kept per form id so that each
/// is computed once per distinct form rather than once per token.
///
/// A table belongs to one pipeline (one thread, like the tokenizer whose ids it indexes):
/// it holds no lock. Form ids are numbered per tokenizer and generation of its form table
/// (``TokenizedDocument/formSpace``); when a document comes from another space the table
/// starts again.
///
///     let opensDate = FormFacts<Bool>()
///     opensDate.value(for: token.form, in: document) { form in grammar.mayOpen(form.key) }
public final class FormFacts<Value>: @unchecked Sendable {
    @usableFromInline var space = -1
    @usableFromInline var values: [Value?] = []

    public init() {}

    /// The fact for `form`, computed by `compute` the first time the form is met.
    @inlinable
    public func value(for form: TokenForm, in document: TokenizedDocument, compute: (TokenForm) -> Value) -> Value {
        let id = Int(form.id)
        if space == document.formSpace, id < values.count, let known = values[id] { return known }
        return remember(compute(form), for: id, space: document.formSpace)
    }

    @inlinable
    func remember(_ value: Value, for id: Int, space: Int) -> Value {
        if space != self.space {
            values.removeAll(keepingCapacity: true)
            self.space = space
        }
        Self.extend(&values, toHold: id)
        values[id] = value
        return value
    }

    /// Makes room in `table` for form `id`.
    ///
    /// A table grows with the tokenizer's form ids, which stop a little after
    /// ``Tokenizer/formLimit`` before the form table resets: left to `Array`'s doubling, every
    /// table of every pipeline reached 32,768 entries for 20,000 forms, and the tables of large
    /// facts were most of the heap (money's per-form facts alone 4.7 MB a thread).
    @usableFromInline
    static func extend(_ table: inout [Value?], toHold id: Int) {
        guard id >= table.count else { return }
        if id >= table.capacity {
            let doubled = max(id + 1, table.capacity * 2)
            let limit = Tokenizer.formLimit + Tokenizer.formLimit / 8
            table.reserveCapacity(id < limit ? min(doubled, limit) : doubled)
        }
        table.append(contentsOf: repeatElement(nil, count: id + 1 - table.count))
    }
}

/// Numbers the form spaces of every tokenizer of the process: a space is one tokenizer's
/// forms between two resets of its table.
public enum FormSpaces {
    private static let next = Atomic<Int>(0)

    public static func make() -> Int {
        next.wrappingAdd(1, ordering: .relaxed).oldValue
    }
}
