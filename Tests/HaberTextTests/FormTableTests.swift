import Testing
@testable import HaberText

/// The interned form table and the per-form facts built on it: equal forms share one form
/// (and so one id), different ones never do, ids stay valid within a document, and a fact
/// is computed once per form.
struct FormTableTests {
    private func units(_ text: String) -> [UInt16] { Array(text.utf16) }

    @Test("a form added once is found again; another form, or the same units with another tag, is not",
          arguments: [
              ("Ankara", "Ankara", 1, 1, true),
              ("Ankara", "ankara", 1, 1, false),
              ("Ankara", "Ankar", 1, 1, false),
              ("2017", "2017", 2, 2, true),
              ("2017", "2017", 2, 1, false),
              ("İŞİM", "İŞİM", 1, 1, true),
              ("", "", 3, 3, true),
              ("a", "b", 1, 1, false),
              ("ab", "ac", 1, 1, false),
              ("abc", "abd", 1, 1, false),
              ("abcd", "abce", 1, 1, false),
              ("abcde", "abcdf", 1, 1, false),
              // Short keys are held in their entries, told by their units and their count.
              ("a", "a\u{0}", 1, 1, false),
              ("ab", "aab", 1, 1, false),
              ("aba", "ab", 1, 1, false),
              ("abcd", "abcd", 1, 1, true),
              ("abcd", "abdc", 1, 1, false),
              ("ab", "ab", 1, 2, false),
              // A long key's last word overlaps the one before it.
              ("abcdef", "abcdef", 1, 1, true),
              ("abcdef", "abcdeg", 1, 1, false),
              ("abcdefgh", "abcdefgi", 1, 1, false),
              ("abcdefgh", "bbcdefgh", 1, 1, false),
              ("abcdefghi", "abcdefghj", 1, 1, false),
              ("abcdefghi", "abcdefgh", 1, 1, false),
              ("abcdefghijk", "abcdefghijk", 1, 1, true),
              ("abcdefghijklmnopq", "abcdefghijklmnopq", 1, 1, true),
              ("Gümüşhane’de", "Gümüşhane’de", 1, 1, true),
              ("Gümüşhane’de", "Gümüşhane’da", 1, 1, false),
          ] as [(String, String, UInt16, UInt16, Bool)])
    func lookup(added: String, asked: String, addedTag: UInt16, askedTag: UInt16, found: Bool) {
        var table = FormTable<String>(empty: "")
        let stored = units(added), wanted = units(asked)
        stored.withUnsafeBufferPointer { buffer in
            let hash = FormTable<String>.hash(buffer, tag: addedTag)
            table.add(buffer, tag: addedTag, hash: hash, value: added)
        }
        let value = wanted.withUnsafeBufferPointer { buffer in
            table.value(of: buffer, tag: askedTag, hash: FormTable<String>.hash(buffer, tag: askedTag))
        }
        #expect((value != nil) == found)
        if let value { #expect(value == added) }
    }

    /// Two keys of twelve units whose hashes share their high half (so their slot and the check
    /// before the units), the same first and last four units, and other units between: only
    /// the comparison of the words between tells them apart.
    @Test func keysOfOneHashHalfAreToldApartByTheirUnits() {
        var table = FormTable<Int>(empty: -1)
        let first = units("abcdtblnijkl"), second = units("abcdlykvijkl")
        func hash(_ key: [UInt16]) -> UInt64 { key.withUnsafeBufferPointer { FormTable<Int>.hash($0, tag: 1) } }
        func value(_ key: [UInt16]) -> Int? { key.withUnsafeBufferPointer { table.value(of: $0, tag: 1, hash: hash(key)) } }
        #expect(hash(first) >> 32 == hash(second) >> 32)
        first.withUnsafeBufferPointer { table.add($0, tag: 1, hash: hash(first), value: 1) }
        #expect(value(first) == 1)
        #expect(value(second) == nil)
        second.withUnsafeBufferPointer { table.add($0, tag: 1, hash: hash(second), value: 2) }
        #expect([value(first), value(second)] == [1, 2])
    }

    @Test func manyFormsKeepTheirValuesThroughGrowth() {
        var table = FormTable<Int>(capacity: 4, empty: -1)
        let words = (0..<5_000).map { "w\($0)" }
        for (index, word) in words.enumerated() {
            units(word).withUnsafeBufferPointer { buffer in
                let hash = FormTable<Int>.hash(buffer, tag: 1)
                #expect(table.value(of: buffer, tag: 1, hash: hash) == nil)
                table.add(buffer, tag: 1, hash: hash, value: index)
            }
        }
        for (index, word) in words.enumerated() {
            let value = units(word).withUnsafeBufferPointer { table.value(of: $0, tag: 1, hash: FormTable<Int>.hash($0, tag: 1)) }
            #expect(value == index)
            // The same units with another tag are another form.
            let other = units(word).withUnsafeBufferPointer { table.value(of: $0, tag: 2, hash: FormTable<Int>.hash($0, tag: 2)) }
            #expect(other == nil)
        }
        #expect(table.count == 5_000)
        let keptBelowLimit = !table.removeAllIfLarger(than: 10_000)
        let emptiedAboveLimit = table.removeAllIfLarger(than: 100)
        #expect(keptBelowLimit && emptiedAboveLimit)
        #expect(table.count == 0)
        let value = units("w1").withUnsafeBufferPointer { table.value(of: $0, tag: 1, hash: FormTable<Int>.hash($0, tag: 1)) }
        #expect(value == nil)
    }

    /// Emptied but for the entries the caller keeps: those are found with their values, the
    /// others are gone, and new forms go in beside the kept ones.
    @Test func aResetKeepsTheEntriesTheCallerKeeps() {
        var table = FormTable<Int>(empty: -1)
        let words = (0..<3_000).map { "sözcük\($0)" }
        func value(_ word: String) -> Int? {
            units(word).withUnsafeBufferPointer { table.value(of: $0, tag: 1, hash: FormTable<Int>.hash($0, tag: 1)) }
        }
        for (index, word) in words.enumerated() {
            units(word).withUnsafeBufferPointer { table.add($0, tag: 1, hash: FormTable<Int>.hash($0, tag: 1), value: index) }
        }
        let keptBelowLimit = !table.removeAllIfLarger(than: 3_000, keeping: { $0 < 1_000 })
        let emptiedAboveLimit = table.removeAllIfLarger(than: 2_000, keeping: { $0 < 1_000 })
        #expect(keptBelowLimit && emptiedAboveLimit)
        #expect(table.count == 1_000)
        #expect(words.indices.allSatisfy { value(words[$0]) == ($0 < 1_000 ? $0 : nil) })
        units("yeni").withUnsafeBufferPointer { table.add($0, tag: 1, hash: FormTable<Int>.hash($0, tag: 1), value: 7) }
        #expect(value("yeni") == 7)
        #expect(value(words[999]) == 999)
    }

    /// The kept entries are found again wherever their units lie: the first ones added (left
    /// in place), scattered, or the last ones added (both moved to the front of the arena).
    @Test("a reset keeps the kept entries wherever their units lie", arguments: ["first", "scattered", "last"])
    func aResetKeepsEntriesWhereverTheyLie(rule: String) {
        let keeps: (Int) -> Bool = switch rule {
        case "first": { $0 < 1_000 }
        case "scattered": { $0 % 3 == 0 }
        default: { $0 >= 2_000 }
        }
        var table = FormTable<Int>(empty: -1)
        // Of different lengths, so that moved units must land exactly.
        let words = (0..<3_000).map { "söz\(String(repeating: "c", count: $0 % 7))\($0)" }
        func value(_ word: String) -> Int? {
            units(word).withUnsafeBufferPointer { table.value(of: $0, tag: 1, hash: FormTable<Int>.hash($0, tag: 1)) }
        }
        for (index, word) in words.enumerated() {
            units(word).withUnsafeBufferPointer { table.add($0, tag: 1, hash: FormTable<Int>.hash($0, tag: 1), value: index) }
        }
        let emptied = table.removeAllIfLarger(than: 2_000, keeping: keeps)
        #expect(emptied)
        #expect(table.count == words.indices.filter(keeps).count)
        #expect(words.indices.allSatisfy { value(words[$0]) == (keeps($0) ? $0 : nil) })
        units("yeni").withUnsafeBufferPointer { table.add($0, tag: 1, hash: FormTable<Int>.hash($0, tag: 1), value: 7) }
        #expect(value("yeni") == 7)
        #expect(words.indices.allSatisfy { value(words[$0]) == (keeps($0) ? $0 : nil) })
    }

    /// The tokenizer makes the forms of ASCII text from their units (``TokenForm/init(ascii:lower:first:isWord:id:keyID:isAbbreviation:capitals:hasLowercase:)``):
    /// each must have the counts and flags the general initializer works out of its text.
    @Test("an ASCII form has the facts the general initializer works out",
          arguments: ["Ankara", "NATO", "AB", "A", "a", "aB", "x2", "2017", "Dr", ".", "!", "?", ",", ";", "-", "(", "\"", ":", "%", "ABC-D"])
    func asciiForms(text: String) {
        let lower = text.lowercased()
        let bytes = Array(text.utf8)
        let capitals = bytes.filter { $0 &- 0x41 < 26 }.count
        let hasLowercase = bytes.contains { $0 &- 0x61 < 26 }
        for isWord in [true, false] {
            for isAbbreviation in [true, false] {
                let general = TokenForm(text: text, lower: lower, stem: text, suffix: "", key: lower, foldedKey: lower, isWord: isWord,
                                        id: 1, keyID: 2, lowerID: 2, isAbbreviation: isAbbreviation)
                let ascii = TokenForm(ascii: text, lower: lower, first: bytes[0], isWord: isWord, id: 1, keyID: 2,
                                      isAbbreviation: isAbbreviation, capitals: capitals, hasLowercase: hasLowercase)
                #expect(ascii.tokenFlags == general.tokenFlags, "\(text) \(isWord) \(isAbbreviation)")
                #expect([ascii.stemLength, ascii.characterCount, ascii.stemCharacterCount]
                    == [general.stemLength, general.characterCount, general.stemCharacterCount])
                #expect([ascii.text, ascii.lower, ascii.stem, ascii.suffix, ascii.key, ascii.foldedKey]
                    == [general.text, general.lower, general.stem, general.suffix, general.key, general.foldedKey])
                #expect([ascii.id, ascii.keyID, ascii.lowerID] == [general.id, general.keyID, general.lowerID])
            }
        }
    }

    /// Forms of scalars below U+0300 are made from their units (``Tokenizer``): their
    /// lowercase by the language's rules, key, fold and flags as the general way made them.
    @Test("a Latin form's lowercase, key, fold and flags", arguments: [
        ("tr", "IŞIK", "ışık", "isik", true, true),
        ("tr", "İzmir", "izmir", "izmir", true, false),
        ("tr", "Istanbul", "ıstanbul", "istanbul", true, false),
        ("en", "Istanbul", "istanbul", "istanbul", true, false),
        ("en", "IMF", "imf", "imf", true, true),
        ("en", "İzmir", "i\u{307}zmir", "izmir", true, false),
        ("de", "ÜBER", "über", "uber", true, true),
        ("de", "Straße", "straße", "strasse", true, false),
        ("fr", "Élysée", "élysée", "elysee", true, false),
        ("es", "año", "año", "ano", false, false),
    ] as [(String, String, String, String, Bool, Bool)])
    func latinForms(language: String, text: String, lower: String, folded: String, capitalized: Bool, allCaps: Bool) throws {
        let document = try Fixture.tokenize(text, language: language)
        let token = try #require(document.tokens.first)
        #expect(document.tokens.count == 1)
        #expect([token.text, token.lower, token.key, token.stem, token.suffix] == [text, lower, lower, text, ""])
        #expect(token.foldedKey == folded)
        #expect([token.isCapitalized, token.isAllCaps] == [capitalized, allCaps])
        #expect(token.form.characterCount == text.count)
    }

    @Test("tokens of the same written form share one form; other forms get other ids",
          arguments: [
              ("Ankara Ankara ankara", [0, 0, 1]),
              ("yüzde 58 yüzde 58'i", [0, 1, 0, 2]),
              ("d'Alsace d'Alsace", [0, 1, 0, 1]),
          ] as [(String, [Int])])
    func tokensShareForms(text: String, sameAs: [Int]) throws {
        let document = try Fixture.tokenize(text, language: "fr")
        let ids = document.tokens.map(\.form.id)
        #expect(ids.count == sameAs.count)
        // Same position in `sameAs` ⇔ same id.
        for a in ids.indices {
            for b in ids.indices {
                #expect((ids[a] == ids[b]) == (sameAs[a] == sameAs[b]), "\(document.tokens[a].text) / \(document.tokens[b].text)")
            }
        }
    }

    @Test("a key written capitalized with a suffix and in lowercase shares its key id",
          arguments: [("Ankara'da ankara", true), ("Ankara'da İzmir", false), ("Altın altın", true)] as [(String, Bool)])
    func lowercaseKeys(text: String, written: Bool) throws {
        let document = try Fixture.tokenize(text, language: "tr")
        #expect(document.writesInLowercase(document.tokens[0]) == written)
    }

    @Test func factsAreComputedOncePerForm() throws {
        let document = try Fixture.tokenize("bir iki bir iki bir üç", language: "tr")
        let facts = FormFacts<Int>()
        var computed = 0
        let lengths = document.tokens.map { token in
            facts.value(for: token.form, in: document) { form in
                computed += 1
                return form.text.count
            }
        }
        #expect(lengths == [3, 3, 3, 3, 3, 2])
        #expect(computed == 3)
        // Another form space (another tokenizer, language or generation) starts again.
        let other = TokenizedDocument(document: document.document, language: "tr", tokens: document.tokens,
                                      sentences: document.sentences, formSpace: FormSpaces.make(), formOwner: document.formOwner)
        _ = facts.value(for: other.tokens[0].form, in: other) { _ in
            computed += 1
            return 0
        }
        #expect(computed == 4)
    }

    /// A table asked for every document of one tokenizer reads only the forms made for each
    /// (``TokenizedDocument/newFormTokens``): it must hold the fact of every form of every
    /// document, computed once per form, from the form's first token, in the order a walk over
    /// every token meets them.
    @Test("a table over the new forms of each document holds the same facts, computed in the same order",
          arguments: [
              ["bir iki bir üç", "üç dört bir beş", "beş beş altı"],
              ["Ankara'da toplantı", "ankara ve Ankara'da", "d'Alsace et l'usine"],
              ["a", "a", "a b"],
          ] as [[String]])
    func tableOverNewForms(texts: [String]) throws {
        let tokenizer = try Tokenizer(resources: Fixture.resources.get())
        let table = FormFacts<String>()
        var computedOrder: [Int32] = []
        for text in texts {
            let document = try tokenizer.tokenize(TextNormalizer().document(for: text), language: "tr")
            // The forms made for the document, first token first.
            for (offset, index) in document.newFormTokens.enumerated() {
                #expect(Int(document.formIDs[Int(index)]) == document.firstNewForm + offset)
                #expect(!document.formIDs[..<Int(index)].contains(document.formIDs[Int(index)]))
            }
            var expectedOrder: [Int32] = []
            for id in document.formIDs where !computedOrder.contains(id) && !expectedOrder.contains(id) { expectedOrder.append(id) }
            let facts = table.table(for: document) { token in
                computedOrder.append(token.form.id)
                return token.text
            }
            #expect(Array(computedOrder.suffix(expectedOrder.count)) == expectedOrder)
            #expect(document.tokens.map { facts[Int($0.form.id)] } == document.tokens.map { Optional($0.text) })
        }
        #expect(Set(computedOrder).count == computedOrder.count)
    }

    /// The space that follows another of the same tokenizer (its form table emptied but for
    /// its first forms) keeps the facts of the forms below ``Tokenizer/keptForms``, asked one
    /// at a time or as a table; another tokenizer's space keeps none.
    @Test func factsOfTheKeptFormsOutliveAReset() throws {
        // A tokenizer of its own: the first forms it meets are below the kept count.
        let tokenizer = try Tokenizer(resources: Fixture.resources.get())
        let document = try tokenizer.tokenize(TextNormalizer().document(for: "bir iki bir üç"), language: "tr")
        let facts = FormFacts<Int>()
        let table = FormFacts<Int>()
        var computed = 0
        for token in document.tokens {
            _ = facts.value(for: token.form, in: document) { form in
                computed += 1
                return form.text.count
            }
        }
        _ = table.table(for: document) { $0.text.count }
        let kept = Int32(Tokenizer.keptForms)
        facts.store(9, for: kept, space: document.formSpace)
        let following = FormSpaces.following(document.formSpace)
        #expect(FormSpaces.sharedForms(from: document.formSpace, to: following) == Tokenizer.keptForms)
        #expect(FormSpaces.sharedForms(from: document.formSpace, to: FormSpaces.make()) == 0)
        #expect(document.tokens.map { facts.known($0.form.id, space: following) } == [3, 3, 3, 2])
        #expect(facts.known(kept, space: following) == nil)
        let next = TokenizedDocument(document: document.document, language: "tr", tokens: document.tokens,
                                     sentences: document.sentences, formSpace: following, formOwner: document.formOwner)
        let facts2 = table.table(for: next) { _ in
            computed += 1
            return 0
        }
        #expect(document.formIDs.map { facts2[Int($0)] } == [3, 3, 3, 2])
        #expect(computed == 3)
        #expect(facts.known(document.tokens[0].form.id, space: FormSpaces.make()) == nil)
    }

    /// ``FormFacts/known(_:space:)`` answers exactly what ``FormFacts/value(for:in:compute:)``
    /// computed, and nothing for a form not computed yet or of another space.
    @Test func knownFactsAreTheComputedOnes() throws {
        let document = try Fixture.tokenize("bir iki bir iki bir üç dört", language: "tr")
        let facts = FormFacts<Int?>()
        for (index, token) in document.tokens.enumerated() {
            let before = facts.known(token.form.id, space: document.formSpace)
            let value = facts.value(for: token.form, in: document) { $0.text.count == 3 ? nil : $0.text.count }
            let after = facts.known(token.form.id, space: document.formSpace)
            #expect(before == nil || before.map { $0 == value } == true, "\(index)")
            #expect(after.map { $0 == value } == true, "\(index)")
            #expect(facts.known(token.form.id, space: FormSpaces.make()) == nil)
        }
    }

    /// The form ids beside the tokens are the tokens' own, in a whole document and a prefix.
    @Test("formIDs are the tokens' form ids", arguments: [
        "İŞİM’in Ankara’daki toplantısı 21.07.2017’de yapıldı.",
        "Ankara Ankara ankara ANKARA, 5 Mart 2024; %58 ve 4 milyon avro.",
        "",
        "The cluster met in Lyon on 3 May 2019. Le pôle Techtera a Lyon.",
    ])
    func formIDsBesideTokens(text: String) throws {
        let document = try Fixture.tokenize(text)
        #expect(document.formIDs == document.tokens.map(\.form.id))
        for count in [0, document.tokens.count / 2, document.tokens.count] {
            let prefix = document.prefix(count)
            #expect(prefix.formIDs == prefix.tokens.map(\.form.id))
        }
    }

    /// Tokens point at their forms without counting references: a document must keep its
    /// forms through a reset of the tokenizer's table, which happens once a later document
    /// brings more than ``Tokenizer/formLimit`` forms.
    @Test func aDocumentKeepsItsFormsThroughAReset() throws {
        let resources = try Fixture.resources.get()
        let tokenizer = try Tokenizer(resources: resources)
        let normalizer = TextNormalizer()
        let kept = try tokenizer.tokenize(normalizer.document(for: "İŞİM’in Ankara’daki toplantısı"), language: "tr")
        let crowd = (0...Tokenizer.formLimit).map { "kelime\($0)" }.joined(separator: " ")
        for _ in 0..<2 { _ = try tokenizer.tokenize(normalizer.document(for: crowd), language: "tr") }
        let after = try tokenizer.tokenize(normalizer.document(for: "İŞİM’in Ankara’daki toplantısı"), language: "tr")
        #expect(after.formSpace != kept.formSpace)
        // The first forms the tokenizer met keep their ids in the spaces that follow.
        #expect(FormSpaces.sharedForms(from: kept.formSpace, to: after.formSpace) == Tokenizer.keptForms)
        #expect(after.formIDs == kept.formIDs)
        // Their keys keep their ids too, and the document says how many keys are shared.
        let sharedKeys = after.sharedKeys(from: kept.formSpace)
        #expect(sharedKeys > 0)
        #expect(after.tokens.map(\.form.keyID) == kept.tokens.map(\.form.keyID))
        #expect(kept.tokens.allSatisfy { Int($0.form.keyID) < sharedKeys })
        #expect(after.sharedKeys(from: -1) == 0)
        #expect(after.sharedKeys(from: FormSpaces.make()) == 0)
        #expect(kept.tokens.map(\.text) == ["İŞİM'in", "Ankara'daki", "toplantısı"])
        #expect(kept.tokens.map(\.key) == ["işim", "ankara", "toplantısı"])
        #expect(kept.tokens.map(\.text) == after.tokens.map(\.text))
    }
}

