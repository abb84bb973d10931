/// What a token's written form says, worked out once per distinct form (units, kind and
/// language) and shared by every token that writes it (see ``FormTable``).
///
/// `id` numbers the forms a tokenizer has met; `keyID` numbers the distinct lowercase
/// strings among `lower` and `key` of all forms, so that two forms with the same key
/// (`Ankara'da`, `ankara`) share it. Both are valid within one tokenized document (the
/// tokenizer may renumber between documents) and let later stages keep facts per form in
/// arrays instead of dictionaries keyed by strings.
public final class TokenForm: Sendable {
    public let text: String
    public let lower: String
    public let stem: String
    public let suffix: String
    public let key: String
    public let foldedKey: String
    /// The counts and the flags below are kept in 32 and 8 bits: a form is kept per distinct
    /// form for as long as the tokenizer's table holds it, 20,000 of them a worker, and the
    /// object went from 176 to 160 bytes of heap.
    @usableFromInline let stemUnits: Int32
    @usableFromInline let characters: Int32
    @usableFromInline let stemCharacters: Int32
    public let id: Int32
    public let keyID: Int32
    public let lowerID: Int32
    /// `isCapitalized`, `isAllCaps`, `hasSuffix` and the sentence marks (``SentenceMarks``,
    /// what the sentence splitter asks of a form) as bits, which every token of the form
    /// carries (see ``Token``).
    @usableFromInline let tokenFlags: UInt8

    @inlinable public var isCapitalized: Bool { tokenFlags & Self.capitalizedFlag != 0 }
    @inlinable public var isAllCaps: Bool { tokenFlags & Self.allCapsFlag != 0 }
    /// Whether there is a suffix after an apostrophe.
    @inlinable public var hasSuffix: Bool { tokenFlags & Self.hasSuffixFlag != 0 }
    /// The length of `stem` in UTF-16 units (the unit of normalized offsets).
    @inlinable public var stemLength: Int { Int(stemUnits) }
    /// The number of characters (grapheme clusters) of `text` and of `stem`.
    @inlinable public var characterCount: Int { Int(characters) }
    @inlinable public var stemCharacterCount: Int { Int(stemCharacters) }

    init(text: String, lower: String, stem: String, suffix: String, key: String, foldedKey: String, isWord: Bool,
         id: Int32, keyID: Int32, lowerID: Int32, isAbbreviation: Bool) {
        self.text = text
        self.lower = lower
        self.stem = stem
        self.suffix = suffix
        self.key = key
        self.foldedKey = foldedKey
        self.id = id
        self.keyID = keyID
        self.lowerID = lowerID
        if suffix.isEmpty, stem == text, let plain = Self.asciiFacts(text) {
            stemUnits = plain.count
            characters = plain.count
            stemCharacters = plain.count
            var marks = plain.marks
            if isAbbreviation { marks.insert(.abbreviation) }
            tokenFlags = (isWord && plain.capitalized ? Self.capitalizedFlag : 0) | (isWord && plain.allCaps ? Self.allCapsFlag : 0)
                | marks.rawValue << Self.sentenceMarksShift
        } else {
            let characterCount = Self.characterCount(text)
            stemUnits = Int32(truncatingIfNeeded: stem.utf16.count)
            characters = Int32(truncatingIfNeeded: characterCount)
            stemCharacters = Int32(truncatingIfNeeded: suffix.isEmpty ? characterCount : Self.characterCount(stem))
            var marks = SentenceMarks.of(text)
            if isAbbreviation { marks.insert(.abbreviation) }
            tokenFlags = (isWord && Self.capitalized(text) ? Self.capitalizedFlag : 0) | (isWord && Self.allCaps(stem) ? Self.allCapsFlag : 0)
                | (suffix.isEmpty ? 0 : Self.hasSuffixFlag) | marks.rawValue << Self.sentenceMarksShift
        }
    }

    /// A form of ASCII text without apostrophe or CR whose lowercase is its key, from what
    /// the tokenizer read of its units (``Tokenizer``): the facts the initializer above works
    /// out of such a text (``asciiFacts(_:)``), `first` its first byte, `capitals` its count
    /// of A to Z, `hasLowercase` whether it has any of a to z.
    init(ascii text: String, lower: String, first: UInt8, isWord: Bool, id: Int32, keyID: Int32, isAbbreviation: Bool,
         capitals: Int, hasLowercase: Bool) {
        self.text = text
        self.lower = lower
        stem = text
        suffix = ""
        key = lower
        foldedKey = lower
        self.id = id
        self.keyID = keyID
        lowerID = keyID
        let count = Int32(truncatingIfNeeded: text.utf8.count)
        stemUnits = count
        characters = count
        stemCharacters = count
        var marks: SentenceMarks = count == 1 ? SentenceMarks.of(ascii: first) : []
        if isAbbreviation { marks.insert(.abbreviation) }
        tokenFlags = (isWord && first &- 0x41 < 26 ? Self.capitalizedFlag : 0) | (isWord && !hasLowercase && capitals >= 2 ? Self.allCapsFlag : 0)
            | marks.rawValue << Self.sentenceMarksShift
    }

