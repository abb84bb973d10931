import HaberICU

/// Cuts a ``Document`` into ``Token``s with ICU's word break rules and groups them
/// into sentences.
///
/// ICU splits `58’i` into `58` `'` `i`; the tokenizer joins such pieces back into one
/// token with a stem and a suffix, so that every extractor sees `Name’suffix` words the
/// same way. French elisions (`d’Alsace`) become two tokens instead.
///
/// Holds ICU iterators, which are not thread-safe: use one tokenizer per thread.
public final class Tokenizer: @unchecked Sendable {
    public let resources: TextResources
    /// ICU's word break iterators, by language: made only for a language whose word rules
    /// are tailored or a document the Latin breaker refuses.
    private var breakers: [String: WordBreaker] = [:]
    /// ICU's segments of Latin-script text without ICU's iterator (see ``LatinWordBreaker``).
    private var latinBreaker = LatinWordBreaker()
    /// By language: whether its ICU word rules are the root rules that `latinBreaker` follows.
    private var rootRules: [String: Bool] = [:]
    /// By language: its lowercase mapping, looked up once a document rather than once a form.
    private var lowercasers: [String: CaseMapping.Lowercaser] = [:]
    /// ICU's fold, for scalars the cached ``ASCIIFolds`` do not hold: opened at the first
    /// of them when the folds are there, at once when they are not.
    private var asciiFolder: Transliterator?
    /// The folding of each scalar below U+0800 met so far (Latin, Greek, Cyrillic …), by value;
    /// those of the cached folds from the start.
    private var foldedBelow0x800 = [String?](repeating: nil, count: 0x800)
    private var foldCache: [Unicode.Scalar: String] = [:]
    private let detector: LanguageDetector
    /// A word's Zipf frequency in a language (wordfreq's, in the extraction models), which
    /// language detection weighs where function words say little (a one-line sentence).
    public var wordFrequency: ((String, String) -> Double)?
    /// The forms met so far (nil only while a document is being tokenized).
    private var interned: InternedForms? = InternedForms()
    /// The last document's tokens, whose buffer the next document writes its tokens into once
    /// that document is gone: still in the cache, where a new buffer's lines missed it (some
    /// 80,000 last-level misses on the 1,000-article bench). Not kept past ``spareTokenLimit``,
    /// so that one long document does not hold its buffer for the rest of the run.
    private var spareTokens: [Token] = []
    private static let spareTokenLimit = 1 << 16

