import HaberICU

/// Folds lookup keys to ASCII as the tokenizer folds words (ICU's `Any-Latin; Latin-ASCII`:
/// `gümüşhane` → `gumushane`), for the places index's folded keys.
///
/// ICU costs about 50,000 instructions a call here, and a first run folds 53,000 keys:
/// a quarter of its instructions. For text below U+0250 the transliteration is the same
/// scalar by scalar: `Any-Latin` leaves Latin and Common scalars alone, and `Latin-ASCII`
/// decomposes each letter, drops the marks after a Latin base, and maps single scalars
/// (no rule there has a context or a source of several scalars). So each scalar below
/// U+0250 is folded once by ICU, and keys made of them alone are folded from that table;
/// any other key is folded by ICU whole. Not thread-safe, like the transliterator it holds.
final class KeyFolder {
    private var transliterator: Transliterator?
    private var opened = false
    /// The fold of each scalar below U+0250, made on first use, and the same as UTF-8.
    private var table: [String]?
    private var byteTable: [[UInt8]]?

    func fold(_ key: String) -> String {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return key }
        if key.unicodeScalars.allSatisfy({ $0.value < 0x250 }) {
            let table = self.table ?? makeTable()
            var folded = ""
            for scalar in key.unicodeScalars { folded += table[Int(scalar.value)] }
            return folded
        }
        return transliterate(key)
    }

    /// ``fold(_:)`` from UTF-8 bytes to UTF-8 bytes, without a `String` for a key below U+0250.
    func fold(bytes key: [UInt8]) -> [UInt8] {
        if key.allSatisfy({ $0 < 0x80 }) { return key }
        let table = byteTable ?? makeByteTable()
        var folded: [UInt8] = []
        folded.reserveCapacity(key.count)
        var index = 0
        while index < key.count {
            let lead = key[index]
            if lead < 0x80 {
                folded.append(lead)
                index += 1
                continue
            }
            let value = lead < 0xE0 && index + 1 < key.count ? Int(lead & 0x1F) << 6 | Int(key[index + 1] & 0x3F) : Int.max
            guard value < table.count else { return Array(transliterate(String(decoding: key, as: UTF8.self)).utf8) }
            folded += table[value]
            index += 2
        }
        return folded
    }

    private func makeByteTable() -> [[UInt8]] {
        let made = (table ?? makeTable()).map { Array($0.utf8) }
        byteTable = made
        return made
    }

    private func transliterate(_ text: String) -> String {
        if !opened {
            opened = true
            transliterator = try? Transliterator(id: "Any-Latin; Latin-ASCII")
        }
        return transliterator?.transliterate(text) ?? text
    }

    /// The table, from one ICU call over all the scalars separated by U+0001 (a control,
    /// which neither step changes): being the same scalar by scalar, the transliteration
    /// of the whole is the scalars' folds in a row. Should the pieces not come back one
    /// per scalar, each scalar is folded alone.
    private func makeTable() -> [String] {
        let scalars = (0..<0x250).compactMap { Unicode.Scalar(UInt32($0)) }.filter { $0 != "\u{1}" }
        var all = String.UnicodeScalarView()
        for scalar in scalars {
            all.append(scalar)
            all.append("\u{1}")
        }
        let pieces = transliterate(String(all)).split(separator: "\u{1}", omittingEmptySubsequences: false)
        var made = (0..<0x250).map { value in Unicode.Scalar(UInt32(value)).map { String($0) } ?? "" }
        if pieces.count == scalars.count + 1 {
            for (scalar, piece) in zip(scalars, pieces) { made[Int(scalar.value)] = String(piece) }
        } else {
            for scalar in scalars { made[Int(scalar.value)] = transliterate(String(scalar)) }
        }
        table = made
        return made
    }
}