    /// A form of ASCII text without CR with an apostrophe after its first byte (``Tokenizer``'s
    /// apostrophe forms), `first` its first byte, `stemAllCaps` whether its stem has no a to z
    /// and two A to Z at least: one character and one unit a byte, and no sentence mark, which
    /// is one scalar and no apostrophe.
    init(ascii text: String, lower: String, stem: String, suffix: String, key: String, first: UInt8, isWord: Bool,
         id: Int32, keyID: Int32, lowerID: Int32, isAbbreviation: Bool, stemAllCaps: Bool) {
        self.text = text
        self.lower = lower
        self.stem = stem
        self.suffix = suffix
        self.key = key
        foldedKey = key
        self.id = id
        self.keyID = keyID
        self.lowerID = lowerID
        let stemCount = Int32(truncatingIfNeeded: stem.utf8.count)
        stemUnits = stemCount
        characters = Int32(truncatingIfNeeded: text.utf8.count)
        stemCharacters = stemCount
        let marks: SentenceMarks = isAbbreviation ? .abbreviation : []
        tokenFlags = (isWord && first &- 0x41 < 26 ? Self.capitalizedFlag : 0) | (isWord && stemAllCaps ? Self.allCapsFlag : 0)
            | (suffix.isEmpty ? 0 : Self.hasSuffixFlag) | marks.rawValue << Self.sentenceMarksShift
    }

    /// A form of scalars below U+0300 without apostrophe, CR or combining mark, whose
    /// lowercase is its key (``Tokenizer``'s Latin forms): its facts read off its UTF-16
    /// units, one scalar and one character a unit, with ``latinLetterFacts``. The general
    /// initializer counted its characters and UTF-16 units over the string and asked
    /// Unicode's properties of each of its scalars for the capitals.
    init(latin units: UnsafeBufferPointer<UInt16>, text: String, lower: String, foldedKey: String, isWord: Bool, id: Int32,
         keyID: Int32, isAbbreviation: Bool) {
        self.text = text
        self.lower = lower
        stem = text
        suffix = ""
        key = lower
        self.foldedKey = foldedKey
        self.id = id
        self.keyID = keyID
        lowerID = keyID
        let count = Int32(truncatingIfNeeded: units.count)
        stemUnits = count
        characters = count
        stemCharacters = count
        let letters = Self.latinLetterFacts
        var capitalized = false
        var allCaps = false
        if let first = units.first {
            capitalized = letters[Int(first)] & Self.capitalLetter != 0
            var capitals = 0
            var lowercase = false
            for unit in units {
                let facts = letters[Int(unit)]
                if facts & Self.alphabeticLetter != 0 {
                    if facts & Self.uppercaseLetter != 0 { capitals += 1 } else { lowercase = true }
                }
            }
            allCaps = !lowercase && capitals >= 2
        }
        var marks: SentenceMarks = []
        if count == 1, let unit = units.first {
            marks = unit < 0x80 ? SentenceMarks.of(ascii: UInt8(truncatingIfNeeded: unit)) : unit == 0xAB ? .openingMark : []
        }
        if isAbbreviation { marks.insert(.abbreviation) }
        tokenFlags = (isWord && capitalized ? Self.capitalizedFlag : 0) | (isWord && allCaps ? Self.allCapsFlag : 0)
            | marks.rawValue << Self.sentenceMarksShift
    }

    /// Per scalar below U+0300, what ``capitalized(_:)`` and ``allCaps(_:)`` ask of it, as bits:
    /// worked out once, where they asked Unicode's properties at every letter of every form.
    static let latinLetterFacts: [UInt8] = (0..<0x300).map { value -> UInt8 in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        var facts: UInt8 = 0
        if scalar.isASCII {
            if value >= 0x41 && value <= 0x5A { facts = alphabeticLetter | uppercaseLetter | capitalLetter }
            if value >= 0x61 && value <= 0x7A { facts = alphabeticLetter }
            return facts
        }
        let properties = scalar.properties
        if properties.isAlphabetic { facts |= alphabeticLetter }
        if properties.isUppercase { facts |= uppercaseLetter }
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { facts |= capitalLetter }
        return facts
    }
    private static let alphabeticLetter: UInt8 = 1
    private static let uppercaseLetter: UInt8 = 2
    /// Uppercase or titlecase: what makes a form capitalized.
    private static let capitalLetter: UInt8 = 4

    /// What the initializer works out of a form with no suffix, when its text is ASCII
    /// without CR: one character and one UTF-16 unit a byte.
    private struct ASCIIFacts {
        var count: Int32
        var capitalized: Bool
        var allCaps: Bool
        var marks: SentenceMarks
    }

