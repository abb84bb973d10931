extension String {
    /// `hasPrefix(prefix)`, answered from the UTF-8 bytes where they decide it.
    ///
    /// `hasPrefix` compares characters (grapheme clusters, under canonical equivalence),
    /// some 500 instructions for a short word; the stages ask it of word forms against
    /// lists of words, mostly to hear no. Equal bytes that end where the text goes on with
    /// an ASCII byte, or a first difference between two ASCII bytes, settle it exactly (an
    /// ASCII byte always opens a character, but for a line feed after a carriage return);
    /// anything else is asked of `hasPrefix`.
    @inlinable
    public func hasUTF8Prefix(_ prefix: String) -> Bool {
        let settled: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            prefix.utf8.withContiguousStorageIfAvailable { head in Self.settledPrefix(head, of: text) } ?? nil
        }
        if let settled, let answer = settled { return answer }
        return hasPrefix(prefix)
    }

    /// What the bytes say of `head` as a prefix of `text`: nil where only characters can tell.
    @inlinable
    static func settledPrefix(_ head: UnsafeBufferPointer<UInt8>, of text: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0
        while index < head.count {
            guard index < text.count else { return head[index] < 0x80 ? false : nil }
            let (a, b) = (text[index], head[index])
            if a != b { return a < 0x80 && b < 0x80 ? false : nil }
            index += 1
        }
        guard index < text.count else { return true }
        let next = text[index]
        return next < 0x80 && !(next == 0x0A && index > 0 && head[index - 1] == 0x0D) ? true : nil
    }
}
