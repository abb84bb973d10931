/// The first letters of a language's number words written in ASCII, for a quick no before
/// ``NumberWords/Reader/mayStartNumber(_:)``: that answer needs the first two characters
/// of the word lowercased among those of the number words, and for a lowercase key that
/// opens with two ASCII letters they are its first two bytes. Most words open otherwise,
/// and asking `NumberWords` (a lowercased copy and a shared memo) cost some 5,000
/// instructions a form on the 1,000 bench articles.
struct NumberOpenings: Sendable {
    /// One or two ASCII bytes, the first in the high byte.
    private var openings: Set<UInt16> = []

    /// The openings of `words`, the language's number words (``NumberWords/words(_:)``).
    init(words: Set<String>) {
        for word in words {
            // As `NumberWords` cuts them: the first two characters.
            let bytes = Array(word.prefix(2).utf8)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            switch bytes.count {
            case 1: openings.insert(UInt16(bytes[0]))
            case 2: openings.insert(UInt16(bytes[0]) << 8 | UInt16(bytes[1]))
            default: continue
            }
        }
    }

    /// False only when `key` (a form's lowercase key) opens with ASCII lowercase letters
    /// no number word opens with; true (ask `NumberWords`) otherwise.
    func mayOpen(_ key: String) -> Bool {
        var bytes = key.utf8.makeIterator()
        guard let first = bytes.next(), Self.isLowercaseASCII(first) else { return true }
        guard let second = bytes.next() else { return openings.contains(UInt16(first)) }
        guard Self.isLowercaseASCII(second) else { return true }
        // A third byte outside ASCII may be a mark that joins the second letter's character.
        if let third = bytes.next(), third >= 0x80 { return true }
        return openings.contains(UInt16(first) << 8 | UInt16(second))
    }

    private static func isLowercaseASCII(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
}
