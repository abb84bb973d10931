import Foundation

/// A data table from `models/`: `#` comment lines (where the facts came from), one header
/// row naming the columns, then tab-separated rows.
public struct TSVTable: Sendable {
    public let name: String
    public let columns: [String]
    public let rows: [[String]]

    /// A table made of rows already read: a table that ``ModelDirectory`` joins from the
    /// per-language files of a split table, or the language list it makes from the profiles.
    public init(name: String, columns: [String], rows: [[String]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    public init(data: Data, name: String) throws(ModelDirectory.LocateError) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformed(file: name, line: 0, reason: "not UTF-8")
        }
        if let (header, rows) = Self.splitBytes(of: text) {
            self.name = name
            self.columns = header
            self.rows = rows
            return
        }
        var header: [String]?
        var rows: [[String]] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header == nil {
                header = fields
                continue
            }
            rows.append(fields)
        }
        guard let header else { throw .malformed(file: name, line: lineNumber, reason: "no header row") }
        self.name = name
        self.columns = header
        self.rows = rows
    }

    /// The header and rows of `text` split by bytes, or nil when only a split by `Character`
    /// (as below) reads it right: a carriage return (`\r\n` is one `Character`), a byte
    /// order mark, a `#` followed by a scalar that could combine with it, or no header row.
    /// Line feeds and tabs never combine with their neighbours, so otherwise both splits
    /// give the same fields; this one costs a tenth, and every start reads a dozen tables.
    private static func splitBytes(of text: String) -> (header: [String], rows: [[String]])? {
        var text = text
        return text.withUTF8 { bytes -> (header: [String], rows: [[String]])? in
            guard !bytes.contains(0x0D), !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
            var header: [String]?
            var rows: [[String]] = []
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                if lineEnd == lineStart { continue }
                if bytes[lineStart] == 0x23 {
                    if lineStart + 1 < lineEnd, bytes[lineStart + 1] >= 0x80 { return nil }
                    continue
                }
                var fields: [String] = []
                var fieldStart = lineStart
                for position in lineStart...lineEnd where position == lineEnd || bytes[position] == 0x09 {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<position]), as: UTF8.self))
                    fieldStart = position + 1
                }
                if header == nil { header = fields } else { rows.append(fields) }
            }
            guard let header else { return nil }
            return (header, rows)
        }
    }

    /// The values of column `column` for every row ("" where a row is short).
    public func column(_ column: String) throws(ModelDirectory.LocateError) -> [String] {
        guard let index = columns.firstIndex(of: column) else {
            throw .malformed(file: name, line: 1, reason: "no column '\(column)'")
        }
        return rows.map { index < $0.count ? $0[index] : "" }
    }

    /// Rows as dictionaries keyed by column name.
    public var records: [[String: String]] {
        rows.map { row in
            // Made at its size: grown from empty, each row's dictionary was allocated and
            // rehashed again at its second and fourth column.
            var record = [String: String](minimumCapacity: columns.count)
            for (index, column) in columns.enumerated() { record[column] = index < row.count ? row[index] : "" }
            return record
        }
    }
}
