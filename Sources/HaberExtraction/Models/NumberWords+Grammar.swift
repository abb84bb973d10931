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

        /// The grammar of `rules` (``SpelloutFormatter/rules``), or nil where they use syntax
        /// it does not model (optional parts, plural forms, `>>>`): the parser is then asked.
        init?(rules: String) {
            var names: [String: Int] = [:]
            var lines: [(set: Int, descriptor: Substring, body: Substring)] = []
            var current: Int?
            for line in rules.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
                if line.hasPrefix("%"), line.hasSuffix(":") {
                    let name = String(line.dropLast())
                    guard names[name] == nil else { return nil }
                    names[name] = names.count
                    current = names[name]
                    continue
                }
                guard let set = current, line.hasSuffix(";"), let colon = line.firstIndex(of: ":") else { return nil }
                let descriptor = line[..<colon]
                guard !descriptor.contains(" ") else { return nil }
                lines.append((set, descriptor, line[line.index(after: colon)..<line.index(before: line.endIndex)]))
            }
            guard !names.isEmpty else { return nil }
            var ruleSets = [[[Part]]](repeating: [], count: names.count)
            for (set, descriptor, body) in lines {
                guard let parts = Self.parts(of: body, in: set, names: names,
                                             readsFraction: descriptor.contains(".") || descriptor.contains(",")) else { return nil }
                ruleSets[set].append(parts)
            }
            self.ruleSets = ruleSets
            publicSets = names.filter { !$0.key.hasPrefix("%%") }.map(\.value).sorted()
        }

        /// The parts of one rule's text in rule set `set`; nil at syntax the grammar does not model.
        private static func parts(of body: Substring, in set: Int, names: [String: Int], readsFraction: Bool) -> [Part]? {
            var parts: [Part] = []
            var text = ""
            var characters = body.makeIterator()
            while let character = characters.next() {
                guard !"[]$→←{}".contains(character) else { return nil }
                guard "<>=".contains(character) else {
                    text.append(character)
                    continue
                }
                var name = ""
                var closed = false
                while let next = characters.next() {
                    if next == character {
                        closed = true
                        break
                    }
                    name.append(next)
                }
                guard closed else { return nil }
                parts.append(.text(Language.folded(text)))
                text = ""
                if name.isEmpty {
                    parts.append(readsFraction && character == ">" ? .repeated(set) : .ruleSet(set))
                } else if name.hasPrefix("%") {
                    guard let named = names[name] else { return nil }
                    parts.append(readsFraction && character == ">" ? .repeated(named) : .ruleSet(named))
                } else {
                    guard !name.contains(where: \.isLetter) else { return nil }
                    parts.append(.decimal)
                }
            }
            parts.append(.text(Language.folded(text)))
            return parts
        }

        /// Whether some public rule set derives `letters` whole: false only when lenient
        /// parsing cannot read the text they fold from. Texts of 64 letters or more are not
        /// checked.
        func mayRead(_ letters: [Unicode.Scalar]) -> Bool {
            let count = letters.count
            guard count < 64 else { return true }
            // ends[set][start]: a bit for each position where a string the set derives from
            // `start` may end. Filled from the last start to the first, each start until no
            // set reaches further (a rule may open with its own set).
            var ends = [[UInt64]](repeating: [UInt64](repeating: 0, count: count + 1), count: ruleSets.count)
            let notANumber: [Unicode.Scalar] = ["n", "a", "n"]
            func matches(_ text: [Unicode.Scalar], at position: Int) -> Bool {
                position + text.count <= count && letters[position..<(position + text.count)].elementsEqual(text)
            }
            func decimal(at position: Int) -> UInt64 { matches(notANumber, at: position) ? 1 << UInt64(position + 3) : 0 }
            func positions(_ bits: UInt64) -> [Int] { (0...count).filter { bits & (1 << UInt64($0)) != 0 } }
            func reach(_ parts: [Part], from start: Int) -> UInt64 {
                var current: UInt64 = 1 << UInt64(start)
                for part in parts {
                    var next: UInt64 = 0
                    switch part {
                    case .text(let text):
                        for position in positions(current) where matches(text, at: position) { next |= 1 << UInt64(position + text.count) }
                    case .ruleSet(let set):
                        for position in positions(current) { next |= ends[set][position] | decimal(at: position) }
                    case .repeated(let set):
                        next = current
                        var frontier = current
                        while frontier != 0 {
                            var grown: UInt64 = 0
                            for position in positions(frontier) { grown |= ends[set][position] | decimal(at: position) }
                            frontier = grown & ~next
                            next |= grown
                        }
                    case .decimal:
                        for position in positions(current) { next |= decimal(at: position) }
                    }
                    current = next
                    if current == 0 { return 0 }
                }
                return current
            }
            for start in stride(from: count, through: 0, by: -1) {
                var changed = true
                while changed {
                    changed = false
                    for set in ruleSets.indices {
                        let reached = ruleSets[set].reduce(ends[set][start]) { $0 | reach($1, from: start) }
                        if reached != ends[set][start] {
                            ends[set][start] = reached
                            changed = true
                        }
                    }
                }
            }
            return publicSets.contains { ends[$0][0] & (1 << UInt64(count)) != 0 }
        }
    }
}
