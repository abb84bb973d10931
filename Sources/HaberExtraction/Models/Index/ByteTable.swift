import Foundation
import HaberText

/// A table of `models/` read as UTF-8 bytes, for the index builders: ``TSVTable`` makes a
/// `String` per field and a dictionary per row, which for the 270,000 rows of the place
/// files cost about a second of a first run.
///
/// It reads the same rows as ``TSVTable`` (comment lines, one header row, tab-separated
/// fields, a field missing from a short row is empty). A file that only ``TSVTable``'s
/// reading by `Character` could read the same way (a carriage return, a byte order mark, a
/// `#` carrying a combining mark) is read by ``TSVTable`` itself and copied here.
struct ByteTable {
    private(set) var bytes: [UInt8] = []
    let columns: [String]
    /// Per row, where its fields' bounds start in `bounds`; one past the last row, their end.
    private var rowStarts: [Int32] = [0]
    /// Per row, where each field starts, then one past the end of its last field + 1 (so
    /// that field `i` is `bounds[i] ..< bounds[i + 1] - 1`): 4 bytes a field rather than
    /// the 16 of a `Range<Int>`, for the 1.6 million fields of the place files.
    private var bounds: [Int32] = []

    var count: Int { rowStarts.count - 1 }

    init(_ relativePath: String, in models: ModelDirectory) throws(ModelDirectory.LocateError) {
        let file = models.url.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: file.path) else {
            // A curated table split by language (`models/languages/<code>/…`) has no file of
            // its own: ``ModelDirectory`` joins its parts, which are small.
            guard models.hasTable(relativePath) else { throw .missingFile(file.path) }
            self.init(copying: try models.table(relativePath))
            return
        }
        let data: Data
        do { data = try Data(contentsOf: file) } catch { throw .unreadable(file.path, reason: "\(error)") }
        guard data.count < Int32.max else { throw .malformed(file: relativePath, line: 0, reason: "larger than 2 GB") }
        let bytes = [UInt8](data)
        var rowStarts: [Int32] = [0]
        var bounds: [Int32] = []
        if let columns = Self.scan(bytes, into: &rowStarts, &bounds) {
            self.init(bytes: bytes, columns: columns, rowStarts: rowStarts, bounds: bounds)
            return
        }
        // The careful way, as every other table is read.
        self.init(copying: try TSVTable(data: data, name: relativePath))
    }

    private init(bytes: [UInt8], columns: [String], rowStarts: [Int32], bounds: [Int32]) {
        self.bytes = bytes
        self.columns = columns
        self.rowStarts = rowStarts
        self.bounds = bounds
    }

    /// The rows of a table already read as strings, copied into bytes.
    private init(copying table: TSVTable) {
        var rowStarts: [Int32] = [0]
        var bounds: [Int32] = []
        var copy: [UInt8] = []
        for row in table.rows {
            for field in row {
                bounds.append(Int32(copy.count))
                copy += field.utf8
                copy.append(0x09)
            }
            bounds.append(Int32(copy.count))
            rowStarts.append(Int32(bounds.count))
        }
        self.init(bytes: copy, columns: table.columns, rowStarts: rowStarts, bounds: bounds)
    }

    /// The position of the column named `name` (the last such, as ``TSVTable/records``
    /// keeps), or nil when the table has none.
    func column(_ name: String) -> Int? { columns.lastIndex(of: name) }

    /// How many fields `row` has.
    func fieldCount(_ row: Int) -> Int { Int(rowStarts[row + 1] - rowStarts[row]) - 1 }

    /// Calls `body` with the bytes of field `column` of `row`: empty when the row is short.
    func withField<Result>(_ row: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let first = Int(rowStarts[row])
        let range = column < fieldCount(row) ? Int(bounds[first + column])..<Int(bounds[first + column + 1] - 1) : 0..<0
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Field `column` of `row` as bytes; `fallback` when the table has no such column.
    func field(_ row: Int, _ column: Int?, or fallback: String = "") -> [UInt8] {
        guard let column else { return Array(fallback.utf8) }
        return withField(row, column) { Array($0) }
    }

    /// Field `column` of `row` as a string; `fallback` when the table has no such column.
    func string(_ row: Int, _ column: Int?, or fallback: String = "") -> String {
        guard let column else { return fallback }
        return withField(row, column) { String(decoding: $0, as: UTF8.self) }
    }

    /// Field `column` of `row` read as `Int(_:)` reads a string: nil when it is not a
    /// number or the table has no such column.
    func integer(_ row: Int, _ column: Int?) -> Int? {
        guard let column else { return nil }
        return withField(row, column) { field -> Int? in
            if !field.isEmpty, field.count <= 18, field.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                return field.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
            return Int(String(decoding: field, as: UTF8.self))
        }
    }

    /// Whether field `column` of `row` is `text` (false when the table has no such column).
    func field(_ row: Int, _ column: Int?, is text: StaticString) -> Bool {
        guard let column else { return false }
        return withField(row, column) { field in
            field.count == text.utf8CodeUnitCount
                && field.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
    }

    /// Splits `bytes` into rows and fields and returns the header, or nil when the file
    /// needs ``TSVTable``'s reading (see the type's comment) or has no header row.
    private static func scan(_ bytes: [UInt8], into rowStarts: inout [Int32], _ bounds: inout [Int32]) -> [String]? {
        guard bytes.withUnsafeBufferPointer(isValidUTF8), !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
              !bytes.contains(0x0D) else { return nil }
        var header: [String]?
        // About one row per 40 bytes, six fields each, in the place files.
        rowStarts.reserveCapacity(bytes.count / 32)
        bounds.reserveCapacity(bytes.count / 5)
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            if lineEnd == lineStart { continue }
            if bytes[lineStart] == 0x23 {
                // `#` opens a comment unless a combining mark makes it another character.
                if lineStart + 1 < lineEnd, bytes[lineStart + 1] >= 0x80 { return nil }
                continue
            }
            if header == nil {
                header = bytes[lineStart..<lineEnd].split(separator: 0x09, omittingEmptySubsequences: false)
                    .map { String(decoding: $0, as: UTF8.self) }
                continue
            }
            bounds.append(Int32(lineStart))
            for position in lineStart..<lineEnd where bytes[position] == 0x09 { bounds.append(Int32(position + 1)) }
            bounds.append(Int32(lineEnd + 1))
            rowStarts.append(Int32(bounds.count))
        }
        return header
    }

    /// Whether `bytes` is well-formed UTF-8 (Unicode's table 3-7), as
    /// `String(data:encoding: .utf8)` requires; eight ASCII bytes at a time, without the
    /// copy that `String(validating:)` makes.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return false
            }
            guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return false }
            for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
