import Foundation
import HaberExtraction

/// Scores predicted records against gold exactly as FORMAT.md defines (and as
/// an independent scorer does): per type, micro-averaged over articles; a gold item is
/// found when a prediction of its type matches one of its keys; each distinct prediction
/// (grouped by value) matching no gold item is a false positive; relative dates are not scored.
public struct Scorer: Sendable {
    /// A predicted entity as the scorer sees it.
    public struct Prediction: Sendable {
        public var type: EntityType
        public var group: MatchKey
        public var keys: Set<MatchKey>

        /// Nil when the entity is not scored (a relative date, an unreadable value).
        public init?(_ entity: Entity) {
            type = entity.type
            switch entity.value {
            case .name(let value):
                let folded = [value, entity.canonical, entity.text].compactMap { $0 }.map(Folding.fold).filter { !$0.isEmpty }
                guard !folded.isEmpty else { return nil }
                let value = Folding.fold(value)
                group = .text(value.isEmpty ? Folding.fold(entity.text) : value)
                keys = Set(folded.map(MatchKey.text))
            case .number(let number):
                group = .number(MatchKey.rounded(number, 6))
                keys = [group]
            case .date(let iso):
                guard !entity.relative else { return nil }
                keys = MatchKey.dateEnds(iso)
                guard !keys.isEmpty else { return nil }
                group = .text(iso)
            case .money(let amount, let currency):
                group = .money(MatchKey.rounded(amount, 2), currency.uppercased())
                keys = [group]
            }
        }
    }

    public struct Counts: Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var missed: [(article: String, item: String)] = []
        public var spurious: [(article: String, item: String)] = []

        public init() {}

        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        var isEmpty: Bool { truePositives + falsePositives + falseNegatives == 0 }
    }

    public private(set) var counts: [EntityType: Counts] = [:]
    public private(set) var articles = 0
    public private(set) var publishedTotal = 0
    public private(set) var publishedCorrect = 0

    public init() {}

    /// Adds one article; `entities` and `published` are nil when no record was produced.
    public mutating func add(gold: Gold, entities: [Entity]?, published: String?) {
        articles += 1
        let predictions = (entities ?? []).compactMap(Prediction.init)
        for type in EntityType.allCases {
            var groups: [MatchKey: Set<MatchKey>] = [:]
            var order: [MatchKey] = []
            for prediction in predictions where prediction.type == type {
                if groups[prediction.group] == nil { order.append(prediction.group) }
                groups[prediction.group, default: []].formUnion(prediction.keys)
            }
            let items = gold.items[type] ?? []
            var count = counts[type] ?? Counts()
            for item in items {
                let hit = groups.values.contains { !$0.isDisjoint(with: item.keys) }
                if hit && !item.optional {
                    count.truePositives += 1
                } else if !hit && !item.optional {
                    count.falseNegatives += 1
                    count.missed.append((gold.id, item.label))
                }
            }
            for group in order where !items.contains(where: { !($0.keys.isDisjoint(with: groups[group] ?? [])) }) {
                count.falsePositives += 1
                count.spurious.append((gold.id, group.description))
            }
            counts[type] = count
        }
        if gold.published != nil {
            publishedTotal += 1
            if entities != nil, published == gold.published { publishedCorrect += 1 }
        }
    }

    /// Sums over the types that had anything to count.
    public var micro: Counts {
        var total = Counts()
        for count in counts.values where !count.isEmpty {
            total.truePositives += count.truePositives
            total.falsePositives += count.falsePositives
            total.falseNegatives += count.falseNegatives
        }
        return total
    }

    public var publishedAccuracy: Double? {
        publishedTotal == 0 ? nil : Double(publishedCorrect) / Double(publishedTotal)
    }

    /// The report as score.py prints it (figures rounded to four decimals, shown with three).
    public func report(verbose: Bool) -> String {
        func figure(_ value: Double) -> String { String(format: "%6.3f", MatchKey.rounded(value, 4)) }
        var lines = ["type          P      R     F1    tp    fp    fn"]
        for type in EntityType.allCases {
            let count = counts[type] ?? Counts()
            let name = type.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            lines.append("\(name) \(figure(count.precision)) \(figure(count.recall)) \(figure(count.f1)) "
                + String(format: "%5d %5d %5d", count.truePositives, count.falsePositives, count.falseNegatives))
        }
        let total = micro
        lines.append("micro    \(figure(total.precision)) \(figure(total.recall)) \(figure(total.f1))")
        if let accuracy = publishedAccuracy {
            lines.append("published accuracy \(String(format: "%.3f", accuracy)) over \(publishedTotal) articles")
        }
        if verbose {
            for type in EntityType.allCases {
                let count = counts[type] ?? Counts()
                for (article, item) in count.missed { lines.append("missed   \(type.rawValue) \(article): \(item)") }
                for (article, item) in count.spurious { lines.append("spurious \(type.rawValue) \(article): \(item)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// F1 of a type, or of all types with `micro`.
    public func f1(of name: String) -> Double? {
        if name.lowercased() == "micro" { return micro.f1 }
        guard let type = EntityType(rawValue: name.uppercased()) else { return nil }
        return (counts[type] ?? Counts()).f1
    }
}
