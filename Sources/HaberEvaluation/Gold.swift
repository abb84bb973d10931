import Foundation
import HaberExtraction

/// One article's gold annotation (FORMAT.md "Gold"): a record-level set per type.
public struct Gold: Sendable {
    public struct Item: Sendable {
        /// The keys any of which a prediction must match.
        public var keys: Set<MatchKey>
        public var optional: Bool
        /// How the item is shown in reports.
        public var label: String
    }

    public var id: String
    public var published: String?
    public var items: [EntityType: [Item]]

    public struct ReadError: Error, CustomStringConvertible {
        public var file: String
        public var reason: String
        public var description: String { "\(file): \(reason)" }
    }

    /// Reads `gold/<id>.json`.
    public init(contentsOf url: URL) throws(ReadError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw ReadError(file: url.path, reason: "cannot be read") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ReadError(file: url.path, reason: "not a JSON object")
        }
        self.init(object: object, id: url.deletingPathExtension().lastPathComponent)
    }

    /// A gold annotation from its parsed JSON; `id` is used when the object has none.
    public init(object: [String: Any], id: String) {
        self.id = (object["id"] as? String) ?? id
        published = object["published"] as? String
        items = [:]
        for type in EntityType.allCases {
            guard let list = object[type.rawValue] as? [Any] else { continue }
            items[type] = list.compactMap { Self.item(type, $0) }
        }
    }

    private static func item(_ type: EntityType, _ raw: Any) -> Item? {
        let optional = ((raw as? [String: Any])?["optional"] as? Bool) ?? false
        switch type {
        case .organization, .city, .country, .person:
            guard let object = raw as? [String: Any], let name = object["name"] as? String else { return nil }
            let names = [name] + ((object["alt"] as? [String]) ?? [])
            let keys = Set(names.map(Folding.fold).filter { !$0.isEmpty }.map(MatchKey.text))
            return Item(keys: keys, optional: optional, label: keys.map(\.description).sorted().first ?? "?")
        case .percent:
            guard let number = MatchKey.percent(from: raw) else { return nil }
            return Item(keys: [number], optional: false, label: number.description)
        case .date:
            guard let text = raw as? String else { return nil }
            let keys = MatchKey.dateEnds(text)
            return Item(keys: keys, optional: false, label: keys.map(\.description).sorted().first ?? "?")
        case .money:
            guard let object = raw as? [String: Any], let key = MatchKey.money(from: object) else { return nil }
            return Item(keys: [key], optional: optional, label: key.description)
        }
    }
}
