import Foundation
import HaberExtraction

/// One row per entity, RFC 4180: a header row, fields quoted when they hold a comma, a
/// quote or a line break (quotes doubled), CRLF line ends. `value` is the record's value
/// as text (a name, a number, an ISO date; MONEY as `{"amount":…,"currency":…}`), and the
/// typed parts have columns of their own (`amount`, `currency`, `date_start`, `date_end`),
/// with the article's `lang`, `published` and `source` on every row, so that a spreadsheet
/// needs no JSON. An article without entities has one row with an empty `type`, so that it
/// can be listed (and `--resume` knows it is done).
public struct CSVWriter: Sendable {
    public static let columns = [
        "id", "type", "text", "value", "start", "end", "canonical", "ref", "mod", "relative",
        "amount", "currency", "date_start", "date_end", "lang", "published", "source",
    ]
    public static let header = columns.joined(separator: ",") + "\r\n"

    public init() {}

    public func rows(for record: Record) -> String {
        let article = [record.language, record.published ?? "", record.source ?? ""]
        guard !record.entities.isEmpty else {
            return ([record.id] + Array(repeating: "", count: Self.columns.count - 4) + article).map(Self.quoted).joined(separator: ",")
                + "\r\n"
        }
        var out = ""
        for entity in record.entities {
            var value = ""
            switch entity.value {
            case .name(let text), .date(let text): value = text
            case .number, .money: JSON.append(value: entity.value, to: &value)
            }
            let flat = FlatEntity(entity.value)
            let amount = entity.type == .money ? flat.number.map(JSON.number) ?? "" : ""
            let fields = [record.id, entity.type.rawValue, entity.text, value, String(entity.start), String(entity.end),
                          entity.canonical ?? "", entity.ref ?? "", entity.mod ?? "", entity.relative ? "true" : "",
                          amount, flat.currency ?? "", flat.dateStart ?? "", flat.dateEnd ?? ""] + article
            out += fields.map(Self.quoted).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Whether the file at `path` is missing, empty, or opens with this version's header:
    /// `--resume` must not append rows of other columns to a CSV an older haber wrote.
    public static func acceptsRows(atPath path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.utf8.count)) ?? Data()
        return start.isEmpty || start == Data(header.utf8)
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Writes rows to `output`, with the header first when the output is new.
    public struct Sink: RecordSink {
        let output: TextOutput
        let writer = CSVWriter()
        var wroteHeader = false

        public init(output: TextOutput, hasHeader: Bool) {
            self.output = output
            wroteHeader = hasHeader
        }

        public mutating func write(_ record: Record) throws(OutputError) {
            if !wroteHeader {
                try output.write(CSVWriter.header)
                wroteHeader = true
            }
            try output.write(writer.rows(for: record))
        }

        public mutating func finish() throws(OutputError) {
            if !wroteHeader { try output.write(CSVWriter.header) }
            try output.finish()
        }

        public mutating func idle() throws(OutputError) { try output.flushIfStandardOutput() }

        public mutating func discard() { output.discard() }
    }
}
