extension NumberWords {
    /// ICU's spell-out rules of one language as a grammar over folded letters
    /// (``Language/folded(_:)``), for a cheap and exact no before lenient parsing.
    ///
    /// Lenient RBNF parsing reads a text only by matching the texts of rules, at the
    /// collator's primary strength, in the order the rules' substitutions nest them: whatever
    /// it reads whole is, folded, a string of rule texts that this grammar derives. The
    /// grammar is looser than the parser (it ignores the bounds on the values a substitution
    /// may take, and lets a substitution read `NaN`, as ICU's fallback to a decimal format
    /// does), so a phrase it cannot derive is no number, and the parser is spared (millions of
    /// instructions a call, and some forty million to build its collator, for `un quince`).
    struct Grammar: Sendable {
        /// One part of a rule: its text, folded, a substitution of a rule set, the digits of a
        /// fraction read one rule-set parse after another (`x.x: … coma >>`), or a decimal
        /// format (`=#,##0=`), which reads no letters but `NaN`.
        enum Part: Sendable {
            case text([Unicode.Scalar])
            case ruleSet(Int)
            case repeated(Int)
            case decimal
        }

        /// The rules of each rule set, each a sequence of parts.
        let ruleSets: [[[Part]]]
        /// The rule sets lenient parsing starts from: the public ones (no `%%`).
        let publicSets: [Int]
        /// For each rule set, the rule sets some rule of which substitutes it: those whose
        /// reach ``mayRead(_:)`` works out again when its own grows.
        let dependents: [[Int]]

        /// The grammar of `rules` (``SpelloutFormatter/rules``), or nil where they use syntax
        /// it does not model (optional parts, plural forms, `>>>`): the parser is then asked.
        init?(rules: String) {
            var rules = rules
            guard let read = rules.withUTF8({ Self.read($0) }) else { return nil }
            ruleSets = read.ruleSets
            publicSets = read.names.filter { !$0.key.hasPrefix("%%") }.map(\.value).sorted()
            var dependents = [Set<Int>](repeating: [], count: read.ruleSets.count)
            for (set, rules) in read.ruleSets.enumerated() {
                for rule in rules {
                    for part in rule {
                        switch part {
                        case .ruleSet(let named), .repeated(let named): dependents[named].insert(set)
                        case .text, .decimal: continue
                        }
                    }
                }
            }
            self.dependents = dependents.map { $0.sorted() }
        }

        /// The rule sets of the bytes of rules and their names' numbers, or nil (``init(rules:)``).
        ///
        /// Lines and their marks found by bytes, not `Character`s: splitting a language's rules
        /// by `Character` cost some five million instructions, and by `String` indices some
        /// 1,500 instructions a line.
        private static func read(_ rules: UnsafeBufferPointer<UInt8>) -> (ruleSets: [[[Part]]], names: [String: Int])? {
            // A carriage return would keep `Character`s apart from lines; ICU writes none.
            guard !rules.contains(UInt8(ascii: "\r")) else { return nil }
            var names: [String: Int] = [:]
            var lines: [(set: Int, descriptor: Range<Int>, body: Range<Int>)] = []
            var current: Int?
            for bytes in rules.split(separator: UInt8(ascii: "\n")) {
                if bytes.allSatisfy({ $0 < 0x80 }) {
                    // ASCII's white space: tab to carriage return, and the space.
                    guard !bytes.allSatisfy({ $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }) else { continue }
                } else {
                    guard !String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace) else { continue }
                }
                guard let last = bytes.last else { continue }
                if bytes.first == UInt8(ascii: "%"), last == UInt8(ascii: ":") {
                    let name = String(decoding: bytes.dropLast(), as: UTF8.self)
                    guard names[name] == nil else { return nil }
                    names[name] = names.count
                    current = names[name]
                    continue
                }
                guard let set = current, last == UInt8(ascii: ";"), let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
                guard !bytes[..<colon].contains(UInt8(ascii: " ")) else { return nil }
                lines.append((set, bytes.startIndex..<colon, (colon + 1)..<(bytes.endIndex - 1)))
            }
            guard !names.isEmpty else { return nil }
            var ruleSets = [[[Part]]](repeating: [], count: names.count)
            var folded: [[UInt8]: [Unicode.Scalar]] = [:]
            var foldedScalars: [Unicode.Scalar: [Unicode.Scalar]] = [:]
            for (set, descriptor, body) in lines {
                let readsFraction = rules[descriptor].contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
                guard let parts = Self.parts(of: UnsafeBufferPointer(rebasing: rules[body]), in: set, names: names, readsFraction: readsFraction,
                                             folded: &folded, foldedScalars: &foldedScalars) else { return nil }
                ruleSets[set].append(parts)
            }
            return (ruleSets, names)
        }

