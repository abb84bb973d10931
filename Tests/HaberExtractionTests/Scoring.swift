import Foundation

/// FORMAT.md's scoring, ported from `../shared/tools/score.py` so that golden tests judge a
/// record exactly as the outside scorer does: a gold item is found when some predicted
/// entity of its type matches it; each distinct predicted item (grouped by `value`) that
/// matches no gold item of its type is spurious; optional gold items are neither.
enum Scoring {
    static let types = ["ORG", "CITY", "COUNTRY", "PERSON", "PERCENT", "DATE", "MONEY"]
    static let nameTypes: Set<String> = ["ORG", "CITY", "COUNTRY", "PERSON"]

    /// A match key: a folded name, a date end, a rounded number, or an amount and currency.
    enum Key: Hashable, CustomStringConvertible {
        case text(String)
        case number(Double)
        case money(Double, String)

        var description: String {
            switch self {
            case .text(let text): text
            case .number(let number): "\(number)"
            case .money(let amount, let currency): "\(amount) \(currency)"
            }
        }
    }

    /// What one article's record got wrong, by type.
    struct Outcome: CustomStringConvertible {
        var found: [String: Int] = [:]
        var missed: [String: [String]] = [:]
        var spurious: [String: [String]] = [:]

        var description: String {
            Scoring.types.compactMap { type in
                let missed = self.missed[type] ?? [], spurious = self.spurious[type] ?? []
                if missed.isEmpty, spurious.isEmpty { return nil }
                return "\(type): missed \(missed), spurious \(spurious)"
            }.joined(separator: "; ")
        }
    }

    /// NFC, Turkish lowercase (`I`→`ı`, `İ`→`i`), then `ı`→`i`, diacritics stripped,
    /// punctuation turned to spaces, spaces collapsed.
    static func fold(_ text: String) -> String {
        var turkish = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "I": turkish.append("ı")
            case "İ": turkish.append("i")
            default: turkish.append(scalar)
            }
        }
        var dotless = String.UnicodeScalarView()
        for scalar in String(turkish).lowercased().unicodeScalars {
            dotless.append(scalar == "ı" ? "i" : scalar)
        }
        var plain = String.UnicodeScalarView()
        for scalar in String(dotless).decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass.rawValue == 0 {
            plain.append(isWordOrSpace(scalar) ? scalar : " ")
        }
        return String(plain).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Python's `\w` or `\s`.
    private static func isWordOrSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" || scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func number(_ value: Any?) -> Double? {
        if let value = value as? NSNumber { return value.doubleValue }
        if let value = value as? Double { return value }
        if let value = value as? Int { return Double(value) }
        return nil
    }

    private static func rounded(_ value: Double, _ places: Double) -> Double {
        (value * pow(10, places)).rounded() / pow(10, places)
    }

    private static func dateEnds(_ value: Any?) -> Set<Key> {
        guard let value = value as? String else { return [] }
        return Set(value.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { .text($0) })
    }

    /// The match keys of one gold item.
    static func goldKeys(_ type: String, _ item: Any) -> Set<Key> {
        switch type {
        case _ where nameTypes.contains(type):
            guard let item = item as? [String: Any] else { return [] }
            let names = [item["name"]] + ((item["alt"] as? [Any]) ?? []).map { Optional($0) }
            return Set(names.compactMap { $0 as? String }.map(fold).filter { !$0.isEmpty }.map { .text($0) })
        case "PERCENT":
            return number(item).map { [.number(rounded($0, 6))] } ?? []
        case "DATE":
            return dateEnds(item)
        case "MONEY":
            guard let item = item as? [String: Any], let amount = number(item["amount"]) else { return [] }
            return [.money(rounded(amount, 2), "\(item["currency"] ?? "")".uppercased())]
        default:
            return []
        }
    }

    /// The group key and match keys of one predicted entity, or nil when it is not scored.
    static func predictedKeys(_ type: String, _ entity: [String: Any]) -> (group: Key, keys: Set<Key>)? {
        let value = entity["value"]
        switch type {
        case _ where nameTypes.contains(type):
            let keys = Set([value, entity["canonical"], entity["text"]].compactMap { $0 as? String }.map(fold)
                .filter { !$0.isEmpty }.map { Key.text($0) })
            let folded = (value as? String).map(fold) ?? ""
            let group = Key.text(folded.isEmpty ? fold(entity["text"] as? String ?? "") : folded)
            return keys.isEmpty ? nil : (group, keys)
        case "PERCENT":
            guard let number = number(value) else { return nil }
            let key = Key.number(rounded(number, 6))
            return (key, [key])
        case "DATE":
            if entity["relative"] as? Bool == true { return nil }
            let ends = dateEnds(value)
            guard let value = value as? String, !ends.isEmpty else { return nil }
            return (.text(value), ends)
        case "MONEY":
            guard let money = value as? [String: Any], let amount = number(money["amount"]),
                  let currency = money["currency"] else { return nil }
            let key = Key.money(rounded(amount, 2), "\(currency)".uppercased())
            return (key, [key])
        default:
            return nil
        }
    }

    /// Scores one record (a parsed JSON line) against one gold file (parsed).
    static func score(gold: [String: Any], record: [String: Any]) -> Outcome {
        let entities = (record["entities"] as? [[String: Any]]) ?? []
        var outcome = Outcome()
        for type in types {
            let items: [(keys: Set<Key>, optional: Bool, label: String)] = ((gold[type] as? [Any]) ?? []).map { item in
                let optional = ((item as? [String: Any])?["optional"] as? Bool) ?? false
                let label = ((item as? [String: Any])?["name"] as? String) ?? "\(item)"
                return (goldKeys(type, item), optional, label)
            }
            var groups: [Key: Set<Key>] = [:]
            var groupOrder: [Key] = []
            for entity in entities where entity["type"] as? String == type {
                guard let (group, keys) = predictedKeys(type, entity) else { continue }
                if groups[group] == nil { groupOrder.append(group) }
                groups[group, default: []].formUnion(keys)
            }
            for item in items {
                let hit = groups.values.contains { !item.keys.isDisjoint(with: $0) }
                if hit, !item.optional { outcome.found[type, default: 0] += 1 }
                if !hit, !item.optional { outcome.missed[type, default: []].append(item.label) }
            }
            for group in groupOrder where !items.contains(where: { !$0.keys.isDisjoint(with: groups[group]!) }) {
                outcome.spurious[type, default: []].append(group.description)
            }
        }
        return outcome
    }
}
