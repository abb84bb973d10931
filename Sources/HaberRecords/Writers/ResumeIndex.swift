import Foundation

/// What `--resume` finds in an output file: the ids it holds, and how much of it is whole.
public struct ResumeIndex: Sendable, Equatable {
    public var ids: Set<String>
    /// Bytes up to the end of the last complete line (row): what is kept.
    public var completeBytes: Int
    /// Bytes of a truncated last line (a run killed mid-write), cut off so that the next
    /// record does not glue onto it; its article is done again.
    public var cutBytes: Int

    public init(ids: Set<String> = [], completeBytes: Int = 0, cutBytes: Int = 0) {
        self.ids = ids
        self.completeBytes = completeBytes
        self.cutBytes = cutBytes
    }

    /// Reads `path` (nothing when it does not exist).
    public static func read(path: String?, format: OutputFormat) -> ResumeIndex {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return ResumeIndex() }
        let bytes = [UInt8](data)
        let end: [UInt8] = format == .csv ? [0x0D, 0x0A] : [0x0A]
        var complete = bytes.count
        if !bytes.isEmpty, !bytes.ends(with: end) {
            complete = 0
            var index = bytes.count - end.count
            while index >= 0 {
                if Array(bytes[index..<(index + end.count)]) == end {
                    complete = index + end.count
                    break
                }
                index -= 1
            }
        }
        if format == .csv, complete < bytes.count {
            complete = startOfLastArticle(bytes, end: complete)
        }
        let text = String(decoding: bytes[0..<complete], as: UTF8.self)
        var ids: Set<String> = []
        switch format {
        case .jsonl:
            for line in text.split(separator: "\n") {
                if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                   let id = object["id"] as? String {
                    ids.insert(id)
                }
            }
        case .csv:
            for line in text.split(separator: "\r\n").dropFirst() {
                ids.insert(firstField(of: line))
            }
        case .sqlite, .conll, .brat, .html:
            break
        }
        return ResumeIndex(ids: ids, completeBytes: complete, cutBytes: bytes.count - complete)
    }

    /// Where the rows of the last id before `end` start. An article is several CSV rows, so
    /// when the file was cut, the article of the last whole row may lack rows: it is cut off
    /// too, and done again.
    static func startOfLastArticle(_ bytes: [UInt8], end: Int) -> Int {
        var starts: [Int] = [0]
        var index = 0
        while index + 1 < end {
            if bytes[index] == 0x0D, bytes[index + 1] == 0x0A {
                index += 2
                if index < end { starts.append(index) }
            } else {
                index += 1
            }
        }
        guard starts.count > 1 else { return end }
        func id(_ start: Int) -> String {
            let row = bytes[start..<(bytes[start..<end].firstIndex(of: 0x0D) ?? end)]
            return firstField(of: Substring(String(decoding: row, as: UTF8.self)))
        }
        let last = id(starts[starts.count - 1])
        var first = starts.count - 1
        while first > 1, id(starts[first - 1]) == last { first -= 1 }
        return starts[first]
    }

    /// The first field of a CSV row, unquoted (`"q""uote",…` → `q"uote`).
    static func firstField(of line: Substring) -> String {
        guard line.hasPrefix("\"") else { return String(line.prefix { $0 != "," }) }
        var field = ""
        var characters = line.dropFirst().makeIterator()
        while let character = characters.next() {
            if character == "\"" {
                guard let next = characters.next(), next == "\"" else { break }
            }
            field.append(character)
        }
        return field
    }
}

extension Array where Element: Equatable {
    fileprivate func ends(with suffix: [Element]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
