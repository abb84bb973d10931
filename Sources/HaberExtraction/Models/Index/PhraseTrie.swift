import HaberText

/// Phrases of several tokens, numbered by the forms of their tokens as articles meet them: a
/// trie over form ids (``TokenForm/id``) and the white space between the tokens, grown on
/// first sight, so that a phrase met again costs one integer probe a token instead of a
/// string built, hashed and searched for in a gazetteer.
///
/// What a lookup found for a phrase (whether some name goes on after it, the entries it
/// names) is kept at its node. Form ids are numbered per form space, so the trie starts
/// again when a document comes from another space (``prepare(for:)``); it belongs to one
/// pipeline (one thread), like the ``FormFacts`` it complements.
///
///     phrases.prepare(for: document)
///     var node = phrases.node(after: PhraseTrie.root, form: tokens[start].form.id, space: false)
///     node = phrases.node(after: node, form: tokens[start + 1].form.id, space: tokens[start + 1].spaceBefore)
///     if phrases.nodes[Int(node)].value == nil { phrases.nodes[Int(node)].value = lookUp(…) }
///
/// - Complexity: ``node(after:form:space:)`` is one multiply of a 64-bit integer and a probe.
struct PhraseTrie<Value> {
    /// The empty phrase, which every phrase extends.
    static var root: Int32 { 0 }

    struct Node {
        /// What the phrase itself names.
        var value: Value?
    }

    /// The nodes, by number; the caller fills in what it looked up.
    var nodes: [Node] = [Node()]
    /// Whether some name is longer than each node's phrase and opens with it, by node (0: not
    /// known yet, 1: no, 2: yes): read at every word of a phrase, one byte a node stays in
    /// the cache where a field of the nodes (some 50 bytes each) cost a miss a read.
    private var continuations: [UInt8] = [0]

    /// A slot of the table of children.
    private struct Child {
        var key: UInt64 = 0
        var node: Int32 = 0
    }
    /// The children of the nodes, an open-addressing table of a power-of-two size: the key
    /// (node, form id, space before the form) and the child side by side (0, the root, for
    /// an empty slot), so that a probe reads one cache line: keys and children in two arrays
    /// cost two misses a probe once the table outgrew the cache. A `Dictionary` hashed each
    /// key with SipHash, some 250 instructions a step; a multiply does here.
    private var children: [Child] = []
    private var space = -1
    /// The most nodes kept: the trie starts again when it has more (memory stays flat).
    private let limit: Int

    init(limit: Int = 100_000) {
        self.limit = limit
    }

    /// Starts again when `document`'s form ids are numbered in another space than the
    /// phrases kept, or when the trie holds more than its limit.
    mutating func prepare(for document: TokenizedDocument) {
        guard space != document.formSpace || nodes.count > limit else { return }
        space = document.formSpace
        nodes.removeAll(keepingCapacity: true)
        nodes.append(Node())
        continuations.removeAll(keepingCapacity: true)
        continuations.append(0)
        for slot in children.indices { children[slot].node = 0 }
    }

    /// The phrase `parent` followed by the token of form id `form`, with white space before
    /// it or not.
    mutating func node(after parent: Int32, form: Int32, space: Bool) -> Int32 {
        let key = UInt64(UInt32(bitPattern: parent)) << 33 | UInt64(UInt32(bitPattern: form)) << 1 | (space ? 1 : 0)
        // At most three quarters full (the root is no child: nodes.count - 1 children).
        if nodes.count * 4 > children.count * 3 { grow() }
        let mask = children.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while children[slot].node != 0 {
            if children[slot].key == key { return children[slot].node }
            slot = (slot + 1) & mask
        }
        let node = Int32(nodes.count)
        nodes.append(Node())
        continuations.append(0)
        children[slot] = Child(key: key, node: node)
        return node
    }

    /// Whether some name is longer than the phrase of `node` and opens with it, nil when not
    /// known yet (``setContinues(_:at:)``).
    func continues(at node: Int32) -> Bool? {
        let known = continuations[Int(node)]
        return known == 0 ? nil : known == 2
    }

    /// Keeps whether some name is longer than the phrase of `node` and opens with it.
    mutating func setContinues(_ continues: Bool, at node: Int32) {
        continuations[Int(node)] = continues ? 2 : 1
    }

    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Doubles the table (1,024 slots at first) and files the children again.
    private mutating func grow() {
        let old = children
        let size = max(1_024, children.count * 2)
        children = [Child](repeating: Child(), count: size)
        let mask = size - 1
        for child in old where child.node != 0 {
            var slot = Self.slot(of: child.key, mask: mask)
            while children[slot].node != 0 { slot = (slot + 1) & mask }
            children[slot] = child
        }
    }
}
