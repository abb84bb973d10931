extension String {
    /// The text of well-formed or broken UTF-16 units (lone surrogates become U+FFFD).
    ///
    /// `String(decoding:as: UTF16.self)` takes a slow, generic path for every token;
    /// transcoding to UTF-8 by hand and letting `String` validate that is several times
    /// faster, and a token of 15 bytes or less then needs no allocation at all.
    init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }

    ///
    /// The UTF-8 is written into room for its own length (a surrogate pair counted six bytes,
    /// not four): with room for three bytes a unit, any text of more than five units took
    /// heap storage, where one of fifteen bytes or less fits in the string itself; and every
    /// copy of such a string (a token form's text, lowercase and keys) counted references.
    init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        var capacity = 0
        for unit in units { capacity &+= unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3 }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var written = 0
            var index = units.startIndex
            func put(_ byte: Int) {
                buffer[written] = UInt8(truncatingIfNeeded: byte)
                written += 1
            }
            while index < units.endIndex {
                var value = Int(units[index])
                index += 1
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
