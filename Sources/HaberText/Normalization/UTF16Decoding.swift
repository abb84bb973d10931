import HaberICU

extension String {
    /// The text of well-formed or broken UTF-16 units (lone surrogates become U+FFFD), by
    /// HaberICU's transcoder (``Swift/String/init(utf16Units:dropping:)``): a token of 15 bytes
    /// or less then needs no allocation at all.
    init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }
}
