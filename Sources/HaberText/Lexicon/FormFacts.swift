import Synchronization

/// Facts that a later stage works out about a token's form, kept per form id so that each
/// is computed once per distinct form rather than once per token.
///
/// A table belongs to one pipeline (one thread, like the tokenizer whose ids it indexes):
/// it holds no lock. Form ids are numbered per tokenizer and generation of its form table
/// (``TokenizedDocument/formSpace``); when a document comes from another space the table
/// starts again, but for the facts of the forms the new space shares with the old one
/// (``FormSpaces``).
///
///     let opensDate = FormFacts<Bool>()
///     opensDate.value(for: token.form, in: document) { form in grammar.mayOpen(form.key) }
public final class FormFacts<Value>: @unchecked Sendable {
    /// The space of ``values``, the table ``table(for:compute:)`` fills for every token.
    @usableFromInline var space = -1
    @usableFromInline var values: [Value?] = []
    /// Every form id below this one has its fact in ``values``.
    @usableFromInline var filled = 0
    /// The space of ``slots`` and ``known``, where ``value(for:in:compute:)`` keeps facts.
    @usableFromInline var sparseSpace = -1
    /// Per form id, 1 + the fact's place in ``known``, or 0 when not computed yet.
    @usableFromInline var slots: [UInt32] = []
    @usableFromInline var known: [Value] = []

    public init() {}

    /// The fact for `form`, computed by `compute` the first time the form is met.
    ///
    /// Facts asked one form at a time are kept in the order they were computed, behind a
    /// 4-byte slot per form id: a stage asks them of few forms (the words after a number,
    /// a capitalized word), and a table of the facts themselves sized for every form id held
    /// a money or date fact of 100 bytes or more for each of the 20,000 forms of each pipeline,
    /// most of the heap (see ``extend(_:toHold:)``).
    @inlinable
    public func value(for form: TokenForm, in document: TokenizedDocument, compute: (TokenForm) -> Value) -> Value {
        let id = Int(form.id)
        if sparseSpace != document.formSpace { adopt(document.formSpace) }
        if id < slots.count {
            let slot = Int(slots[id])
            if slot > 0 { return known[slot - 1] }
        }
        return remember(compute(form), for: id, space: document.formSpace)
    }

    /// The fact for the form of id `id` when it is computed already, else nil.
    ///
    /// Asked by the form's id, not the form: passing a token's form (held `unowned(unsafe)`)
    /// to ``value(for:in:compute:)`` retains and releases it at every ask, some 40
    /// instructions a hit and a third of a date fact's cost on the bench articles.
    /// `space` is the document's ``TokenizedDocument/formSpace`` (the document itself, passed
    /// by value, was copied at every ask).
    @inlinable @inline(__always)
    public func known(_ id: Int32, space: Int) -> Value? {
        if sparseSpace != space { adopt(space) }
        let id = Int(id)
        guard id < slots.count else { return nil }
        let slot = Int(slots[id])
        return slot > 0 ? known[slot - 1] : nil
    }

    /// Keeps `value` as the fact of the form of id `id` in form space `space`, and returns it:
    /// for a stage that works a fact out in a method of its own after ``known(_:space:)``
    /// said nil, where a closure handed to ``value(for:in:compute:)`` would copy what it captures.
    @inlinable @discardableResult
    public func store(_ value: Value, for id: Int32, space: Int) -> Value {
        remember(value, for: Int(id), space: space)
    }

    @inlinable
    func remember(_ value: Value, for id: Int, space: Int) -> Value {
        if space != sparseSpace { adopt(space) }
        // One plain append a form, where `append(contentsOf: repeatElement(…))` cost some 80
        // instructions: a form's id is most often the next one.
        while id >= slots.count { slots.append(0) }
        known.append(value)
        slots[id] = UInt32(truncatingIfNeeded: known.count)
        return value
    }

    /// Moves the facts asked one form at a time to form space `space`: those of the forms
    /// it shares with the current one (``FormSpaces/sharedForms(from:to:)``) stay, the others go.
    ///
    /// In place: a copy of the kept facts beside the table (a money or place fact is 100 bytes
    /// or more) raised the 1 GB run's peak by some megabytes at every reset.
    ///
    /// Inlinable, so that it is specialized for each fact (but kept out of line, as it runs
    /// once a form space): generic, each fact moved through the value witnesses, some 800
    /// instructions a fact kept and 20 M on the 2.59 MB bench.
    @inlinable @inline(never)
    func adopt(_ space: Int) {
        let kept = min(slots.count, FormSpaces.sharedForms(from: sparseSpace, to: space))
        slots.removeSubrange(kept...)
        // The new place of each fact kept (1-based, as in `slots`), 0 for a fact that goes.
        var places = [UInt32](repeating: 0, count: known.count)
        for slot in slots where slot > 0 { places[Int(slot) - 1] = 1 }
        var count = 0
        for index in known.indices where places[index] > 0 {
            if count != index { known.swapAt(count, index) }
            count += 1
            places[index] = UInt32(truncatingIfNeeded: count)
        }
        known.removeSubrange(count...)
        for id in slots.indices where slots[id] > 0 { slots[id] = places[Int(slots[id]) - 1] }
        sparseSpace = space
    }

    /// Makes room in `table` for form `id`.
    ///
    /// A table grows with the tokenizer's form ids, which stop a little after
    /// ``Tokenizer/formLimit`` before the form table resets: left to `Array`'s doubling, every
    /// table of every pipeline reached 32,768 entries for 20,000 forms, and the tables of large
    /// facts were most of the heap (money's per-form facts alone 4.7 MB a thread). Inlinable,
    /// so that it is specialized for each fact: generic, it cost 6,000 instructions a form.
    /// The entries are appended one by one: the id is most often the count, and
    /// `append(contentsOf: repeatElement(nil, count: 1))` cost some 80 instructions a form.
    @inlinable
    static func extend(_ table: inout [Value?], toHold id: Int) {
        guard id >= table.count else { return }
        if id >= table.capacity {
            let doubled = max(id + 1, table.capacity * 2)
            let limit = Tokenizer.formLimit + Tokenizer.formLimit / 8
            table.reserveCapacity(id < limit ? min(doubled, limit) : doubled)
        }
        while id >= table.count { table.append(nil) }
    }
}

/// Numbers the form spaces of every tokenizer of the process: a space is one tokenizer's
/// forms between two resets of its table.
///
/// A space is a tokenizer's number and a generation: when the tokenizer empties its table
/// but for its first forms (``Tokenizer/keptForms``), the next generation gives them the
/// same ids, so the facts of those forms stay good from one space to the next.
public enum FormSpaces {
    private static let next = Atomic<Int>(0)
    /// The low bits of a space number its generation.
    @usableFromInline static let generationBits = 24

    /// The first space of a new tokenizer.
    public static func make() -> Int {
        next.wrappingAdd(1, ordering: .relaxed).oldValue << generationBits
    }

    /// The space after `space` of the same tokenizer, which keeps its first forms.
    static func following(_ space: Int) -> Int {
        let mask = 1 << generationBits - 1
        return space & mask == mask ? make() : space + 1
    }

    /// How many of the first form ids name the same forms in space `new` as in space `old`:
    /// ``Tokenizer/keptForms`` when both are generations of one tokenizer, else none (nor
    /// from -1, no space yet).
    @inlinable
    public static func sharedForms(from old: Int, to new: Int) -> Int {
        old >= 0 && new >= 0 && old >> generationBits == new >> generationBits ? Tokenizer.keptForms : 0
    }
}
