import HaberExtraction

/// The index of a rendered folder: a table of the articles, the most mentioned entities of
/// each type and the mentions per month of publication, as inline SVG.
///
/// It keeps a few numbers per article rather than the records, so a render of many
/// articles does not hold them all in memory.
public struct IndexPage: Sendable {
    /// What the index shows of one article.
    public struct Row: Sendable, Equatable {
        public var id: String
        public var title: String?
        public var language: String
        public var published: String?
        /// The article page, relative to the index.
        public var page: String
        public var counts: [EntityType: Int]
    }

    public private(set) var rows: [Row] = []
    /// Mentions per type and displayed value (the canonical form when there is one).
    private var mentions: [EntityType: [String: Int]] = [:]
    /// Mentions per `YYYY-MM` of the article's `published`, per type.
    private var months: [String: [EntityType: Int]] = [:]
    /// How many entities top lists show per type.
    public var topCount = 8

    public init() {}

    public mutating func add(_ record: Record, page: String) {
        var counts: [EntityType: Int] = [:]
        for entity in record.entities {
            counts[entity.type, default: 0] += 1
            mentions[entity.type, default: [:]][entity.canonical ?? ArticlePage.display(entity.value), default: 0] += 1
        }
        if let published = record.published, published.count >= 7 {
            let month = String(published.prefix(7))
            for (type, count) in counts { months[month, default: [:]][type, default: 0] += count }
        }
        rows.append(Row(id: record.id, title: record.title, language: record.language, published: record.published,
                        page: page, counts: counts))
    }

    public var html: String {
        var totals: [EntityType: Int] = [:]
        for row in rows {
            for (type, count) in row.counts { totals[type, default: 0] += count }
        }
        let mentionCount = totals.values.reduce(0, +)
        var out = HTML.head(title: "Haber: \(rows.count) articles")
        out += "<h1>\(rows.count) articles, \(mentionCount) mentions</h1>\n"
        out += HTML.legend(totals)
        out += "<h2>Mentions per month</h2>\n"
        let undated = rows.filter { $0.published == nil }.count
        if undated > 0 {
            out += "<p class=\"meta\">By each article’s <code>published</code>; \(undated) undated articles left out.</p>\n"
        }
        out += Charts.monthly(months)
        out += "<h2>Most mentioned, per type</h2>\n<div class=\"charts\">\n"
        for type in EntityType.ordered {
            let top = (mentions[type] ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(topCount)
            guard !top.isEmpty else { continue }
            out += Charts.ranking(type: type, top.map { ($0.key, $0.value) })
        }
        out += "</div>\n<h2>Articles</h2>\n" + table() + HTML.tail
        return out
    }

    private func table() -> String {
        var out = "<table>\n<thead><tr><th>article</th><th>title</th><th>lang</th><th>published</th>"
        for type in EntityType.ordered { out += "<th><span class=\"swatch \(type.rawValue)\"></span>\(type.rawValue)</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr><td><a href=\"\(HTML.escaped(Self.link(row.page)))\">\(HTML.escaped(row.id))</a></td>"
            out += "<td>\(HTML.escaped(row.title ?? ""))</td><td>\(HTML.escaped(row.language))</td>"
            out += "<td>\(HTML.escaped(row.published ?? ""))</td>"
            for type in EntityType.ordered { out += "<td class=\"n\">\(row.counts[type, default: 0])</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A relative file path as a URL path: `%`, `#`, `?` and spaces would otherwise be read
    /// as URL syntax.
    static func link(_ path: String) -> String {
        var out = ""
        for scalar in path.unicodeScalars {
            if scalar == "%" || scalar == "#" || scalar == "?" || scalar == " " || scalar == "\"" || scalar.value < 0x20 {
                out += OutputPaths.percentEscaped(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
