@_implementationOnly import CICU

/// ICU's word break iterator for one locale.
///
/// ICU iterators are not thread-safe and keep a pointer to the text they are given,
/// so a `WordBreaker` is used by one thread at a time and only inside `forEachSegment`.
public final class WordBreaker: @unchecked Sendable {
    /// What ICU's rules say a segment is; ranges are ICU's `UWordBreak` status ranges.
    public enum SegmentKind: Sendable {
        case none, number, letter, kana, ideographic
        init(status: Int32) {
            switch status {
            case 100..<200: self = .number
            case 200..<300: self = .letter
            case 300..<400: self = .kana
            case 400..<500: self = .ideographic
            default: self = .none
            }
        }
    }

    private let iterator: OpaquePointer

    public init(locale: String) throws(ICUError) {
        var status = U_ZERO_ERROR
        let iterator = ubrk_open(UBRK_WORD, locale, nil, 0, &status)
        try ICUError.check(status, "ubrk_open(\(locale))")
        guard let iterator else { throw ICUError(operation: "ubrk_open", code: 1) }
        self.iterator = iterator
    }

    deinit { ubrk_close(iterator) }

    /// A segment: UTF-16 offsets, end exclusive, and what ICU's rules say it is.
    ///
    /// The offsets are held in 32 bits, so that a segment takes 12 bytes instead of 24: the
    /// tokenizer writes and reads about one segment every three units, and at 24 bytes the
    /// segments of an article filled the first-level cache twice over. ICU takes a text's
    /// length as 32 bits too; the Latin breaker leaves longer texts to it.
    public struct Segment: Sendable {
        @usableFromInline var storedStart: UInt32
        @usableFromInline var storedEnd: UInt32
        public var kind: SegmentKind

        @inlinable public var start: Int {
            get { Int(storedStart) }
            set { storedStart = UInt32(newValue) }
        }

        @inlinable public var end: Int {
            get { Int(storedEnd) }
            set { storedEnd = UInt32(newValue) }
        }

        /// Traps for an offset past `UInt32.max`, which no text a breaker takes reaches.
        @inlinable public init(start: Int, end: Int, kind: SegmentKind) {
            self.storedStart = UInt32(start)
            self.storedEnd = UInt32(end)
            self.kind = kind
        }

        /// A segment of offsets already held in 32 bits: the Latin breaker's walk, which
        /// refuses longer texts, writes a segment every three units or so, and the checked
        /// conversion of ``init(start:end:kind:)`` cost it two branches a segment.
        @inlinable public init(start: UInt32, end: UInt32, kind: SegmentKind) {
            self.storedStart = start
            self.storedEnd = end
            self.kind = kind
        }
    }

    /// Every segment of `text`, in order, appended to `segments`.
    ///
    /// The same walk as ``forEachSegment(in:_:)`` without a closure call per segment: the
    /// closure, called across modules, cost a tenth of ICU's own work.
    public func segments(in text: UnsafeBufferPointer<UInt16>, into segments: inout [Segment]) throws(ICUError) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        var status = U_ZERO_ERROR
        ubrk_setText(iterator, base, Int32(text.count), &status)
        try ICUError.check(status, "ubrk_setText")
        segments.reserveCapacity(segments.count + text.count / 2 + 16)
        var start = ubrk_first(iterator)
        while true {
            let end = ubrk_next(iterator)
            if end == UBRK_DONE { break }
            segments.append(Segment(start: Int(start), end: Int(end), kind: SegmentKind(status: ubrk_getRuleStatus(iterator))))
            start = end
        }
        // Do not keep a pointer to the caller's buffer past this call.
        let empty: [UInt16] = [0]
        empty.withUnsafeBufferPointer { pointer in
            var clearStatus = U_ZERO_ERROR
            ubrk_setText(iterator, pointer.baseAddress, 0, &clearStatus)
        }
    }

    /// Calls `body` with every segment of `text` (UTF-16 offsets, end exclusive), in order.
    public func forEachSegment(
        in text: UnsafeBufferPointer<UInt16>,
        _ body: (_ start: Int, _ end: Int, _ kind: SegmentKind) -> Void
    ) throws(ICUError) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        var status = U_ZERO_ERROR
        ubrk_setText(iterator, base, Int32(text.count), &status)
        try ICUError.check(status, "ubrk_setText")
        var start = ubrk_first(iterator)
        while true {
            let end = ubrk_next(iterator)
            if end == UBRK_DONE { break }
            body(Int(start), Int(end), SegmentKind(status: ubrk_getRuleStatus(iterator)))
            start = end
        }
        // Do not keep a pointer to the caller's buffer past this call.
        let empty: [UInt16] = [0]
        empty.withUnsafeBufferPointer { pointer in
            var clearStatus = U_ZERO_ERROR
            ubrk_setText(iterator, pointer.baseAddress, 0, &clearStatus)
        }
    }
}
