import HaberExtraction

/// Tokens tagged IOB2, in the CoNLL-2003 layout spaCy's `convert --converter ner` and most
/// NER tools read: one `TOKEN<TAB>TAG` line per token, a blank line after each sentence, and
/// `-DOCSTART- -X- O O` opening each article.
///
/// Tokens and sentences are the tokenizer's, cut further so that a tag covers exactly an
/// entity's span: a Turkish case suffix becomes a token of its own with its apostrophe
/// (`Fransa’daki` → `Fransa` B-COUNTRY, `’daki` O), since entity spans leave suffixes out
/// (FORMAT.md); so does any part of a token an entity does not cover. Token text is the
/// original text; white space inside a token (a thin space in `4 000`) becomes `_`, because
/// the format splits columns on white space.
public struct CoNLLWriter: TextRecordWriter {
    public static let documentStart = "-DOCSTART- -X- O O\n\n"

    public init() {}

    /// The article's lines; the record must carry its text (records from the batch do).
    public func text(for record: Record) throws(OutputError) -> String {
        guard let text = record.text else { throw .failed("\(record.id): no text to write CoNLL lines from") }
        let document = text.document
        let entities = record.entities.sorted { $0.start < $1.start }
        var out = Self.documentStart
        var nextEntity = 0
        var lastTagged: Int?
        for sentence in document.sentences {
            var wrote = false
            lastTagged = nil
            for token in document.tokens[sentence] {
                let range = token.originalRange
                while nextEntity < entities.count, entities[nextEntity].end <= range.lowerBound { nextEntity += 1 }
                var cuts: Set<Int> = [range.lowerBound, range.upperBound]
                if token.hasSuffix {
                    cuts.insert(document.document.originalRange(of: token.stemRange).upperBound)
                }
                var index = nextEntity
                while index < entities.count, entities[index].start < range.upperBound {
                    cuts.insert(entities[index].start)
                    cuts.insert(entities[index].end)
                    index += 1
                }
                let points = cuts.filter { range.contains($0) || $0 == range.upperBound }.sorted()
                for (lower, upper) in zip(points, points.dropFirst()) {
                    let piece = Self.column(text.original(lower..<upper))
                    guard !piece.isEmpty else { continue }
                    let owner = (nextEntity..<index).first { entities[$0].start <= lower && upper <= entities[$0].end }
                    var tag = "O"
                    if let owner {
                        tag = (owner == lastTagged ? "I-" : "B-") + entities[owner].type.rawValue
                    }
                    lastTagged = owner
                    out += piece + "\t" + tag + "\n"
                    wrote = true
                }
            }
            if wrote { out += "\n" }
        }
        return out
    }

    /// `text` as one column: white space inside it replaced; empty when it is all white space.
    static func column(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return "" }
        var out = ""
        for scalar in text.unicodeScalars { out.unicodeScalars.append(scalar.properties.isWhitespace ? "_" : scalar) }
        return out
    }
}
