import HaberExtraction

/// The HTML page of one article: its text with every entity highlighted in its type's
/// colour, a tooltip with what the record says about it, and a legend.
public struct ArticlePage: Sendable {
    public var record: Record
    /// How many folders below the index the page lies, for the link back.
    public var depth: Int

    public init(record: Record, depth: Int = 1) {
        self.record = record
        self.depth = depth
    }

    /// The whole page; an empty text when the record carries none.
    public var html: String {
        let entities = record.entities.sorted { $0.start < $1.start }
        var counts: [EntityType: Int] = [:]
        for entity in entities { counts[entity.type, default: 0] += 1 }
        var out = HTML.head(title: record.title ?? record.id, language: record.language)
        out += "<nav><a href=\"\(String(repeating: "../", count: depth))index.html\">All articles</a></nav>\n"
        out += "<h1>\(HTML.escaped(record.title ?? record.id))</h1>\n"
        var meta = [record.id, record.language, "published " + (record.published ?? "—"), "\(entities.count) entities"]
        if let source = record.source { meta.append(source) }
        out += "<p class=\"meta\">\(meta.map(HTML.escaped).joined(separator: " · "))</p>\n"
        out += HTML.legend(counts)
        out += "<div class=\"text\" lang=\"\(HTML.escaped(record.language))\" data-entities=\"\(entities.count)\">"
        out += marked(entities)
        out += "</div>\n" + HTML.tail
        return out
    }

    /// The text, escaped, each entity in a `<mark>`. Entities overlap nowhere once the
    /// resolver has run; one that would overlap the previous is left unmarked rather than
    /// producing broken nesting.
    func marked(_ entities: [Entity]) -> String {
        guard let text = record.text else { return "" }
        let scalars = text.scalars
        var out = ""
        out.reserveCapacity(scalars.count + entities.count * 120)
        var position = 0
        for entity in entities where entity.start >= position && entity.start < entity.end && entity.end <= scalars.count {
            for scalar in scalars[position..<entity.start] { HTML.append(scalar, to: &out) }
            out += "<mark class=\"\(entity.type.rawValue)\" tabindex=\"0\" data-tip=\"\(HTML.escaped(Self.tooltip(entity)))\">"
            for scalar in scalars[entity.start..<entity.end] { HTML.append(scalar, to: &out) }
            out += "</mark>"
            position = entity.end
        }
        for scalar in scalars[position...] { HTML.append(scalar, to: &out) }
        return out
    }

    /// The tooltip: the type, then one `key: value` line per field the record gives.
    static func tooltip(_ entity: Entity) -> String {
        var lines = [entity.type.rawValue, "value: " + display(entity.value)]
        if let canonical = entity.canonical { lines.append("canonical: " + canonical) }
        if let ref = entity.ref { lines.append("ref: " + ref) }
        if let mod = entity.mod { lines.append("mod: " + mod) }
        if entity.relative { lines.append("relative: true") }
        return lines.joined(separator: "\n")
    }

    /// A value as a reader would write it: `58`, `2017-07-21`, `4000000 EUR`.
    public static func display(_ value: EntityValue) -> String {
        switch value {
        case .name(let text), .date(let text): text
        case .number(let number): JSON.number(number)
        case .money(let amount, let currency): JSON.number(amount) + " " + currency
        }
    }
}
