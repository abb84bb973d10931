import Foundation

/// Writes a deterministic benchmark corpus: the project's articles again and again, each
/// copy with its digits and capitalized words shifted by a seeded generator, so that the
/// text stays realistic but no two articles are the same.
struct CorpusMaker {
    let source: URL
    let megabytes: Int

    /// The corpus at `folder` (kept when it is already complete): its article count and size.
    func make(at folder: URL) throws -> (Int, Int) {
        let marker = folder.appendingPathComponent(".complete")
        let originals = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".txt") }.sorted()
            .compactMap { try? String(contentsOf: source.appendingPathComponent($0), encoding: .utf8) }
        guard !originals.isEmpty else { throw BenchError("no articles in \(source.path)") }
        if let text = try? String(contentsOf: marker, encoding: .utf8) {
            let parts = text.split(separator: " ").compactMap { Int($0) }
            if parts.count == 2 { return (parts[0], parts[1]) }
        }
        try? FileManager.default.removeItem(at: folder)
        var generator = SplitMix(seed: 2017_07_21)
        let names = Set(originals.flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.filter { $0.first?.isUppercase == true && $0.count > 3 })
            .sorted()
        var written = 0, count = 0
        while written < megabytes << 20 {
            let article = vary(originals[count % originals.count], names: names, generator: &generator)
            let shard = folder.appendingPathComponent(String(format: "%03d", count / 1000))
            if count % 1000 == 0 { try FileManager.default.createDirectory(at: shard, withIntermediateDirectories: true) }
            try Data(article.utf8).write(to: shard.appendingPathComponent(String(format: "a%06d.txt", count)))
            written += article.utf8.count
            count += 1
        }
        try "\(count) \(written)".write(to: marker, atomically: true, encoding: .utf8)
        return (count, written)
    }

    private func vary(_ text: String, names: [Substring], generator: inout SplitMix) -> String {
        var out = String()
        out.reserveCapacity(text.utf8.count + 64)
        var word = String()
        func flush() {
            if word.count > 3, word.first?.isUppercase == true, generator.next() % 4 == 0 {
                out += names[Int(generator.next() % UInt64(names.count))]
            } else {
                out += word
            }
            word.removeAll(keepingCapacity: true)
        }
        for character in text {
            if character.isLetter {
                word.append(character)
                continue
            }
            flush()
            if let digit = character.wholeNumberValue, character.isASCII {
                out += String((digit + Int(generator.next() % 3)) % 10)
            } else {
                out.append(character)
            }
        }
        flush()
        return out
    }
}

/// A small deterministic random generator.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