    public init(resources: TextResources) throws(ICUError) {
        self.resources = resources
        self.detector = LanguageDetector(functionWords: resources.functionWords, languages: resources.languages)
        longestAbbreviation = resources.abbreviations.map(\.utf8.count).max() ?? 0
        var shapes = [UInt64](repeating: 0, count: Self.abbreviationShapeWords)
        for abbreviation in resources.abbreviations {
            let bytes = Array(Normalization.nfc(abbreviation).utf8)
            guard let first = bytes.first, bytes.count >= 2 else { continue }
            let bit = Self.abbreviationShape(count: bytes.count, first: first, last: bytes[bytes.count - 2])
            shapes[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        abbreviationShapes = shapes
        let elisions = resources.elisions
        longestElision = elisions.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? elisions.map(\.utf8.count).max() ?? 0 : nil
        var elisionBits = [UInt64](repeating: 0, count: Self.abbreviationShapeWords)
        for elision in elisions {
            let bytes = Array(Normalization.nfc(elision).utf8)
            guard let first = bytes.first else { continue }
            let bit = Self.elisionShape(count: bytes.count, first: first)
            elisionBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        elisionShapes = elisionBits
        if let folds = resources.asciiFolds {
            for value in 0x80..<UInt32(0x800) {
                if let scalar = Unicode.Scalar(value), let fold = folds.fold(scalar) { foldedBelow0x800[Int(value)] = fold }
            }
        } else {
            asciiFolder = try Transliterator(id: ASCIIFolds.transform)
        }
    }

    /// Scalars of the longest elision when all are ASCII (nil otherwise): a word with more
    /// scalars before its apostrophe elides none, since lowercasing maps each scalar to one or
    /// more and no text with more scalars is canonically equivalent to a shorter ASCII one.
    private let longestElision: Int?

    /// Bits of the elisions' shapes: UTF-8 length and first byte, each of the NFC of an elision.
    /// A clear bit says no elision has that shape (see ``elision(_:)``).
    private let elisionShapes: [UInt64]

    private static func elisionShape(count: Int, first: UInt8) -> Int {
        (count &* 0x9E37 ^ Int(first) &* 0x2F1) & (abbreviationShapeWords * 64 - 1)
    }

    /// UTF-8 bytes of the longest abbreviation: a longer word is none, without hashing it.
    private let longestAbbreviation: Int

    /// Whether `lower` followed by `.` is a known abbreviation (`dr.`, `vb.`).
    ///
    /// A word of scalars below U+0300 is its own NFC, and no spelling of it equivalent under
    /// `String`'s canonical equality is shorter in UTF-8: one longer than every abbreviation
    /// is not looked up.
    ///
    /// Such a word is first told by its length and its first and last bytes
    /// (``abbreviationShapes``): most words are no abbreviation, and the set's lookup (a
    /// string built and hashed through NFC) cost some 460 instructions a form, 6 M on the
    /// 2.55 MB bench.
    private func isAbbreviation(_ lower: String) -> Bool {
        // The test by shape over the contiguous bytes in one pass (the search for a byte
        // from 0xCC on, the count and the ends through the UTF-8 view cost some 270
        // instructions a word): false, or nil for the set to decide.
        let byShape: Bool?? = lower.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes where byte >= 0xCC { return nil }
            let count = bytes.count + 1
            guard count <= longestAbbreviation, let first = bytes.first, let last = bytes.last else { return false }
            let bit = Self.abbreviationShape(count: count, first: first, last: last)
            return abbreviationShapes[bit >> 6] & (1 << UInt64(bit & 63)) == 0 ? false : nil
        }
        if let byShape {
            if let answer = byShape { return answer }
        } else if !Self.containsByte(0xCC, orAbove: true, lower) {
            let count = lower.utf8.count + 1
            guard count <= longestAbbreviation, let first = lower.utf8.first, let last = lower.utf8.last else { return false }
            let bit = Self.abbreviationShape(count: count, first: first, last: last)
            if abbreviationShapes[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        }
        return resources.abbreviations.contains(lower + ".")
    }

    /// Bits of the abbreviations' shapes: UTF-8 length with the dot, first byte, byte before
    /// the dot, each of the NFC of an abbreviation. A clear bit says no abbreviation has that
    /// shape; a set one leaves the word to the set.
    private let abbreviationShapes: [UInt64]
    private static let abbreviationShapeWords = 128

    private static func abbreviationShape(count: Int, first: UInt8, last: UInt8) -> Int {
        (count &* 0x9E37 ^ Int(first) &* 0x2F1 ^ Int(last) &* 0x61) & (abbreviationShapeWords * 64 - 1)
    }

    /// Tokens and sentences of `document`; the language is detected unless given.
    public func tokenize(_ document: Document, language: String? = nil) throws(ICUError) -> TokenizedDocument {
        let language = language ?? detector.language(of: document, frequency: wordFrequency)
        var segments: [Segment] = []
        let latin = usesRootRules(language)
        try document.units.withUnsafeBufferPointer { buffer throws(ICUError) in
            if latin, latinBreaker.segments(in: buffer, into: &segments, droppingWhitespace: true) { return }
            try wordBreaker(for: language).segments(in: buffer, into: &segments)
        }
        var (tokens, formIDs, space, owner, keyCount, newForms) = makeTokens(segments, in: document, language: language)
        let sentences = SentenceSplitter().assignSentences(&tokens)
        if tokens.capacity <= Self.spareTokenLimit { spareTokens = tokens }
        return TokenizedDocument(document: document, language: language, tokens: tokens, sentences: sentences, formSpace: space,
                                 formOwner: owner, keyCount: keyCount, newForms: newForms, formIDs: formIDs)
    }

    /// The last document's language and what was looked up for it, its rules, its lowercaser
    /// and its tag among the forms: news comes in runs of one language, and each of the three
    /// lookups hashed the language's code at every document (about 1,200 instructions).
    private var lastLanguage: (code: String, rootRules: Bool, lowercaser: CaseMapping.Lowercaser, tag: UInt16)?

    private func usesRootRules(_ language: String) -> Bool {
        if let lastLanguage, lastLanguage.code == language { return lastLanguage.rootRules }
        if let known = rootRules[language] { return known }
        let root = WordBreaker.usesRootRules(locale: language)
        rootRules[language] = root
        return root
    }

    private func wordBreaker(for language: String) throws(ICUError) -> WordBreaker {
        if let breaker = breakers[language] { return breaker }
        let breaker = try WordBreaker(locale: language)
        breakers[language] = breaker
        return breaker
    }

    // MARK: - Segments to tokens

    typealias Segment = WordBreaker.Segment

    /// The tokens of `segments`, their form ids, the form space those belong to, its owner,
    /// how many key ids it has handed out, and the ids of the forms made for this document.
    private func makeTokens(_ segments: [Segment], in document: Document, language: String)
        -> ([Token], [Int32], Int, FormOwner, Int, Range<Int32>) {
        // Moved out of the property for the document, so that adding forms mutates the one
        // copy in place instead of copying the tables.
        var forms = interned ?? InternedForms()
        interned = nil
        defer { interned = forms }
        forms.removeAllIfLarger(than: Self.formLimit)
        let firstNewForm = forms.formCount
        let languageTag: UInt16
        let lowercaser: CaseMapping.Lowercaser
        if let lastLanguage, lastLanguage.code == language {
            (languageTag, lowercaser) = (lastLanguage.tag, lastLanguage.lowercaser)
        } else {
            (languageTag, lowercaser) = (forms.languageTag(language), self.lowercaser(for: language))
            lastLanguage = (language, usesRootRules(language), lowercaser, languageTag)
        }
        let units = document.units
        var tokens = spareTokens
        spareTokens = []
        tokens.removeAll(keepingCapacity: true)
        // At most one token a segment but for French elisions.
        tokens.reserveCapacity(segments.count + 16)
        // Written through a pointer (appended, an id cost some fifteen instructions): at most
        // two tokens a segment, an elision's.
        let ids = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * segments.count)
        defer { ids.deallocate() }
        var idCount = 0
        var cursor = OffsetMap.Cursor()
        var newlines = 0
        // The end of the last token: what lies between it and the next is white space, whether
        // the Latin breaker left it out or ICU's segments of it are skipped below.
        var tokenEnd = 0
        var index = 0
        units.withUnsafeBufferPointer { buffer in
            while index < segments.count {
                let segment = segments[index]
                // Only a segment without word or number status can be white space.
                if segment.kind == .none, isWhitespace(buffer, segment.start..<segment.end) {
                    index += 1
                    continue
                }
                var spaceBefore = false
                if segment.start > tokenEnd {
                    spaceBefore = true
                    for unit in buffer[tokenEnd..<segment.start] where unit == 0x0A { newlines += 1 }
                }
                var end = segment.end
                let kind = tokenKind(segment, buffer)
                // `58'i`, `15'lik`: a number, an apostrophe and letters with nothing between them.
                if kind == .number, index + 2 < segments.count,
                   segments[index + 1].end - segments[index + 1].start == 1, buffer[segments[index + 1].start] == 0x27,
                   segments[index + 1].start == end, segments[index + 2].start == segments[index + 1].end,
                   segments[index + 2].kind == .letter {
                    end = segments[index + 2].end
                    index += 2
                }
                let range = segment.start..<end
                tokenEnd = end
                let piece = UnsafeBufferPointer(rebasing: buffer[range])
                let interned = form(of: piece, kind: kind, lowercaser: lowercaser, languageTag: languageTag, in: &forms)
                func emit(_ form: Unmanaged<TokenForm>, _ id: Int32, _ flags: UInt8, _ pieceRange: Range<Int>) {
                    ids[idCount] = id
                    idCount &+= 1
                    tokens.append(Token(
                        range: pieceRange, originalRange: document.originalRange(of: pieceRange, cursor: &cursor), kind: kind, form: form,
                        flags: flags, spaceBefore: spaceBefore || inserted(buffer, at: pieceRange.lowerBound), newlinesBefore: newlines))
                    spaceBefore = false
                    newlines = 0
                }
                if let first = interned.first {
                    if interned.hasSecond {
                        let cut = range.lowerBound + Int(interned.cut)
                        emit(first, interned.id, interned.firstFlags, range.lowerBound..<cut)
                        emit(forms.form(after: interned.id), interned.id + 1, interned.secondFlags, cut..<range.upperBound)
                    } else {
                        emit(first, interned.id, interned.firstFlags, range)
                    }
                }
                index += 1
            }
        }
        let formIDs = Array(UnsafeBufferPointer(start: ids, count: idCount))
        return (tokens, formIDs, forms.space, forms.owner, forms.keyIDs.count, firstNewForm..<forms.formCount)
    }

    /// The forms of one segment: one, or two for a French elision (`d'Alsace` → `d'` + `Alsace`).
    ///
    /// The forms are not reference-counted here either (see ``Token/form``): the form space's
    /// ``FormOwner`` keeps them alive for as long as the table that hands them out, and
    /// counting a reference at each lookup was a fortieth of tokenization. `Unmanaged`, not
    /// `unowned(unsafe)`: reading an unowned form into a token still retained it twice a token.
    ///
    /// Sixteen bytes, so that an entry of the form table is 32 (see ``FormTable``): the second
    /// form of an elision is not held here but found as the form made right after the first
    /// (``InternedForms/form(after:)``).
    struct InternedSegment {
        var first: Unmanaged<TokenForm>?
        /// The first form's ``TokenForm/id``, which the document's form ids take from here: read
        /// through the token, the form cost a cache miss for most distinct forms of a document.
        var id: Int32
        /// UTF-16 units of the first form of an elision; 0 for a segment of one form.
        var cut: UInt16 = 0
        /// The forms' ``TokenForm/tokenFlags``, which their tokens copy.
        var firstFlags: UInt8
        var secondFlags: UInt8 = 0

        var hasSecond: Bool { cut != 0 }

        /// What the form table's empty slots hold.
        static let none = InternedSegment(first: nil, id: 0, firstFlags: 0)
    }

    /// The forms met so far, and the ids of their lowercase strings. A form is its units,
    /// its kind and its language: `Mart` is a month in Turkish, not in English, and
    /// lowercases by the language's rules.
    struct InternedForms {
        var table = FormTable<InternedSegment>(capacity: Tokenizer.formLimit + Tokenizer.formLimit / 8, empty: .none)
        var keyIDs = KeyTable(capacity: Tokenizer.formLimit + Tokenizer.formLimit / 8)
        var languageTags: [String: UInt16] = [:]

        mutating func languageTag(_ language: String) -> UInt16 {
            if let known = languageTags[language] { return known }
            let tag = UInt16(truncatingIfNeeded: languageTags.count + 1)
            languageTags[language] = tag
            return tag
        }
        var formCount: Int32 = 0
        /// See ``TokenizedDocument/formSpace``.
        var space = FormSpaces.make()
        /// Keeps this space's forms alive for the documents whose tokens point at them.
        var owner = FormOwner()
        /// How many keys the forms below ``Tokenizer/keptForms`` made, once there are that many forms.
        var keptKeyCount: Int?

        mutating func nextFormID() -> Int32 {
            if formCount == Tokenizer.keptForms, keptKeyCount == nil { keptKeyCount = keyIDs.count }
            formCount += 1
            return formCount - 1
        }

        /// Empties the tables when they hold more than `limit` forms, but for the first
        /// ``Tokenizer/keptForms`` forms and their keys, which keep their ids in the next form
        /// space (``FormSpaces/following(_:)``), and so their facts in later stages.
        mutating func removeAllIfLarger(than limit: Int) {
            let kept = Int32(Tokenizer.keptForms)
            guard table.removeAllIfLarger(than: limit, keeping: { segment in
                guard segment.first != nil else { return false }
                return segment.id + (segment.hasSecond ? 1 : 0) < kept
            }) else { return }
            keyIDs.removeAll(keepingFirst: keptKeyCount ?? 0)
            formCount = min(formCount, kept)
            space = FormSpaces.following(space)
            let keptForms = owner.forms.prefix(Int(formCount))
            owner = FormOwner()
            owner.forms.append(contentsOf: keptForms)
            owner.keptKeys = keptKeyCount ?? 0
        }

        mutating func keyID(_ key: String) -> Int32 {
            keyIDs.id(of: key)
        }

        /// The form made right after the form `id`: the second of an elision, made with the
        /// first. A form's id is its place among the owner's forms (both start again at a reset).
        func form(after id: Int32) -> Unmanaged<TokenForm> {
            .passUnretained(owner.forms[Int(id) + 1])
        }
    }

    /// Forms kept before the table is emptied (between documents): news repeats a few
    /// thousand forms, and each kept form costs about half a kilobyte with the facts later
    /// stages keep about it (20,000: 17.0 s and 109 MB on 64 MB with two jobs, against
    /// 16.2 s and 140 MB at 60,000).
    public static let formLimit = 20_000

    /// Forms that outlive every emptying of the table: the first ones the tokenizer met,
    /// which are the words any text repeats (a word frequent enough to matter is met early).
    /// Their ids and the facts later stages keep about them stay; emptied all, the table
    /// made every stage work out again the facts of its commonest words after each
    /// 20,000 forms, a sixth of the extraction's time on the bench corpus. Three quarters of
    /// the limit rather than a half: fewer forms met after the first ones are read again
    /// after a reset (-1.2% of the instructions on the first 1,000 bench articles, -0.7% on
    /// 2,021), while a higher share resets so often that the resets cost more (18,000: +1.3%
    /// on 2,021 articles). Peak memory is the limit's, not this.
    public static let keptForms = 15_000

    private func form(of units: UnsafeBufferPointer<UInt16>, kind: Token.Kind, lowercaser: CaseMapping.Lowercaser, languageTag: UInt16,
                      in forms: inout InternedForms) -> InternedSegment {
        let tag = kind.tag | languageTag << 3
        let hash = FormTable<InternedSegment>.hash(units, tag: tag)
        if let known = forms.table.value(of: units, tag: tag, hash: hash) { return known }
        if let form = makePlainForm(units, kind: kind, lowercaser: lowercaser, forms: &forms) {
            let segment = InternedSegment(first: .passUnretained(form), id: form.id, firstFlags: form.tokenFlags)
            forms.table.add(units, tag: tag, hash: hash, value: segment)
            return segment
        }
        if let form = makeApostropheForm(units, kind: kind, forms: &forms) {
            let segment = InternedSegment(first: .passUnretained(form), id: form.id, firstFlags: form.tokenFlags)
            forms.table.add(units, tag: tag, hash: hash, value: segment)
            return segment
        }
        let text = String(utf16Units: units)
        var segment: InternedSegment
        // An elision's head is an elision, a short word; one beyond the cut's 16 bits is left whole.
        if kind == .word, units.contains(0x27), let (head, tail, cut) = elision(text), cut <= Int(UInt16.max) {
            let first = makeForm(head, kind: kind, lowercaser: lowercaser, id: forms.nextFormID(), forms: &forms)
            let second = makeForm(tail, kind: kind, lowercaser: lowercaser, id: forms.nextFormID(), forms: &forms)
            segment = InternedSegment(first: .passUnretained(first), id: first.id, cut: UInt16(cut), firstFlags: first.tokenFlags,
                                      secondFlags: second.tokenFlags)
        } else {
            let form = makeForm(text, kind: kind, lowercaser: lowercaser, id: forms.nextFormID(), forms: &forms)
            segment = InternedSegment(first: .passUnretained(form), id: form.id, firstFlags: form.tokenFlags)
        }
        forms.table.add(units, tag: tag, hash: hash, value: segment)
        return segment
    }

    /// A space the normalizer inserted between run-together words counts as white space.
    private func inserted(_ units: UnsafeBufferPointer<UInt16>, at unit: Int) -> Bool {
        unit > 0 && units[unit - 1] == 0x20
    }

    private func isWhitespace(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        for unit in units[range] where unit != 0x20 && unit != 0x0A && unit != 0x09 && unit != 0x0D { return false }
        return true
    }

    /// Inlined into the tokenizer's loop, which calls it at every token.
    @inline(__always)
    private func tokenKind(_ segment: Segment, _ units: UnsafeBufferPointer<UInt16>) -> Token.Kind {
        switch segment.kind {
        case .number: return .number
        case .letter, .kana, .ideographic: return .word
        case .none:
            guard segment.start < segment.end else { return .symbol }
            let first = units[segment.start]
            if first < 0x80 { return asciiKinds[Int(first)] }
            // A unit that is no surrogate is the scalar itself: no String to make.
            if let scalar = Unicode.Scalar(first) { return kind(ofBMP: scalar) }
            return Self.kind(of: UnsafeBufferPointer(rebasing: units[segment.start..<segment.end]))
        }
    }

    /// The kind of every ASCII character, worked out once by ``kind(of:)``: most tokens
    /// ICU gives no word or number status are ASCII punctuation. Kept by the tokenizer, not
    /// static: a static is reached through its lazy initializer's check at every token.
    private let asciiKinds: [Token.Kind] = (0..<128).map { Tokenizer.kind(of: Unicode.Scalar(UInt8($0))) }

    /// The kind of every scalar of the BMP beyond ASCII met at the start of a segment without
    /// word or number status, by value: its ``Token/Kind/tag``, 0 for one not met yet. Asked
    /// of Unicode at each such token (quotes, dashes, ellipses), its general category and the
    /// symbols' test cost some 750 instructions a token.
    private var bmpKinds = [UInt8](repeating: 0, count: 0x10000)

    /// ``kind(of:)`` of a scalar of the BMP, worked out once per scalar.
    private func kind(ofBMP scalar: Unicode.Scalar) -> Token.Kind {
        let value = Int(scalar.value)
        switch UInt16(bmpKinds[value]) {
        case Token.Kind.word.tag: return .word
        case Token.Kind.number.tag: return .number
        case Token.Kind.punctuation.tag: return .punctuation
        case Token.Kind.symbol.tag: return .symbol
        default:
            let kind = Self.kind(of: scalar)
            bmpKinds[value] = UInt8(truncatingIfNeeded: kind.tag)
            return kind
        }
    }

    /// The kind of a segment without word or number status that opens with a surrogate pair.
    @inline(never)
    private static func kind(of units: UnsafeBufferPointer<UInt16>) -> Token.Kind {
        guard let scalar = String(utf16Units: units).unicodeScalars.first else { return .symbol }
        return kind(of: scalar)
    }

    /// The kind of a token ICU gives no word or number status, from its first character.
    private static func kind(of scalar: Unicode.Scalar) -> Token.Kind {
        if "%‰#&@§+=<>|~^".unicodeScalars.contains(scalar) { return .symbol }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .decimalNumber: return .number
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter: return .word
        default: return .symbol
        }
    }

    /// The pieces of a French elision in a word (`d'Alsace` → `d'` + `Alsace`) and the UTF-16
    /// units of the first; nil for a word that stays whole.
    private func elision(_ text: String) -> (head: String, tail: String, cut: Int)? {
        // An ASCII head is told by its length and first letter first (its lowercase keeps
        // both, and is equal to an elision only if it has the elision's NFC bytes): most
        // words with an apostrophe are `Ankara'da`, whose head cost some 1,500 instructions
        // to make, lowercase and look up.
        let mayElide: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var count = 0
            while count < bytes.count, bytes[count] != 0x27 {
                if bytes[count] >= 0x80 { return nil }
                count += 1
            }
            guard count > 0, count < bytes.count else { return nil }
            let first = bytes[0] &- 0x41 < 26 ? bytes[0] + 0x20 : bytes[0]
            let bit = Self.elisionShape(count: count, first: first)
            return elisionShapes[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }
        if let mayElide, mayElide == false { return nil }
        guard let apostrophe = text.utf8.firstIndex(of: 0x27) else { return nil }
        if let longestElision, text.unicodeScalars[..<apostrophe].count > longestElision { return nil }
        let head = String(text.unicodeScalars[..<apostrophe])
        let tail = text.unicodeScalars[text.utf8.index(after: apostrophe)...]
        guard !tail.isEmpty, resources.elisions.contains(head.lowercased()) else { return nil }
        return (head + "'", String(tail), head.utf16.count + 1)
    }

    /// ``makeForm(_:kind:lowercaser:id:forms:)`` of a form whose units are all ASCII but an
    /// apostrophe, `I` and CR: most forms. What the general way finds of such a form is read
    /// from its units in one pass (it has no suffix, its lowercase lowers A to Z in every
    /// language and is its key, folded as it is; its characters are its units), where the
    /// general way made its text, then went over its bytes again for the apostrophe, the
    /// lowercase, the key's id, the fold, the abbreviations and the form's flags, some 1,700
    /// instructions a form.
    ///
    /// A form of other scalars below U+0300 (Latin letters but combining marks), without an
    /// apostrophe or CR, has its text and its lowercase (the lowercaser's table, scalar by
    /// scalar, as ``CaseMapping/Lowercaser/lowercase(_:)`` takes it) written from its units
    /// in one pass too, and its key's id and abbreviation test taken from the lowercase's
    /// bytes: the general way cost some 4,800 instructions such a form. Nil for any other
    /// form, or one a scalar of which the table leaves to ICU: made the general way.
    private func makePlainForm(_ units: UnsafeBufferPointer<UInt16>, kind: Token.Kind, lowercaser: CaseMapping.Lowercaser,
                               forms: inout InternedForms) -> TokenForm? {
        guard let first = units.first else { return nil }
        var capitals = 0
        var lowercase = false
        // Bits of every unit but the low seven, and whether there is an `I`.
        var high: UInt16 = 0
        var capitalI = false
        for unit in units {
            if unit >= 0x300 || unit == 0x27 || unit == 0x0D { return nil }
            high |= unit
            if unit &- 0x41 < 26 {
                capitals += 1
                capitalI = capitalI || unit == 0x49
            } else if unit &- 0x61 < 26 {
                lowercase = true
            }
        }
        guard high < 0x80, !capitalI else { return makeLatinForm(units, kind: kind, lowercaser: lowercaser, forms: &forms) }
        let count = units.count
        let text = String(unsafeUninitializedCapacity: count) { bytes in
            for index in 0..<count { bytes[index] = UInt8(truncatingIfNeeded: units[index]) }
            return count
        }
        let lower = capitals == 0 ? text : String(unsafeUninitializedCapacity: count) { bytes in
            for index in 0..<count {
                let unit = UInt8(truncatingIfNeeded: units[index])
                bytes[index] = unit &- 0x41 < 26 ? unit + 0x20 : unit
            }
            return count
        }
        let id = forms.nextFormID()
        let isWord = kind == .word
        let facts = lower.utf8.withContiguousStorageIfAvailable { bytes in
            (keyID: forms.keyIDs.id(ofNFC: bytes), isAbbreviation: isWord && isPlainAbbreviation(bytes))
        }
        let keyID = facts?.keyID ?? forms.keyID(lower)
        let isAbbreviation = facts?.isAbbreviation ?? (isWord && self.isAbbreviation(lower))
        let form = TokenForm(ascii: text, lower: lower, first: UInt8(truncatingIfNeeded: first), isWord: isWord, id: id,
                             keyID: keyID, isAbbreviation: isAbbreviation, capitals: capitals, hasLowercase: lowercase)
        forms.owner.forms.append(form)
        return form
    }

    /// ``makePlainForm(_:kind:lowercaser:forms:)`` of units below U+0300 but apostrophes and
    /// CR, not all ASCII without `I`.
    private func makeLatinForm(_ units: UnsafeBufferPointer<UInt16>, kind: Token.Kind, lowercaser: CaseMapping.Lowercaser,
                               forms: inout InternedForms) -> TokenForm? {
        let count = units.count
        // Each scalar's lowercase takes at most four bytes in the table.
        let lowered: (String, Bool)? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 4) { buffer in
            lowercaser.withLatinTable { table -> (String, Bool)? in
                var written = 0
                // Whether a byte from 0xCC on (a combining mark) is in the lowercase but in `i̇`:
                // its key is keyed by its NFC.
                var marks = false
                for unit in units {
                    let packed = table[Int(unit)]
                    let length = Int(truncatingIfNeeded: packed >> 32)
                    guard length > 0 else { return nil }
                    var unitMarks = false
                    for offset in 0..<length {
                        let byte = UInt8(truncatingIfNeeded: packed >> (8 * offset))
                        unitMarks = unitMarks || byte >= 0xCC
                        buffer[written + offset] = byte
                    }
                    marks = marks || unitMarks && packed != Self.dottedSmallI
                    written += length
                }
                return (String(decoding: UnsafeBufferPointer(rebasing: buffer[..<written]), as: UTF8.self), marks)
            }
        }
        guard let (lower, marks) = lowered else { return nil }
        let text = String(utf16Units: units)
        let id = forms.nextFormID()
        let isWord = kind == .word
        // A lowercase with a combining mark is composed once for both lookups: the key table
        // composed it, then the abbreviation set hashed it composed again and was asked, some
        // 10,000 instructions, where the test by shape of its NFC says no. Not the one mark
        // lowercasing puts there in news (`İ` outside Turkish: `i̇`, ``dottedSmallI``): nothing
        // composes with it, so a lowercase whose marks are all such is its own NFC, and ICU's
        // composition of it cost some 10,000 instructions a form.
        var composed = marks ? Normalization.nfc(lower) : lower
        let facts = composed.withUTF8 { bytes in
            (keyID: forms.keyIDs.id(ofNFC: bytes), isAbbreviation: isWord && isPlainAbbreviation(bytes))
        }
        let keyID = facts.keyID
        let isAbbreviation = facts.isAbbreviation
        let form = TokenForm(latin: units, text: text, lower: lower, foldedKey: fold(lower), isWord: isWord, id: id, keyID: keyID,
                             isAbbreviation: isAbbreviation)
        forms.owner.forms.append(form)
        return form
    }

