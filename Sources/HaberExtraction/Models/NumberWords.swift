import Foundation
import HaberICU

/// Spelled-out numbers (`elli sekiz`, `fifty-eight`, `cinquante-huit`), read by ICU's
/// rule-based number format behind two shortcuts: a phrase is parsed only when each of its
/// words starts like a number word of the language (words taken from ICU's own spell-out
/// of 0–100, the hundreds and the powers of a thousand), and every answer is remembered.
///
/// Lenient RBNF parsing compares with a collator and costs about a tenth of a millisecond a
/// call; without the filter it dominated extraction time. Parsers are not thread-safe, so
/// they are pooled and lent to one caller at a time.
public final class NumberWords: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [String: Set<String>] = [:]
    /// The first two letters of every number word, for a quick no.
    private var openings: [String: Set<String>] = [:]
    private var parsers: [String: [SpelloutParser]] = [:]
    private let memo = Memo<Double?>(limit: 200_000)
    private let wordMemo = Memo<Bool>(limit: 200_000)

    public init() {}

    /// A reader of `language`'s spelled-out numbers.
    public func reader(_ language: String) -> Reader { Reader(words: self, language: language) }

    public struct Reader: Sendable {
        let words: NumberWords
        public let language: String

        /// The value of `phrase` when the whole of it spells a number.
        public func value(of phrase: String) -> Double? { words.value(of: phrase, language: language) }

        /// Whether `word` could open a spelled-out number (`dördünde` → `dört`).
        public func mayStartNumber(_ word: String) -> Bool { words.mayBeNumberWord(word, language: language) }
    }

    func value(of phrase: String, language: String) -> Double? {
        let key = language + "|" + phrase
        if let known = memo.value(for: key) { return known }
        let parts = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        guard !parts.isEmpty, parts.allSatisfy({ mayBeNumberWord(String($0), language: language) }) else {
            memo.store(nil, for: key)
            return nil
        }
        lock.lock()
        let parser = parsers[language]?.popLast()
        lock.unlock()
        guard let parser = parser ?? (try? SpelloutParser(locale: language)) else { return nil }
        let value = parser.value(of: phrase)
        lock.lock()
        parsers[language, default: []].append(parser)
        lock.unlock()
        memo.store(value, for: key)
        return value
    }

    /// Every number word of `language` (lowercase), from ICU's spell-out.
    public func words(_ language: String) -> Set<String> { numberWords(language) }

    func mayBeNumberWord(_ word: String, language: String) -> Bool {
        let key = language + "|" + word
        if let known = wordMemo.value(for: key) { return known }
        let known = numberWords(language)
        let word = word.lowercased()
        lock.lock()
        let opens = openings[language]?.contains(String(word.prefix(2))) ?? false
        lock.unlock()
        // An inflected number word (`yirmisi`, `dördünde`): it starts with one, its last
        // consonant possibly softened.
        let answer = opens && (known.contains(word) || known.contains {
            $0.count >= 2 && (word.hasPrefix($0) || ($0.count >= 4 && word.hasPrefix($0.dropLast())))
        })
        wordMemo.store(answer, for: key)
        return answer
    }

    private func numberWords(_ language: String) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        if let known = words[language] { return known }
        var set: Set<String> = []
        if let formatter = try? SpelloutFormatter(locale: language) {
            let numbers = Array(0...100) + [200, 300, 1000, 2000, 1_000_000, 2_000_000, 1_000_000_000, 2_000_000_000]
            for number in numbers {
                guard let text = formatter.text(for: number) else { continue }
                for part in text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{AD}" }) {
                    set.insert(String(part))
                }
            }
        }
        words[language] = set
        openings[language] = Set(set.map { String($0.prefix(2)) })
        return set
    }
}
