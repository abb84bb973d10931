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

        /// The record's bytes go to the output as they are: made a `String`, they were checked
        /// as UTF-8 again, a third of the cost of writing a record.
        public mutating func write(_ record: Record) throws(OutputError) {
            try writer.encoded(record).withBytes { bytes throws(OutputError) in try output.write(bytes: bytes) }
        }

        public mutating func finish() throws(OutputError) {
            try output.finish()
        }

        public mutating func idle() throws(OutputError) { try output.flushIfStandardOutput() }

        public mutating func discard() { output.discard() }
    }

    /// One record as a line. Built as UTF-8 bytes in one buffer: appending to a `String`
    /// piece by piece cost about nine thousand instructions per entity.
    public func line(for record: Record) -> String {
        encoded(record).string
    }

    /// `{"type":"ORG"` and the like, by ``EntityType/order``: written as bytes, the type's
    /// `rawValue` was a string made, checked for escapes and copied at every entity (4.6 M of
    /// the 49.6 M of writing the 2.59 MB bench).
    ///
    /// All in one buffer, read once a record: an array of arrays, read at every entity, went
    /// through the static's lazy initializer check and retained and released the entity's
    /// opening each time.
    private struct TypeOpenings {
        /// The openings one after the other.
        var bytes: [UInt8] = []
        /// Where each opening starts in `bytes`, by order, and where the last ends.
        var starts: [Int] = [0]
    }

    private static let typeOpenings: TypeOpenings = {
        var openings = TypeOpenings()
        for type in EntityType.allCases.sorted(by: { $0.order < $1.order }) {
            precondition(type.order == openings.starts.count - 1, "entity type orders are 0, 1, 2 …")
            var opening = JSONBytes(capacity: 32)
            opening.append("{\"type\":", string: type.rawValue)
            openings.bytes.append(contentsOf: opening.withBytes { Array($0) })
            openings.starts.append(openings.bytes.count)
        }
        return openings
    }()

    /// ``line(for:)`` as UTF-8 bytes.
    func encoded(_ record: Record) -> JSONBytes {
        var out = JSONBytes(capacity: 256 + record.entities.count * 160)
        out.append("{\"id\":", string: record.id)
        out.append(",\"source\":", optional: record.source)
        out.append(",\"lang\":", string: record.language)
        out.append(",\"title\":", optional: record.title)
        out.append(",\"published\":", optional: record.published)
        out.append(",\"entities\":[")
        // Through a pointer to each: the array's subscript, and the buffer's, copied each
        // entity out (its strings retained and released), where a pointer's fields are read in place.
        let openings = Self.typeOpenings
        record.entities.withUnsafeBufferPointer { entities in
            guard let first = entities.baseAddress else { return }
            openings.bytes.withUnsafeBufferPointer { bytes in
                for index in entities.indices {
                    if index > 0 { out.append(",") }
                    let order = first[index].type.order
                    append(first + index, opening: UnsafeBufferPointer(rebasing: bytes[openings.starts[order]..<openings.starts[order + 1]]),
                           to: &out)
                }
            }
        }
        out.append("]}\n")
        return out
    }

    /// `opening`: the entity's type opening (``typeOpenings``).
    private func append(_ entity: UnsafePointer<Entity>, opening: UnsafeBufferPointer<UInt8>, to out: inout JSONBytes) {
        out.append(bytes: opening)
        out.append(",\"text\":")
        let textStart = out.count
        out.append(string: entity.pointee.text)
        let text = textStart..<out.count
        out.append(",\"start\":")
        out.append(integer: entity.pointee.start)
        out.append(",\"end\":")
        out.append(integer: entity.pointee.end)
        out.append(",\"value\":")
        switch entity.pointee.value {
        case .name(let name), .date(let name):
            // A name whose value is its text is most often that very string (see
            // ``Document/originalText(_:sameAs:)``): its JSON is copied from the text's, where
            // checking it for escapes and copying it again cost some 150 instructions an entity.
            if Self.isSame(name, entity.pointee.text) { out.append(copyOf: text) } else { out.append(string: name) }
        case .number(let percent): out.append(number: percent)
        case .money(let amount, let currency):
            out.append("{\"amount\":")
            out.append(number: amount)
            out.append(",\"currency\":", string: currency)
            out.append("}")
        }
        if let canonical = entity.pointee.canonical {
            out.append(",\"canonical\":", string: canonical)
        }
        if let ref = entity.pointee.ref {
            out.append(",\"ref\":", string: ref)
        }
        if let mod = entity.pointee.mod {
            out.append(",\"mod\":", string: mod)
        }
        if entity.pointee.relative { out.append(",\"relative\":true") }
        out.append("}")
    }

    /// Whether `a` and `b` are one string value, bit for bit (one storage, or one small
    /// string's bytes), and so equal without a look at their bytes; false says nothing.
    /// `==` compares the bytes of strings that are not.
    private static func isSame(_ a: String, _ b: String) -> Bool {
        unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self)
    }
}

