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
        while values.count <= id { values.append(nil) }
        values[id] = value
        return value
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
