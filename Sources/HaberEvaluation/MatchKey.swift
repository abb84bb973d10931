import Foundation

/// What a gold item and a prediction are compared by.
public enum MatchKey: Hashable, Sendable, CustomStringConvertible {
    case text(String)
    case number(Double)
    case money(Double, String)

    /// A number rounded to six decimals, as the scorer compares percentages.
    static func percent(from raw: Any) -> MatchKey? {
        let value: Double
        if let number = raw as? NSNumber, !isBoolean(number) {
            value = number.doubleValue
        } else if let text = raw as? String, let parsed = Double(text) {
            value = parsed
        } else {
            return nil
        }
        return .number(rounded(value, 6))
    }

    /// Whether a parsed JSON number is `true` or `false`. Not `raw is Bool`: on Linux every
    /// number holding 0 or 1 casts to Bool, which dropped a gold percentage of 1 that
    /// score.py keeps; JSONSerialization gives booleans the C type `c` and numbers `i`, `q`, `d`.
    static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    static func money(from object: [String: Any]) -> MatchKey? {
        guard let amount = (object["amount"] as? NSNumber)?.doubleValue ?? (object["amount"] as? String).flatMap(Double.init),
              let currency = object["currency"] else { return nil }
        return .money(rounded(amount, 2), "\(currency)".uppercased())
    }

    /// The ends of an ISO date or interval (`2014/2020` → 2014, 2020).
    static func dateEnds(_ text: String) -> Set<MatchKey> {
        Set(text.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(MatchKey.text))
    }

    /// Rounds to `digits` decimals the way Python's `round` does (correctly rounded).
    static func rounded(_ value: Double, _ digits: Int) -> Double {
        Double(String(format: "%.\(digits)f", value)) ?? value
    }

    public var description: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .money(let amount, let currency): "(\(amount), '\(currency)')"
        }
    }
}
