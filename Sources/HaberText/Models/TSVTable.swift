import Foundation

/// A data table from `models/`: `#` comment lines (where the facts came from), one header
/// row naming the columns, then tab-separated rows.
public struct TSVTable: Sendable {
    public let name: String
    public let columns: [String]
    public let rows: [[String]]

    public init(data: Data, name: String) throws(ModelDirectory.LocateError) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformed(file: name, line: 0, reason: "not UTF-8")
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
            var record: [String: String] = [:]
            for (index, column) in columns.enumerated() { record[column] = index < row.count ? row[index] : "" }
            return record
        }
    }
}