    /// The facts of a non-empty ASCII `text` without CR in one pass over its bytes (nil for
    /// any other), as ``characterCount(_:)``, ``capitalized(_:)``, ``allCaps(_:)`` and
    /// ``SentenceMarks/of(_:)`` say them: most forms are such words, and those went through
    /// `String`'s scalar view, counts and comparisons, some 600 instructions a form.
    private static func asciiFacts(_ text: String) -> ASCIIFacts? {
        let facts = text.utf8.withContiguousStorageIfAvailable { bytes -> ASCIIFacts? in
            guard let first = bytes.first else { return nil }
            var capitals = 0
            var lowercase = false
            for byte in bytes {
                if byte >= 0x80 || byte == 0x0D { return nil }
                if byte &- 0x41 < 26 { capitals += 1 } else if byte &- 0x61 < 26 { lowercase = true }
            }
            return ASCIIFacts(count: Int32(truncatingIfNeeded: bytes.count), capitalized: first &- 0x41 < 26,
                              allCaps: !lowercase && capitals >= 2, marks: bytes.count == 1 ? SentenceMarks.of(ascii: first) : [])
        }
        return facts ?? nil
    }

    @usableFromInline static let capitalizedFlag: UInt8 = 1
    @usableFromInline static let allCapsFlag: UInt8 = 2
    @usableFromInline static let hasSuffixFlag: UInt8 = 4
    /// The sentence marks (five bits) sit above the three flags.
    static let sentenceMarksShift: UInt8 = 3
    /// ``SentenceMarks/openingMark`` in the flags, for ``Token/isOpeningMark``.
    @usableFromInline static let openingMarkFlag: UInt8 = 16 << 3

    /// `text.count`, without the grapheme breaking where it is plain: scalars below U+0300
    /// but CR are each a character (`String` itself only breaks between two of them as one
    /// compares them), and those take one or two bytes whose lead is below 0xCC.
    static func characterCount(_ text: String) -> Int {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            for byte in bytes {
                if byte >= 0xCC || byte == 0x0D { return nil }
                if byte & 0xC0 != 0x80 { count += 1 }
            }
            return count
        }
        if let plain, let count = plain { return count }
        return text.count
    }

    private static func capitalized(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.isASCII { return first.value >= 0x41 && first.value <= 0x5A }
        return first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter
    }

    private static func allCaps(_ stem: String) -> Bool {
        var letters = 0
        for scalar in stem.unicodeScalars {
            if scalar.isASCII {
                switch scalar.value {
                case 0x41...0x5A: letters += 1
                case 0x61...0x7A: return false
                default: continue
                }
            } else if scalar.properties.isAlphabetic {
                if !scalar.properties.isUppercase { return false }
                letters += 1
            }
        }
        return letters >= 2
    }
}

/// Owns the forms of one form space (one tokenizer's forms between two resets of its
/// table). Tokens point at their form without counting references (see ``Token/form``);
/// the documents cut in this space hold the owner, so their forms outlive a reset of the
/// table for as long as the documents do.
final class FormOwner: @unchecked Sendable {
    /// Appended to by the owning tokenizer only; documents merely keep the owner alive.
    var forms: [TokenForm] = []
    /// How many of the first key ids (``TokenForm/keyID``) name the same keys as in the
    /// space before: the keys of the forms kept at the reset that began this space.
    var keptKeys = 0
}

/// The roles a form plays for ``SentenceSplitter``.
struct SentenceMarks: OptionSet, Sendable {
    let rawValue: UInt8

    /// `.`, `!`, `?` or `…`.
    static let sentenceEnd = SentenceMarks(rawValue: 1)
    /// `.` alone.
    static let fullStop = SentenceMarks(rawValue: 2)
    /// `,`, `;`, `-` or `(`: a line that ends with one goes on on the next line.
    static let joinsLines = SentenceMarks(rawValue: 4)
    /// A word whose lowercase followed by `.` is a known abbreviation (`models/text/abbreviations.tsv`).
    static let abbreviation = SentenceMarks(rawValue: 8)
    /// A quote, bracket, dash or colon: the first word after one that opens a sentence still
    /// opens it (``Token/isOpeningMark``). A flag, not a comparison of the token's text with
    /// each mark: that was asked at every word after punctuation, 11,000 instructions an article.
    static let openingMark = SentenceMarks(rawValue: 16)

    /// ``of(_:)`` of the one-byte text `byte`, an ASCII scalar (longer ASCII texts have none:
    /// every mark is one scalar, and no other ASCII text is canonically equivalent to one).
    static func of(ascii byte: UInt8) -> SentenceMarks {
        switch byte {
        case 0x2E: [.sentenceEnd, .fullStop]
        case 0x21, 0x3F: .sentenceEnd
        case 0x2C, 0x3B: .joinsLines
        case 0x2D, 0x28: [.joinsLines, .openingMark]
        case 0x22, 0x3A: .openingMark
        default: []
        }
    }

    static func of(_ text: String) -> SentenceMarks {
        // Every mark is one scalar of at most three bytes: a longer form is compared with none.
        guard text.utf8.count <= 3 else { return [] }
        return switch text {
        case ".": [.sentenceEnd, .fullStop]
        case "!", "?", "…": .sentenceEnd
        case ",", ";": .joinsLines
        case "-", "(": [.joinsLines, .openingMark]
        case "\"", "“", "«", "–", "—", ":": .openingMark
        default: []
        }
    }
}
