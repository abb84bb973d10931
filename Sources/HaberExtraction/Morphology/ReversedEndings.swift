/// Endings as a trie of their UTF-8 bytes from the last: whether a word ends in one is read in
/// one walk from its end, with no string built and none hashed (a first sight of a
/// capitalized word asked this with up to seven substrings and set lookups).
struct ReversedEndings: Sendable {
    /// Per node, its edges (byte, child); node 0 is the root.
    private var edges: [[(byte: UInt8, child: Int32)]] = [[]]
    /// Whether a node ends an ending.
    private var isEnd: [Bool] = [false]

    init<S: Sequence>(_ endings: S) where S.Element == String {
        for ending in endings {
            var node = 0
            for byte in ending.utf8.reversed() {
                if let next = edges[node].first(where: { $0.byte == byte }) {
                    node = Int(next.child)
                } else {
                    edges.append([])
                    isEnd.append(false)
                    edges[node].append((byte, Int32(edges.count - 1)))
                    node = edges.count - 1
                }
            }
            isEnd[node] = true
        }
    }

    /// Whether `word` ends in an ending of `minimumLength` to `maximumLength` letters that
    /// leaves a stem of two letters or more, in a word of four letters or more; nil when
    /// the word holds a scalar from U+0300 on (a combining mark may join a letter: the caller
    /// counts letters as characters then).
    func endsInEnding(_ word: UnsafeBufferPointer<UInt8>, minimumLength: Int, maximumLength: Int) -> Bool? {
        var letters = 0
        for byte in word {
            // A lead byte of a scalar from U+0300 on (`CC 80` is U+0300), or of three or four bytes.
            if byte >= 0xCC, byte & 0xC0 != 0x80 { return nil }
            if byte & 0xC0 != 0x80 { letters += 1 }
        }
        guard letters >= 4, minimumLength <= letters - 2 else { return false }
        let longest = min(maximumLength, letters - 2)
        var node = 0, read = 0
        for byte in word.reversed() {
            guard let next = edges[node].first(where: { $0.byte == byte }) else { return false }
            node = Int(next.child)
            guard byte & 0xC0 != 0x80 else { continue }
            read += 1
            if read > longest { return false }
            if read >= minimumLength, isEnd[node] { return true }
        }
        return false
    }

    /// The byte counts of the endings `word` ends in, as bits (bit `n`: its last `n` bytes
    /// are an ending), for endings of fewer than 64 bytes.
    func endingLengths(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var lengths: UInt64 = 0
        var node = 0, read = 0
        for byte in word.reversed() {
            guard read < 63, let next = edges[node].first(where: { $0.byte == byte }) else { break }
            node = Int(next.child)
            read += 1
            if isEnd[node] { lengths |= 1 << UInt64(read) }
        }
        return lengths
    }
}
