import Foundation
import HaberExtraction

/// One row per entity, RFC 4180: a header row, fields quoted when they hold a comma, a
/// quote or a line break (quotes doubled), CRLF line ends. `value` is the JSON form of the
/// record's value (a name, a number, an ISO date, or `{"amount":…,"currency":…}`).
public struct CSVWriter: Sendable {
    public static let header = "id,type,text,value,start,end,canonical,relative\r\n"

    public init() {}

    public func rows(for record: Record) -> String {
        var out = ""
        for entity in record.entities {
            var value = ""
            switch entity.value {
            case .name(let text), .date(let text): value = text
            case .number, .money: JSON.append(value: entity.value, to: &value)
            }
            let fields = [record.id, entity.type.rawValue, entity.text, value, String(entity.start), String(entity.end),
                          entity.canonical ?? "", entity.relative ? "true" : ""]
            out += fields.map(Self.quoted).joined(separator: ",") + "\r\n"
        }
        return out
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
    }
}