/// A JSON text under construction, as UTF-8 bytes; strings are escaped as ``JSON`` escapes them.
///
/// Its own buffer, not an `[UInt8]`: an array's append checks uniqueness and capacity
/// through generic code, about a hundred instructions for every key and value of a record.
struct JSONBytes: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    /// The bytes written so far.
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    /// Calls `body` with the bytes written so far.
    func withBytes<Result, Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Room for `extra` more bytes. The test inline, the growth apart: called out of line, the
    /// test was a call at each of the 470,000 keys, values and marks of 1,000 records.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toFit: extra) }
    }

    @inline(never)
    private mutating func grow(toFit extra: Int) {
        var grown = capacity * 2
        while grown < count + extra { grown *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.initialize(from: start, count: count)
        start.deallocate()
        start = larger
        capacity = grown
    }

    /// Bytes that are JSON already.
    @inline(__always)
    mutating func append(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(bytes: $0) }
    }

    @inline(__always)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// The bytes `range` of those written so far, again.
    mutating func append(copyOf range: Range<Int>) {
        reserve(range.count)
        (start + count).initialize(from: start + range.lowerBound, count: range.count)
        count += range.count
    }

    /// Literal JSON (keys and punctuation), as written.
    ///
    /// Inline, so that the literal's length is known where it is copied and the copy is a few
    /// moves: a call, it was 51 instructions a literal, 13.8 M of the 61 M of writing 1,000 records.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append(bytes: $0) }
    }

    /// Text that is JSON already (a number).
    mutating func append(text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// A literal (a key) and a quoted, escaped string.
    @inline(__always)
    mutating func append(_ literal: StaticString, string: String) {
        append(literal)
        append(string: string)
    }

    mutating func append(_ literal: StaticString, optional: String?) {
        append(literal)
        append(optional: optional)
    }

    /// A quoted, escaped string.
    ///
    /// Checked and copied in one pass over the UTF-8 bytes: two strings an entity made the
    /// separate check, then the copy, the larger part of writing a record.
    mutating func append(string: String) {
        let plain = string.utf8.withContiguousStorageIfAvailable { appendQuoted($0) } ?? {
            var string = string
            return string.withUTF8 { appendQuoted($0) }
        }()
        guard !plain else { return }
        var escaped = ""
        JSON.append(string: string, to: &escaped)
        append(text: escaped)
    }

    /// `source` in quotes, when it needs no escape; false, and nothing written, when it does.
    private mutating func appendQuoted(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !JSON.needsEscape(source) else { return false }
        reserve(source.count + 2)
        start[count] = 0x22
        if let base = source.baseAddress { (start + count + 1).initialize(from: base, count: source.count) }
        start[count + 1 + source.count] = 0x22
        count += source.count + 2
        return true
    }

    mutating func append(optional: String?) {
        if let optional { append(string: optional) } else { append("null") }
    }

    /// A number as ``JSON/number(_:)`` writes it, without a `String` for whole numbers.
    mutating func append(number: Double) {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15, number >= 0 {
            append(integer: Int(number))
        } else {
            append(text: JSON.number(number))
        }
    }

    /// A whole number in decimal digits, written in place from its last two digits on: its
    /// digits counted first by comparisons, then one division for every two digits, each
    /// pair copied from ``digitPairs``. A division a digit into a scratch run turned around
    /// after cost some hundred instructions a number (two offsets an entity).
    mutating func append(integer: Int) {
        guard integer >= 0 else { return append(text: String(integer)) }
        reserve(20)
        // log10 from the count of bits (1233 / 4096 ≈ log10 2), one below for a number under
        // the power of ten it reaches: counted by comparisons, five digits took five steps.
        let estimate = ((64 &- (integer | 1).leadingZeroBitCount) &* 1233) >> 12
        let digits = integer < Self.powerOfTen(estimate) ? estimate : estimate &+ 1
        var value = integer
        var position = count &+ digits
        let base = start
        Self.digitPairs.withUTF8Buffer { pairs in
            while value >= 100 {
                let (quotient, pair) = value.quotientAndRemainder(dividingBy: 100)
                position &-= 2
                base[position] = pairs[pair &* 2]
                base[position &+ 1] = pairs[pair &* 2 &+ 1]
                value = quotient
            }
            if value >= 10 {
                base[position &- 2] = pairs[value &* 2]
                base[position &- 1] = pairs[value &* 2 &+ 1]
            } else {
                base[position &- 1] = UInt8(truncatingIfNeeded: 0x30 &+ value)
            }
        }
        count &+= digits
    }

    /// 10 to the power `exponent` (0 to 18), but 0 for 0, so that the number 0 takes one digit.
    /// A switch of constants, which the compiler makes a table: no static to reach.
    @inline(__always)
    private static func powerOfTen(_ exponent: Int) -> Int {
        switch exponent {
        case 0: 0
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        case 8: 100_000_000
        case 9: 1_000_000_000
        case 10: 10_000_000_000
        case 11: 100_000_000_000
        case 12: 1_000_000_000_000
        case 13: 10_000_000_000_000
        case 14: 100_000_000_000_000
        case 15: 1_000_000_000_000_000
        case 16: 10_000_000_000_000_000
        case 17: 100_000_000_000_000_000
        default: 1_000_000_000_000_000_000
        }
    }

    /// `00` to `99`, two bytes each.
    private static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
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
        return string.withUTF8 { needsEscape($0) }
    }

    /// ``needsEscape(_:)-(String)`` of UTF-8 bytes.
    ///
    /// Eight bytes at a time: a word with no byte below 0x20, no `"`, no `\` and no 0xE2 (the
    /// lead byte of U+2028/U+2029) needs no escape, and most words of a record have none, where
    /// the test byte by byte was a quarter of writing a record. A word with one is tested byte
    /// by byte.
    static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
        let quotes = ones &* 0x22, backslashes = ones &* 0x5C, leads = ones &* 0xE2
        var index = 0
        while index + 8 <= bytes.count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // The high bit of a byte below n survives `(word - n…) & ~word`, n ≤ 0x80, and some
            // high bit does whenever some byte is below n (a borrow starts only at such a byte);
            // an equal byte is a byte of the XOR below one.
            let quote = word ^ quotes, backslash = word ^ backslashes, lead = word ^ leads
            let marks = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote)
                | ((backslash &- ones) & ~backslash) | ((lead &- ones) & ~lead)
            if marks & highs != 0, needsEscape(bytes, in: index..<(index + 8)) { return true }
            index += 8
        }
        guard index < bytes.count else { return false }
        // The last bytes as a word too: the last eight, or the few there are among letters.
        var word = ones &* 0x41
        if bytes.count >= 8 {
            index = bytes.count - 8
            word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        } else {
            withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        }
        let quote = word ^ quotes, backslash = word ^ backslashes, lead = word ^ leads
        let marks = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote)
            | ((backslash &- ones) & ~backslash) | ((lead &- ones) & ~lead)
        return marks & highs != 0 && needsEscape(bytes, in: index..<bytes.count)
    }

    /// Whether a byte of `range` opens something to escape (a sequence may run past its end).
    private static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
        for index in range {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 { return true }
        }
        return false
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
