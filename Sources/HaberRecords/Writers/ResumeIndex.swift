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
        case .sqlite:
            break
        }
        return ResumeIndex(ids: ids, completeBytes: complete, cutBytes: bytes.count - complete)
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