        /// The parts of one rule's text in rule set `set`; nil at syntax the grammar does not
        /// model. `folded` keeps the texts folded so far, by their bytes: the rules repeat most
        /// of them; `foldedScalars` the letters beyond ASCII (``folded(_:scalars:)``).
        ///
        /// Read by bytes: every mark is ASCII, and no byte of a scalar beyond ASCII is one, so
        /// a mark's byte is the mark; only `→` and `←` are told by their three bytes. Walking
        /// the text's scalars cost some 3,000 instructions a rule (383 rules in Spanish).
        private static func parts(of bytes: UnsafeBufferPointer<UInt8>, in set: Int, names: [String: Int], readsFraction: Bool,
                                  folded: inout [[UInt8]: [Unicode.Scalar]],
                                  foldedScalars: inout [Unicode.Scalar: [Unicode.Scalar]]) -> [Part]? {
            var parts: [Part] = []
            var text: [UInt8] = []
            func fold() -> Part {
                if let known = folded[text] { return .text(known) }
                let letters = Self.folded(Array(String(decoding: text, as: UTF8.self).unicodeScalars), scalars: &foldedScalars)
                folded[text] = letters
                return .text(letters)
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    return nil
                // `→` and `←` (U+2192, U+2190): E2 86 92 and E2 86 90.
                case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x86 && (bytes[index + 1] == 0x92 || bytes[index + 1] == 0x90):
                    return nil
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="):
                    guard let close = bytes[index...].firstIndex(of: byte) else { return nil }
                    let name = UnsafeBufferPointer(rebasing: bytes[index..<close])
                    index = close + 1
                    parts.append(fold())
                    text.removeAll(keepingCapacity: true)
                    if name.isEmpty || name.first == UInt8(ascii: "%") {
                        guard let target = name.isEmpty ? set : names[String(decoding: name, as: UTF8.self)] else { return nil }
                        parts.append(readsFraction && byte == UInt8(ascii: ">") ? .repeated(target) : .ruleSet(target))
                    } else {
                        guard !String(decoding: name, as: UTF8.self).unicodeScalars.contains(where: \.properties.isAlphabetic) else { return nil }
                        parts.append(.decimal)
                    }
                default:
                    text.append(byte)
                }
            }
            parts.append(fold())
            return parts
        }

        /// ``Language/folded(_:)`` of a rule's text, at a table's cost where it is ASCII: its
        /// letters, lowercased; scalar by scalar where all are below U+0300, each folded once
        /// (`foldedScalars`). None of those is a combining mark, nor lowercases or decomposes
        /// to one first, so no mark of one moves past another's: the text folds as its scalars
        /// do one by one (folding a whole text of the rules cost some 20,000 instructions).
        private static func folded(_ text: [Unicode.Scalar], scalars foldedScalars: inout [Unicode.Scalar: [Unicode.Scalar]]) -> [Unicode.Scalar] {
            guard text.allSatisfy({ $0.value < 0x300 }) else { return Language.folded(String(String.UnicodeScalarView(text))) }
            var letters: [Unicode.Scalar] = []
            for scalar in text {
                switch scalar {
                case "a"..."z": letters.append(scalar)
                case "A"..."Z": letters.append(Unicode.Scalar(UInt8(scalar.value + 32)))
                case _ where scalar.isASCII: continue
                default:
                    if let known = foldedScalars[scalar] {
                        letters += known
                    } else {
                        let folded = Language.folded(String(scalar))
                        foldedScalars[scalar] = folded
                        letters += folded
                    }
                }
            }
            return letters
        }

        /// Whether some public rule set derives `letters` whole: false only when lenient
        /// parsing cannot read the text they fold from. Texts of 64 letters or more are not
        /// checked.
        func mayRead(_ letters: [Unicode.Scalar]) -> Bool {
            let count = letters.count
            guard count < 64 else { return true }
            func matches(_ text: [Unicode.Scalar], at position: Int) -> Bool {
                position + text.count <= count && letters[position..<(position + text.count)].elementsEqual(text)
            }
            let notANumber: [Unicode.Scalar] = ["n", "a", "n"]
            // What a decimal format reads at each position: `NaN`.
            let decimals: [UInt64] = (0...count).map { matches(notANumber, at: $0) ? 1 << UInt64($0 + 3) : 0 }
            // ends[set * width + start]: a bit for each position where a string the set derives
            // from `start` may end. Filled from the last start to the first, each start until no
            // set reaches further (a rule may open with its own set).
            let width = count + 1
            var ends = [UInt64](repeating: 0, count: ruleSets.count * width)
            func reach(_ parts: [Part], from start: Int) -> UInt64 {
                var current: UInt64 = 1 << UInt64(start)
                for part in parts {
                    var next: UInt64 = 0
                    var positions = current
                    switch part {
                    case .text(let text):
                        while positions != 0 {
                            let position = positions.trailingZeroBitCount
                            positions &= positions - 1
                            if matches(text, at: position) { next |= 1 << UInt64(position + text.count) }
                        }
                    case .ruleSet(let set):
                        while positions != 0 {
                            let position = positions.trailingZeroBitCount
                            positions &= positions - 1
                            next |= ends[set * width + position] | decimals[position]
                        }
                    case .repeated(let set):
                        next = current
                        var frontier = current
                        while frontier != 0 {
                            var grown: UInt64 = 0
                            while frontier != 0 {
                                let position = frontier.trailingZeroBitCount
                                frontier &= frontier - 1
                                grown |= ends[set * width + position] | decimals[position]
                            }
                            frontier = grown & ~next
                            next |= grown
                        }
                    case .decimal:
                        while positions != 0 {
                            let position = positions.trailingZeroBitCount
                            positions &= positions - 1
                            next |= decimals[position]
                        }
                    }
                    current = next
                    if current == 0 { return 0 }
                }
                return current
            }
            // Each start's sets are worked out once, then again only those substituting a set
            // whose reach from that start grew since (``dependents``): every set again, until
            // none changed, cost a second round of all the rules at nearly every start.
            var pending = [Bool](repeating: false, count: ruleSets.count)
            for start in stride(from: count, through: 0, by: -1) {
                for set in ruleSets.indices { pending[set] = true }
                var anyPending = true
                while anyPending {
                    anyPending = false
                    for set in ruleSets.indices where pending[set] {
                        pending[set] = false
                        var reached = ends[set * width + start]
                        for rule in ruleSets[set] { reached |= reach(rule, from: start) }
                        if reached != ends[set * width + start] {
                            ends[set * width + start] = reached
                            for dependent in dependents[set] {
                                pending[dependent] = true
                                anyPending = true
                            }
                        }
                    }
                }
            }
            return publicSets.contains { ends[$0 * width] & (1 << UInt64(count)) != 0 }
        }
    }
}
