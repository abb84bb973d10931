import HaberExtraction

/// Writes records as JSON Lines, one article per line, keys in FORMAT.md's order
/// (`id`, `source`, `lang`, `title`, `published`, `entities`; in an entity `type`, `text`,
/// `start`, `end`, `value`, then `canonical`, `ref`, `mod` and `relative` when they apply).
///
/// The format is documented in `docs/FORMAT.md`; offsets are Unicode scalars of the
/// original input, end exclusive. Hand-written so that key order and number forms are
/// stable byte for byte (`58`, not `58.0`).
public struct JSONLinesWriter: Sendable {
    public init() {}

    /// Writes records as lines to `output`.
    public struct Sink: RecordSink {
        let output: TextOutput
        let writer = JSONLinesWriter()

        public init(output: TextOutput) {
            self.output = output
        }

        public mutating func write(_ record: Record) throws(OutputError) {
            try output.write(writer.line(for: record))
        }

        public mutating func finish() throws(OutputError) {
            try output.finish()
        }

        public mutating func discard() { output.discard() }
    }

    public func line(for record: Record) -> String {
        var out = "{\"id\":"
        JSON.append(string: record.id, to: &out)
        out += ",\"source\":"
        JSON.append(optional: record.source, to: &out)
        out += ",\"lang\":"
        JSON.append(string: record.language, to: &out)
        out += ",\"title\":"
        JSON.append(optional: record.title, to: &out)
        out += ",\"published\":"
        JSON.append(optional: record.published, to: &out)
        out += ",\"entities\":["
        for (index, entity) in record.entities.enumerated() {
            if index > 0 { out += "," }
            append(entity, to: &out)
        }
        out += "]}\n"
        return out
    }

    private func append(_ entity: Entity, to out: inout String) {
        out += "{\"type\":"
        JSON.append(string: entity.type.rawValue, to: &out)
        out += ",\"text\":"
        JSON.append(string: entity.text, to: &out)
        out += ",\"start\":\(entity.start),\"end\":\(entity.end),\"value\":"
        JSON.append(value: entity.value, to: &out)
        if let canonical = entity.canonical {
            out += ",\"canonical\":"
            JSON.append(string: canonical, to: &out)
        }
        if let ref = entity.ref {
            out += ",\"ref\":"
            JSON.append(string: ref, to: &out)
        }
        if let mod = entity.mod {
            out += ",\"mod\":"
            JSON.append(string: mod, to: &out)
        }
        if entity.relative { out += ",\"relative\":true" }
        out += "}"
    }
}

/// The few JSON forms records need.
public enum JSON {
    public static func append(string: String, to out: inout String) {
        out += "\""
        // Most strings need no escape: they go in whole, which is far cheaper than scalar by scalar.
        if !needsEscape(string) {
            out += string
            out += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// A quote, a backslash, a control character, or U+2028/U+2029 (`E2 80 A8`/`A9`).
    static func needsEscape(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { bytes in
            for (index, byte) in bytes.enumerated() {
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 { return true }
            }
            return false
        }
    }

    public static func append(optional: String?, to out: inout String) {
        if let optional { append(string: optional, to: &out) } else { out += "null" }
    }

    /// Integral values print without a fraction (`4000000`), others in Swift's shortest form.
    public static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.isFinite ? String(value) : "null"
    }

    public static func append(value: EntityValue, to out: inout String) {
        switch value {
        case .name(let name), .date(let name): append(string: name, to: &out)
        case .number(let percent): out += number(percent)
        case .money(let amount, let currency):
            out += "{\"amount\":" + number(amount) + ",\"currency\":"
            append(string: currency, to: &out)
            out += "}"
        }
    }
}
