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
        /// Whether some name is longer than the phrase and opens with it.
        var continues: Bool?
        /// What the phrase itself names.
        var value: Value?
    }

    /// The nodes, by number; the caller fills in what it looked up.
    var nodes: [Node] = [Node()]
    /// The children of the nodes, an open-addressing table of a power-of-two size: the key
    /// (node, form id, space before the form) in `childKeys`, the child in `childNodes`
    /// (0, the root, for an empty slot). A `Dictionary` hashed each key with SipHash, some
    /// 250 instructions a step; a multiply does here.
    private var childKeys: [UInt64] = []
    private var childNodes: [Int32] = []
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
        for slot in childNodes.indices { childNodes[slot] = 0 }
    }

    /// The phrase `parent` followed by the token of form id `form`, with white space before
    /// it or not.
    mutating func node(after parent: Int32, form: Int32, space: Bool) -> Int32 {
        let key = UInt64(UInt32(bitPattern: parent)) << 33 | UInt64(UInt32(bitPattern: form)) << 1 | (space ? 1 : 0)
        // At most three quarters full (the root is no child: nodes.count - 1 children).
        if nodes.count * 4 > childNodes.count * 3 { grow() }
        let mask = childNodes.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while childNodes[slot] != 0 {
            if childKeys[slot] == key { return childNodes[slot] }
            slot = (slot + 1) & mask
        }
        let node = Int32(nodes.count)
        nodes.append(Node())
        childKeys[slot] = key
        childNodes[slot] = node
        return node
    }

    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Doubles the table (1,024 slots at first) and files the children again.
    private mutating func grow() {
        let (keys, children) = (childKeys, childNodes)
        let size = max(1_024, childNodes.count * 2)
        childKeys = [UInt64](repeating: 0, count: size)
        childNodes = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (key, child) in zip(keys, children) where child != 0 {
            var slot = Self.slot(of: key, mask: mask)
            while childNodes[slot] != 0 { slot = (slot + 1) & mask }
            childKeys[slot] = key
            childNodes[slot] = child
        }
    }
}
