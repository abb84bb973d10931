import HaberExtraction

/// brat standoff: for each article, `ID.txt` (its text) and `ID.ann` beside it in a folder,
/// one `T1<TAB>ORG 0 4<TAB>İŞİM` line per entity, and the folder's `annotation.conf` and
/// `visual.conf` so that brat opens it as a collection.
///
/// brat counts offsets in characters of the `.txt` as Python reads it, that is Unicode
/// scalars — FORMAT.md's offsets — once the text has no byte-order mark, so the copy is
/// written without one. A mention across a line break becomes fragments (`0 4;5 9`, texts
/// joined by a space), as brat wants, because an `.ann` line cannot hold a line break. Each
/// entity's value (and `canonical`) goes in an `AnnotatorNotes` line, which brat shows.
public struct BratWriter: FolderRecordWriter {
    public init() {}

    /// The `.ann` text of one article; the record must carry its text.
    public func annotations(for record: Record) throws(OutputError) -> String {
        guard let text = record.text else { throw .failed("\(record.id): no text to write a brat file from") }
        let scalars = text.scalars
        var out = ""
        for (index, entity) in record.entities.enumerated() {
            let fragments = Self.fragments(of: entity.start..<entity.end, in: scalars)
            guard !fragments.isEmpty else { continue }
            let number = index + 1
            let spans = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
            let mention = fragments.map { text.original($0) }.joined(separator: " ")
            out += "T\(number)\t\(entity.type.rawValue) \(spans)\t\(mention)\n"
            var note = ""
            switch entity.value {
            case .name(let name), .date(let name): note = name
            case .number, .money: JSON.append(value: entity.value, to: &note)
            }
            if let canonical = entity.canonical { note += " = " + canonical }
            if entity.relative { note += " (relative)" }
            out += "#\(number)\tAnnotatorNotes T\(number)\t\(Self.oneLine(note))\n"
        }
        return out
    }

    /// `range` cut at line breaks and tabs, fragments trimmed of white space.
    static func fragments(of range: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let range = range.clamped(to: 0..<scalars.count)
        var fragments: [Range<Int>] = []
        var start: Int?
        for position in range.lowerBound...range.upperBound {
            let breaks = position == range.upperBound || ["\n", "\r", "\t"].contains(scalars[position])
            if breaks {
                if let begin = start {
                    var end = position
                    while end > begin, scalars[end - 1].properties.isWhitespace { end -= 1 }
                    if end > begin { fragments.append(begin..<end) }
                }
                start = nil
            } else if start == nil, !scalars[position].properties.isWhitespace {
                start = position
            }
        }
        return fragments
    }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// The collection's `annotation.conf`: the seven types, no relations or events.
    public static var annotationConfiguration: String {
        "[entities]\n" + EntityType.ordered.map { $0.rawValue + "\n" }.joined() + "\n[relations]\n\n[events]\n\n[attributes]\n"
    }

    /// The collection's `visual.conf`: the types in the HTML pages' colours.
    public static var visualConfiguration: String {
        "[labels]\n" + EntityType.ordered.map { "\($0.rawValue) | \($0.rawValue)\n" }.joined()
            + "\n[drawing]\n" + EntityType.ordered.map { "\($0.rawValue)\tbgColor:\($0.colour)\n" }.joined()
    }

    /// `ID.txt` and `ID.ann` per record (in subfolders for ids with `/`).
    public mutating func files(for record: Record) throws(OutputError) -> [(path: String, text: String)] {
        let base = OutputPaths.relativeBase(forID: record.id)
        return [(base + ".txt", record.text?.original ?? ""), (base + ".ann", try annotations(for: record))]
    }

    public func closingFiles() -> [(path: String, text: String)] {
        [("annotation.conf", Self.annotationConfiguration), ("visual.conf", Self.visualConfiguration)]
    }
}
