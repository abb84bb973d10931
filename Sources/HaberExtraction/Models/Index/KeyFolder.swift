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
    /// The fold of each scalar below U+0250, made on first use.
    private var table: [String]?

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

    private func transliterate(_ text: String) -> String {
        if !opened {
            opened = true
            transliterator = try? Transliterator(id: "Any-Latin; Latin-ASCII")
        }
        return transliterator?.transliterate(text) ?? text
    }

    private func makeTable() -> [String] {
        let made = (0..<0x250).map { value in Unicode.Scalar(UInt32(value)).map { transliterate(String($0)) } ?? "" }
        table = made
        return made
    }
}
