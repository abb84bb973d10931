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
    private var languages: [String: Language] = [:]

    public init() {}

    /// A reader of `language`'s spelled-out numbers.
    public func reader(_ language: String) -> Reader { Reader(words: words(of: language)) }

    public struct Reader: Sendable {
        let words: Language
        public var language: String { words.language }

        /// The value of `phrase` when the whole of it spells a number.
        public func value(of phrase: String) -> Double? { words.value(of: phrase) }

        /// Whether `word` could open a spelled-out number (`dördünde` → `dört`).
        public func mayStartNumber(_ word: String) -> Bool { words.mayBeNumberWord(word) }
    }

    /// Every number word of `language` (lowercase), from ICU's spell-out.
    public func words(_ language: String) -> Set<String> { words(of: language).words }

    func mayBeNumberWord(_ word: String, language: String) -> Bool { words(of: language).mayBeNumberWord(word) }

    /// The number words of one language, built on first use (opening ICU's spell-out
    /// rules for a language costs milliseconds, and most runs meet one or two languages).
    private func words(of language: String) -> Language {
        lock.lock()
        defer { lock.unlock() }
        if let known = languages[language] { return known }
        let built = Language(language)
        languages[language] = built
        return built
    }

    /// One language's number words, parsers and remembered answers.
    final class Language: @unchecked Sendable {
        let language: String
        let words: Set<String>
        /// The first two letters of every number word, for a quick no.
        private let openings: Set<String>
        private let lock = NSLock()
        private var parsers: [SpelloutParser] = []
        private let memo = Memo<Double?>(limit: 40_000)
        private let wordMemo = Memo<Bool>(limit: 40_000)

        init(_ language: String) {
            self.language = language
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
            words = set
            openings = Set(set.map { String($0.prefix(2)) })
        }

        func value(of phrase: String) -> Double? {
            if let known = memo.value(for: phrase) { return known }
            let parts = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            guard !parts.isEmpty, parts.allSatisfy({ mayBeNumberWord(String($0)) }) else {
                memo.store(nil, for: phrase)
                return nil
            }
            lock.lock()
            let pooled = parsers.popLast()
            lock.unlock()
            guard let parser = pooled ?? (try? SpelloutParser(locale: language)) else { return nil }
            let value = parser.value(of: phrase)
            lock.lock()
            parsers.append(parser)
            lock.unlock()
            memo.store(value, for: phrase)
            return value
        }

        func mayBeNumberWord(_ word: String) -> Bool {
            if let known = wordMemo.value(for: word) { return known }
            let lower = word.lowercased()
            // An inflected number word (`yirmisi`, `dördünde`): it starts with one, its last
            // consonant possibly softened.
            let answer = openings.contains(String(lower.prefix(2))) && (words.contains(lower) || words.contains {
                $0.count >= 2 && (lower.hasPrefix($0) || ($0.count >= 4 && lower.hasPrefix($0.dropLast())))
            })
            wordMemo.store(answer, for: word)
            return answer
        }
    }
}
