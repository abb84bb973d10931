extension String {
    /// The text of well-formed or broken UTF-16 `units` (lone surrogates become U+FFFD),
    /// without the units equal to `dropped`.
    ///
    /// ICU and the tokenizer both hand over UTF-16: `String(decoding:as: UTF16.self)` takes a
    /// slow, generic path (some 8,000 instructions a number spelled out, 7 million for a
    /// language's spell-out rules), where transcoding to UTF-8 by hand and letting `String`
    /// validate that costs a fraction. The UTF-8 is written into room for its own length (a
    /// surrogate pair counted six bytes, not four): with room for three bytes a unit, any text
    /// of more than five units took heap storage, where one of fifteen bytes or less fits in
    /// the string itself, and every copy of such a string (a token form's text, lowercase and
    /// keys) counted references. Inlinable, so that the tokenizer's calls (nothing dropped)
    /// are specialized across the module boundary as they were when the code was its own.
    @inlinable
    public init(utf16Units units: UnsafeBufferPointer<UInt16>, dropping dropped: UInt16? = nil) {
        var capacity = 0
        for unit in units where unit != dropped { capacity &+= unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3 }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var written = 0
            func put(_ byte: Int) {
                buffer[written] = UInt8(truncatingIfNeeded: byte)
                written += 1
            }
            var index = units.startIndex
            while index < units.endIndex {
                var value = Int(units[index])
                index += 1
                if let dropped, value == Int(dropped) { continue }
                switch value {
                case 0..<0x80:
                    put(value)
                    continue
                case 0x80..<0x800:
                    put(0xC0 | value >> 6)
                    put(0x80 | value & 0x3F)
                    continue
                case 0xD800..<0xDC00:
                    if index < units.endIndex, (0xDC00..<0xE000).contains(Int(units[index])) {
                        value = 0x10000 + (value - 0xD800) << 10 + (Int(units[index]) - 0xDC00)
                        index += 1
                        put(0xF0 | value >> 18)
                        put(0x80 | value >> 12 & 0x3F)
                        put(0x80 | value >> 6 & 0x3F)
                        put(0x80 | value & 0x3F)
                        continue
                    }
                    value = 0xFFFD
                case 0xDC00..<0xE000:
                    value = 0xFFFD
                default:
                    break
                }
                put(0xE0 | value >> 12)
                put(0x80 | value >> 6 & 0x3F)
                put(0x80 | value & 0x3F)
            }
            return written
        }
    }
}
