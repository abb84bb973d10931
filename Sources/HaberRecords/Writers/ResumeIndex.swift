import Foundation

/// The ids already in an output file, for `--resume`.
public enum ResumeIndex {
    public static func ids(inFile path: String?, format: OutputFormat) -> Set<String> {
        guard let path, let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else { return [] }
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
        return ids
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