    /// The lowercase of `İ` outside Turkish as the Latin table packs it: `i` and U+0307
    /// COMBINING DOT ABOVE (`69 CC 87`, three bytes). Unicode has no letter composed of the
    /// two, and the mark follows a letter (a starter) with a letter after it, so its string
    /// stays as it is under NFC.
    private static let dottedSmallI: UInt64 = 0x69 | 0xCC << 8 | 0x87 << 16 | 3 << 32

    /// ``isAbbreviation(_:)`` of the bytes of a lowercase in NFC (the shapes are of the
    /// abbreviations' NFC, and the set compares canonically).
    private func isPlainAbbreviation(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = lower.count + 1
        guard count <= longestAbbreviation, let first = lower.first, let last = lower.last else { return false }
        let bit = Self.abbreviationShape(count: count, first: first, last: last)
        if abbreviationShapes[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        return resources.abbreviations.contains(String(decoding: lower, as: UTF8.self) + ".")
    }

    /// ``makeForm(_:kind:lowercaser:id:forms:)`` of a word or number of ASCII units but `I`
    /// and CR with an apostrophe after its first unit, that ``elision(_:)`` leaves whole by
    /// the shape of its head (`Ankara'da`, `Obama's`): its text, stem, suffix and lowercase
    /// are written from its units, and its key ids taken from the lowercase's bytes, the key
    /// being the lowercase's head. The general way made the text, searched it for the
    /// apostrophe, asked Unicode whether the suffix opens lowercase, built and lowercased
    /// stem and text apart, hashed both as strings and counted characters: some 4,700
    /// instructions a form. Nil for any other form.
    private func makeApostropheForm(_ units: UnsafeBufferPointer<UInt16>, kind: Token.Kind,
                                    forms: inout InternedForms) -> TokenForm? {
        guard kind == .word || kind == .number, let first = units.first else { return nil }
        var apostrophe = 0
        for (index, unit) in units.enumerated() {
            if unit >= 0x80 || unit == 0x49 || unit == 0x0D { return nil }
            if unit == 0x27, apostrophe == 0 { apostrophe = index }
        }
        guard apostrophe > 0 else { return nil }
        let lowerFirst = UInt8(truncatingIfNeeded: first &- 0x41 < 26 ? first + 0x20 : first)
        if kind == .word {
            let bit = Self.elisionShape(count: apostrophe, first: lowerFirst)
            if elisionShapes[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return nil }
        }
        let count = units.count
        let hasSuffix = apostrophe + 1 < count && units[apostrophe + 1] &- 0x61 < 26
        let stemEnd = hasSuffix ? apostrophe : count
        var capitals = 0
        var stemLowercase = false
        for unit in units[..<stemEnd] {
            if unit &- 0x41 < 26 { capitals += 1 } else if unit &- 0x61 < 26 { stemLowercase = true }
        }
        let text = Self.asciiString(UnsafeBufferPointer(rebasing: units[...]), lowering: false)
        let stem = hasSuffix ? Self.asciiString(UnsafeBufferPointer(rebasing: units[..<apostrophe]), lowering: false) : text
        let suffix = hasSuffix ? Self.asciiString(UnsafeBufferPointer(rebasing: units[(apostrophe + 1)...]), lowering: false) : ""
        let lower = Self.asciiString(units, lowering: true)
        let key = hasSuffix ? Self.asciiString(UnsafeBufferPointer(rebasing: units[..<apostrophe]), lowering: true) : lower
        let id = forms.nextFormID()
        let isWord = kind == .word
        var lowerBytes = lower
        let facts = lowerBytes.withUTF8 { bytes in
            let keyID = forms.keyIDs.id(ofNFC: UnsafeBufferPointer(rebasing: bytes[..<stemEnd]))
            return (keyID: keyID, lowerID: hasSuffix ? forms.keyIDs.id(ofNFC: bytes) : keyID,
                    isAbbreviation: isWord && isPlainAbbreviation(bytes))
        }
        let form = TokenForm(ascii: text, lower: lower, stem: stem, suffix: suffix, key: key, first: UInt8(truncatingIfNeeded: first),
                             isWord: isWord, id: id, keyID: facts.keyID, lowerID: facts.lowerID,
                             isAbbreviation: facts.isAbbreviation, stemAllCaps: !stemLowercase && capitals >= 2)
        forms.owner.forms.append(form)
        return form
    }

    /// The string of ASCII `units`, A to Z lowered with `lowering`.
    private static func asciiString(_ units: UnsafeBufferPointer<UInt16>, lowering: Bool) -> String {
        String(unsafeUninitializedCapacity: units.count) { bytes in
            for (index, unit) in units.enumerated() {
                let byte = UInt8(truncatingIfNeeded: unit)
                bytes[index] = lowering && byte &- 0x41 < 26 ? byte + 0x20 : byte
            }
            return units.count
        }
    }

    private func makeForm(_ text: String, kind: Token.Kind, lowercaser: CaseMapping.Lowercaser, id: Int32,
                          forms: inout InternedForms) -> TokenForm {
        var stem = text
        var suffix = ""
        if kind == .word || kind == .number, Self.containsByte(0x27, text), let apostrophe = text.utf8.firstIndex(of: 0x27),
           apostrophe != text.startIndex {
            let tail = text.unicodeScalars[text.utf8.index(after: apostrophe)...]
            if let first = tail.first, first.properties.isLowercase {
                stem = String(text.unicodeScalars[..<apostrophe])
                suffix = String(tail)
            }
        }
        let lower = lowercase(text, with: lowercaser)
        let key = suffix.isEmpty ? lower : lowercase(stem, with: lowercaser)
        // Without a suffix the key is the lowercase: one id for both, numbered as before.
        let keyID = forms.keyID(key)
        let form = TokenForm(
            text: text, lower: lower, stem: stem, suffix: suffix, key: key, foldedKey: fold(key), isWord: kind == .word,
            id: id, keyID: keyID, lowerID: suffix.isEmpty ? keyID : forms.keyID(lower),
            isAbbreviation: kind == .word && isAbbreviation(lower))
        forms.owner.forms.append(form)
        return form
    }

    /// Whether `text`'s UTF-8 holds `byte` (or, with `orAbove`, any byte from it on), over the
    /// contiguous bytes: `String.UTF8View`'s generic search cost some 250 instructions a form.
    static func containsByte(_ byte: UInt8, orAbove: Bool = false, _ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            orAbove ? bytes.contains { $0 >= byte } : bytes.contains(byte)
        }
        return found ?? (orAbove ? text.utf8.contains { $0 >= byte } : text.utf8.contains(byte))
    }

