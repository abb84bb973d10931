/// `--pretty`: each record as indented JSON (two spaces, keys in the JSON Lines order),
/// records one after another — what `jq .` prints, and reads back.
///
/// It re-indents the JSON Lines writer's compact line rather than writing JSON a second
/// way, so the two outputs can never disagree on a key or a number.
public struct PrettyJSONWriter: TextRecordWriter {
    let compact = JSONLinesWriter()

    public init() {}

    public func text(for record: Record) -> String {
        Self.indented(compact.line(for: record))
    }

    /// Indents compact JSON (no white space outside strings, as `JSONLinesWriter` writes it).
    static func indented(_ json: String) -> String {
        let scalars = Array(json.unicodeScalars)
        var out = ""
        out.reserveCapacity(json.utf8.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        func newline() { out += "\n" + String(repeating: "  ", count: depth) }
        for (index, scalar) in scalars.enumerated() {
            if inString {
                out.unicodeScalars.append(scalar)
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
                continue
            }
            switch scalar {
            case "\"":
                inString = true
                out += "\""
            case "{", "[":
                out.unicodeScalars.append(scalar)
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if next != "}" && next != "]" {
                    depth += 1
                    newline()
                }
            case "}", "]":
                let previous = index > 0 ? scalars[index - 1] : " "
                if previous != "{" && previous != "[" {
                    depth -= 1
                    newline()
                }
                out.unicodeScalars.append(scalar)
            case ",":
                out += ","
                newline()
            case ":":
                out += ": "
            case "\n", "\r", " ", "\t":
                continue
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\n"
    }
}
