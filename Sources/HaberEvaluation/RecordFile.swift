import Foundation
import HaberExtraction

/// Records read back from a JSON Lines file, to score output written earlier or by another tool.
public struct RecordFile: Sendable {
    public struct Entry: Sendable {
        public var entities: [Entity]
        public var published: String?

        public init(entities: [Entity], published: String?) {
            self.entities = entities
            self.published = published
        }
    }

    public var records: [String: Entry] = [:]

    public init(contentsOf url: URL) throws(Gold.ReadError) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw Gold.ReadError(file: url.path, reason: "cannot be read as UTF-8")
        }
        for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            let id = object["id"].map { "\($0)" } ?? "None"
            let entities = ((object["entities"] as? [[String: Any]]) ?? []).compactMap(Self.entity(from:))
            records[id] = Entry(entities: entities, published: object["published"] as? String)
        }
    }

    /// An entity from its JSON form in a record, or nil when the scorer would not read it.
    public static func entity(from object: [String: Any]) -> Entity? {
        guard let typeName = object["type"] as? String, let type = EntityType(rawValue: typeName) else { return nil }
        let text = (object["text"] as? String) ?? ""
        let raw = object["value"]
        let value: EntityValue
        switch type {
        case .organization, .city, .country, .person:
            value = .name((raw as? String) ?? "")
        case .percent:
            guard case .number(let number)? = raw.flatMap(MatchKey.percent(from:)) else { return nil }
            value = .number(number)
        case .date:
            guard let iso = raw as? String else { return nil }
            value = .date(iso)
        case .money:
            guard let money = raw as? [String: Any], case .money(let amount, let currency)? = MatchKey.money(from: money) else {
                return nil
            }
            value = .money(amount: amount, currency: currency)
        }
        return Entity(type: type, text: text, start: (object["start"] as? Int) ?? 0, end: (object["end"] as? Int) ?? 0,
                      value: value, canonical: object["canonical"] as? String, ref: object["ref"] as? String,
                      mod: object["mod"] as? String, relative: (object["relative"] as? Bool) ?? false)
    }
}
