import HaberExtraction
import HaberText

/// A record's article as the pipeline analyzed it: the original text (a leading byte-order
/// mark already removed, so entity offsets index it directly) with its tokens and sentences.
///
/// Writers that show the text (HTML), copy it (brat) or re-cut it into tokens (CoNLL) need
/// more than the entities; carrying the tokenized document the batch already built saves
/// tokenizing every article twice.
public struct RecordText: Sendable, Equatable {
    public let document: TokenizedDocument

    public init(_ document: TokenizedDocument) {
        self.document = document
    }

    /// The original text's Unicode scalars: what entity offsets count.
    public var scalars: [Unicode.Scalar] { document.document.scalars }

    /// The original text of the scalar range `range`.
    public func original(_ range: Range<Int>) -> String {
        document.document.originalText(range)
    }

    /// The original text, exactly as given (without a byte-order mark).
    public var original: String { document.document.original }

    public static func == (lhs: RecordText, rhs: RecordText) -> Bool {
        lhs.original == rhs.original && lhs.document.tokens == rhs.document.tokens
            && lhs.document.sentences == rhs.document.sentences
    }
}

extension Record {
    /// The record with only the entities of `types` (`--types ORG,MONEY`); all of them when
    /// `types` is empty.
    public func keeping(_ types: Set<EntityType>) -> Record {
        guard !types.isEmpty else { return self }
        var kept = self
        kept.entities.removeAll { !types.contains($0.type) }
        return kept
    }
}