    /// Locale-aware lowercase; plain ASCII without `I` lowercases the same in every locale.
    public func lowercase(_ text: String, language: String) -> String {
        lowercase(text, with: CaseMapping.Lowercaser(locale: language))
    }

    /// ``lowercase(_:language:)`` by `lowercaser`'s language.
    private func lowercase(_ text: String, with lowercaser: CaseMapping.Lowercaser) -> String {
        if let ascii = Self.asciiLowercase(text) { return ascii }
        // Latin text takes CaseMapping's table; the rest goes to ICU. Once per form: no cache.
        return lowercaser.lowercase(text)
    }

    /// The lowercaser of `language`, made at its first document.
    private func lowercaser(for language: String) -> CaseMapping.Lowercaser {
        if let known = lowercasers[language] { return known }
        let lowercaser = CaseMapping.Lowercaser(locale: language)
        lowercasers[language] = lowercaser
        return lowercaser
    }

    /// The lowercase of an ASCII text without `I` (which lowercases differently in Turkish),
    /// byte by byte; nil for any other text.
    static func asciiLowercase(_ text: String) -> String? {
        // One pass over the contiguous bytes, and the lowercase written from them: through
        // `withUTF8` on a copy of the text, twice, it cost some 220 instructions a form.
        let lowered: String?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var upper = false
            for byte in bytes {
                if byte >= 0x80 || byte == 0x49 { return nil }
                if byte &- 0x41 < 26 { upper = true }
            }
            guard upper else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = byte &- 0x41 < 26 ? byte + 0x20 : byte }
                return bytes.count
            }
        }
        if let lowered { return lowered }
        var text = text
        var upper = false
        let ascii = text.withUTF8 { bytes in
            for byte in bytes {
                if byte >= 0x80 || byte == 0x49 { return false }
                if byte >= 0x41 && byte <= 0x5A { upper = true }
            }
            return true
        }
        guard ascii else { return nil }
        guard upper else { return text }
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
                return bytes.count
            }
        }
    }

    /// ASCII folding of a lowercase key (`ığdır` → `igdir`), letter by letter: each letter
    /// outside ASCII is folded by ICU's `Any-Latin; Latin-ASCII` once and remembered, since
    /// running the transliterator on every word costs more than the rest of tokenization.
    /// Whole keys are not remembered: the tokenizer folds once per form, and hashing the key
    /// cost more than folding it again letter by letter.
    public func fold(_ key: String) -> String {
        if !Self.containsByte(0x80, orAbove: true, key) { return key }
        return foldKnownScalars(key) ?? foldScalars(key)
    }

    /// ``foldScalars(_:)`` of a key whose scalars are all below U+0300 with folds known (the
    /// letters of tr, en, fr, de, es), over its bytes: its length counted first, then the
    /// string written at that size. Nil for any other key. The scalar view's walk, a byte
    /// array grown per key and the string made from it cost some 1,500 instructions a key.
    private func foldKnownScalars(_ key: String) -> String? {
        var key = key
        return key.withUTF8 { bytes -> String? in
            foldedBelow0x800.withUnsafeBufferPointer { folds -> String? in
                // A scalar's fold, or nil for one from U+0300 on (a lead byte from 0xCC on).
                func fold(at index: Int) -> String? {
                    let lead = bytes[index]
                    guard lead < 0xCC, index + 1 < bytes.count else { return nil }
                    return folds[Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)]
                }
                var length = 0
                var index = 0
                while index < bytes.count {
                    if bytes[index] < 0x80 {
                        length += 1
                        index += 1
                        continue
                    }
                    guard let folded = fold(at: index) else { return nil }
                    length += folded.utf8.count
                    index += 2
                }
                return String(unsafeUninitializedCapacity: length) { buffer in
                    var written = 0
                    var index = 0
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte < 0x80 {
                            buffer[written] = byte
                            written += 1
                            index += 1
                            continue
                        }
                        for folded in fold(at: index)?.utf8 ?? "".utf8 {
                            buffer[written] = folded
                            written += 1
                        }
                        index += 2
                    }
                    return written
                }
            }
        }
    }

    /// The folding of `key` written as UTF-8 bytes, then made a String once: appending to a
    /// String scalar by scalar cost more than the folding.
    private func foldScalars(_ key: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(key.utf8.count)
        for scalar in key.unicodeScalars {
            if scalar.isASCII {
                folded.append(UInt8(truncatingIfNeeded: scalar.value))
                continue
            }
            // Combining marks fold with the letter before them: those words go whole, from the
            // cached folds when they can say it. Below U+0300 no scalar combines.
            if scalar.value >= 0x300, scalar.properties.canonicalCombiningClass != .notReordered {
                return resources.asciiFolds?.fold(droppingMarks: key) ?? transliterate(key)
            }
            if scalar.value < 0x800 {
                if let known = foldedBelow0x800[Int(scalar.value)] {
                    folded.append(contentsOf: known.utf8)
                } else {
                    let mapped = transliterate(String(scalar))
                    foldedBelow0x800[Int(scalar.value)] = mapped
                    folded.append(contentsOf: mapped.utf8)
                }
            } else if let known = resources.asciiFolds?.fold(scalar) ?? foldCache[scalar] {
                folded.append(contentsOf: known.utf8)
            } else {
                let mapped = transliterate(String(scalar))
                foldCache[scalar] = mapped
                folded.append(contentsOf: mapped.utf8)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// ICU's fold of `text`; `text` itself should ICU fail to open the transliterator that
    /// it opened to build the cached folds.
    private func transliterate(_ text: String) -> String {
        if asciiFolder == nil { asciiFolder = try? Transliterator(id: ASCIIFolds.transform) }
        return asciiFolder?.transliterate(text) ?? text
    }
}