/// The table that numbers lowercase keys: one id per string as `String` equality sees it.
struct KeyTableTests {
    @Test("equal keys share an id, different ones do not", arguments: [
        ("ankara", "ankara", true),
        ("ankara", "ankar", false),
        ("ankara", "Ankara", false),
        ("işık", "işık", true),
        ("işık", "isik", false),
        ("e\u{0301}te", "éte", true),      // canonically equivalent: one key, as for a String
        ("\u{212B}", "\u{00C5}", true),    // Angstrom sign and Å
        ("", "", true),
    ] as [(String, String, Bool)])
    func ids(first: String, second: String, same: Bool) {
        var table = KeyTable()
        let a = table.id(of: first)
        let b = table.id(of: second)
        #expect((a == b) == same)
        #expect(table.id(of: first) == a)
    }

    @Test("ids stay put as the table grows and start again after removeAll")
    func growth() {
        var table = KeyTable()
        let keys = (0..<5000).map { "anahtar\($0)ş" }
        let ids = keys.map { table.id(of: $0) }
        #expect(ids == (0..<5000).map(Int32.init))
        #expect(keys.map { table.id(of: $0) } == ids)
        table.removeAll()
        #expect(table.count == 0)
        #expect(table.id(of: "yeni") == 0)
    }

    @Test("the first keys keep their ids through removeAll(keepingFirst:); new keys follow them")
    func keepingTheFirstKeys() {
        var table = KeyTable()
        let keys = (0..<5000).map { "anahtar\($0)ş" }
        let ids = keys.map { table.id(of: $0) }
        table.removeAll(keepingFirst: 1_000)
        #expect(table.count == 1_000)
        #expect(keys.prefix(1_000).map { table.id(of: $0) } == Array(ids.prefix(1_000)))
        #expect(table.id(of: keys[4_000]) == 1_000)
        #expect(table.id(of: keys[999]) == 999)
    }
}
